package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.parse.SourceMap;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.rules.breakeven.BreakEven;
import org.cpoadvisor.rules.breakeven.BreakEvenPoint;
import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.Evaluator;
import org.cpoadvisor.rules.cost.OptionKind;
import org.cpoadvisor.rules.cost.OptionResult;
import org.cpoadvisor.rules.cost.Part;
import org.cpoadvisor.rules.cost.Savings;
import org.cpoadvisor.rules.judge.AssumedFigures;
import org.cpoadvisor.rules.judge.ClusterFact;
import org.cpoadvisor.rules.judge.Judge;
import org.cpoadvisor.rules.judge.SiteFact;
import org.cpoadvisor.rules.judge.Verdict;
import org.cpoadvisor.rules.model.Defaults;
import org.cpoadvisor.rules.model.Figure;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.model.Resolver;
import org.cpoadvisor.rules.model.Thresholds;
import org.cpoadvisor.rules.roadmap.RoadmapBuilder;
import org.cpoadvisor.rules.sizing.FabricSizer;
import org.cpoadvisor.rules.sizing.Sizing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The pipeline of one advice after reading: resolve defaults, size and price every
 * option, find the break-even points, let the rules judge, and size the roadmap.
 * Holds no state between calls; one instance serves many threads.
 */
public final class Analyst {

    private final Catalog builtin;
    private final Judge judge;

    public Analyst(Catalog builtin) {
        this(builtin, null);
    }

    /** An analyst whose judgement runs a user's rule pack after the built-in rules ({@code null}: none). */
    public Analyst(Catalog builtin, org.cpoadvisor.rules.judge.RulePack pack) {
        this.builtin = builtin;
        this.judge = new Judge(pack);
    }

    /** Analyses a model built in code: no source places. */
    public Analysis analyse(Architecture architecture) {
        return analyse(architecture, SourceMap.EMPTY);
    }

    /**
     * Analyses a model read from files; {@code places} says where its sites and clusters are
     * written, so that the analysis carries the places and catalog sources the advice cites.
     */
    public Analysis analyse(Architecture architecture, SourceMap places) {
        Resolver resolver = new Resolver(architecture, builtin);
        Thresholds t = resolver.thresholds();
        Evaluator evaluator = new Evaluator(resolver.catalog(), t.getVendors());
        BreakEven breakEven = new BreakEven(evaluator.cost(), evaluator);

        List<ResolvedCluster> clusters = resolver.clusters();
        Map<String, List<String>> assumedOf = new ConcurrentHashMap<>();
        // each cluster is sized, priced and searched on its own: in parallel when there are many
        IntStream indexes = IntStream.range(0, clusters.size());
        List<Priced> priced = (clusters.size() >= PARALLEL_FROM ? indexes.parallel() : indexes)
                .mapToObj(i -> price(clusters.get(i), t, evaluator, breakEven, resolver.catalog(), assumedOf, Depth.FULL))
                .toList();

        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        List<ClusterFact> facts = new ArrayList<>(clusters.size());
        TreeSet<String> assumed = new TreeSet<>();
        for (Priced p : priced) {
            evaluations.put(p.cluster().path(), p.evaluation());
            facts.add(p.fact());
            assumed.addAll(p.assumed());
        }
        Map<String, List<ResolvedCluster>> bySite = new LinkedHashMap<>();
        for (ResolvedCluster c : clusters) {
            bySite.computeIfAbsent(c.siteName(), k -> new ArrayList<>()).add(c);
        }
        List<SiteFact> sites = new ArrayList<>();
        for (Site s : architecture.sites()) {
            sites.add(siteFact(s, bySite.getOrDefault(s.name(), List.of()), evaluations, t));
        }
        Judge.Outcome outcome = judge.judge(t, facts, sites, new AssumedFigures(assumed.stream()
                .filter(a -> !a.startsWith("default ")).toList()));
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        outcome.verdicts().forEach(v -> verdicts.putIfAbsent(v.getPath(), v));
        List<ClusterAnalysis> analyses = new ArrayList<>(priced.size());
        // the candidates depend only on the endpoint speed, the year and the family: shared between clusters
        Map<List<Object>, List<String>> candidates = new java.util.HashMap<>();
        FigureSources figureSources = new FigureSources(resolver.catalog());
        for (Priced p : priced) {
            ResolvedCluster c = p.cluster();
            int year = p.evaluation().cpoYear() != null ? p.evaluation().cpoYear() : t.getHorizon().to();
            List<String> judged = candidates.computeIfAbsent(
                    java.util.Arrays.asList(c.baselineEndpointGbps(), year, c.platform() == null ? null : c.platform().family()),
                    k -> List.copyOf(evaluator.candidates(c, year)));
            analyses.add(new ClusterAnalysis(c, p.evaluation(), p.adoptionYear(), p.payback(), p.breakEvens(),
                    verdicts.get(c.path()), judged, places.find("site", c.siteName(), c.name()).orElse(null),
                    figureSources.of(c, p.evaluation())));
        }
        return new Analysis(architecture, t, resolver.catalog(), List.copyOf(analyses), outcome.findings(),
                new RoadmapBuilder(t, evaluations).build(outcome.actions()), List.copyOf(assumed), outcome.firings(),
                outcome.diagnostics(), places);
    }

