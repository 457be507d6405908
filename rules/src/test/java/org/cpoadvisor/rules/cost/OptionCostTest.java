package org.cpoadvisor.rules.cost;

import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.model.Defaults;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.model.Resolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cost model of docs/model.md section 3 on a cluster small enough to price by hand. Every
 * expected number below was worked out on paper from the catalog entries of {@link #TINY}
 * and the formulas of docs/model.md; the arithmetic is in the comments. None was read off the
 * code's output.
 *
 * <p>The cluster: 8 GPUs with 400G NICs on 4 x 400G switches, 1:1. Sizing (docs/model.md section 1):
 * e = 400G, k = 4·400/400 = 4, d = floor(4·1/2) = 2, u = 2. E = 8 > k = 4, and
 * 8 ≤ d·k = 2·4 = 8: two tiers. Leaves L = ceil(8/2) = 4; leaf-spine links U = 4·2 = 8;
 * spines S = ceil(8/4) = 2; 6 switches. Links: GPU-leaf 8 + leaf-spine 8 = 16 fibre pairs.
 * One link per 400G port, so a pluggable switch end of n links holds n modules.
 *
 * <p>Economics: 0.10 USD/kWh, PUE 1.5, 3 years, 10 % discount, 2 USD per GPU-hour, job
 * restart 30 min = 0.5 h, fibre 60 USD per link (Defaults), laser swap 2000 USD (Defaults).
 * Discount factor over the life: a3 = 1/1.1 + 1/1.1² + 1/1.1³
 * = 0.909090909 + 0.826446281 + 0.751314801 = 2.486851991.
 * One part at F fit fails F·8760/10^9 = F·8.76e-6 times a year.
 */
class OptionCostTest {

    static final double EPS = 1e-6;

    /** The discount factor a3 = Σ_{t=1..3} 1/1.1^t, written out. */
    static final double A3 = 1 / 1.1 + 1 / 1.21 + 1 / 1.331;

    static final String TINY = """
            architecture "Tiny lab"
            horizon 2025..2030
            currency USD

            assumptions {
              electricity 0.10 USD/kWh
              lifetime 3 years
              discount-rate 10 %
              gpu-hour 2 USD
              job-restart 30 min
              start-year 2025
              cpo-adoption 0 USD   // the one-off adoption cost would swamp this tiny lab's arithmetic; tested apart
              // the operators' costs and the finer reliability model are set aside here, each tested apart
              // (OperatorsCosts, Interruptions): every failure stops the job, no flap, no support, space or spares
              support 0 %
              rack-unit 0 USD
              module-spares 0 %
              link-flaps 0
              fabric-stop-share 100 %
            }

            catalog {
              optic "tiny-lpo-400g" {
                source "test: round figures"
                speed 400G  kind lpo
                power 6 W
                price 450 USD
                fit 100 fit
                available 2024
              }
              switch "tiny-p4x400" {
                source "test: round figures"
                ports 4 x 400G
                optics pluggable
                power 1000 W
                price 10000 USD
                available 2020
                cooling air
              }
              switch "tiny-c4x400" {
                source "test: round figures; lasers inside the switch's power and port-fit"
                ports 4 x 400G
                optics cpo
                power 800 W
                price 12500 USD
                available 2025
                cooling liquid
                port-fit 10 fit
                repair 6000 USD
                field-replaceable-lasers false
              }
              switch "tiny-c4x400-ext" {
                source "test: round figures; external laser sources listed apart"
                ports 4 x 400G
                optics cpo
                power 780 W
                price 12500 USD
                available 2025
                cooling liquid
                port-fit 10 fit
                repair 6000 USD
                lasers 2
                laser-power 10 W
                laser-fit 500 fit
                field-replaceable-lasers true
              }
              optic "dsp-400g" {
                source "test: round figures (replaces the built-in entry)"
                speed 400G
                kind dsp
                power 10 W
                price 500 USD
                fit 100 fit
                available 2020
              }
            }

            site "lab" {
              pue 1.5
              cooling liquid
              staff on-site

              cluster "train" {
                workload training
                gpus 8 x H100
                gpus-per-node 8
                nic 400G
                fabric fat-tree oversubscription 1:1
                switch tiny-p4x400
                optics dsp
                online 2025
              }

              cluster "serve" {
                workload inference
                gpus 8 x H100
                gpus-per-node 8
                nic 400G
                fabric fat-tree oversubscription 1:1
                switch tiny-p4x400
                optics dsp
                online 2025
              }
            }
            """;

    static Resolver resolver;
    static OptionCost cost;
    static ResolvedCluster train;
    static ResolvedCluster serve;

    @BeforeAll
    static void read() {
        ReadResult r = BuiltinCatalog.reader().read(TINY, "tiny.cpo");
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        Architecture a = r.architecture();
        resolver = new Resolver(a, BuiltinCatalog.get());
        cost = new OptionCost(resolver.catalog());
        List<ResolvedCluster> clusters = resolver.clusters();
        train = clusters.get(0);
        serve = clusters.get(1);
        assertThat(train.path()).isEqualTo("lab.train");
        assertThat(serve.path()).isEqualTo("lab.serve");
    }

    static SwitchPlatform platform(String id) {
        return resolver.catalog().switchPlatform(id).orElseThrow();
    }

    static OptionResult price(ResolvedCluster c, OptionKind kind, String leaf, String upper, int year) {
        return cost.evaluate(c, kind, platform(leaf), platform(upper), year, c.gpus(), c.economics()).orElseThrow();
    }

    static OptionResult baseline(ResolvedCluster c) {
        return price(c, OptionKind.BASELINE, "tiny-p4x400", "tiny-p4x400", 2025);
    }

    /** A part over all the places it is at (a module at the NICs and at each tier), quantities added. */
    static Part part(OptionResult o, String id) {
        List<Part> all = o.parts().stream().filter(p -> p.id().equals(id)).toList();
        if (all.isEmpty()) throw new AssertionError("no part " + id + " in " + o.parts());
        Part first = all.get(0);
        return new Part(first.category(), id, first.partNumber(), "all", first.description(),
                all.stream().mapToLong(Part::quantity).sum(), first.unitPrice(), first.unitPowerW(), first.fit(),
                first.repairCost());
    }

    @Test
    void economicsComeFromTheFileAndTheDefaults() {
        var eco = train.economics();
        assertThat(eco.electricityPrice()).isCloseTo(0.10, within(EPS));
        assertThat(eco.pue()).isCloseTo(1.5, within(EPS));
        assertThat(eco.lifetimeYears()).isEqualTo(3);
        assertThat(eco.discountRate()).isCloseTo(0.10, within(EPS));
        assertThat(eco.gpuHourCost()).isCloseTo(2.0, within(EPS));
        assertThat(eco.jobRestartHours()).isCloseTo(0.5, within(EPS));         // 30 min
        assertThat(eco.fibrePerLink()).isCloseTo(Defaults.FIBRE_PER_LINK_USD.value(), within(EPS));
        assertThat(eco.fibrePerLink()).isCloseTo(60, within(EPS));
        assertThat(OptionCost.discounted(1.0, 0.10, 3)).isCloseTo(2.486851991, within(1e-9));
    }

    // ------------------------------------------------------------------------------------------
    /**
     * The LPO option (docs/model.md section 1): today's switches, linear-drive modules wherever the
     * catalog has them (here tiny-lpo-400g: 6 W, 450 USD, 100 fit, available 2024) in place of the
     * 10 W, 500 USD DSP modules. Same fabric: 6 switches, 32 modules, 16 links.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class LpoTraining {
        final OptionResult l = price(train, OptionKind.LPO, "tiny-p4x400", "tiny-p4x400", 2025);

        @Test
        void everyNumber() {
            assertThat(part(l, "tiny-lpo-400g").quantity()).isEqualTo(32);
            assertThat(l.parts()).noneMatch(p -> p.id().equals("dsp-400g"));
            // W = 6·1000 + 32·6 = 6192 W; facility 9288 W; energy 9288·8760/1000·0.10 = 8 136.288 USD
            assertThat(l.powerW()).isCloseTo(6192, within(EPS));
            assertThat(l.energyPerYear()).isCloseTo(8136.288, within(EPS));
            // capex = 6·10 000 + 32·450 + 16·60 = 60 000 + 14 400 + 960 = 75 360 (no CPO: no adoption cost)
            assertThat(l.capex()).isCloseTo(75360, within(EPS));
            // failures 32·100·8.76e-6 = 0.028032; lost 0.028032·8·0.5 = 0.112128 h, 0.224256 USD;
            // repair 0.028032·450 = 12.6144
            assertThat(l.failuresPerYear()).isCloseTo(0.028032, within(1e-12));
            assertThat(l.repairCostPerYear()).isCloseTo(12.6144, within(1e-9));
            // opex 8 136.288 + 0.224256 + 12.6144 = 8 149.126656; TCO = 75 360 + 8 149.126656·2.486851991
            // = 95 625.671849
            assertThat(l.opexPerYear()).isCloseTo(8149.126656, within(EPS));
            assertThat(l.tco()).isCloseTo(95625.671849, within(1e-5));
            // against the baseline's 97 647.426031: 1 − 95 625.671849/97 647.426031 = 0.0207046
            assertThat(Savings.saving(baseline(train), l)).isCloseTo(0.0207046, within(1e-7));
        }

        @Test
        void noLpoOptionBeforeItsModulesExistOrWhereTheCatalogHasNone() {
            // in 2023 the LPO module is not yet available: every module is DSP, so there is no LPO option
            assertThat(cost.evaluate(train, OptionKind.LPO, platform("tiny-p4x400"), platform("tiny-p4x400"), 2023,
                    train.gpus(), train.economics())).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BaselineTraining {

        final OptionResult b = baseline(train);

        @Test
        void parts() {
            // 6 pluggable switches; modules: NIC 8 + leaf side of GPU-leaf 8 + both ends of leaf-spine 8 + 8 = 32
            assertThat(part(b, "tiny-p4x400").quantity()).isEqualTo(6);
            assertThat(part(b, "dsp-400g").quantity()).isEqualTo(32);
            assertThat(b.modules()).isEqualTo(32);
            assertThat(part(b, "fibre").quantity()).isEqualTo(16);
            assertThat(b.parts()).extracting(Part::category).doesNotContain("cpo-engine-port", "laser");
        }

        @Test
        void power() {
            // W = 6·1000 + 32·10 = 6320 W; facility = 6320·1.5 = 9480 W
            assertThat(b.powerW()).isCloseTo(6320, within(EPS));
            assertThat(b.facilityPowerW()).isCloseTo(9480, within(EPS));
        }

        @Test
        void energyPerYear() {
            // 9480 W · 8760 h / 1000 · 0.10 USD/kWh = 83 044.8 kWh · 0.10 = 8 304.48 USD
            assertThat(b.energyPerYear()).isCloseTo(8304.48, within(EPS));
        }

        @Test
        void capex() {
            // 6·10 000 + 32·500 + 16·60 = 60 000 + 16 000 + 960 = 76 960 USD
            assertThat(b.capex()).isCloseTo(76960, within(EPS));
        }

        @Test
        void failuresLostHoursAndRepair() {
            // failures = 32·100·8760/10^9 = 0.028032 a year
            assertThat(b.failuresPerYear()).isCloseTo(0.028032, within(1e-12));
            // lost GPU-hours = 0.028032 · 8 GPUs · 0.5 h = 0.112128; cost 0.112128 · 2 = 0.224256 USD
            assertThat(b.lostGpuHoursPerYear()).isCloseTo(0.112128, within(1e-12));
            assertThat(b.failureCostPerYear()).isCloseTo(0.224256, within(1e-12));
            // repair = 0.028032 · 500 USD (a module's price) = 14.016 USD
            assertThat(b.repairCostPerYear()).isCloseTo(14.016, within(1e-9));
        }

        @Test
        void tco() {
            // opex = 8 304.48 + 0.224256 + 14.016 = 8 318.720256 USD a year
            assertThat(b.opexPerYear()).isCloseTo(8318.720256, within(EPS));
            // TCO = 76 960 + 8 318.720256 · 2.486851991 = 76 960 + 20 687.426031 = 97 647.426031
            assertThat(b.tco()).isCloseTo(76960 + 8318.720256 * A3, within(EPS));
            assertThat(b.tco()).isCloseTo(97647.426031, within(1e-5));
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BaselineInference {

        final OptionResult b = baseline(serve);

        @Test
        void sameFabricSameEnergyNoLostGpuHours() {
            assertThat(b.powerW()).isCloseTo(6320, within(EPS));
            assertThat(b.energyPerYear()).isCloseTo(8304.48, within(EPS));
            assertThat(b.capex()).isCloseTo(76960, within(EPS));
            assertThat(b.failuresPerYear()).isCloseTo(0.028032, within(1e-12));
            // inference: a failure stops no job (docs/model.md section 3), only the part is repaired
            assertThat(b.lostGpuHoursPerYear()).isZero();
            assertThat(b.failureCostPerYear()).isZero();
            assertThat(b.repairCostPerYear()).isCloseTo(14.016, within(1e-9));
        }

        @Test
        void tco() {
            // opex = 8 304.48 + 0 + 14.016 = 8 318.496; TCO = 76 960 + 8 318.496 · 2.486851991 = 97 646.868340
            assertThat(b.opexPerYear()).isCloseTo(8318.496, within(EPS));
            assertThat(b.tco()).isCloseTo(97646.868340, within(1e-5));
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class CpoSpineTraining {

        final OptionResult b = baseline(train);
        final OptionResult s = price(train, OptionKind.CPO_SPINE, "tiny-p4x400", "tiny-c4x400", 2025);

        @Test
        void parts() {
            // leaves stay pluggable (4), spines are CPO (2); same counts as the baseline (same radix)
            assertThat(part(s, "tiny-p4x400").quantity()).isEqualTo(4);
            assertThat(part(s, "tiny-c4x400").quantity()).isEqualTo(2);
            // modules: NIC 8 + leaf side of GPU-leaf 8 + leaf side of leaf-spine 8 = 24; the spine side is
            // 8 optical-engine ports, no module
            assertThat(part(s, "dsp-400g").quantity()).isEqualTo(24);
            assertThat(part(s, "tiny-c4x400/port").quantity()).isEqualTo(8);
            assertThat(part(s, "fibre").quantity()).isEqualTo(16);
        }

        @Test
        void powerAndEnergy() {
            // W = 4·1000 + 2·800 + 24·10 = 4000 + 1600 + 240 = 5840 W (engine power is in the switch's 800 W)
            assertThat(s.powerW()).isCloseTo(5840, within(EPS));
            // facility = 5840 · 1.5 = 8760 W; energy = 8760 · 8760 / 1000 · 0.10 = 7 673.76 USD
            assertThat(s.facilityPowerW()).isCloseTo(8760, within(EPS));
            assertThat(s.energyPerYear()).isCloseTo(7673.76, within(EPS));
        }

        @Test
        void capex() {
            // 4·10 000 + 2·12 500 + 24·500 + 16·60 = 40 000 + 25 000 + 12 000 + 960 = 77 960 USD
            assertThat(s.capex()).isCloseTo(77960, within(EPS));
        }

        @Test
        void failuresLostHoursAndRepair() {
            // modules 24·100·8.76e-6 = 0.021024; engine ports 8·10·8.76e-6 = 0.0007008; sum 0.0217248
            assertThat(s.failuresPerYear()).isCloseTo(0.0217248, within(1e-12));
            // lost = 0.0217248 · 8 · 0.5 = 0.0868992 GPU-hours; cost · 2 = 0.1737984 USD
            assertThat(s.lostGpuHoursPerYear()).isCloseTo(0.0868992, within(1e-12));
            assertThat(s.failureCostPerYear()).isCloseTo(0.1737984, within(1e-12));
            // repair = 0.021024 · 500 + 0.0007008 · 6000 (the CPO repair cost) = 10.512 + 4.2048 = 14.7168
            assertThat(s.repairCostPerYear()).isCloseTo(14.7168, within(1e-9));
        }

        @Test
        void tcoSavingAndPayback() {
            // opex = 7 673.76 + 0.1737984 + 14.7168 = 7 688.6505984
            assertThat(s.opexPerYear()).isCloseTo(7688.6505984, within(EPS));
            // TCO = 77 960 + 7 688.6505984 · 2.486851991 = 97 080.536049
            assertThat(s.tco()).isCloseTo(97080.536049, within(1e-5));
            // saving = 1 − 97 080.536049 / 97 647.426031 = 0.0058055
            assertThat(Savings.saving(b, s)).isCloseTo(1 - 97080.536049 / 97647.426031, within(1e-9));
            assertThat(Savings.saving(b, s)).isCloseTo(0.0058055, within(1e-7));
            // payback: extra capex 77 960 − 76 960 = 1 000; yearly opex saving 8 318.720256 − 7 688.6505984
            // = 630.0696576; discounted: year 1 630.0696576/1.1 = 572.790598 (< 1000), year 2
            // 630.0696576/1.21 = 520.718725 (cumulative 1 093.509 ≥ 1000): 1 + (1000 − 572.790598)/520.718725
            // = 1 + 0.820423 = 1.820423 years
            assertThat(Savings.payback(b, s, 0.10, 3)).isNotNull();
            assertThat(Savings.payback(b, s, 0.10, 3)).isCloseTo(1.820423, within(1e-6));
            // within one year of life it never pays back
            assertThat(Savings.payback(b, s, 0.10, 1)).isNull();
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class CpoAllTraining {

        final OptionResult b = baseline(train);
        final OptionResult a = price(train, OptionKind.CPO_ALL, "tiny-c4x400", "tiny-c4x400", 2025);

        @Test
        void everyNumber() {
            // 6 CPO switches; modules only at the NICs: 8; engine ports: GPU-leaf 8 + leaf-spine 8 + 8 = 24
            assertThat(part(a, "tiny-c4x400").quantity()).isEqualTo(6);
            assertThat(part(a, "dsp-400g").quantity()).isEqualTo(8);
            assertThat(part(a, "tiny-c4x400/port").quantity()).isEqualTo(24);
            // W = 6·800 + 8·10 = 4880; facility 7320; energy 7320·8760/1000·0.10 = 6 412.32
            assertThat(a.powerW()).isCloseTo(4880, within(EPS));
            assertThat(a.facilityPowerW()).isCloseTo(7320, within(EPS));
            assertThat(a.energyPerYear()).isCloseTo(6412.32, within(EPS));
            // capex = 6·12 500 + 8·500 + 16·60 = 75 000 + 4 000 + 960 = 79 960
            assertThat(a.capex()).isCloseTo(79960, within(EPS));
            // failures = 8·100·8.76e-6 + 24·10·8.76e-6 = 0.007008 + 0.0021024 = 0.0091104
            assertThat(a.failuresPerYear()).isCloseTo(0.0091104, within(1e-12));
            // lost = 0.0091104·8·0.5 = 0.0364416; cost 0.0728832
            assertThat(a.lostGpuHoursPerYear()).isCloseTo(0.0364416, within(1e-12));
            // repair = 0.007008·500 + 0.0021024·6000 = 3.504 + 12.6144 = 16.1184
            assertThat(a.repairCostPerYear()).isCloseTo(16.1184, within(1e-9));
            // opex = 6 412.32 + 0.0728832 + 16.1184 = 6 428.5112832; TCO = 79 960 + 6 428.5112832·2.486851991
            // = 95 946.756084
            assertThat(a.opexPerYear()).isCloseTo(6428.5112832, within(EPS));
            assertThat(a.tco()).isCloseTo(95946.756084, within(1e-5));
            // saving = 1 − 95 946.756084 / 97 647.426031 = 0.0174164
            assertThat(Savings.saving(b, a)).isCloseTo(0.0174164, within(1e-7));
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class CpoSpineInference {

        final OptionResult b = baseline(serve);
        final OptionResult s = price(serve, OptionKind.CPO_SPINE, "tiny-p4x400", "tiny-c4x400", 2025);

        @Test
        void noLostGpuHoursAndItsOwnSaving() {
            assertThat(s.lostGpuHoursPerYear()).isZero();
            assertThat(s.failureCostPerYear()).isZero();
            // opex = 7 673.76 + 14.7168 = 7 688.4768; TCO = 77 960 + 7 688.4768·2.486851991 = 97 080.103837
            assertThat(s.opexPerYear()).isCloseTo(7688.4768, within(EPS));
            assertThat(s.tco()).isCloseTo(97080.103837, within(1e-5));
            // saving = 1 − 97 080.103837 / 97 646.868340 = 0.0058042
            assertThat(Savings.saving(b, s)).isCloseTo(1 - 97080.103837 / 97646.868340, within(1e-9));
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ExternalLasers {

        final OptionResult s = price(train, OptionKind.CPO_SPINE, "tiny-p4x400", "tiny-c4x400-ext", 2025);

        @Test
        void lasersAddPowerFailuresAndTheirOwnRepairButNoCapex() {
            // 2 spines · 2 lasers = 4 laser sources
            assertThat(part(s, "tiny-c4x400-ext/laser").quantity()).isEqualTo(4);
            // W = 4·1000 + 2·780 + 4·10 (lasers) + 24·10 = 4000 + 1560 + 40 + 240 = 5840
            assertThat(s.powerW()).isCloseTo(5840, within(EPS));
            // capex: lasers are in the switch price: 40 000 + 25 000 + 12 000 + 960 = 77 960
            assertThat(s.capex()).isCloseTo(77960, within(EPS));
            // failures = 0.021024 (modules) + 0.0007008 (engine ports) + 4·500·8.76e-6 = 0.01752 (lasers)
            // = 0.0392448
            assertThat(s.failuresPerYear()).isCloseTo(0.0392448, within(1e-12));
            // repair: field-replaceable lasers cost a laser swap (2000 USD, Defaults) each:
            // 10.512 + 4.2048 + 0.01752·2000 = 10.512 + 4.2048 + 35.04 = 49.7568
            assertThat(s.repairCostPerYear()).isCloseTo(49.7568, within(1e-9));
            // lost GPU-hours = 0.0392448 · 8 · 0.5 = 0.1569792
            assertThat(s.lostGpuHoursPerYear()).isCloseTo(0.1569792, within(1e-12));
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class PriceTrend {

        @Test
        void aCpoPlatformAndPluggableModulesPricedTwoYearsOnCostLess() {
            // CPO: available 2025, priced for 2027: 12 500 · (1 − 0.10)^2 = 10 125 USD per switch (cpo-price-decline)
            OptionResult b = baseline(train);
            OptionResult s = price(train, OptionKind.CPO_SPINE, "tiny-p4x400", "tiny-c4x400", 2027);
            assertThat(part(s, "tiny-c4x400").unitPrice()).isCloseTo(10125, within(EPS));
            // modules quoted for the price year 2025, bought in 2027: 500 · (1 − 0.10)^2 = 405 USD (optics-price-decline)
            assertThat(part(s, "dsp-400g").unitPrice()).isCloseTo(405, within(EPS));
            // cpo-spine capex = 4 leaves 40 000 + 2 CPO spines 20 250 + (8 NIC + 16 leaf) modules · 405 = 9 720
            //                 + 16 links of fibre 960 = 70 930; it costs less up front than the 2025 baseline: payback 0
            assertThat(s.capex()).isCloseTo(70930, within(EPS));
            assertThat(Savings.payback(b, s, 0.10, 3)).isEqualTo(0.0);
            // the pluggable switch holds its price; its modules fall: 60 000 + 32 · 405 = 12 960 + 960 = 73 920
            OptionResult b27 = price(train, OptionKind.BASELINE, "tiny-p4x400", "tiny-p4x400", 2027);
            assertThat(part(b27, "tiny-p4x400").unitPrice()).isCloseTo(10000, within(EPS));
            assertThat(b27.capex()).isCloseTo(73920, within(EPS));
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class EvaluatorChoice {

        @Test
        void theCpoSpinePlatformIsTheOneWithTheLowestTco() {
            Evaluator evaluator = new Evaluator(resolver.catalog());
            Evaluation e = evaluator.evaluate(train, 2025, 2030);
            assertThat(e.cpoYear()).isEqualTo(2025);
            assertThat(e.baseline().tco()).isCloseTo(97647.426031, within(1e-5));
            // every candidate for e = 400G in 2025, priced as a spine: the chosen one has the lowest TCO
            double lowest = Double.MAX_VALUE;
            for (SwitchPlatform p : evaluator.cpoPlatforms(400, 2025)) {
                var o = cost.evaluate(train, OptionKind.CPO_SPINE, platform("tiny-p4x400"), p, 2025, 8, train.economics());
                if (o.isPresent()) lowest = Math.min(lowest, o.get().tco());
            }
            assertThat(e.cpoSpine()).isNotNull();
            assertThat(e.cpoSpine().tco()).isCloseTo(lowest, within(EPS));
            // the tiny CPO switch (97 080.54) beats its external-laser twin (higher repair cost)
            assertThat(e.cpoSpine().upper().id()).isEqualTo("tiny-c4x400");
            assertThat(e.saving(OptionKind.CPO_SPINE)).isCloseTo(0.0058055, within(1e-7));
        }
    }

    // ------------------------------------------------------------------------------------------
    /**
     * The tiny lab with the operators' costs and the reliability figures of docs/model.md section 3 set:
     * support 10 %, a rack unit 300 USD a year (the tiny switches give no height: 2 RU each), module spares
     * 2 %, 0.5 flaps a link a year, a co-packaged end keeps 30 % of them, half the single-link events
     * above the leaf's GPU ports stop a job, and the largest job is 4 of the 8 GPUs.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OperatorsCostsAndInterruptions {

        ResolvedCluster ops;

        @BeforeAll
        void read() {
            String text = TINY.replace("""
                      support 0 %
                      rack-unit 0 USD
                      module-spares 0 %
                      link-flaps 0
                      fabric-stop-share 100 %
                    """, """
                      support 10 %
                      rack-unit 300 USD
                      module-spares 2 %
                      link-flaps 0.5
                      cpo-flap-share 30 %
                      fabric-stop-share 50 %
                      largest-job 4
                    """);
            ReadResult r = BuiltinCatalog.reader().read(text, "tiny-ops.cpo");
            assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
            ops = new Resolver(r.architecture(), BuiltinCatalog.get()).clusters().get(0);
        }

        OptionResult priced(OptionKind kind, String leaf, String upper) {
            return cost.evaluate(ops, kind, platform(leaf), platform(upper), 2025, ops.gpus(), ops.economics()).orElseThrow();
        }

        @Test
        void theBaselineCountsSupportSpaceSparesFlapsAndTheJobTheyStop() {
            OptionResult b = priced(OptionKind.BASELINE, "tiny-p4x400", "tiny-p4x400");
            // modules installed: 8 at the NICs, 16 in the leaves (8 down, 8 up), 8 in the spines = 32;
            // spares ceil(32 · 2 %) = ceil(0.64) = 1 at 500 USD
            Part spares = b.parts().stream().filter(p -> p.category().equals("optic-spare")).findFirst().orElseThrow();
            assertThat(spares.quantity()).isEqualTo(1);
            assertThat(spares.place()).isEqualTo("spares");
            // capex = 6 switches 60 000 + 32 modules 16 000 + 1 spare 500 + 16 links of fibre 960 = 77 460
            assertThat(b.capex()).isCloseTo(77460, within(EPS));
            // hard failures: 32 modules · 100 fit · 8.76e-6 = 0.028032 a year
            assertThat(b.failuresPerYear()).isCloseTo(0.028032, within(1e-9));
            // flaps: 8 GPU links · 0.5 + 8 leaf-spine links · 0.5 = 8 a year
            assertThat(b.flapsPerYear()).isCloseTo(8, within(1e-9));
            // what stops a job: NIC modules 0.007008 · 1; leaf modules 0.014016 · (half GPU ports: 0.5 + 0.5 · 0.5 = 0.75)
            // = 0.010512; spine modules 0.007008 · 0.5 = 0.003504; GPU-link flaps 4 · 1; leaf-spine flaps 4 · 0.5 = 2
            // → 6.021024 a year, hitting the 4-GPU job with probability 4/8: 3.010512 interruptions
            assertThat(b.interruptionsPerYear()).isCloseTo(3.010512, within(1e-9));
            // each costs the job's 4 GPUs half an hour at 2 USD: 3.010512 · 4 · 0.5 = 6.021024 GPU-hours, 12.042048 USD
            assertThat(b.lostGpuHoursPerYear()).isCloseTo(6.021024, within(1e-9));
            assertThat(b.opex().interruptions()).isCloseTo(12.042048, within(1e-9));
            // repairs: 0.028032 failures · 500 USD a module = 14.016
            assertThat(b.opex().repair()).isCloseTo(14.016, within(1e-9));
            // support: 10 % of the switches' 60 000 = 6 000; space: 6 switches · 2 RU · 300 = 3 600
            assertThat(b.opex().support()).isCloseTo(6000, within(EPS));
            assertThat(b.rackUnits()).isEqualTo(12);
            assertThat(b.opex().space()).isCloseTo(3600, within(EPS));
            // energy: (6 · 1000 + 32 · 10) W = 6 320 W · 1.5 = 9.48 kW · 8760 h · 0.10 = 8 304.48
            assertThat(b.opex().energy()).isCloseTo(8304.48, within(1e-6));
            double opex = 8304.48 + 12.042048 + 14.016 + 6000 + 3600;
            assertThat(b.opexPerYear()).isCloseTo(opex, within(1e-6));
            assertThat(b.tco()).isCloseTo(77460 + opex * A3, within(1e-6));
        }

        @Test
        void aCoPackagedEndFlapsLessAndAnEngineOrLaserFailureTakesItsPortsAtOnce() {
            OptionResult s = priced(OptionKind.CPO_SPINE, "tiny-p4x400", "tiny-c4x400-ext");
            // flaps: GPU links 8 · 0.5 = 4; leaf-spine links with one co-packaged end 8 · 0.5 · (1 + 0.3) / 2 = 2.6
            assertThat(s.flapsPerYear()).isCloseTo(6.6, within(1e-9));
            // a laser source of tiny-c4x400-ext serves 4 ports / 2 lasers = 2 ports: an engine or laser failure in
            // the spine stops the job with 1 − (1 − 0.5)^2 = 0.75. Spine events: 8 engine ports · 10 fit · 8.76e-6
            // = 0.0007008 and 4 lasers · 500 fit · 8.76e-6 = 0.01752 → 0.0182208 · 0.75 = 0.0136656.
            // With NIC modules 0.007008, leaf modules 0.010512, flaps 4 + 2.6 · 0.5 = 5.3:
            // 5.3311856 a year, times 4/8 = 2.6655928 interruptions of the 4-GPU job
            assertThat(s.interruptionsPerYear()).isCloseTo(2.6655928, within(1e-9));
            // support on 4 leaves 40 000 and 2 CPO spines 25 000 (its lasers have no price of their own) = 6 500
            assertThat(s.opex().support()).isCloseTo(6500, within(EPS));
            // spares: 8 NIC + 16 leaf modules = 24 installed, ceil(0.48) = 1
            assertThat(s.parts().stream().filter(p -> p.category().equals("optic-spare")).mapToLong(Part::quantity).sum())
                    .isEqualTo(1);
        }
    }
}
