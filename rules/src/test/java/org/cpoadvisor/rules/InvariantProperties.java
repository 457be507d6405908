package org.cpoadvisor.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.breakeven.BreakEven;
import org.cpoadvisor.rules.breakeven.BreakEvenPoint;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.Evaluator;
import org.cpoadvisor.rules.cost.OptionCost;
import org.cpoadvisor.rules.cost.OptionKind;
import org.cpoadvisor.rules.cost.OptionResult;
import org.cpoadvisor.rules.cost.Savings;
import org.cpoadvisor.rules.model.Economics;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.model.Resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the cost model and the break-even search (docs/model.md sections 3 and 4) over
 * generated clusters: GPU counts in whole nodes, 200/400/800G NICs, leaf ratios, every
 * built-in pluggable platform as today's switch and every built-in CPO platform as the
 * candidate. Options are compared on the same platforms (the evaluator's choice of the
 * best platform may change with the size, which is not what these properties are about).
 */
class InvariantProperties {

    static final List<String> PLUGGABLES = List.of("spectrum-4-800g", "quantum-2-400g", "quantum-x800-800g",
            "tomahawk5-800g", "tomahawk4-400g", "tomahawk6-800g");
    static final List<String> CPOS = List.of("quantum-x-photonics-800g", "spectrum-x-photonics-102t",
            "spectrum-x-photonics-409t", "tomahawk5-bailly-cpo", "tomahawk6-davisson-cpo");

    /** A generated cluster: one site, one cluster of 8-GPU nodes. */
    record Spec(int nodes, int nic, int a, int b, String platform, String workload, double electricity) {

        String text() {
            return String.format(Locale.ROOT, """
                    architecture "Generated"
                    horizon 2025..2030
                    currency USD
                    assumptions {
                      electricity %.4f USD/kWh
                      lifetime 5 years
                      discount-rate 8 %%
                      gpu-hour 2 USD
                      job-restart 30 min
                      start-year 2025
                    }
                    site "g" {
                      cooling liquid
                      cluster "c" {
                        workload %s
                        gpus %d x H100
                        gpus-per-node 8
                        nic %dG
                        fabric fat-tree oversubscription %d:%d
                        switch %s
                        optics dsp
                        online 2026
                      }
                    }
                    """, electricity, workload, nodes * 8, nic, a, b, platform);
        }
    }

    /** What the properties price with: the resolved cluster and the file's effective catalog. */
    record Model(ResolvedCluster cluster, Catalog catalog, OptionCost cost, Evaluator evaluator) {

        Optional<OptionResult> price(OptionKind kind, SwitchPlatform leaf, SwitchPlatform upper, int gpus, Economics eco) {
            return cost.evaluate(cluster, kind, leaf, upper, 2026, gpus, eco);
        }

        /** The three option shapes on fixed platforms: (kind, leaf, upper). */
        List<Object[]> shapes(SwitchPlatform cpo) {
            List<Object[]> out = new ArrayList<>();
            out.add(new Object[]{OptionKind.BASELINE, cluster.platform(), cluster.platform()});
            out.add(new Object[]{OptionKind.CPO_SPINE, cluster.platform(), cpo});
            if (Resolver.fits(cluster.nicGbps(), cpo.portGbps())) out.add(new Object[]{OptionKind.CPO_ALL, cpo, cpo});
            return out;
        }

        /** 1 − TCO(option)/TCO(baseline) at a GPU count and economics, or null when either cannot be built. */
        Double saving(OptionKind kind, SwitchPlatform leaf, SwitchPlatform upper, int gpus, Economics eco) {
            Optional<OptionResult> b = price(OptionKind.BASELINE, cluster.platform(), cluster.platform(), gpus, eco);
            Optional<OptionResult> o = price(kind, leaf, upper, gpus, eco);
            return b.isEmpty() || o.isEmpty() ? null : Savings.saving(b.get(), o.get());
        }
    }

