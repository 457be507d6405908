package org.cpoadvisor.rules.sizing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the fabric sizing that follow from docs/model.md section 1, over bounded sizes
 * (N up to 600 000, platforms of 32..512 ports at 400G or 800G, NICs of 100..800G, leaf
 * ratios a:b with a, b in 1..8).
 */
class SizingProperties {

    static SwitchPlatform platform(int ports, double gbps, SwitchOptics optics) {
        return new SwitchPlatform(optics.name().toLowerCase() + ports + "x" + (int) gbps, ports, gbps, optics,
                1500.0, 50000.0, 2023, Cooling.AIR, null, null, null, null, null, null, "test", Map.of());
    }

    static final SwitchPlatform P64x800 = platform(64, 800.0, SwitchOptics.PLUGGABLE);
    static final Ratio ONE_ONE = new Ratio(1, 1);

    @Provide
    Arbitrary<SwitchPlatform> platforms() {
        return Combinators.combine(
                Arbitraries.of(32, 64, 128, 144, 256, 512),
                Arbitraries.of(400.0, 800.0),
                Arbitraries.of(SwitchOptics.values())).as(SizingProperties::platform);
    }

    @Provide
    Arbitrary<SwitchPlatform> pluggables() {
        return Combinators.combine(Arbitraries.of(32, 64, 128, 144, 256, 512), Arbitraries.of(400.0, 800.0))
                .as((p, g) -> platform(p, g, SwitchOptics.PLUGGABLE));
    }

    @Provide
    Arbitrary<SwitchPlatform> cpos() {
        return Combinators.combine(Arbitraries.of(32, 64, 128, 144, 256, 512), Arbitraries.of(400.0, 800.0))
                .as((p, g) -> platform(p, g, SwitchOptics.CPO));
    }