    /**
     * What one cluster comes to in a scenario of a sweep or a sensitivity run: the verdict of the rules, the best
     * CPO option and its saving against the best pluggable purchase, and (when asked) the break-even GPU count.
     *
     * @param saving a fraction of TCO; {@code null} when no CPO option could be built
     * @param gpus   the GPU break-even point of the best option; {@code null} when not asked or no option
     */
    public record Outcome(String path, Verdict.Decision decision, String option, Double saving, BreakEvenPoint gpus) {
    }

    /**
     * The verdicts and savings of every cluster, in file order, without what only the advice's report needs
     * (docs/model.md section 9): no break-even searches but the GPU one when {@code gpuBreakEven}, no
     * family-change comparison, no roadmap. The rules judge as they do for the advice, so every verdict is the
     * advice's verdict for these figures.
     */
    public List<Outcome> outcomes(Architecture architecture, boolean gpuBreakEven) {
        Resolver resolver = new Resolver(architecture, builtin);
        Thresholds t = resolver.thresholds();
        Evaluator evaluator = new Evaluator(resolver.catalog(), t.getVendors());
        BreakEven breakEven = new BreakEven(evaluator.cost(), evaluator);
        List<ResolvedCluster> clusters = resolver.clusters();
        Map<String, List<String>> assumedOf = new java.util.HashMap<>();
        Depth depth = gpuBreakEven ? Depth.GPUS : Depth.NONE;
        List<Priced> priced = new ArrayList<>(clusters.size());
        for (ResolvedCluster c : clusters) {
            priced.add(price(c, t, evaluator, breakEven, resolver.catalog(), assumedOf, depth));
        }
        List<ClusterFact> facts = new ArrayList<>(clusters.size());
        for (Priced p : priced) facts.add(p.fact());
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        judge.verdicts(t, facts).forEach(v -> verdicts.putIfAbsent(v.getPath(), v));
        List<Outcome> out = new ArrayList<>(priced.size());
        for (Priced p : priced) {
            Verdict v = verdicts.get(p.cluster().path());
            ClusterFact f = p.fact();
            BreakEvenPoint gpus = p.breakEvens().stream().filter(b -> "gpus".equals(b.quantity())).findFirst().orElse(null);
            out.add(new Outcome(p.cluster().path(), v == null ? Verdict.Decision.WAIT : v.getDecision(), f.getCpoOption(),
                    f.getCpoOption() == null ? null : f.getSaving(), gpus));
        }
        return out;
    }

    /** How much of the pricing a use needs: the advice all of it; a sweep no break-even search, or the GPU one only. */
    private enum Depth { FULL, GPUS, NONE }

    /** Estates from this many clusters are priced in parallel (below, the threads cost more than they save). */
    static final int PARALLEL_FROM = 64;

    /** What one cluster's pricing gives: its options, break-even points, fact for the rules and assumed figures. */
    private record Priced(ResolvedCluster cluster, Evaluation evaluation, Integer adoptionYear, Double payback,
                          List<BreakEvenPoint> breakEvens, ClusterFact fact, List<String> assumed) {
    }

