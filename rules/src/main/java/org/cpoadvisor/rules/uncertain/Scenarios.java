package org.cpoadvisor.rules.uncertain;

import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.rules.model.Defaults;
import org.cpoadvisor.rules.model.Figure;
import org.cpoadvisor.rules.model.Resolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The uncertain figures of one architecture and the architecture with any of them moved
 * (docs/model.md section 9). A scenario is a value for every figure; {@link #at(double[])}
 * writes them into the architecture as the file would have, so that the advisor prices and
 * judges a scenario exactly as it would a file that said so. Scenario {@code k} of a seed is
 * drawn from a generator of its own ({@link #draw}), so a sweep gives the same scenarios
 * however it is split over threads or machines. Immutable; one instance serves many threads.
 */
public final class Scenarios {

    private final Architecture architecture;
    private final Catalog effective;
    private final List<UncertainInput> inputs;
    /** For each input, the index of its draw: inputs of one {@code moves-with} group share one. */
    private final int[] drawOf;
    private final int draws;

    public Scenarios(Architecture architecture, Catalog builtin) {
        this.architecture = architecture;
        Resolver resolver = new Resolver(architecture, builtin);
        this.effective = resolver.catalog();
        this.inputs = List.copyOf(inputs(architecture, effective, Resolver.usdRate(architecture),
                inPlay(resolver.clusters(), effective, resolver.thresholds().getHorizon().to())));
        Map<String, Integer> groups = new TreeMap<>();
        for (UncertainInput in : inputs) {
            if (in.range().group() != null) groups.putIfAbsent(in.range().group(), 0);
        }
        int n = 0;
        for (Map.Entry<String, Integer> g : groups.entrySet()) g.setValue(n++);
        this.drawOf = new int[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            String g = inputs.get(i).range().group();
            drawOf[i] = g != null ? groups.get(g) : n++;
        }
        this.draws = n;
    }

    /** Every uncertain figure, in a fixed order: assumptions, sites, then catalog entries, each by name. */
    public List<UncertainInput> inputs() {
        return inputs;
    }

    /** Every figure at its own value. */
    public double[] values() {
        double[] v = new double[inputs.size()];
        for (int i = 0; i < v.length; i++) v[i] = inputs.get(i).value();
        return v;
    }

    /**
     * Scenario {@code k} of a sweep from {@code seed}: one uniform draw per group and per figure outside a group,
     * each figure then at that quantile of its range.
     */
    public double[] draw(long seed, long k) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(mix(seed, k));
        double[] u = new double[draws];
        for (int i = 0; i < draws; i++) u[i] = random.nextDouble();
        double[] v = new double[inputs.size()];
        for (int i = 0; i < v.length; i++) {
            UncertainInput in = inputs.get(i);
            v[i] = in.range().quantile(u[drawOf[i]], in.value());
        }
        return v;
    }

    /** The seed of scenario {@code k}: SplitMix64's finaliser over the sweep's seed and the index. */
    static long mix(long seed, long k) {
        long z = seed * 0x9E3779B97F4A7C15L + (k + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The architecture with each figure at the given value (in {@link #inputs()} order). */
    public Architecture at(double[] values) {
        if (values.length != inputs.size()) throw new IllegalArgumentException("one value per figure");
        Map<String, Double> assumptionValues = new HashMap<>();
        Map<String, Map<String, Double>> siteValues = new HashMap<>();
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            FigureRef ref = inputs.get(i).ref();
            double v = values[i];
            switch (ref.scope()) {
                case ASSUMPTION -> assumptionValues.put(ref.field(), v);
                case SITE -> siteValues.computeIfAbsent(ref.owner(), k -> new HashMap<>()).put(ref.field(), v);
                default -> {
                    String key = ref.scope().word() + "\u001f" + ref.owner();
                    CatalogEntry e = entries.computeIfAbsent(key,
                            k -> effective.find(ref.scope().word(), ref.owner()).orElseThrow());
                    entries.put(key, CatalogFigures.with(e, ref.field(), v));
                }
            }
        }
        Architecture a = assumptionValues.isEmpty() ? architecture
                : architecture.withAssumptions(withAssumptions(architecture.assumptions(), assumptionValues));
        if (!siteValues.isEmpty()) {
            List<Site> sites = new ArrayList<>(a.sites().size());
            for (Site s : a.sites()) {
                Map<String, Double> sv = siteValues.get(s.name());
                sites.add(sv == null ? s : new Site(s.name(), s.region(), sv.getOrDefault("electricity", s.electricityPrice()),
                        sv.getOrDefault("pue", s.pue()), s.cooling(), s.powerCapW(), s.staff(), s.clusters()));
            }
            a = a.withSites(sites);
        }
        if (!entries.isEmpty()) {
            // the moved entries join the file's own (in the currency of the file already): they replace it or the built-in one
            List<CatalogEntry> catalog = new ArrayList<>();
            for (CatalogEntry e : a.catalog()) {
                if (!entries.containsKey(e.kind() + "\u001f" + e.id())) catalog.add(e);
            }
            catalog.addAll(entries.values());
            a = a.withCatalog(catalog);
        }
        return a;
    }

    // ------------------------------------------------------------------ which figures are uncertain

    /** The assumptions a range may sit on that the Assumptions record names (the rest are model figures). */
    private static final List<String> NAMED = List.of("electricity", "pue", "discount-rate", "gpu-hour", "job-restart",
            "cpo-adoption");

    /** The defaults that are assumptions of the file's when it does not set them, and whether each is money. */
    private static final List<Figure> DEFAULTS = List.of(Defaults.ELECTRICITY_USD, Defaults.DISCOUNT_RATE,
            Defaults.GPU_HOUR_USD, Defaults.JOB_RESTART_MIN, Defaults.CPO_ADOPTION_USD, Defaults.FIBRE_PER_LINK_USD,
            Defaults.LASER_SWAP_USD, Defaults.LASER_SPARES, Defaults.OPTICS_PRICE_DECLINE, Defaults.CPO_PRICE_DECLINE,
            Defaults.MODULE_SPARES, Defaults.SUPPORT, Defaults.RACK_UNIT_USD, Defaults.LINK_FLAPS, Defaults.CPO_FLAP_SHARE,
            Defaults.FABRIC_STOP_SHARE, Defaults.COOLING_RETROFIT_USD_PER_KW);

    /**
     * The catalog entries a scenario of this architecture can price: the clusters' accelerators; the switches whose
     * ports fit a cluster's NIC speed (the candidates of every option), on sale within the horizon; the lasers they
     * take; and the modules of a NIC's or such a port's speed. A range on any other entry (an accelerator the file
     * does not use, a 100G module in an 800G estate) moves nothing and is left out.
     */
    private static java.util.Set<String> inPlay(List<org.cpoadvisor.rules.model.ResolvedCluster> clusters, Catalog catalog,
                                                int horizonEnd) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        java.util.Set<Double> speeds = new java.util.HashSet<>();
        for (org.cpoadvisor.rules.model.ResolvedCluster c : clusters) {
            keys.add("accelerator\u001f" + c.accelerator().id());
            speeds.add(c.nicGbps());
            for (CatalogEntry e : catalog.entries()) {
                if (e instanceof org.cpoadvisor.dsl.model.SwitchPlatform s && Resolver.fits(c.nicGbps(), s.portGbps())
                        && (s.available() == null || s.available() <= horizonEnd)) {
                    keys.add("switch\u001f" + s.id());
                    speeds.add(s.portGbps());
                    if (s.laser() != null) keys.add("laser\u001f" + s.laser());
                }
            }
        }
        for (CatalogEntry e : catalog.entries()) {
            if (e instanceof org.cpoadvisor.dsl.model.OpticModule o && speeds.contains(o.speedGbps())) keys.add("optic\u001f" + o.id());
        }
        return keys;
    }

    private static List<UncertainInput> inputs(Architecture a, Catalog effective, double usdRate, java.util.Set<String> inPlay) {
        String cur = a.currency();
        List<UncertainInput> out = new ArrayList<>();
        Map<FigureRef, Range> fileRanges = new TreeMap<>(a.ranges());
        Assumptions as = a.assumptions();
        // the file's assumptions with a range, and the defaults it leaves to the advisor that have one
        for (Map.Entry<FigureRef, Range> r : fileRanges.entrySet()) {
            FigureRef ref = r.getKey();
            if (ref.scope() != FigureRef.Scope.ASSUMPTION) continue;
            Double v = assumptionValue(as, ref.field());
            if (v != null) out.add(new UncertainInput(ref, assumptionUnit(ref.field(), cur), v, r.getValue(), "file", "the file"));
        }
        boolean someSiteWithoutElectricity = a.sites().stream().anyMatch(s -> s.electricityPrice() == null);
        for (Figure d : DEFAULTS) {
            if (d.range() == null || assumptionValue(as, d.name()) != null) continue;
            if (d.name().equals("electricity") && !someSiteWithoutElectricity) continue;
            double f = money(d) ? usdRate : 1;
            out.add(new UncertainInput(FigureRef.assumption(d.name()), assumptionUnit(d.name(), cur), d.value() * f,
                    d.range().times(f), "default", d.source()));
        }
        out.sort(java.util.Comparator.comparing(UncertainInput::ref));
        // sites: their own figures with a range; a site without a PUE of its own (and none in the assumptions) takes
        // the default of its cooling, with that default's range
        List<UncertainInput> sites = new ArrayList<>();
        for (Site s : a.sites()) {
            for (String field : List.of("electricity", "pue")) {
                FigureRef ref = FigureRef.site(s.name(), field);
                Range r = fileRanges.get(ref);
                Double v = field.equals("pue") ? s.pue() : s.electricityPrice();
                if (r != null && v != null) {
                    sites.add(new UncertainInput(ref, assumptionUnit(field, cur), v, r, "file", "the file"));
                }
            }
            if (s.pue() == null && as.pue() == null) {
                Figure d = Defaults.pue(s.cooling() == null ? Cooling.AIR : s.cooling());
                if (d.range() != null) {
                    sites.add(new UncertainInput(FigureRef.site(s.name(), "pue"), "", d.value(), d.range(), "default", d.source()));
                }
            }
        }
        out.addAll(sites);
        // the catalog's: the built-in one's (unless the file replaces the entry) and the file's own, in the currency
        for (Map.Entry<FigureRef, Range> r : effective.ranges().entrySet()) {
            FigureRef ref = r.getKey();
            if (!inPlay.contains(ref.scope().word() + "\u001f" + ref.owner())) continue;
            CatalogEntry e = effective.find(ref.scope().word(), ref.owner()).orElse(null);
            Double v = e == null ? null : CatalogFigures.value(e, ref.field());
            if (v == null) continue;
            boolean own = a.ranges().containsKey(ref);
            out.add(new UncertainInput(ref, CatalogFigures.unit(ref.field(), cur), v, r.getValue(), own ? "file" : "catalog",
                    own ? "the file" : e.sourceOf(ref.field())));
        }
        return out;
    }

    private static boolean money(Figure d) {
        return d.unit().contains("USD");
    }

    private static String assumptionUnit(String field, String currency) {
        return switch (field) {
            case "electricity" -> currency + "/kWh";
            case "gpu-hour", "cpo-adoption", "fibre", "laser-swap", "rack-unit", "cooling-retrofit" -> currency;
            case "job-restart" -> "min";
            case "pue", "link-flaps" -> "";
            default -> "share";
        };
    }

    /** The file's value of an assumption or model figure, or {@code null}. */
    static Double assumptionValue(Assumptions as, String field) {
        return switch (field) {
            case "electricity" -> as.electricityPrice();
            case "pue" -> as.pue();
            case "discount-rate" -> as.discountRate();
            case "gpu-hour" -> as.gpuHourCost();
            case "job-restart" -> as.jobRestartMinutes();
            case "cpo-adoption" -> as.cpoAdoption();
            default -> as.figure(field);
        };
    }

    /** The assumptions with some figures set (by keyword: a named assumption or a model figure), built once. */
    static Assumptions withAssumptions(Assumptions as, Map<String, Double> set) {
        Map<String, Double> figures = as.figures();
        for (Map.Entry<String, Double> f : set.entrySet()) {
            if (NAMED.contains(f.getKey())) continue;
            if (ModelFigure.named(f.getKey()).isEmpty()) {
                throw new IllegalArgumentException("not a figure of the assumptions: " + f.getKey());
            }
            if (figures == as.figures()) figures = new TreeMap<>(figures);
            figures.put(f.getKey(), f.getValue());
        }
        return new Assumptions(set.getOrDefault("electricity", as.electricityPrice()), set.getOrDefault("pue", as.pue()),
                as.lifetimeYears(), set.getOrDefault("discount-rate", as.discountRate()),
                set.getOrDefault("gpu-hour", as.gpuHourCost()), set.getOrDefault("job-restart", as.jobRestartMinutes()),
                as.rates(), as.startYear(), set.getOrDefault("cpo-adoption", as.cpoAdoption()), figures);
    }
}