    @Provide
    Arbitrary<Ratio> ratios() {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 8))
                .as(Ratio::new);
    }

    @Provide
    Arbitrary<Double> nics() {
        return Arbitraries.of(100.0, 200.0, 400.0, 800.0);
    }

    @Provide
    Arbitrary<Integer> fixedTiers() {
        return Arbitraries.of(1, 2, 3).injectNull(0.4);
    }

    // ------------------------------------------------------------------------------------------

    /** More GPUs never need fewer switches or fewer modules (same platforms, same ratio). */
    @Property(tries = 400)
    void monotoneInGpus(@ForAll @IntRange(min = 1, max = 600_000) int n,
                        @ForAll @IntRange(min = 1, max = 20_000) int more,
                        @ForAll("nics") double nic, @ForAll("ratios") Ratio ratio,
                        @ForAll("platforms") SwitchPlatform leaf, @ForAll("platforms") SwitchPlatform upper) {
        Sizing small = FabricSizer.size(n, nic, ratio, null, leaf, upper);
        Sizing big = FabricSizer.size(n + more, nic, ratio, null, leaf, upper);
        Assume.that(small.fits() && big.fits());
        assertThat(big.tiers()).isGreaterThanOrEqualTo(small.tiers());
        assertThat(big.totalSwitches()).isGreaterThanOrEqualTo(small.totalSwitches());
        assertThat(big.totalModules()).isGreaterThanOrEqualTo(small.totalModules());
        assertThat(big.enginePorts()).isGreaterThanOrEqualTo(small.enginePorts());
        assertThat(big.links()).isGreaterThanOrEqualTo(small.links());
    }

    /**
     * totalModules == nicModules + the switch ends' modules, with nicModules = N (one NIC
     * module per GPU) and each end holding ceil(links / (p/e)) modules if pluggable, none if
     * CPO (where the same number is engine ports instead).
     */
    @Property(tries = 400)
    void modulesAddUp(@ForAll @IntRange(min = 1, max = 600_000) int n, @ForAll("nics") double nic,
                      @ForAll("ratios") Ratio ratio, @ForAll("fixedTiers") Integer fixed,
                      @ForAll("platforms") SwitchPlatform leaf, @ForAll("platforms") SwitchPlatform upper) {
        Sizing sz = FabricSizer.size(n, nic, ratio, fixed, leaf, upper);
        Assume.that(sz.fits());
        assertThat(sz.nicModules()).isEqualTo(n);
        long ends = 0;
        long engines = 0;
        for (Boundary b : sz.boundaries()) {
            for (End end : new End[] {b.lower(), b.upper()}) {
                if (end == null) continue;
                long perPort = Math.round(end.platform().portGbps() / sz.endpointGbps());
                long ports = (b.links() + perPort - 1) / perPort;
                boolean cpo = end.platform().optics() == SwitchOptics.CPO;
                assertThat(end.modules()).isEqualTo(cpo ? 0 : ports);
                assertThat(end.enginePorts()).isEqualTo(cpo ? ports : 0);
                ends += end.modules();
                engines += end.enginePorts();
            }
        }
        assertThat(sz.totalModules()).isEqualTo(sz.nicModules() + ends);
        assertThat(sz.enginePorts()).isEqualTo(engines);
    }

    /**
     * All-pluggable 400G NICs on 64x800G, 1:1, two tiers: k = 128, d = u = 64, and two tiers
     * means 128 < N <= 64·128 = 8192. For N = 128·j (j = 2..64):
     * L = N/64 exactly (no idle down port), U = L·u = (N/64)·64 = N, S = N/128 exactly;
     * modules = N (NICs) + N/2 (leaf-down, two 400G ends per 800G module, N even)
     * + 2·(N/2) (leaf-spine, U = N even) = 2.5·N; switches = N/64 + N/128 = 3N/128.
     */
    @Property(tries = 300)
    void twoAndAHalfNForMultiplesOf128(@ForAll @IntRange(min = 2, max = 64) int j) {
        int n = 128 * j;
        Sizing sz = FabricSizer.size(n, 400.0, ONE_ONE, null, P64x800, P64x800);
        assertThat(sz.tiers()).isEqualTo(2);
        assertThat(sz.totalModules() * 2).isEqualTo(5L * n);
        assertThat(sz.totalSwitches() * 128).isEqualTo(3L * n);
    }

    /**
     * The 2.5·N needs only L exact: N a multiple of d = 64 already gives U = N (even) and the
     * same module count; any other N in two tiers leaves idle leaf ports whose links still
     * count (U = 64·ceil(N/64) > N), so the modules exceed 2.5·N.
     */
    @Property(tries = 300)
    void twoAndAHalfNExactlyWhenLeavesAreFull(@ForAll @IntRange(min = 129, max = 8192) int n) {
        Sizing sz = FabricSizer.size(n, 400.0, ONE_ONE, null, P64x800, P64x800);
        assertThat(sz.tiers()).isEqualTo(2);
        if (n % 64 == 0) {
            assertThat(sz.totalModules() * 2).isEqualTo(5L * n);
        } else {
            assertThat(sz.totalModules() * 2).isGreaterThan(5L * n);
        }
    }

    /**
     * Three tiers, same setting: a pod is k/2 = 64 leaves of d = 64 GPUs = 4096 GPUs; three
     * tiers means 8192 < N <= 64·64·128 = 524288. For N = 4096·j (j = 3..128): L = N/64,
     * Q = L/64 exactly, A = Q·64 = L, leaf-agg links L·64 = N, V = A·64 = N, C = N/128;
     * modules = N + N/2 + 2·(N/2) + 2·(N/2) = 3.5·N.
     */
    @Property(tries = 300)
    void threeAndAHalfNForWholePods(@ForAll @IntRange(min = 3, max = 128) int j) {
        int n = 4096 * j;
        Sizing sz = FabricSizer.size(n, 400.0, ONE_ONE, null, P64x800, P64x800);
        assertThat(sz.tiers()).isEqualTo(3);
        assertThat(sz.totalModules() * 2).isEqualTo(7L * n);
        assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(n / 64);
        assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(n / 64);
        assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(n / 128);
    }

    /**
     * A CPO upper tier never has more modules than a pluggable one, whatever the two
     * platforms' radix: the leaf's own ends (down and up) depend only on the leaf, and every
     * end at a CPO switch holds no module.
     */
    @Property(tries = 400)
    void cpoUpperNeverMoreModules(@ForAll @IntRange(min = 1, max = 600_000) int n, @ForAll("nics") double nic,
                                  @ForAll("ratios") Ratio ratio, @ForAll("pluggables") SwitchPlatform leaf,
                                  @ForAll("pluggables") SwitchPlatform pluggableUpper,
                                  @ForAll("cpos") SwitchPlatform cpoUpper) {
        Sizing base = FabricSizer.size(n, nic, ratio, null, leaf, pluggableUpper);
        Sizing cpo = FabricSizer.size(n, nic, ratio, null, leaf, cpoUpper);
        Assume.that(base.fits() && cpo.fits());
        assertThat(cpo.totalModules()).isLessThanOrEqualTo(base.totalModules());
    }

    /**
     * Same geometry, optics swapped on the upper tiers: the same tiers, switches and links;
     * the upper ends' modules become exactly as many engine ports.
     */
    @Property(tries = 400)
    void cpoUpperSameGeometry(@ForAll @IntRange(min = 1, max = 600_000) int n, @ForAll("nics") double nic,
                              @ForAll("ratios") Ratio ratio, @ForAll("pluggables") SwitchPlatform leaf,
                              @ForAll("pluggables") SwitchPlatform upper) {
        SwitchPlatform cpoUpper = platform(upper.ports(), upper.portGbps(), SwitchOptics.CPO);
        Sizing base = FabricSizer.size(n, nic, ratio, null, leaf, upper);
        Sizing cpo = FabricSizer.size(n, nic, ratio, null, leaf, cpoUpper);
        Assume.that(base.fits());
        assertThat(cpo.fits()).isTrue();
        assertThat(cpo.tiers()).isEqualTo(base.tiers());
        assertThat(cpo.totalSwitches()).isEqualTo(base.totalSwitches());
        assertThat(cpo.links()).isEqualTo(base.links());
        assertThat(base.enginePorts()).isZero();
        if (base.tiers() == 1) {
            assertThat(cpo.totalModules()).isEqualTo(base.totalModules());
        } else {
            assertThat(cpo.totalModules()).isLessThan(base.totalModules());
        }
        assertThat(cpo.totalModules() + cpo.enginePorts()).isEqualTo(base.totalModules());
    }

    // ------------------------------------------------------------------------------------------

    /**
     * The sizing agrees with a transcription of docs/model.md section 1 written here from the
     * text alone (tiers, switches per tier, links, modules, engine ports, misfits).
     */
    @Property(tries = 500)
    void agreesWithModelTranscription(@ForAll @IntRange(min = 1, max = 600_000) int n, @ForAll("nics") double nic,
                                      @ForAll("ratios") Ratio ratio, @ForAll("fixedTiers") Integer fixed,
                                      @ForAll("platforms") SwitchPlatform leaf,
                                      @ForAll("platforms") SwitchPlatform upper) {
        Sizing sz = FabricSizer.size(n, nic, ratio, fixed, leaf, upper);

        double e = Math.min(nic, leaf.portGbps());
        if (!whole(nic / e) || !whole(leaf.portGbps() / e) || !whole(upper.portGbps() / e)) {
            assertThat(sz.fits()).isFalse();
            return;
        }
        long m = (long) (nic / e);
        long bigE = n * m;
        long kLeaf = (long) (leaf.ports() * leaf.portGbps() / e);
        long kUp = (long) (upper.ports() * upper.portGbps() / e);
        long d = (kLeaf * ratio.a()) / (ratio.a() + ratio.b());
        long u = kLeaf - d;
        int needed = bigE <= kLeaf ? 1 : bigE <= d * kUp ? 2 : bigE <= d * (kUp / 2) * kUp ? 3 : 4;
        if (needed == 4) {
            assertThat(sz.fits()).isFalse();
            return;
        }
        assertThat(sz.fits()).isTrue();
        assertThat(sz.endpoints()).isEqualTo(bigE);
        assertThat(sz.leafRadix()).isEqualTo(kLeaf);
        assertThat(sz.upperRadix()).isEqualTo(kUp);
        assertThat(sz.down()).isEqualTo(d);
        assertThat(sz.up()).isEqualTo(u);
        assertThat(sz.tiersNeeded()).isEqualTo(needed);
        if (fixed != null && fixed < needed) {
            assertThat(sz.tooFewTiers()).isTrue();
            return;   // docs/model.md says only that this is a diagnostic
        }
        assertThat(sz.tooFewTiers()).isFalse();
        int tiers = fixed == null ? needed : fixed;
        assertThat(sz.tiers()).isEqualTo(tiers);

        long modules = n;   // NIC side: one module per GPU
        long engines = 0;
        long[] me = end(leaf, bigE, e);          // GPU-leaf: E links, leaf end
        modules += me[0];
        engines += me[1];
        if (tiers == 1) {
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(1);
            assertThat(sz.totalSwitches()).isEqualTo(1);
            assertThat(sz.links()).isEqualTo(bigE);
        } else if (tiers == 2) {
            long l = ceil(bigE, d);
            long uLinks = l * u;
            long s = ceil(uLinks, kUp);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(l);
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(s);
            assertThat(sz.totalSwitches()).isEqualTo(l + s);
            assertThat(sz.links()).isEqualTo(bigE + uLinks);
            long[] lo = end(leaf, uLinks, e);
            long[] hi = end(upper, uLinks, e);
            modules += lo[0] + hi[0];
            engines += lo[1] + hi[1];
        } else {
            // docs/model.md, three tiers: pods of kUp/2 leaves; a full pod has u aggregation switches,
            // the last one ceil(its leaves' uplinks / (kUp/2)); the aggregation-core links are the
            // uplinks used, V = L·u; C = ceil(V / kUp)
            long l = ceil(bigE, d);
            long perPod = kUp / 2;
            long a = (l / perPod) * u + ceil((l % perPod) * u, perPod);
            long leafAgg = l * u;
            long v = l * u;
            long c = ceil(v, kUp);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(l);
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(a);
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(c);
            assertThat(sz.totalSwitches()).isEqualTo(l + a + c);
            assertThat(sz.links()).isEqualTo(bigE + leafAgg + v);
            long[] lo = end(leaf, leafAgg, e);
            long[] mid = end(upper, leafAgg, e);
            long[] ac = end(upper, v, e);
            modules += lo[0] + mid[0] + 2 * ac[0];
            engines += lo[1] + mid[1] + 2 * ac[1];
        }
        assertThat(sz.totalModules()).isEqualTo(modules);
        assertThat(sz.enginePorts()).isEqualTo(engines);
    }

    /** {modules, engine ports} at one switch end of a boundary with the given links. */
    private static long[] end(SwitchPlatform p, long links, double e) {
        long perPort = (long) (p.portGbps() / e);
        long n = ceil(links, perPort);
        return p.optics() == SwitchOptics.CPO ? new long[] {0, n} : new long[] {n, 0};
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    private static boolean whole(double v) {
        return v >= 1 && v == Math.floor(v);
    }
}
