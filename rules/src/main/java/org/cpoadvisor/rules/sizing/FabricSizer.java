package org.cpoadvisor.rules.sizing;

import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes the minimal non-blocking fat tree of docs/model.md section 1 ("Sizing"): endpoints,
 * logical radix with breakout, the leaf's down/up split, the fewest tiers that fit, switches,
 * ports, links and modules per tier and per tier boundary. With planes, each plane carries an
 * equal share of every GPU's bandwidth and is sized on its own; the counts add up over planes.
 *
 * <p>The leaf tier uses one platform; every tier above it (spine, or aggregation and core)
 * uses another, which may be the same. Pure arithmetic: no catalog look-ups, no defaults, no I/O.
 */
public final class FabricSizer {

    /** The most tiers a fat tree may have here; more is a diagnostic. */
    public static final int MAX_TIERS = 3;

    private FabricSizer() {
    }

    /** One plane: {@link #size(int, double, int, Ratio, Integer, SwitchPlatform, SwitchPlatform)} with one plane. */
    public static Sizing size(int gpus, double nicGbps, Ratio ratio, Integer fixedTiers, SwitchPlatform leaf,
                              SwitchPlatform upper) {
        return size(gpus, nicGbps, 1, ratio, fixedTiers, leaf, upper);
    }

    /**
     * @param gpus       N, the GPUs of the cluster
     * @param nicGbps    s, scale-out bandwidth per GPU (over all planes)
     * @param planes     parallel planes; each GPU has s / planes in each
     * @param ratio      leaf oversubscription a:b (down:up)
     * @param fixedTiers the tier count to build, or {@code null} for the fewest that fit
     * @param leaf       the leaf platform
     * @param upper      the platform of the tiers above the leaf
     */
    public static Sizing size(int gpus, double nicGbps, int planes, Ratio ratio, Integer fixedTiers, SwitchPlatform leaf,
                              SwitchPlatform upper) {
        double perPlane = nicGbps / planes;
        double e = Math.min(perPlane, leaf.portGbps());
        if (!whole(perPlane / e) || !whole(leaf.portGbps() / e) || !whole(upper.portGbps() / e) || upper.portGbps() < e) {
            return Sizing.misfit(gpus, nicGbps, planes, e, "the speeds do not divide: NIC " + gbps(nicGbps)
                    + (planes > 1 ? " over " + planes + " planes (" + gbps(perPlane) + " each)" : "")
                    + ", leaf ports " + gbps(leaf.portGbps()) + ", upper ports " + gbps(upper.portGbps()));
        }
        int m = (int) Math.round(perPlane / e);
        long endpoints = (long) gpus * m;
        long kLeaf = radix(leaf, e);
        long kUp = radix(upper, e);
        long down = kLeaf * ratio.a() / (ratio.a() + ratio.b());
        long up = kLeaf - down;
        if (down < 1 || up < 1 && endpoints > kLeaf) {
            return Sizing.misfit(gpus, nicGbps, planes, e, "oversubscription " + ratio + " leaves no "
                    + (down < 1 ? "down" : "up") + " ports on a " + kLeaf + "-port leaf");
        }

        int needed = tiersNeeded(endpoints, kLeaf, down, kUp);
        if (needed > MAX_TIERS) {
            return Sizing.misfit(gpus, nicGbps, planes, e, endpoints + " endpoints" + (planes > 1 ? " a plane" : "")
                    + " do not fit three tiers of radix " + kLeaf + "/" + kUp);
        }
        int tiers = fixedTiers == null ? needed : Math.max(fixedTiers, needed);
        boolean tooFew = fixedTiers != null && fixedTiers < needed;

        List<TierCount> switches = new ArrayList<>();
        List<Boundary> boundaries = new ArrayList<>();
        long leaves = tiers == 1 ? 1 : ceil(endpoints, down);
        long leafUp = tiers == 1 ? 0 : leaves * up;
        Boundary gpuLeaf = boundary("gpu-leaf", endpoints, null, leaf, e);
        boundaries.add(gpuLeaf);
        if (tiers == 1) {
            switches.add(tier(TierName.LEAF, leaf, 1, endpoints, 0, gpuLeaf.upper(), null));
        } else if (tiers == 2) {
            Boundary leafSpine = boundary("leaf-spine", leafUp, leaf, upper, e);
            boundaries.add(leafSpine);
            switches.add(tier(TierName.LEAF, leaf, leaves, endpoints, leafUp, gpuLeaf.upper(), leafSpine.lower()));
            switches.add(tier(TierName.SPINE, upper, ceil(leafUp, kUp), leafUp, 0, leafSpine.upper(), null));
        } else {
            // pods of kUp/2 leaves; each aggregation switch has kUp/2 ports down and as many up, so a pod
            // needs ceil(its leaves' uplinks / (kUp/2)) of them: u for a full pod, fewer for the last one
            long perPod = kUp / 2;
            long fullPods = leaves / perPod;
            long rest = leaves % perPod;
            long aggs = fullPods * ceil(perPod * up, perPod) + (rest == 0 ? 0 : ceil(rest * up, perPod));
            long aggCore = leafUp;
            Boundary leafAgg = boundary("leaf-aggregation", leafUp, leaf, upper, e);
            Boundary aggCoreB = boundary("aggregation-core", aggCore, upper, upper, e);
            boundaries.add(leafAgg);
            boundaries.add(aggCoreB);
            switches.add(tier(TierName.LEAF, leaf, leaves, endpoints, leafUp, gpuLeaf.upper(), leafAgg.lower()));
            switches.add(tier(TierName.AGGREGATION, upper, aggs, leafUp, aggCore, leafAgg.upper(), aggCoreB.lower()));
            switches.add(tier(TierName.CORE, upper, ceil(aggCore, kUp), aggCore, 0, aggCoreB.upper(), null));
        }
        List<TierCount> tiersOut = switches.stream().map(t -> t.times(planes)).toList();
        List<Boundary> boundariesOut = boundaries.stream().map(b -> b.times(planes)).toList();
        return new Sizing(gpus, nicGbps, planes, e, m, endpoints * planes, kLeaf, kUp, down, up, tiers, needed, tooFew,
                tiersOut, boundariesOut, gpus, null);
    }

