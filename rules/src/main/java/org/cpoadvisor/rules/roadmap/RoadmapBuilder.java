package org.cpoadvisor.rules.roadmap;

import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.OptionCost;
import org.cpoadvisor.rules.cost.OptionKind;
import org.cpoadvisor.rules.cost.OptionResult;
import org.cpoadvisor.rules.judge.StageAction;
import org.cpoadvisor.rules.model.Defaults;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.model.Thresholds;
import org.cpoadvisor.rules.sizing.Boundary;
import org.cpoadvisor.rules.sizing.FabricSizer;
import org.cpoadvisor.rules.sizing.Sizing;
import org.cpoadvisor.rules.sizing.TierCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the actions the rules placed into stages with bills of materials. Quantities
 * come from the sizing of the capacity each action converts: one spine group for a
 * pilot, the capacity added or refreshed in the scale window, the leaf tier at the
 * first refresh after it.
 */
public final class RoadmapBuilder {

    private final Thresholds thresholds;
    private final Map<String, Evaluation> evaluations;

    public RoadmapBuilder(Thresholds thresholds, Map<String, Evaluation> evaluations) {
        this.thresholds = thresholds;
        this.evaluations = evaluations;
    }

    public List<StagePlan> build(List<StageAction> actions) {
        Map<String, List<StageAction>> byStage = new LinkedHashMap<>();
        for (StageAction a : actions) {
            byStage.computeIfAbsent(a.getSite() + "\u001f" + a.getStage(), k -> new ArrayList<>()).add(a);
        }
        List<StagePlan> out = new ArrayList<>();
        for (List<StageAction> group : byStage.values()) {
            List<BomLine> lines = new ArrayList<>();
            double opex = 0;
            int year = Integer.MAX_VALUE;
            for (StageAction a : group) {
                year = Math.min(year, a.getYear());
                Sized s = bom(a);
                lines.addAll(s.lines);
                opex += s.opexChange;
            }
            double capex = lines.stream().mapToDouble(BomLine::extendedPrice).sum();
            out.add(new StagePlan(group.get(0).getSite(), group.get(0).getStage(), year, List.copyOf(group),
                    List.copyOf(lines), capex, opex));
        }
        return out;
    }

    private record Sized(List<BomLine> lines, double opexChange) {
        static final Sized NONE = new Sized(List.of(), 0);
    }

    private Sized bom(StageAction a) {
        Evaluation e = a.getCluster() == null ? null : evaluations.get(a.getCluster());
        if (e == null || e.best().isEmpty()) return Sized.NONE;
        ResolvedCluster c = e.cluster();
        OptionResult best = e.best().get();
        return switch (a.getScope()) {
            case "pilot-group" -> {
                OptionResult spine = e.cpoSpine() != null ? e.cpoSpine() : best;
                List<BomLine> lines = upperTierLines(spine.sizing(), spine, a.getYear(), c, Defaults.PILOT_SHARE.value(), "pilot: ");
                yield new Sized(lines, (spine.opexPerYear() - e.baseline().opexPerYear()) * Defaults.PILOT_SHARE.value());
            }
            case "upper-tiers" -> {
                OptionResult spine = e.cpoSpine() != null ? e.cpoSpine() : best;
                int gpus = convertedInScale(c, a.getYear());
                if (gpus == 0) yield Sized.NONE;
                Sizing sized = FabricSizer.size(gpus, c.nicGbps(), c.ratio(), c.fixedTiers(), spine.leaf(), spine.upper());
                if (!sized.fits()) yield Sized.NONE;
                List<BomLine> lines = upperTierLines(sized, spine, a.getYear(), c, 1.0, gpus + " GPUs of new or refreshed capacity: ");
                yield new Sized(lines, (spine.opexPerYear() - e.baseline().opexPerYear()) * gpus / c.gpus());
            }
            case "leaf-tier" -> {
                if (e.cpoAll() == null) yield Sized.NONE;
                OptionResult all = e.cpoAll();
                int gpus = capacityAt(c, a.getYear());
                // the leaf tier depends only on the endpoints and the leaf's down ports, not on the tiers above
                Sizing today = all.sizing();
                long endpoints = (long) gpus * today.endpointsPerGpu();
                long leaves = endpoints <= today.leafRadix() ? 1 : (endpoints + today.down() - 1) / today.down();
                SwitchPlatform p = OptionCost.priced(all.leaf(), a.getYear(), c.economics());
                List<BomLine> lines = new ArrayList<>();
                lines.add(BomLine.of("switch", p.id(), "leaf tier of " + c.path() + ", co-packaged, for " + gpus + " GPUs", leaves,
                        nz(p.price()), nz(p.powerW())));
                lasers(lines, p, leaves, c);
                lines.add(BomLine.of("fibre", "fibre", "fibre pairs GPU to leaf", endpoints, c.economics().fibrePerLink(), 0));
                double spineOpex = e.cpoSpine() != null ? e.cpoSpine().opexPerYear() : e.baseline().opexPerYear();
                yield new Sized(lines, (all.opexPerYear() - spineOpex) * gpus / c.gpus());
            }
            default -> Sized.NONE;
        };
    }

