package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Sensitivity and sweeps (docs/model.md section 9) on {@code uncertainty/flip-lab.cpo}, a fabric
 * priced by hand. Every expected number is worked out below from the file's figures; none was read
 * off the code.
 *
 * <p>Sizing: 8 GPUs on 300G NICs and 4 x 300G switches, 1:1: k = 4, d = u = 2, two tiers, 4 leaves
 * and 2 spines, 8 GPU-leaf and 8 leaf-spine links. Modules (300G DSP, 10 W, 400 USD): the baseline
 * has one at each end of every link, 32; cpo-spine keeps the NIC and leaf ends, 24; cpo-all the
 * NIC ends only, 8. Switches: pluggable x-p4 1000 W, 10,000 USD; CPO x-c4 700 W, price q (16,000).
 *
 * <pre>
 *   capex: baseline 6 x 10,000 + 32 x 400 = 72,800;  power 6 x 1000 + 32 x 10 = 6,320 W
 *          cpo-spine 4 x 10,000 + 2q + 24 x 400 = 49,600 + 2q;  power 4,000 + 1,400 + 240 = 5,640 W
 *          cpo-all   6q + 8 x 400 = 3,200 + 6q;                 power 4,200 + 80 = 4,280 W
 *   TCO over 5 years, undiscounted, PUE 1.0, electricity e per kWh: capex + 5 x 8.76 x W x e
 *          baseline 72,800 + 276,816 e;  cpo-spine 49,600 + 2q + 247,032 e;  cpo-all 3,200 + 6q + 187,464 e
 *   cpo-spine saves (TCO lower) when 2q < 23,200 + 29,784 e, i.e. q < 11,600 + 14,892 e;
 *   cpo-all when 6q < 69,600 + 89,352 e: the same line. Either saving > 0 makes the verdict pilot (the
 *   adoption year 2025 lies in the pilot window, so never adopt), else wait.
 * </pre>
 */
class UncertaintyTest {

    static final Path LAB = Path.of("src/test/resources/uncertainty/flip-lab.cpo");

    final Advisor advisor = new Advisor();

    ReadResult lab(Map<FigureRef, Range> ranges) {
        ReadResult r = advisor.read(LAB);
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        return new ReadResult(r.architecture().withRanges(ranges), r.sources(), r.diagnostics(), r.files());
    }

    @Test
    void theVerdictFlipsWhereTheTwoTcosMeet() {
        // electricity alone, 0.10..0.50 around the file's 0.20 (q = 16,000): cpo-spine saves from
        // 8,800 = 29,784 e, e* = 0.2954606; cpo-all from 26,400 = 89,352 e, the same e*.
        Map<FigureRef, Range> ranges = new LinkedHashMap<>();
        ranges.put(FigureRef.assumption("electricity"), new Range(0.10, 0.50));
        Sensitivity s = advisor.sensitivity(lab(ranges));

        Sensitivity.ClusterSensitivity train = s.clusters().get(0);
        assertThat(train.cluster()).isEqualTo("lab.train");
        // at e = 0.20: baseline 128,163.2; cpo-spine 81,600 + 49,406.4 = 131,006.4: saving -2,843.2 / 128,163.2 = -2.2184 %
        assertThat(train.verdict()).isEqualTo(Verdict.WAIT);
        assertThat(train.option()).isEqualTo("cpo-spine");
        assertThat(train.saving()).isCloseTo(-2843.2 / 128163.2, within(1e-9));

        Sensitivity.Swing e = train.swings().stream().filter(w -> w.figure().equals("electricity")).findFirst().orElseThrow();
        // at 0.10: baseline 100,481.6, cpo-spine 106,303.2, cpo-all 117,946.4: the best, cpo-spine, saves -5,821.6 / 100,481.6
        assertThat(e.savingAtLow()).isCloseTo(-5821.6 / 100481.6, within(1e-9));
        // at 0.50: baseline 211,208, cpo-spine 205,116, cpo-all 192,932: cpo-all saves 18,276 / 211,208 = 8.653 %
        assertThat(e.savingAtHigh()).isCloseTo(18276.0 / 211208.0, within(1e-9));
        assertThat(e.verdictAtLow()).isEqualTo(Verdict.WAIT);
        assertThat(e.verdictAtHigh()).isEqualTo(Verdict.PILOT);
        assertThat(e.flips()).hasSize(1);
        Sensitivity.Flip flip = e.flips().get(0);
        assertThat(flip.below()).isEqualTo(Verdict.WAIT);
        assertThat(flip.above()).isEqualTo(Verdict.PILOT);
        // found to a thousandth of the range's width (0.0004), from above
        assertThat(flip.at()).isBetween(8800.0 / 29784.0, 8800.0 / 29784.0 + 0.0004);
    }