    /** The fewest tiers whose capacity holds the endpoints (1, 2 or 3; 4 means "does not fit"). */
    static int tiersNeeded(long endpoints, long kLeaf, long down, long kUp) {
        if (endpoints <= kLeaf) return 1;
        if (endpoints <= down * kUp) return 2;
        if (endpoints <= down * (kUp / 2) * kUp) return 3;
        return 4;
    }

    /** Logical radix at endpoint speed e: one 800G port carries two 400G links. */
    public static long radix(SwitchPlatform p, double e) {
        return Math.round(p.ports() * p.portGbps() / e);
    }

    /** A tier from the ends of the boundaries below and above it. */
    private static TierCount tier(TierName name, SwitchPlatform p, long switches, long down, long up, End below, End above) {
        long ports = below.ports() + (above == null ? 0 : above.ports());
        long modules = below.modules() + (above == null ? 0 : above.modules());
        long engines = below.enginePorts() + (above == null ? 0 : above.enginePorts());
        return new TierCount(name, p, switches, ports, down, up, modules, engines);
    }

    /**
     * A tier boundary: its links, and the modules or engine ports at each end. The lower
     * end of the GPU boundary is the NIC (counted apart, one module a GPU).
     */
    private static Boundary boundary(String name, long links, SwitchPlatform lower, SwitchPlatform upper, double e) {
        End lowerEnd = lower == null ? null : end(lower, links, e);
        End upperEnd = end(upper, links, e);
        return new Boundary(name, links, lowerEnd, upperEnd);
    }

    /** One end of a boundary on a switch tier: pluggable modules, or CPO engine ports. */
    private static End end(SwitchPlatform p, long links, double e) {
        long linksPerPort = Math.round(p.portGbps() / e);
        long ports = ceil(links, linksPerPort);
        boolean cpo = p.optics() == SwitchOptics.CPO;
        return new End(p, ports, cpo ? 0 : ports, cpo ? ports : 0);
    }

    static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    private static boolean whole(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 && v >= 1 - 1e-9;
    }

    static String gbps(double v) {
        return org.cpoadvisor.dsl.parse.ModelWriter.bandwidth(v);
    }
}