    /** The CPO switches (and their lasers and fibre) of the tiers above the leaf, times a share. */
    private List<BomLine> upperTierLines(Sizing sizing, OptionResult option, int year, ResolvedCluster c, double share,
                                         String what) {
        List<BomLine> lines = new ArrayList<>();
        SwitchPlatform p = OptionCost.priced(option.upper(), year, c.economics());
        long switches = 0;
        for (TierCount t : sizing.switches()) {
            if (t.tier().upper()) switches += t.switches();
        }
        long quantity = Math.max(1, (long) Math.ceil(switches * share));
        if (switches == 0) return lines;
        lines.add(BomLine.of("switch", p.id(), what + "spine/core tiers of " + c.path() + ", co-packaged", quantity,
                nz(p.price()), nz(p.powerW())));
        lasers(lines, p, quantity, c);
        long links = 0;
        for (Boundary b : sizing.boundaries()) {
            if (!b.name().equals("gpu-leaf")) links += b.links();
        }
        long fibre = (long) Math.ceil(links * (double) quantity / switches);
        lines.add(BomLine.of("fibre", "fibre", "fibre pairs of the converted uplinks", fibre, c.economics().fibrePerLink(), 0));
        return lines;
    }

    private static void lasers(List<BomLine> lines, SwitchPlatform p, long switches, ResolvedCluster c) {
        if (p.lasers() != null && p.lasers() > 0 && Boolean.TRUE.equals(p.fieldReplaceableLasers())) {
            lines.add(BomLine.of("laser", p.id() + "/laser", "spare external laser sources (one per switch)", switches,
                    c.economics().laserSwap(), 0));
        }
    }

    /** GPUs at the end of a year: the file's count from the year it comes online (or the start year), growing yearly. */
    int capacityAt(ResolvedCluster c, int year) {
        int base = c.onlineYear() != null ? c.onlineYear() : thresholds.getStartYear();
        if (c.onlineYear() != null && year < c.onlineYear()) return 0;
        double n = c.gpus() * Math.pow(1 + c.growth(), Math.max(0, year - base));
        return roundToNodes(n, c.gpusPerNode());
    }

    /**
     * The capacity the scale stage converts from {@code from} to the end of the scale window:
     * what is added by growth, what comes online, and what reaches its refresh.
     */
    int convertedInScale(ResolvedCluster c, int from) {
        int to = Math.max(from, thresholds.getScaleTo());
        int lifetime = c.economics().lifetimeYears();
        if (c.onlineYear() != null && c.onlineYear() >= from && c.onlineYear() <= to) {
            return capacityAt(c, to);
        }
        double added = growthCapacity(c, from, to);
        boolean refreshed = false;
        for (int r = c.installedYear() + lifetime; r <= to; r += lifetime) {
            if (r >= from) refreshed = true;
        }
        double n = added + (refreshed ? c.gpus() : 0);
        return (int) Math.min(roundToNodes(n, c.gpusPerNode()), Math.max(capacityAt(c, to), c.gpus()));
    }

    private double growthCapacity(ResolvedCluster c, int from, int to) {
        if (c.growth() <= 0) return 0;
        int base = c.onlineYear() != null ? c.onlineYear() : thresholds.getStartYear();
        double before = c.gpus() * Math.pow(1 + c.growth(), Math.max(0, from - 1 - base));
        double after = c.gpus() * Math.pow(1 + c.growth(), Math.max(0, to - base));
        return Math.max(0, after - before);
    }

    private static int roundToNodes(double gpus, int perNode) {
        int step = Math.max(1, perNode);
        return (int) (Math.ceil(gpus / step - 1e-9) * step);
    }

    private static double nz(Double v) {
        return v == null ? 0 : v;
    }

    /** The option kind a stage's scope puts on CPO. */
    public static OptionKind kindOf(String scope) {
        return scope.equals("leaf-tier") ? OptionKind.CPO_ALL : OptionKind.CPO_SPINE;
    }
}
