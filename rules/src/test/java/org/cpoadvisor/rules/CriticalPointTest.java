package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.cost.OptionKind;
import org.cpoadvisor.rules.judge.Verdict.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The critical point of docs/model.md section 4 out of the numbers: a user's catalog whose CPO switch costs 20 % more
 * per port than the pluggable modules it replaces loses money at 2,048 GPUs and gains at 65,536. Every figure below
 * was worked by hand from the catalog and assumptions of {@link #FILE} and the formulas of docs/model.md section 3
 * (the model's own output was not read to write them).
 *
 * <p>The two platforms have the same radix (64 x 800G), so both options build the same fabric: at 2,048 GPUs two tiers,
 * 64 leaves and 32 spines (S = 96); at 65,536 three, 2,048 leaves, 2,048 aggregation and 1,024 core switches
 * (S = 5,120); T tiers carry T · N links, one per GPU per boundary. Pluggable: 2T · N modules (N at the NICs, 2N in the
 * leaves, N in a spine tier or 3N in aggregation and core). CPO everywhere: N modules at the NICs and (2T − 1) · N
 * engine ports. The CPO switch is priced 40,000 + 64 · 1.2 · 1,000 = 116,800 USD: the pluggable switch plus 64 ports
 * at 1.2 times the module price.
 *
 * <p>Per year, with no discount and a 5-year life, TCO = capex + 5 · opex, where opex = energy (W · 1.2 · 8.76 kWh ·
 * 0.10 = 1.0512 USD per W) + support (5 % of the switches' price) + space (S · 2 RU · 300) + repairs (hard failures ·
 * part price; an engine failure 5,000) + interruptions. A part at F fit fails F · 8.76e-6 times a year: a module
 * 8.76e-4, an engine port 8.76e-5. An event stops the job with 1 at a GPU's link, 0.75 in the leaf (half its ports are
 * GPU ports: 0.5 + 0.5 · 0.5), 0.5 above; flaps are 0.006 a link, a co-packaged end keeps 30 % (a GPU link to a CPO
 * leaf: (1 + 0.3) / 2 = 0.65; between two CPO ends 0.3). The job is the cluster: each stopping event costs N GPUs half
 * an hour at 2 USD, N USD; so the interruptions cost (stopping events) · N, growing as N².
 *
 * <p>2,048 GPUs (N = 2,048, T = 2, S = 96, leaves 64):
 * <ul>
 * <li>baseline: capex 96 · 40,000 + 4N · 1,000 + 2N · 60 = 3,840,000 + 8,192,000 + 245,760 = 12,277,760;
 * W = 96,000 + 4N · 15 = 218,880 → energy 230,086.66; support 192,000; space 57,600; repairs 4N · 8.76e-4 · 1,000
 * = 7,176.19; stopping N · (8.76e-4 + 2 · 8.76e-4 · 0.75 + 8.76e-4 · 0.5 + 0.006 + 0.006 · 0.5) = 0.011628 N =
 * 23.814144 → 48,771.37; opex 535,634.21; TCO 14,955,931.07</li>
 * <li>cpo-spine (CPO spines): capex 64 · 40,000 + 32 · 116,800 + 3N · 1,000 + 245,760 + 300,000 (adoption) =
 * 12,987,360; opex 630,031.20 (energy 186,031.62 for 64 · 1,000 + 32 · 1,320 + 3N · 15 W; support 314,880; space
 * 57,600; repairs 5,382.14 + 448.51; stopping 0.010184 N = 20.856422 → 42,714.0) ; TCO 16,137,516.01:
 * saving 1 − 16,137,516.01 / 14,955,931.07 = −7.90 %</li>
 * <li>cpo-all: capex 96 · 116,800 + N · 1,000 + 245,760 + 300,000 = 13,806,560; opex 812,767.76; TCO 17,870,398.80:
 * saving −19.49 %.</li>
 * </ul>
 * Both CPO options lose money.
 *
 * <p>65,536 GPUs (N = 65,536, T = 3, S = 5,120, leaves 2,048):
 * <ul>
 * <li>baseline: capex 204,800,000 + 6N · 1,000 + 3N · 60 = 609,812,480; stopping N · (8.76e-4 + 1.314e-3 + 3 ·
 * 8.76e-4 · 0.5 + 0.006 + 2 · 0.003) = 0.015504 N = 1,016.070144 → 66,589,173 a year; opex 91,828,004.06;
 * TCO 1,068,952,500.31</li>
 * <li>cpo-all: capex 5,120 · 116,800 + N · 1,000 + 3N · 60 + 300,000 = 675,648,480; stopping N · (8.76e-4 + 2 ·
 * 8.76e-5 · 0.75 + 3 · 8.76e-5 · 0.5 + 0.006 · 0.65 + 2 · 0.006 · 0.3 · 0.5) = 0.0068388 N = 448.187597 → 29,372,222 a
 * year; opex 70,683,957.45; TCO 1,029,068,267.24: saving 1 − 1,029,068,267.24 / 1,068,952,500.31 = +3.73 %.</li>
 * </ul>
 * The interruptions a co-packaged fabric avoids grow as N² and overtake its 20 % premium and its support.
 */
class CriticalPointTest {

    static final String FILE = """
            architecture "critical point"
            horizon 2026..2031
            currency USD
            assumptions {
              electricity 0.10 USD/kWh
              lifetime 5 years
              discount-rate 0 %
              gpu-hour 2 USD
              job-restart 30 min
              start-year 2026
              cpo-adoption 300000 USD
              price-year 2026
              support 5 %
              rack-unit 300 USD
              module-spares 0 %
              link-flaps 0.006
              cpo-flap-share 30 %
              fabric-stop-share 50 %
            }
            policy {
              vendors "Test"
            }
            catalog {
              switch "p64" {
                source "test: a 64 x 800G pluggable switch"
                ports 64 x 800G
                optics pluggable
                family ethernet
                vendor "Test"
                power 1000 W
                price 40000 USD
                available 2024
                cooling liquid
                rack-units 2
              }
              switch "c64" {
                source "test: the same switch with co-packaged optics, 20 % dearer per port than a module"
                ports 64 x 800G
                optics cpo
                family ethernet
                vendor "Test"
                power 1320 W
                price 116800 USD
                available 2026
                cooling liquid
                rack-units 2
                port-fit 10 fit
                repair 5000 USD
              }
              optic "dsp-800g" {
                source "test: replaces the built-in entry"
                speed 800G
                kind dsp
                power 15 W
                price 1000 USD
                fit 100 fit
                available 2024
              }
            }
            site "s" {
              pue 1.2
              cooling liquid
              cluster "small" {
                gpus 2048 x B300
                nic 800G
                switch p64
                optics dsp
                online 2026
              }
              cluster "large" {
                gpus 65536 x B300
                nic 800G
                switch p64
                optics dsp
                online 2026
              }
            }
            """;

    @Test
    void aTwentyPercentPremiumLosesAtTwoThousandGpusAndGainsAtSixtyFiveThousand() {
        ReadResult r = BuiltinCatalog.reader().read(FILE, "critical.cpo");
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        Analysis a = new Analyst(BuiltinCatalog.get()).analyse(r.architecture());
        ClusterAnalysis small = a.clusters().get(0);
        ClusterAnalysis large = a.clusters().get(1);

        assertThat(small.evaluation().baseline().tco()).isCloseTo(14_955_931.07, within(0.01));
        assertThat(small.evaluation().cpoSpine().upper().id()).isEqualTo("c64");
        assertThat(small.evaluation().saving(OptionKind.CPO_SPINE)).isCloseTo(-0.079004, within(1e-6));
        assertThat(small.evaluation().saving(OptionKind.CPO_ALL)).isCloseTo(-0.194870, within(1e-6));
        assertThat(small.verdict().getDecision()).isEqualTo(Decision.WAIT);

        assertThat(large.evaluation().baseline().tco()).isCloseTo(1_068_952_500.31, within(0.01));
        assertThat(large.evaluation().cpoAll().tco()).isCloseTo(1_029_068_267.24, within(0.01));
        assertThat(large.evaluation().saving(OptionKind.CPO_ALL)).isCloseTo(0.037312, within(1e-6));
        assertThat(large.evaluation().best().orElseThrow().kind()).isEqualTo(OptionKind.CPO_ALL);
    }
}
