package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.JsonArchitectureReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages that list units, or pick an example among the blocks, list them in the
 * reference's order on every run (they once came from a {@code Map.of}, whose order
 * changes from one JVM to the next).
 */
class UnitOrderTest {

    private static final String CLUSTER = "site \"s\" {\n  cluster \"c\" {\n    gpus 1024 x H100\n  }\n}\n";

    private static Diagnostic only(String text, String name, Code code) {
        ReadResult r = name.endsWith(".json")
                ? new JsonArchitectureReader(TestCatalog.reader()).read(text, name, Syntax.JSON, null)
                : TestCatalog.reader().read(text, name);
        List<Diagnostic> of = r.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertThat(of).as(DiagnosticPrinter.render(r.diagnostics())).hasSize(1);
        return of.get(0);
    }

    @Test
    void bandwidthUnitsAreListedGThenT() {
        Diagnostic d = only("architecture \"x\"\npolicy { min-link 800 W }\n" + CLUSTER, "t.cpo", Code.CPO212);
        assertThat(d.hint()).isEqualTo("use G or T, e.g. `min-link 800G`");
    }

    @Test
    void yearUnitsAreListedYearThenYears() {
        Diagnostic d = only("architecture \"x\"\nassumptions { lifetime 5 min }\n" + CLUSTER, "t.cpo", Code.CPO212);
        assertThat(d.hint()).isEqualTo("use year or years, e.g. `lifetime 5 years`");
    }

    @Test
    void durationUnitsAreListedMinutesThenHours() {
        Diagnostic d = only("architecture \"x\"\nassumptions { job-restart 25 W }\n" + CLUSTER, "t.cpo", Code.CPO212);
        assertThat(d.hint()).isEqualTo("use min or h, e.g. `job-restart 25 min`");
    }

    @Test
    void aJsonValueOfTheWrongShapeTakesTheExampleOfTheFirstBlockInTheReference() {
        // `optics` is a cluster's property and a switch entry's: the cluster comes first
        String json = "{\"architecture\": \"x\", \"sites\": [{\"name\": \"s\", \"clusters\": [{\"name\": \"c\", \"gpus\": \"8 x H100\", "
                + "\"optics\": [1]}]}]}";
        Diagnostic d = only(json, "t.json", Code.CPO108);
        assertThat(d.message()).isEqualTo("`optics` takes a value such as `dsp`, not a list");
    }
}