    private static Priced price(ResolvedCluster c, Thresholds t, Evaluator evaluator, BreakEven breakEven, Catalog catalog,
                                Map<String, List<String>> assumedOf, Depth depth) {
        Evaluation first = evaluator.evaluate(c, t.getStartYear(), t.getHorizon().to());
        Integer firstPlatformYear = first.cpoYear();
        Integer adoptionYear = firstPlatformYear == null ? null : adoptionYear(c, firstPlatformYear, t);
        // the CPO options are priced for the year their capacity is bought, the first natural point (docs/model.md
        // section 3): with the platforms available and the prices of that year, not of the first year one exists
        Evaluation e = first;
        if (adoptionYear != null && !adoptionYear.equals(firstPlatformYear)) {
            Evaluation atAdoption = evaluator.atYear(c, adoptionYear, c.gpus(), c.economics());
            if (atAdoption.best().isPresent()) e = atAdoption;
        }
        Optional<OptionResult> bestOf = e.best();
        if (depth == Depth.FULL && bestOf.isPresent() && bestOf.get().kind() == OptionKind.CPO_ALL
                && (e.cpoSpine() == null || !e.cpoSpine().upper().id().equals(bestOf.get().upper().id()))) {
            // the roadmap's upper-tier stages buy the best option's platform, not another one's
            OptionResult all = bestOf.get();
            Optional<OptionResult> staged = evaluator.cost().evaluate(c, OptionKind.CPO_SPINE, c.platform(), all.upper(),
                    all.year(), c.gpus(), c.economics());
            if (staged.isPresent()) e = e.withStaged(staged.get());
        }
        if (depth == Depth.FULL && t.isAllowFamilyChange() && e.baseline() != null) {
            // the separate comparison the policy asks for, at the same purchase year; never read by the verdict
            int year = e.cpoYear() != null ? e.cpoYear() : e.baseline().year();
            Optional<OptionResult> other = evaluator.familyChange(c, year, c.gpus(), c.economics());
            if (other.isPresent()) e = e.withFamilyChange(other.get());
        }
        Evaluation judged = e;
        Optional<OptionResult> best = judged.best();
        Double payback = best.map(o -> Savings.payback(judged.reference(), o, c.economics().discountRate(),
                c.economics().lifetimeYears())).orElse(null);
        List<BreakEvenPoint> points = new ArrayList<>();
        if (best.isPresent() && depth != Depth.NONE) {
            points.add(breakEven.gpus(judged, best.get(), t.getMinSaving()));
        }
        if (best.isPresent() && depth == Depth.FULL) {
            points.add(breakEven.electricity(judged, best.get(), t.getMinSaving()));
            points.add(breakEven.firstYear(judged, best.get().kind(), t.getMinSaving(), t.getStartYear(), t.getHorizon().to()));
        }
        List<String> assumed = new ArrayList<>();
        if (depth == Depth.FULL) {
            collectAssumptions(judged, catalog, assumedOf, assumed);
            for (Figure f : c.defaulted()) {
                if (f.isAssumption()) assumed.add("default " + f.name());
            }
        }
        Integer pilotYear = pilotYear(c, best.map(o -> availableFrom(o, firstPlatformYear)).orElse(null), t);
        return new Priced(c, judged, adoptionYear, payback, List.copyOf(points),
                fact(c, judged, adoptionYear, payback, pilotYear, firstPlatformYear, naturalPointAfter(c, t.getScaleTo(), t)),
                assumed);
    }

    /** The year the platforms of an option are all available: a pilot of it cannot come earlier. */
    private static Integer availableFrom(OptionResult o, Integer fallback) {
        int year = fallback == null ? 0 : fallback;
        for (org.cpoadvisor.rules.sizing.TierCount tier : o.sizing().switches()) {
            if (tier.cpo() && tier.platform().available() != null) year = Math.max(year, tier.platform().available());
        }
        return year == 0 ? fallback : year;
    }

    /**
     * The first natural point after a year, within the horizon: the year new capacity comes online, a
     * year of growth, or a refresh (the installed year plus a whole number of lifetimes); {@code null}
     * when none falls in the horizon. Where the all-optical stage can put the leaf tier on CPO.
     */
    static Integer naturalPointAfter(ResolvedCluster c, int after, Thresholds t) {
        int lifetime = c.economics().lifetimeYears();
        for (int y = after + 1; y <= t.getHorizon().to(); y++) {
            if (c.onlineYear() != null && y == c.onlineYear()) return y;
            int firstGrowth = (c.onlineYear() != null ? c.onlineYear() : t.getStartYear()) + 1;
            if (c.growth() > 0 && y >= firstGrowth) return y;
            if (y > c.installedYear() && (y - c.installedYear()) % lifetime == 0) return y;
        }
        return null;
    }

