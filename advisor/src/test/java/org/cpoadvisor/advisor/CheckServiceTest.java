package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.check.Baseline;
import org.cpoadvisor.advisor.advice.FailOn;
import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Advisor#check}: the one check service of {@code cpo check} and the Maven plugin. */
class CheckServiceTest {

    static final Advisor ADVISOR = new Advisor();
    static final Path AIR = Path.of("../samples/air-cooled-cpo-plan.cpo");
    static final Path EDGE = Path.of("../samples/inference-edge.cpo");

    @Test
    void countsEveryProblemAndDecidesByFailOn() {
        CheckResult r = ADVISOR.check(List.of(AIR), CheckOptions.DEFAULT);
        assertThat(r.advices()).hasSize(1);
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.warnings()).isZero();
        assertThat(r.notes()).isEqualTo(4);
        assertThat(r.problems()).hasSize(5);
        assertThat(r.failing()).singleElement().satisfies(i -> {
            assertThat(i.problem().id()).isEqualTo("cooling-prerequisite");
            assertThat(i.finding()).isNotNull();
            assertThat(i.diagnostic()).isNull();
        });
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.summary()).isEqualTo("1 file, 1 error, 0 warnings, 4 notes");
        assertThat(r.files()).contains(AIR);

        assertThat(ADVISOR.check(List.of(AIR), CheckOptions.DEFAULT.withFailOn(FailOn.NEVER)).exitCode()).isZero();
        assertThat(ADVISOR.check(List.of(EDGE), CheckOptions.DEFAULT).exitCode()).isZero();
        assertThat(ADVISOR.check(List.of(EDGE), CheckOptions.DEFAULT.withFailOn(FailOn.NOTE)).exitCode()).isEqualTo(1);
    }

    @Test
    void aBaselineAcceptsWhatItRecords() {
        CheckResult first = ADVISOR.check(List.of(AIR), CheckOptions.DEFAULT);
        CheckResult again = ADVISOR.check(List.of(AIR), CheckOptions.DEFAULT.withBaseline(Baseline.of(first.problems())));
        assertThat(again.baselined()).isEqualTo(5);
        assertThat(again.items()).allMatch(CheckResult.Item::baselined).noneMatch(CheckResult.Item::fails);
        assertThat(again.exitCode()).isZero();
        assertThat(again.summary()).isEqualTo("1 file, 0 errors, 0 warnings, 0 notes (5 in the baseline)");
        assertThat(again.problems()).as("a new baseline still records every problem").hasSize(5);
    }

    /** Issue 15: a file named that cannot be read is an I/O error, exit 2, whatever the others hold. */
    @Test
    void aFileNamedThatCannotBeReadMakesTheExitCodeTwo(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.cpo");
        CheckResult r = ADVISOR.check(List.of(EDGE, missing), CheckOptions.DEFAULT.withFailOn(FailOn.NEVER));
        assertThat(r.unreadable()).containsExactly(missing.toString());
        assertThat(r.advices()).hasSize(2);
        assertThat(r.items()).anySatisfy(i -> assertThat(i.problem().id()).isEqualTo("CPO301"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.fails()).isFalse();

        Path importing = Files.writeString(dir.resolve("importing.cpo"), "architecture \"i\"\nimport \"gone.cpo\"\n");
        CheckResult imports = ADVISOR.check(List.of(importing), CheckOptions.DEFAULT);
        assertThat(imports.unreadable()).as("a missing import is a problem of the file that imports it").isEmpty();
        assertThat(imports.exitCode()).isEqualTo(1);
        assertThat(ADVISOR.check(List.of(EDGE), CheckOptions.DEFAULT).unreadable()).isEmpty();
    }

    /** Issue 15: text that is no file (standard input) is checked as a file is, and named as given. */
    @Test
    void textIsReadAndCheckedWithImportsAgainstABase() throws IOException {
        Path folder = Path.of("../samples/hyperscale-cn");
        String root = Files.readString(folder.resolve("hyperscale-cn.cpo"));
        ReadResult read = ADVISOR.read(root, "<stdin>", folder, null);
        assertThat(read.hasErrors()).isFalse();
        assertThat(read.files()).hasSizeGreaterThan(1).first().isEqualTo("<stdin>");
        CheckResult r = ADVISOR.check(read, CheckOptions.DEFAULT);
        assertThat(r.exitCode()).isZero();
        assertThat(r.summary()).startsWith("1 file, 0 errors");

        ReadResult json = ADVISOR.read("{\"architecture\": \"j\", \"sites\": [{\"name\": \"s\", \"cooling\": \"liqud\"}]}",
                "<stdin>", folder, Syntax.JSON);
        assertThat(json.diagnostics()).extracting(d -> d.code().name()).contains("CPO208");
        assertThat(ADVISOR.check(json, CheckOptions.DEFAULT).exitCode()).isEqualTo(1);
    }

    @Test
    void readingThroughTheAdvisorUsesItsCatalog() {
        Advisor withCatalog = Advisor.builder().build();
        assertThat(withCatalog.catalog().entries()).hasSameSizeAs(Advisor.builtinCatalog().entries());
        assertThat(withCatalog.read(EDGE).hasErrors()).isFalse();
    }
}
