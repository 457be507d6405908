package org.cpoadvisor.rules.roadmap;

import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.OptionCost;
import org.cpoadvisor.rules.cost.OptionKind;
import org.cpoadvisor.rules.cost.OptionResult;
import org.cpoadvisor.rules.cost.Part;
import org.cpoadvisor.rules.judge.StageAction;
import org.cpoadvisor.rules.model.Defaults;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.model.Thresholds;
import org.cpoadvisor.rules.sizing.Sizing;
import org.cpoadvisor.rules.sizing.TierCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the actions the rules placed into stages with bills of materials. Each stage buys a
 * slice of one option's bill (docs/model.md, "Roadmap"): the upper tiers of cpo-spine, a pilot
 * share of them for a pilot, the share of the capacity added or refreshed in the scale window,
 * the leaf tier of cpo-all at the first refresh after it.
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
                OptionResult spine = e.stagedSpine() != null ? e.stagedSpine() : best;
                Shares shares = pilotShares(spine.sizing());
                List<BomLine> lines = slice(spine, shares, a.getYear(), c, "pilot, " + c.path() + ": ");
                yield new Sized(lines, (spine.opexPerYear() - e.baseline().opexPerYear()) * shares.overall());
            }
            case "cooling-retrofit" -> {
                // the kW of co-packaged switches (and their lasers) the best option puts on the site
                double watts = best.bill().stream()
                        .filter(p -> (p.category().equals("switch") && isCpo(best, p.id())) || p.category().equals("laser"))
                        .mapToDouble(Part::powerW).sum();
                long kw = (long) Math.ceil(watts / 1000 - 1e-9);
                if (kw == 0) yield Sized.NONE;
                double perKw = c.economics().prices().coolingRetrofitPerKw();
                yield new Sized(List.of(new BomLine("service", "liquid-cooling-retrofit", null, "cluster",
                        c.path() + ": liquid (cold-plate) cooling for " + kw + " kW of co-packaged switches", kw, perKw,
                        kw * perKw, 0, 0, c.path(), best.kind().word())), 0);
            }
            case "upper-tiers" -> {
                OptionResult spine = e.stagedSpine() != null ? e.stagedSpine() : best;
                int gpus = convertedInScale(c, a.getYear());
                if (gpus == 0) yield Sized.NONE;
                double share = (double) gpus / c.gpus();
                List<BomLine> lines = slice(spine, uniform(UPPER, share), a.getYear(), c,
                        c.path() + ", " + gpus + " GPUs of new or refreshed capacity: ");
                yield new Sized(lines, (spine.opexPerYear() - e.baseline().opexPerYear()) * share);
            }
            case "leaf-tier" -> {
                if (e.cpoAll() == null) yield Sized.NONE;
                OptionResult all = e.cpoAll();
                int gpus = capacityAt(c, a.getYear());
                double share = (double) gpus / c.gpus();
                List<BomLine> lines = slice(all, uniform(LEAF, share), a.getYear(), c, c.path() + ", leaf tier for " + gpus + " GPUs: ");
                double spineOpex = e.stagedSpine() != null ? e.stagedSpine().opexPerYear() : e.baseline().opexPerYear();
                yield new Sized(lines, (all.opexPerYear() - spineOpex) * share);
            }
            default -> Sized.NONE;
        };
    }

    /** The places of the tiers above the leaf, and of the links between them and the leaf. */
    private static final Set<String> UPPER = Set.of("spine", "aggregation", "core", "leaf-spine", "leaf-aggregation",
            "aggregation-core");
    /** The places of the leaf tier and of the links from the GPUs to it. */
    private static final Set<String> LEAF = Set.of("leaf", "gpu-leaf");

    /**
     * What a stage buys of an option's bill: a share of the lines at each place it converts, and the
     * share of the option as a whole (for its change in running cost).
     */
    record Shares(Map<String, Double> byPlace, double overall) {
    }

    /** The same share for every place of a set. */
    private static Shares uniform(Set<String> places, double share) {
        Map<String, Double> byPlace = new LinkedHashMap<>();
        for (String p : places) byPlace.put(p, share);
        return new Shares(byPlace, share);
    }

    /**
     * The shares of a pilot: one spine group, an eighth of the upper tiers' switches, and never
     * more than {@code pilot-switches} of them (docs/model.md section 6). The switches are shared
     * out over the upper tiers in proportion (largest remainders), each tier's lines taking its
     * tier's share; the uplink fibre, and the pilot as a whole, the pilot's share of all upper switches.
     */
    Shares pilotShares(Sizing z) {
        List<TierCount> upper = z.switches().stream().filter(t -> t.tier().upper()).toList();
        long total = upper.stream().mapToLong(TierCount::switches).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        if (total == 0) return new Shares(shares, 0);
        long n = Math.min((long) Math.ceil(total * Defaults.PILOT_SHARE.value() - 1e-9), thresholds.getPilotSwitches());
        n = Math.max(1, n);
        long[] take = new long[upper.size()];
        double[] rest = new double[upper.size()];
        long given = 0;
        for (int i = 0; i < upper.size(); i++) {
            double exact = (double) n * upper.get(i).switches() / total;
            take[i] = (long) Math.floor(exact + 1e-9);
            rest[i] = exact - take[i];
            given += take[i];
        }
        while (given < n) {
            int at = 0;
            for (int i = 1; i < upper.size(); i++) if (rest[i] > rest[at]) at = i;
            take[at]++;
            rest[at] = -1;
            given++;
        }
        for (int i = 0; i < upper.size(); i++) {
            TierCount t = upper.get(i);
            if (take[i] > 0) shares.put(t.tier().word(), (double) take[i] / t.switches());
        }
        double share = (double) n / total;
        for (String b : List.of("leaf-spine", "leaf-aggregation", "aggregation-core")) shares.put(b, share);
        return new Shares(shares, share);
    }

    /**
     * A slice of an option's bill: its lines at the places given, each quantity times the place's
     * share (rounded up), and the spare lasers of the lasers in the slice, by the same rule as the
     * whole bill's. The stage buys these parts of the option, never a fabric sized again; a CPO
     * switch is priced for the year the stage buys it.
     */
    static List<BomLine> slice(OptionResult option, Shares shares, int year, ResolvedCluster c, String what) {
        List<BomLine> lines = new ArrayList<>();
        Map<String, Long> lasers = new LinkedHashMap<>();
        Map<String, Part> laserParts = new LinkedHashMap<>();
        for (Part p : option.bill()) {
            Double share = shares.byPlace().get(p.place());
            if (share == null) continue;
            long quantity = Math.max(1, (long) Math.ceil(p.quantity() * share - 1e-9));
            lines.add(BomLine.of(inYear(p, option, year, c), quantity, what + p.description())
                    .forStage(c.path(), option.kind().word()));
            if (p.category().equals("laser") && p.unitPrice() > 0) {
                lasers.merge(p.id(), quantity, Long::sum);
                laserParts.putIfAbsent(p.id(), p);
            }
        }
        for (Map.Entry<String, Long> l : lasers.entrySet()) {
            Part spare = option.bill().stream().filter(p -> p.category().equals("laser-spare") && p.id().equals(l.getKey()))
                    .findFirst().orElse(laserParts.get(l.getKey()));
            long spares = OptionCost.spareLasers(l.getValue(), c.economics());
            lines.add(BomLine.of(inYear(spare, option, year, c), spares, what + "spare external laser sources for the " + l.getValue() + " installed")
                    .forStage(c.path(), option.kind().word()));
        }
        return lines;
    }

    private static boolean isCpo(OptionResult option, String platformId) {
        return option.sizing().switches().stream()
                .anyMatch(t -> t.platform().id().equals(platformId) && t.cpo());
    }

    /**
     * A line at the prices of the year the stage buys it, where the option was priced for another year
     * (docs/model.md section 3): a CPO switch and its lasers fall after launch, pluggable modules after the
     * price year, a pluggable switch holds.
     */
    private static Part inYear(Part p, OptionResult option, int year, ResolvedCluster c) {
        if (year == option.year()) return p;
        var eco = c.economics();
        double factor = 1;
        switch (p.category()) {
            case "switch" -> {
                for (TierCount t : option.sizing().switches()) {
                    if (t.platform().id().equals(p.id())) {
                        Double price = OptionCost.priced(t.platform(), year, eco).price();
                        return new Part(p.category(), p.id(), p.partNumber(), p.place(), p.description(), p.quantity(),
                                price == null ? 0 : price, p.unitPowerW(), p.fit(), p.repairCost());
                    }
                }
            }
            case "optic" -> factor = OptionCost.opticsPriceFactor(year, eco) / OptionCost.opticsPriceFactor(option.year(), eco);
            case "laser", "laser-spare" -> {
                for (TierCount t : option.sizing().switches()) {
                    if (t.cpo() && p.id().equals(t.platform().laser())) {
                        factor = OptionCost.cpoPriceFactor(t.platform(), year, eco)
                                / OptionCost.cpoPriceFactor(t.platform(), option.year(), eco);
                        break;
                    }
                }
            }
            default -> {
            }
        }
        if (factor == 1) return p;
        return new Part(p.category(), p.id(), p.partNumber(), p.place(), p.description(), p.quantity(),
                p.unitPrice() * factor, p.unitPowerW(), p.fit(), p.repairCost() * factor);
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

    /** The option kind a stage's scope puts on CPO. */
    public static OptionKind kindOf(String scope) {
        return scope.equals("leaf-tier") ? OptionKind.CPO_ALL : OptionKind.CPO_SPINE;
    }
}