    /** The year a pilot could run: the pilot window's start, or later when the platform or the cluster comes later. */
    static Integer pilotYear(ResolvedCluster c, Integer cpoYear, Thresholds t) {
        if (cpoYear == null) return null;
        int year = Math.max(t.getPilotFrom(), cpoYear);
        if (c.onlineYear() != null) year = Math.max(year, c.onlineYear());
        return year <= t.getPilotTo() ? year : null;
    }

    private static ClusterFact fact(ResolvedCluster c, Evaluation e, Integer adoptionYear, Double payback, Integer pilotYear,
                                    Integer firstPlatformYear, Integer leafYear) {
        Optional<OptionResult> best = e.best();
        Sizing base = e.baseline() == null ? null : e.baseline().sizing();
        int baselineTiers = base == null ? 0 : base.tiers();
        int needed = base == null ? 0 : base.tiersNeeded();
        long extraSwitches = 0;
        long extraModules = 0;
        if (base != null && baselineTiers > needed) {
            // the file fixes more tiers than the GPUs need: what the minimal fabric would leave out
            Sizing minimal = FabricSizer.size(c.gpus(), c.nicGbps(), c.planes(), c.ratio(), null, c.platform(), c.platform());
            extraSwitches = base.totalSwitches() - minimal.totalSwitches();
            extraModules = base.totalModules() - minimal.totalModules();
        }
        return new ClusterFact(c.path(), c.siteName(), c.workload().word(), c.gpus(), c.nicGbps(), c.eastWest(),
                c.cooling().word(), c.staff().word(),
                c.cluster().plan() == null ? null : c.cluster().plan().intent().word(),
                c.cluster().plan() == null ? null : c.cluster().plan().fromYear(),
                best.map(o -> o.kind().word()).orElse(null), best.map(o -> o.upper().id()).orElse(null),
                // a CPO option's own saving: against the best pluggable purchase of its year (docs/model.md section 3)
                best.map(o -> Savings.saving(e.reference(), o)).orElse(0.0),
                e.cpoSpine() == null ? Double.NaN : e.cpoSaving(org.cpoadvisor.rules.cost.OptionKind.CPO_SPINE),
                e.cpoAll() == null ? Double.NaN : e.cpoSaving(org.cpoadvisor.rules.cost.OptionKind.CPO_ALL),
                payback, firstPlatformYear, adoptionYear, baselineTiers, best.map(o -> o.sizing().tiers()).orElse(baselineTiers),
                best.map(o -> Boolean.TRUE.equals(o.upper().fieldReplaceableLasers())).orElse(false), pilotYear,
                needed, extraSwitches, extraModules,
                new ClusterFact.Context(c.platform() == null ? null : c.platform().vendor(),
                        best.map(o -> o.upper().vendor()).orElse(null),
                        e.stagedSpine() != null ? e.stagedSpine().upper().id() : best.map(o -> o.upper().id()).orElse(null),
                        e.lpo() == null || e.baseline() == null ? null : Savings.saving(e.baseline(), e.lpo()),
                        base == null ? 0 : base.totalModules(), leafYear,
                        e.reference() == e.baseline() || e.reference() == null ? null : e.reference().upper().id(),
                        e.reference() == e.baseline() || e.reference() == null ? null : Savings.saving(e.baseline(), e.reference()),
                        e.reference() == e.baseline() || e.reference() == null ? null : e.reference().sizing().tiers(),
                        e.familyChange() == null ? null : e.familyChange().upper().id(),
                        e.familyChange() == null || e.baseline() == null ? null : Savings.saving(e.baseline(), e.familyChange())));
    }

    /**
     * The first natural point for CPO at or after the year a platform is available:
     * the year new capacity comes online, a year of growth, or a refresh (the
     * installed year plus the lifetime, and every lifetime after).
     */
    static Integer adoptionYear(ResolvedCluster c, int cpoYear, Thresholds t) {
        return naturalPointAfter(c, cpoYear - 1, t);
    }