    static Model model(Spec spec) {
        ReadResult r = BuiltinCatalog.reader().read(spec.text(), "generated.cpo");
        Assume.that(!r.hasErrors());
        Resolver resolver = new Resolver(r.architecture(), BuiltinCatalog.get());
        ResolvedCluster c = resolver.clusters().get(0);
        return new Model(c, resolver.catalog(), new OptionCost(resolver.catalog()), new Evaluator(resolver.catalog()));
    }

    static SwitchPlatform cpo(Model m, String id) {
        return m.catalog().switchPlatform(id).orElseThrow();
    }

    // ------------------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Spec> specs() {
        return Combinators.combine(
                Arbitraries.integers().between(1, 8192),
                Arbitraries.of(200, 400, 800),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 2),
                Arbitraries.of(PLUGGABLES),
                Arbitraries.of("training", "inference", "mixed"),
                Arbitraries.doubles().between(0.03, 0.30).ofScale(4)).as(Spec::new);
    }

    @Provide
    Arbitrary<String> cpos() {
        return Arbitraries.of(CPOS);
    }

    // ------------------------------------------------------------------------------ properties

    /** docs/model.md section 1 on the same platforms: more GPUs never need fewer switches, modules or engine ports. */
    @Property(tries = 200)
    void moreGpusNeverNeedFewerSwitchesOrModules(@ForAll("specs") Spec spec, @ForAll("cpos") String cpoId,
                                                @ForAll @IntRange(min = 1, max = 4096) int moreNodes) {
        Model m = model(spec);
        SwitchPlatform cpo = cpo(m, cpoId);
        int n1 = spec.nodes() * 8;
        int n2 = n1 + moreNodes * 8;
        Economics eco = m.cluster().economics();
        for (Object[] shape : m.shapes(cpo)) {
            OptionKind kind = (OptionKind) shape[0];
            Optional<OptionResult> small = m.price(kind, (SwitchPlatform) shape[1], (SwitchPlatform) shape[2], n1, eco);
            Optional<OptionResult> large = m.price(kind, (SwitchPlatform) shape[1], (SwitchPlatform) shape[2], n2, eco);
            if (small.isEmpty() || large.isEmpty()) continue;
            String what = kind + " " + n1 + " -> " + n2 + " GPUs";
            assertThat(large.get().sizing().totalSwitches()).as(what + ": switches").isGreaterThanOrEqualTo(small.get().sizing().totalSwitches());
            assertThat(large.get().modules()).as(what + ": modules").isGreaterThanOrEqualTo(small.get().modules());
            assertThat(large.get().sizing().enginePorts()).as(what + ": engine ports").isGreaterThanOrEqualTo(small.get().sizing().enginePorts());
            assertThat(large.get().sizing().links()).as(what + ": links").isGreaterThanOrEqualTo(small.get().sizing().links());
        }
    }

    /** Every cost of every option is non-negative, whatever the size, the platforms and the price. */
    @Property(tries = 200)
    void optionCostsAreNeverNegative(@ForAll("specs") Spec spec, @ForAll("cpos") String cpoId) {
        Model m = model(spec);
        SwitchPlatform cpo = cpo(m, cpoId);
        List<OptionResult> options = new ArrayList<>();
        for (Object[] shape : m.shapes(cpo)) {
            m.price((OptionKind) shape[0], (SwitchPlatform) shape[1], (SwitchPlatform) shape[2], m.cluster().gpus(),
                    m.cluster().economics()).ifPresent(options::add);
        }
        Evaluation e = m.evaluator().evaluate(m.cluster(), 2025, 2030);
        for (OptionResult o : new OptionResult[]{e.baseline(), e.cpoSpine(), e.cpoAll()}) {
            if (o != null) options.add(o);
        }
        for (OptionResult o : options) {
            String what = o.kind() + " on " + o.leaf().id() + "/" + o.upper().id();
            assertThat(o.powerW()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(o.facilityPowerW()).as(what).isGreaterThanOrEqualTo(o.powerW());
            assertThat(o.capex()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(o.energyPerYear()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(o.failuresPerYear()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(o.lostGpuHoursPerYear()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(o.failureCostPerYear()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(o.repairCostPerYear()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(o.opexPerYear()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(o.tco()).as(what).isGreaterThanOrEqualTo(o.capex());
            assertThat(o.parts()).as(what).allSatisfy(p -> {
                assertThat(p.quantity()).isPositive();
                assertThat(p.unitPrice()).isGreaterThanOrEqualTo(0);
                assertThat(p.unitPowerW()).isGreaterThanOrEqualTo(0);
            });
        }
    }

    /**
     * What does hold on the model: as electricity gets dearer the saving moves monotonically towards the
     * power saving 1 − W(option)/W(baseline) (TCO is linear in the price, the saving a ratio of two such
     * lines); and where the option draws no more power, its TCO advantage in money never shrinks.
     */
    @Property(tries = 200)
    void aHigherElectricityPriceMovesTheSavingTowardsThePowerSaving(@ForAll("specs") Spec spec, @ForAll("cpos") String cpoId,
                                                                   @ForAll @DoubleRange(min = 0.0, max = 0.5) double p1,
                                                                   @ForAll @DoubleRange(min = 0.0, max = 0.5) double more) {
        Model m = model(spec);
        SwitchPlatform cpo = cpo(m, cpoId);
        Economics low = m.cluster().economics().withElectricityPrice(p1);
        Economics high = m.cluster().economics().withElectricityPrice(p1 + more);
        for (Object[] shape : m.shapes(cpo)) {
            OptionKind kind = (OptionKind) shape[0];
            if (kind == OptionKind.BASELINE) continue;
            SwitchPlatform leaf = (SwitchPlatform) shape[1];
            SwitchPlatform upper = (SwitchPlatform) shape[2];
            Optional<OptionResult> b1 = m.price(OptionKind.BASELINE, m.cluster().platform(), m.cluster().platform(), m.cluster().gpus(), low);
            Optional<OptionResult> o1 = m.price(kind, leaf, upper, m.cluster().gpus(), low);
            Optional<OptionResult> b2 = m.price(OptionKind.BASELINE, m.cluster().platform(), m.cluster().platform(), m.cluster().gpus(), high);
            Optional<OptionResult> o2 = m.price(kind, leaf, upper, m.cluster().gpus(), high);
            if (b1.isEmpty() || o1.isEmpty()) continue;
            double s1 = Savings.saving(b1.get(), o1.get());
            double s2 = Savings.saving(b2.get(), o2.get());
            double limit = 1 - o1.get().powerW() / b1.get().powerW();
            String what = kind + " on " + cpoId + ": saving " + s1 + " at " + p1 + ", " + s2 + " at " + (p1 + more)
                    + ", power saving " + limit;
            double tol = 1e-9;
            assertThat(s2).as(what).isBetween(Math.min(s1, limit) - tol, Math.max(s1, limit) + tol);
            if (o1.get().powerW() <= b1.get().powerW()) {
                double gain1 = b1.get().tco() - o1.get().tco();
                double gain2 = b2.get().tco() - o2.get().tco();
                assertThat(gain2).as(what).isGreaterThanOrEqualTo(gain1 - 1e-6 * Math.max(1, Math.abs(gain1)));
            }
        }
    }

    /**
     * docs/model.md section 4, as the bisection guarantees it: a "found" break-even GPU count is a size at which
     * the saving reaches the target while one node fewer does not (or cannot be built); "always" reaches it
     * at one node; "none" does not reach it at the top of the range.
     */
    @Property(tries = 100)
    void aFoundBreakEvenGpuCountIsACrossing(@ForAll("specs") Spec spec, @ForAll("cpos") String cpoId,
                                            @ForAll @DoubleRange(min = 0.01, max = 0.40) double target) {
        Model m = model(spec);
        Evaluation e = m.evaluator().evaluate(m.cluster(), 2025, 2030);
        Assume.that(e.baseline() != null && e.best().isPresent());
        BreakEven be = new BreakEven(m.cost(), m.evaluator());
        int step = m.cluster().gpusPerNode();
        for (OptionResult o : new OptionResult[]{e.cpoSpine(), e.cpoAll()}) {
            if (o == null) continue;
            BreakEvenPoint p = be.gpus(e, o, target);
            String what = o.kind() + " on " + o.upper().id() + ", target " + target + ": " + p;
            switch (p.status()) {
                case "found" -> {
                    int n = (int) Math.round(p.value());
                    assertThat(n % step).as(what).isZero();
                    Double at = savingAt(m, e, o, n);
                    Double before = savingAt(m, e, o, n - step);
                    assertThat(at).as(what + " at " + n).isNotNull().isGreaterThanOrEqualTo(target);
                    assertThat(before == null || before < target).as(what + " at " + (n - step) + ": " + before).isTrue();
                }
                case "always" -> assertThat(savingAt(m, e, o, step)).as(what).isNotNull().isGreaterThanOrEqualTo(target);
                case "none" -> assertThat(p.value()).as(what).isNull();
                default -> throw new AssertionError("unknown status " + what);
            }
        }
    }

    /**
     * The electricity break-even as a threshold: TCO is linear in the price, so the saving is monotonic in it;
     * where it rises the point is a price from which the saving holds ("found"), where it falls a price up to
     * which it holds ("until"). The target is put halfway between the saving at 0 and at the top of the range,
     * so that a crossing exists.
     */
    @Property(tries = 100)
    void anElectricityBreakEvenIsAThresholdOnTheRightSide(@ForAll("specs") Spec spec) {
        Model m = model(spec);
        Evaluation e = m.evaluator().evaluate(m.cluster(), 2025, 2030);
        Assume.that(e.baseline() != null && e.best().isPresent());
        BreakEven be = new BreakEven(m.cost(), m.evaluator());
        OptionResult o = e.best().get();
        double max = BreakEven.MAX_PRICE_USD * m.cluster().economics().usdRate();
        Double s0 = priceSaving(m, e, o, 0);
        Double sMax = priceSaving(m, e, o, max);
        Assume.that(s0 != null && sMax != null && Math.abs(s0 - sMax) > 1e-6);
        double target = (s0 + sMax) / 2;
        BreakEvenPoint p = be.electricity(e, o, target);
        String what = o.kind() + " on " + o.upper().id() + ", saving " + s0 + " at 0 and " + sMax + " at " + max
                + ", target " + target + ": " + p;
        assertThat(p.value()).as(what).isNotNull();
        assertThat(p.status()).as(what).isEqualTo(sMax > s0 ? "found" : "until");
        double from = p.status().equals("found") ? p.value() : 0;
        double to = p.status().equals("found") ? max : p.value();
        for (double price = from; price <= to + 1e-9; price += Math.max(1e-6, (to - from) / 20)) {
            assertThat(priceSaving(m, e, o, price)).as(what + " at " + price).isNotNull().isGreaterThanOrEqualTo(target - 1e-6);
        }
        double beyond = p.status().equals("found") ? Math.max(0, p.value() - 1e-3) : Math.min(max, p.value() + 1e-3);
        assertThat(priceSaving(m, e, o, beyond)).as(what + " just beyond, at " + beyond).isLessThan(target + 1e-6);
    }

    static Double priceSaving(Model m, Evaluation e, OptionResult o, double price) {
        return savingAt(m, e, o, m.cluster().gpus(), m.cluster().economics().withElectricityPrice(price));
    }

    /**
     * The saving the break-even search computes: the reference (today's platform, or the pluggable refresh where it
     * costs less, docs/model.md section 3) on its platform in its year, the option on its platforms in its year.
     */
    static Double savingAt(Model m, Evaluation e, OptionResult o, int gpus) {
        return savingAt(m, e, o, gpus, m.cluster().economics());
    }

    static Double savingAt(Model m, Evaluation e, OptionResult o, int gpus, Economics eco) {
        if (gpus < 1) return null;
        OptionResult ref = e.reference();
        Optional<OptionResult> b = m.cost().evaluate(m.cluster(), ref.kind(), ref.leaf(), ref.upper(), ref.year(), gpus, eco);
        Optional<OptionResult> x = m.cost().evaluate(m.cluster(), o.kind(), o.leaf(), o.upper(), o.year(), gpus, eco);
        return b.isEmpty() || x.isEmpty() ? null : Savings.saving(b.get(), x.get());
    }
}
