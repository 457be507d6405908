package org.cpoadvisor.rules.sizing;

import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes a fat-tree fabric exactly as model.md section 1 says: endpoints, logical
 * radix with breakout, the leaf's down/up split, the fewest tiers that fit, switch
 * counts per tier, links per tier boundary and modules at each pluggable end.
 *
 * <p>The leaf tier uses one platform; every tier above it (spine, or aggregation and
 * core) uses another, which may be the same. Pure arithmetic: no catalog look-ups,
 * no defaults, no I/O.
 */
public final class FabricSizer {

    /** The most tiers a fat tree may have here; more is a diagnostic. */
    public static final int MAX_TIERS = 3;

    private FabricSizer() {
    }

    /**
     * @param gpus       N, the GPUs of the cluster
     * @param nicGbps    s, scale-out bandwidth per GPU
     * @param ratio      leaf oversubscription a:b (down:up)
     * @param fixedTiers the tier count the file fixes, or {@code null} for the fewest that fit
     * @param leaf       the leaf platform
     * @param upper      the platform of the tiers above the leaf
     */
    public static Sizing size(int gpus, double nicGbps, Ratio ratio, Integer fixedTiers, SwitchPlatform leaf,
                              SwitchPlatform upper) {
        double e = Math.min(nicGbps, leaf.portGbps());
        if (!whole(nicGbps / e) || !whole(leaf.portGbps() / e) || !whole(upper.portGbps() / e) || upper.portGbps() < e) {
            return Sizing.misfit(gpus, nicGbps, e, "the speeds do not divide: NIC " + gbps(nicGbps) + ", leaf ports "
                    + gbps(leaf.portGbps()) + ", upper ports " + gbps(upper.portGbps()));
        }
        int m = (int) Math.round(nicGbps / e);
        long endpoints = (long) gpus * m;
        long kLeaf = radix(leaf, e);
        long kUp = radix(upper, e);
        long down = kLeaf * ratio.a() / (ratio.a() + ratio.b());
        long up = kLeaf - down;
        if (down < 1 || up < 1 && endpoints > kLeaf) {
            return Sizing.misfit(gpus, nicGbps, e, "oversubscription " + ratio + " leaves no " + (down < 1 ? "down" : "up")
                    + " ports on a " + kLeaf + "-port leaf");
        }

        int needed = tiersNeeded(endpoints, kLeaf, down, kUp);
        if (needed > MAX_TIERS) {
            return Sizing.misfit(gpus, nicGbps, e, endpoints + " endpoints do not fit three tiers of radix " + kLeaf
                    + "/" + kUp);
        }
        int tiers = fixedTiers == null ? needed : Math.max(fixedTiers, needed);
        boolean tooFew = fixedTiers != null && fixedTiers < needed;

        List<TierCount> switches = new ArrayList<>();
        List<Boundary> boundaries = new ArrayList<>();
        long leaves;
        if (tiers == 1) {
            leaves = 1;
            switches.add(new TierCount(TierName.LEAF, leaf, leaves));
            boundaries.add(boundary("gpu-leaf", endpoints, null, leaf, e));
        } else {
            leaves = ceil(endpoints, down);
            switches.add(new TierCount(TierName.LEAF, leaf, leaves));
            boundaries.add(boundary("gpu-leaf", endpoints, null, leaf, e));
            long leafUpLinks = leaves * up;
            if (tiers == 2) {
                long spines = ceil(leafUpLinks, kUp);
                switches.add(new TierCount(TierName.SPINE, upper, spines));
                boundaries.add(boundary("leaf-spine", leafUpLinks, leaf, upper, e));
            } else {
                long leavesPerPod = kUp / 2;
                long pods = ceil(leaves, leavesPerPod);
                long aggs = pods * up;
                long aggCoreLinks = aggs * (kUp / 2);
                long cores = ceil(aggCoreLinks, kUp);
                switches.add(new TierCount(TierName.AGGREGATION, upper, aggs));
                switches.add(new TierCount(TierName.CORE, upper, cores));
                boundaries.add(boundary("leaf-aggregation", leafUpLinks, leaf, upper, e));
                boundaries.add(boundary("aggregation-core", aggCoreLinks, upper, upper, e));
            }
        }
        return new Sizing(gpus, nicGbps, e, m, endpoints, kLeaf, kUp, down, up, tiers, needed, tooFew,
                List.copyOf(switches), List.copyOf(boundaries), gpus, null);
    }

    /** The fewest tiers whose capacity holds the endpoints (model.md: 1, 2 or 3; 4 means "does not fit"). */
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
        return (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)) + "G";
    }
}