    /**
     * Facility power of a site year by year (whole GPU nodes and the network, grown), against its cap;
     * in the first year over it, how far over and how much the clusters' best CPO options would save.
     */
    private static SiteFact siteFact(Site s, List<ResolvedCluster> own, Map<String, Evaluation> evaluations, Thresholds t) {
        Integer exceeded = null;
        double peak = 0;
        double over = 0;
        double cpoSaving = 0;
        double nodeFactor = Defaults.NODE_POWER_FACTOR.value();
        for (int year = t.getStartYear(); year <= t.getHorizon().to(); year++) {
            double watts = 0;
            double saved = 0;
            for (ResolvedCluster c : own) {
                if (c.onlineYear() != null && year < c.onlineYear()) continue;
                int base = c.onlineYear() != null ? c.onlineYear() : t.getStartYear();
                double scale = Math.pow(1 + c.growth(), year - base);
                double gpuW = c.accelerator().powerW() == null ? 0 : c.accelerator().powerW();
                Evaluation e = evaluations.get(c.path());
                double networkW = e.baseline() == null ? 0 : e.baseline().powerW();
                watts += (c.gpus() * gpuW * nodeFactor + networkW) * scale * c.economics().pue();
                if (e.baseline() != null && e.best().isPresent()) {
                    saved += Math.max(0, e.baseline().powerW() - e.best().get().powerW()) * scale * c.economics().pue();
                }
            }
            peak = watts;
            if (exceeded == null && s.powerCapW() != null && watts > s.powerCapW()) {
                exceeded = year;
                over = watts - s.powerCapW();
                cpoSaving = saved;
            }
        }
        String cooling = s.cooling() == null ? "air" : s.cooling().word();
        String staff = s.staff() == null ? "on-site" : s.staff().word();
        return new SiteFact(s.name(), cooling, staff, s.powerCapW(), exceeded, peak, over, cpoSaving);
    }

    /** Whether an entry gives a figure for a field: only figures it has can be assumptions. */
    private static boolean hasField(CatalogEntry e, String field) {
        if (e instanceof org.cpoadvisor.dsl.model.SwitchPlatform s) {
            return switch (field) {
                case "power" -> s.powerW() != null;
                case "price" -> s.price() != null;
                case "port-fit" -> s.portFit() != null;
                case "repair" -> s.repairCost() != null;
                default -> false;
            };
        }
        if (e instanceof org.cpoadvisor.dsl.model.OpticModule o) {
            return switch (field) {
                case "power" -> o.powerW() != null;
                case "price" -> o.price() != null;
                case "fit" -> o.fit() != null;
                default -> false;
            };
        }
        if (e instanceof org.cpoadvisor.dsl.model.LaserSource l) {
            return switch (field) {
                case "power" -> l.powerW() != null;
                case "price" -> l.price() != null;
                case "fit" -> l.fit() != null;
                default -> false;
            };
        }
        return false;
    }

    /**
     * The catalog figures behind the options that are assumptions, as {@code id field}; what a
     * part's entry assumes is worked out once an architecture ({@code assumedOf}, by part id).
     */
    private static void collectAssumptions(Evaluation e, Catalog catalog, Map<String, List<String>> assumedOf,
                                           List<String> out) {
        for (OptionResult o : e.chosen()) {
            for (Part p : o.parts()) {
                out.addAll(assumedOf.computeIfAbsent(p.id(), partId -> assumedBy(partId, catalog)));
            }
        }
    }

    private static List<String> assumedBy(String partId, Catalog catalog) {
        String id = partId.contains("/") ? partId.substring(0, partId.indexOf('/')) : partId;
        List<String> assumed = new ArrayList<>();
        for (String kind : List.of("switch", "optic", "laser")) {
            Optional<CatalogEntry> entry = catalog.find(kind, id);
            if (entry.isEmpty()) continue;
            for (String field : List.of("power", "price", "fit", "port-fit", "repair")) {
                if (!hasField(entry.get(), field)) continue;
                String src = entry.get().sourceOf(field);
                if (src != null && src.toLowerCase(java.util.Locale.ROOT).contains("assumption")) {
                    assumed.add(id + " " + field);
                }
            }
        }
        return List.copyOf(assumed);
    }
}
