package org.cpoadvisor.rules.cost;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.model.Resolver;
import org.cpoadvisor.rules.sizing.Boundary;
import org.cpoadvisor.rules.sizing.Sizing;
import org.cpoadvisor.rules.sizing.TierCount;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every option's bill of materials agrees with its fabric (docs/model.md, "Bill of materials"):
 * for generated clusters on every built-in platform pair, the switches of each tier, the
 * modules at the NICs and at each tier, the fibre of each tier boundary and the installed
 * lasers are the per-tier counts, and the extended prices add up to the option's capex.
 */
class BillProperties {

    static final List<String> PLUGGABLES = List.of("spectrum-4-800g", "quantum-2-400g", "quantum-x800-800g",
            "tomahawk5-800g", "tomahawk4-400g", "tomahawk6-800g", "tomahawk6-1.6t");
    static final List<String> CPOS = List.of("quantum-x-photonics-800g", "spectrum-x-photonics-102t",
            "spectrum-x-photonics-409t", "tomahawk5-bailly-cpo", "tomahawk6-davisson-cpo");

    @Provide
    Arbitrary<String> pluggables() {
        return Arbitraries.of(PLUGGABLES);
    }

    @Provide
    Arbitrary<String> cpos() {
        return Arbitraries.of(CPOS);
    }

    @Provide
    Arbitrary<Integer> nics() {
        return Arbitraries.of(200, 400, 800, 1600);
    }

    @Provide
    Arbitrary<String> ratios() {
        return Arbitraries.of("1:1", "1:1", "3:1", "2:1", "5:3");
    }

    @Provide
    Arbitrary<Integer> planes() {
        return Arbitraries.of(1, 1, 2, 4);
    }

    @Provide
    Arbitrary<String> tiers() {
        return Arbitraries.of("", "", " tiers 2", " tiers 3");
    }

    static String text(int nodes, int nic, String ratio, int planes, String tiers, String platform, String optics) {
        return String.format(Locale.ROOT, """
                architecture "Generated"
                horizon 2025..2030
                currency USD
                site "g" {
                  cooling liquid
                  cluster "c" {
                    gpus %d x B300
                    gpus-per-node 8
                    nic %dG
                    fabric fat-tree%s oversubscription %s%s
                    switch %s
                    optics %s
                    online 2026
                  }
                }
                """, nodes * 8, nic, tiers, ratio, planes == 1 ? "" : " planes " + planes, platform, optics);
    }

    @Property(tries = 300)
    void everyBillIsItsFabricAndAddsUpToItsCapex(@ForAll @IntRange(min = 1, max = 12_000) int nodes,
                                                   @ForAll("nics") int nic, @ForAll("ratios") String ratio,
                                                   @ForAll("planes") int planes, @ForAll("tiers") String tiers,
                                                   @ForAll("pluggables") String platform, @ForAll("cpos") String cpoId) {
        ReadResult r = BuiltinCatalog.reader().read(text(nodes, nic, ratio, planes, tiers, platform, "dsp"), "generated.cpo");
        Assume.that(!r.hasErrors());
        Resolver resolver = new Resolver(r.architecture(), BuiltinCatalog.get());
        ResolvedCluster c = resolver.clusters().get(0);
        OptionCost cost = new OptionCost(resolver.catalog());
        SwitchPlatform today = c.platform();
        SwitchPlatform cpo = resolver.catalog().switchPlatform(cpoId).orElseThrow();
        check(cost.evaluate(c, OptionKind.BASELINE, today, today, 2027, c.gpus(), c.economics()));
        check(cost.evaluate(c, OptionKind.LPO, today, today, 2027, c.gpus(), c.economics()));
        check(cost.evaluate(c, OptionKind.CPO_SPINE, today, cpo, 2027, c.gpus(), c.economics()));
        check(cost.evaluate(c, OptionKind.CPO_ALL, cpo, cpo, 2027, c.gpus(), c.economics()));
    }

    private static void check(Optional<OptionResult> priced) {
        if (priced.isEmpty()) return;
        OptionResult o = priced.get();
        Sizing z = o.sizing();
        List<Part> bill = o.bill();
        String what = o.kind().word() + " " + z.switches() + "\n" + bill;

        // switches: one line a tier, the tier's count
        for (TierCount t : z.switches()) {
            assertThat(quantity(bill, "switch", t.tier().word())).as(what).isEqualTo(t.switches());
            assertThat(quantity(bill, "optic", t.tier().word())).as(what).isEqualTo(t.modules());
            long lasers = t.platform().lasers() == null || !t.cpo() ? 0 : t.switches() * t.platform().lasers();
            assertThat(quantity(bill, "laser", t.tier().word())).as(what).isEqualTo(lasers);
            // the engine ports are not bought apart: counted among the parts for their failures only
            assertThat(quantity(o.parts(), "cpo-engine-port", t.tier().word())).as(what).isEqualTo(t.enginePorts());
            // a tier's modules or engine ports fill exactly the ports it uses
            assertThat(t.modules() + t.enginePorts()).as(what).isEqualTo(t.portsUsed());
        }
        assertThat(quantity(bill, "optic", "nic")).as(what).isEqualTo(z.nicModules());
        assertThat(bill.stream().filter(p -> p.category().equals("optic")).mapToLong(Part::quantity).sum())
                .as(what).isEqualTo(z.totalModules());
        for (Boundary b : z.boundaries()) {
            assertThat(quantity(bill, "fibre", b.name())).as(what).isEqualTo(b.links());
        }
        // each boundary's links leave the tier below and reach the tier above
        for (int i = 0; i + 1 < z.switches().size(); i++) {
            assertThat(z.switches().get(i).linksUp()).as(what).isEqualTo(z.switches().get(i + 1).linksDown());
        }
        assertThat(z.switches().get(z.switches().size() - 1).linksUp()).isZero();
        double sum = bill.stream().mapToDouble(Part::capex).sum();
        assertThat(sum).as(what).isCloseTo(o.capex(), within(1e-6 * Math.max(1, o.capex())));
        double power = o.parts().stream().mapToDouble(Part::powerW).sum();
        assertThat(power).as(what).isCloseTo(o.powerW(), within(1e-6 * Math.max(1, power)));
    }

    private static long quantity(List<Part> parts, String category, String place) {
        return parts.stream().filter(p -> p.category().equals(category) && place.equals(p.place()))
                .mapToLong(Part::quantity).sum();
    }
}
