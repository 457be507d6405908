package org.cpoadvisor.rules.uncertain;

import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.Analysis;
import org.cpoadvisor.rules.Analyst;
import org.cpoadvisor.rules.ClusterAnalysis;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep's short cut (docs/model.md section 9) gives the advice's verdicts: {@link Analyst#outcomes}, which
 * prices without the report's searches and judges with the verdict rules alone, against the whole
 * {@link Analyst#analyse}, on every sample and on scenarios drawn from the ranges of each (the built-in
 * catalog's and the defaults'). Also: a scenario at every figure's own value is the file itself.
 */
class OutcomesTest {

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("../samples"))) {
            return s.filter(p -> p.toString().endsWith(".cpo")).sorted().toList();
        }
    }

    @Test
    void theShortCutJudgesAsTheAdviceDoes() throws IOException {
        Analyst analyst = new Analyst(BuiltinCatalog.get());
        List<Path> samples = samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        int compared = 0;
        for (Path file : samples) {
            ReadResult r = BuiltinCatalog.reader().read(file);
            assertThat(r.hasErrors()).as("%s: %s", file, r.diagnostics()).isFalse();
            Scenarios scenarios = new Scenarios(r.architecture(), BuiltinCatalog.get());
            assertThat(scenarios.inputs()).as("%s has uncertain figures", file).isNotEmpty();
            // the file itself, then eight scenarios drawn from its ranges
            compare(analyst, r.architecture(), file + " as written");
            compare(analyst, scenarios.at(scenarios.values()), file + " at every figure's value");
            for (int k = 0; k < 8; k++) {
                compare(analyst, scenarios.at(scenarios.draw(3, k)), file + " scenario " + k);
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(40);
    }

    private static void compare(Analyst analyst, Architecture a, String what) {
        Analysis full = analyst.analyse(a);
        List<Analyst.Outcome> quick = analyst.outcomes(a, true);
        assertThat(quick).as(what).hasSameSizeAs(full.clusters());
        for (int i = 0; i < quick.size(); i++) {
            ClusterAnalysis c = full.clusters().get(i);
            Analyst.Outcome o = quick.get(i);
            assertThat(o.path()).isEqualTo(c.cluster().path());
            assertThat(o.decision()).as("%s: %s", what, o.path()).isEqualTo(c.verdict().getDecision());
            // the GPU break-even point is the advice's, when it has a CPO option
            c.breakEvens().stream().filter(b -> b.quantity().equals("gpus")).findFirst()
                    .ifPresent(b -> assertThat(o.gpus()).as("%s: %s", what, o.path()).isEqualTo(b));
        }
    }

    @Test
    void theSameIndexDrawsTheSameScenarioAndAnotherIndexAnother() throws IOException {
        ReadResult r = BuiltinCatalog.reader().read(Path.of("../samples/ai-factory.cpo"));
        Scenarios a = new Scenarios(r.architecture(), BuiltinCatalog.get());
        Scenarios b = new Scenarios(r.architecture(), BuiltinCatalog.get());
        assertThat(b.draw(7, 123)).containsExactly(a.draw(7, 123));
        assertThat(a.draw(7, 124)).isNotEqualTo(a.draw(7, 123));
        assertThat(a.draw(8, 123)).isNotEqualTo(a.draw(7, 123));
        // every draw lies within its range
        double[] v = a.draw(7, 5);
        for (int i = 0; i < v.length; i++) {
            var in = a.inputs().get(i);
            assertThat(v[i]).as(in.ref().label()).isBetween(in.range().low(), in.range().high());
        }
    }
}
