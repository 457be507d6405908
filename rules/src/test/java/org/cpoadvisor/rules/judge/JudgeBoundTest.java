package org.cpoadvisor.rules.judge;

import org.cpoadvisor.dsl.model.YearRange;
import org.cpoadvisor.rules.model.Thresholds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound on rule firings never cuts a large estate's advice short in silence: it
 * grows with the facts (the built-in rules fire about twice a cluster, and an estate
 * may hold 100,000 clusters), and reaching it is a diagnostic, not a quiet stop.
 */
class JudgeBoundTest {

    @Test
    void theBoundIsAHundredThousandOrFiftyAFact() {
        assertThat(Judge.firingBound(0)).isEqualTo(100_000);
        assertThat(Judge.firingBound(2_000)).isEqualTo(100_000);
        assertThat(Judge.firingBound(100_000 + 2_500)).isEqualTo(5_125_000);
    }

    /** Before, the built-in rules stopped at 100,000 firings: past some 20,000 such clusters (five firings each), verdicts went missing in silence. */
    @Test
    void twentyFiveThousandClustersAllGetAVerdictAndNoDiagnostic() {
        Thresholds t = new Thresholds(4096, 800, 0.6, 0.1, 3, new YearRange(2025, 2026), new YearRange(2027, 2028), true, 2025,
                new YearRange(2025, 2030));
        List<ClusterFact> clusters = new ArrayList<>();
        List<SiteFact> sites = new ArrayList<>();
        for (int s = 0; s < 250; s++) {
            sites.add(new SiteFact("s" + s, "liquid", "remote", 1e6, 2026, 2e6));
            for (int c = 0; c < 100; c++) {
                clusters.add(new ClusterFact("s" + s + ".c" + c, "s" + s, "training", 8192, 800, 0.9, "liquid", "remote",
                        "cpo", 2025, "cpo-spine", "tomahawk6-davisson-cpo", 0.2, 0.2, 0.15, 1.5, 2026, 2027, 3, 2,
                        false, 2026));
            }
        }
        Judge.Outcome outcome = new Judge().judge(t, clusters, sites, new AssumedFigures(List.of("x power")));
        assertThat(outcome.firings()).isGreaterThan(100_000);
        assertThat(outcome.verdicts()).hasSize(25_000);
        assertThat(outcome.diagnostics()).isEmpty();
        // identical clusters tie for the best pilot: still one pilot a site (before, n(n+1)/2 of them)
        assertThat(outcome.actions().stream().filter(a -> a.getStage() == StageAction.Stage.PILOT)).hasSize(250);
    }
}
