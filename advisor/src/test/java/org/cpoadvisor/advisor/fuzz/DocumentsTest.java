package org.cpoadvisor.advisor.fuzz;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz suite's documents start from the samples: written as JSON, and as YAML in
 * any of its styles, each says what its sample says (the same clusters, verdicts and
 * findings), so that their mutations reach as deep as the samples' do.
 */
class DocumentsTest {

    @Test
    void everySampleAsADocumentGivesTheSamplesAdvice(@TempDir Path dir) throws IOException {
        Path tree = dir.resolve("tree");
        Path from = Mutator.SAMPLES.resolve("hyperscale-cn");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = tree.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        int compared = 0;
        for (var e : Documents.SAMPLES.entrySet()) {
            Path cpo = Mutator.SAMPLES.resolve(e.getKey());
            Advice expected = Robustness.ADVISOR.advise(cpo);
            if (expected.hasErrors()) continue; // a fragment: no architecture of its own
            Path folder = e.getKey().startsWith("hyperscale-cn/") ? tree : dir;
            for (long style = 0; style < 6; style++) {
                for (String ext : List.of(".json", ".yaml")) {
                    String text = ext.equals(".json") ? Documents.json(e.getValue(), style) : Documents.yaml(e.getValue(), style, false);
                    Path doc = folder.resolve("doc-" + style + ext);
                    Files.writeString(doc, text);
                    Advice got = Robustness.ADVISOR.advise(doc);
                    assertThat(got.hasErrors()).as("%s as %s:%n%s%n%s", e.getKey(), ext, DiagnosticPrinter.render(got.diagnostics()), text)
                            .isFalse();
                    assertThat(got.architecture()).isEqualTo(expected.architecture());
                    assertThat(got.clusters().stream().map(c -> c.path() + " " + c.verdict() + " " + c.option()).toList())
                            .as(e.getKey() + " as " + ext)
                            .isEqualTo(expected.clusters().stream().map(c -> c.path() + " " + c.verdict() + " " + c.option()).toList());
                    assertThat(got.findings().stream().map(f -> f.id() + " " + f.subject()).toList()).as(e.getKey() + " as " + ext)
                            .isEqualTo(expected.findings().stream().map(f -> f.id() + " " + f.subject()).toList());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(6 * 2 * 6);
    }

    @Test
    void mutationsAreReplayableValues() {
        Documents.Obj doc = Documents.SAMPLES.get("ai-factory.cpo");
        List<Documents.Mutation> ms = List.of(new Documents.Mutation(Documents.Op.DROP, 3, 0, ""),
                new Documents.Mutation(Documents.Op.HUGE_NUMBER, 17, 2, "1e999999999"),
                new Documents.Mutation(Documents.Op.RENAME_KEY, 5, 9, "nicc"));
        assertThat(Documents.json(Documents.apply(doc, ms), 7)).isEqualTo(Documents.json(Documents.apply(doc, ms), 7))
                .contains("1e999999999").contains("\"nicc\"");
        assertThat(Documents.json(doc, 7)).as("the sample itself is left alone").doesNotContain("1e999999999");
        assertThat(ms.get(1).toString()).isEqualTo("HUGE_NUMBER@17/2 1e999999999");
    }
}
