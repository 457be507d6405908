package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.check.Baseline;
import org.cpoadvisor.advisor.advice.FailOn;
import org.junit.jupiter.api.Test;

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

    @Test
    void readingThroughTheAdvisorUsesItsCatalog() {
        Advisor withCatalog = Advisor.builder().build();
        assertThat(withCatalog.catalog().entries()).hasSameSizeAs(Advisor.builtinCatalog().entries());
        assertThat(withCatalog.read(EDGE).hasErrors()).isFalse();
    }
}