    @Test
    void twoUniformFiguresGiveTheVerdictTheirJointDistributionGives() {
        // e ~ U(0.10, 0.50) and q ~ U(12,000, 20,000), drawn apart: pilot when q < 11,600 + 14,892 e, a line
        // that stays inside the q range for every e (13,089.2 at 0.10, 19,046 at 0.50), so
        // P(pilot) = E[(11,600 + 14,892 e - 12,000) / 8,000] = (14,892 x 0.30 - 400) / 8,000 = 4,067.6 / 8,000 = 0.50845.
        Map<FigureRef, Range> ranges = new LinkedHashMap<>();
        ranges.put(FigureRef.assumption("electricity"), new Range(0.10, 0.50, Range.Shape.UNIFORM, null));
        ranges.put(FigureRef.catalog("switch", "x-c4", "price"), new Range(12000, 20000, Range.Shape.UNIFORM, null));
        long n = 4000;
        SweepSummary s = advisor.sweep(lab(ranges), new SweepOptions(n, 11, 2, 0));
        SweepSummary.ClusterSweep train = s.clusters().get(0);
        // 4,000 draws: the standard error of the share is sqrt(0.25 / 4000) = 0.0079; four of them is 0.032
        assertThat(train.probability(Verdict.PILOT, n)).isCloseTo(0.50845, within(0.032));
        assertThat(train.verdicts().get(Verdict.PILOT) + train.verdicts().get(Verdict.WAIT)).isEqualTo(n);
        assertThat(train.verdict()).isEqualTo(Verdict.WAIT);
    }

    @Test
    void figuresOfOneGroupMoveTogether() {
        // with e and q in one group at the same quantile u: e = 0.10 + 0.40 u, q = 12,000 + 8,000 u. Pilot when
        // 12,000 + 8,000 u < 11,600 + 14,892 (0.10 + 0.40 u) = 13,089.2 + 5,956.8 u, i.e. 2,043.2 u < 1,089.2,
        // u < 0.533085: P(pilot) = 0.5331 (against 0.50845 drawn apart)
        Map<FigureRef, Range> ranges = new LinkedHashMap<>();
        ranges.put(FigureRef.assumption("electricity"), new Range(0.10, 0.50, Range.Shape.UNIFORM, "g"));
        ranges.put(FigureRef.catalog("switch", "x-c4", "price"), new Range(12000, 20000, Range.Shape.UNIFORM, "g"));
        long n = 4000;
        SweepSummary s = advisor.sweep(lab(ranges), new SweepOptions(n, 5, 2, 0));
        assertThat(s.clusters().get(0).probability(Verdict.PILOT, n)).isCloseTo(1089.2 / 2043.2, within(0.032));
    }

    @Test
    void theSameSeedGivesTheSameSummaryOnAnyNumberOfThreadsAndInAnySplit() {
        ReadResult sample = advisor.read(Path.of("../samples/ai-factory.cpo"));
        Map<FigureRef, Range> ranges = new LinkedHashMap<>();
        ranges.put(FigureRef.site("phx-2", "electricity"), new Range(0.03, 0.20));
        ranges.put(FigureRef.assumption("discount-rate"), new Range(0.04, 0.14, Range.Shape.UNIFORM, null));
        ranges.put(FigureRef.catalog("switch", "spectrum-x-photonics-409t", "price"), new Range(300000, 1200000));
        ReadResult r = new ReadResult(sample.architecture().withRanges(ranges), sample.sources(), sample.diagnostics(),
                sample.files());
        SweepOptions options = new SweepOptions(160, 42, 1, 20);
        SweepSummary one = advisor.sweep(r, options);
        SweepSummary three = advisor.sweep(r, options.withThreads(3));
        assertThat(three).isEqualTo(one);
        // the parts a Spark job would make, merged in another order
        SweepTally a = advisor.sweepPart(r, options, 0, 37);
        SweepTally b = advisor.sweepPart(r, options, 37, 100);
        SweepTally c = advisor.sweepPart(r, options, 100, 160);
        assertThat(advisor.summarize(r, options, c.merge(a).merge(b))).isEqualTo(one);
        // another seed draws other scenarios
        assertThat(advisor.sweep(r, new SweepOptions(160, 43, 1, 20))).isNotEqualTo(one);
        // and the draws did move something: the phx-2 training cluster's saving is spread
        SweepSummary.Spread saving = one.clusters().stream().filter(x -> x.cluster().equals("phx-2.b300-train"))
                .findFirst().orElseThrow().saving();
        assertThat(saving.p95()).isGreaterThan(saving.p5());
    }

    @Test
    void aFileWithErrorsGivesItsDiagnosticsOnly() {
        ReadResult bad = advisor.read("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x NOPE } }\n", "bad.cpo");
        assertThat(bad.hasErrors()).isTrue();
        assertThat(advisor.sensitivity(bad).hasErrors()).isTrue();
        assertThat(advisor.sensitivity(bad).clusters()).isEmpty();
        assertThat(advisor.sweep(bad, SweepOptions.of(10, 1)).clusters()).isEmpty();
    }

    @Test
    void rangesAreDrawnAsTheirShapeSays() {
        // triangular 0..10 with its mode at 2: F(x) = x^2 / 20 up to 2, so the quantile 0.1 is sqrt(2) = 1.41421;
        // above the mode 1 - (10 - x)^2 / 80: the quantile 0.6 is 10 - sqrt(0.4 x 80) = 10 - sqrt(32) = 4.34315
        Range t = new Range(0, 10);
        assertThat(t.quantile(0.1, 2)).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(t.quantile(0.6, 2)).isCloseTo(10 - Math.sqrt(32), within(1e-12));
        assertThat(t.quantile(0.2, 2)).isCloseTo(2, within(1e-12));
        Range u = new Range(0, 10, Range.Shape.UNIFORM, null);
        assertThat(u.quantile(0.25, 2)).isEqualTo(2.5);
        assertThat(List.of(t.quantile(0, 2), t.quantile(1, 2))).containsExactly(0.0, 10.0);
    }
}
