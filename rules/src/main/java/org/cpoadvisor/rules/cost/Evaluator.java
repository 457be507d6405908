package org.cpoadvisor.rules.cost;

import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.rules.model.Economics;
import org.cpoadvisor.rules.model.ResolvedCluster;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the three options of a cluster. The CPO platform of an option is the one
 * the catalog offers for the endpoint speed in the year judged that gives the lowest
 * TCO: "best" by the model's own measure.
 */
public final class Evaluator {

    private final Catalog catalog;
    private final OptionCost cost;
    /** The CPO platforms of each endpoint speed and year: looked up for every year scanned of every cluster. */
    private final Map<PlatformKey, List<SwitchPlatform>> platforms = new ConcurrentHashMap<>();

    private final List<String> vendors;

    private record PlatformKey(double endpointGbps, int year, org.cpoadvisor.dsl.model.Family family) {
    }

    public Evaluator(Catalog catalog) {
        this(catalog, null);
    }

    /** @param vendors the switch vendors a CPO option may come from (policy {@code vendors}); {@code null}: any */
    public Evaluator(Catalog catalog, List<String> vendors) {
        this.catalog = catalog;
        this.cost = new OptionCost(catalog);
        this.vendors = vendors == null ? null : vendors.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Priced for the first year, from {@code fromYear} to {@code lastYear}, in which a CPO platform fits. */
    public Evaluation evaluate(ResolvedCluster c, int fromYear, int lastYear) {
        return evaluate(c, fromYear, lastYear, c.gpus(), c.economics());
    }

    public Evaluation evaluate(ResolvedCluster c, int fromYear, int lastYear, int gpus, Economics eco) {
        if (c.platform() == null) {
            return new Evaluation(c, null, null, null, null);
        }
        OptionResult baseline = cost.evaluate(c, OptionKind.BASELINE, c.platform(), c.platform(), fromYear, gpus, eco).orElse(null);
        if (baseline == null) {
            return new Evaluation(c, null, null, null, null);
        }
        for (int year = fromYear; year <= lastYear; year++) {
            // the CPO options first: the rest is priced only for the year they exist
            OptionResult spine = best(c, OptionKind.CPO_SPINE, year, gpus, eco).orElse(null);
            OptionResult all = best(c, OptionKind.CPO_ALL, year, gpus, eco).orElse(null);
            if (spine == null && all == null) continue;
            Evaluation e = atYear(c, year, gpus, eco, spine, all);
            if (e.baseline() != null) {
                return e;
            }
        }
        return new Evaluation(c, baseline, null, null, null, lpo(c, fromYear, gpus, eco).orElse(null));
    }

    /**
     * The options priced for one given year (no search for the first year with a platform): every option, the
     * baseline too, with the platforms and prices of that year, the year its capacity is bought (docs/model.md
     * section 3), so that no option gains from prices of another year.
     */
    public Evaluation atYear(ResolvedCluster c, int year, int gpus, Economics eco) {
        return atYear(c, year, gpus, eco, best(c, OptionKind.CPO_SPINE, year, gpus, eco).orElse(null),
                best(c, OptionKind.CPO_ALL, year, gpus, eco).orElse(null));
    }

    private Evaluation atYear(ResolvedCluster c, int year, int gpus, Economics eco, OptionResult spine, OptionResult all) {
        OptionResult baseline = baseline(c, year, gpus, eco).orElse(null);
        return new Evaluation(c, baseline, spine, all, spine == null && all == null ? null : year,
                lpo(c, year, gpus, eco).orElse(null), null, baseline == null ? null
                : refresh(c, year, gpus, eco).filter(r -> r.tco() < baseline.tco()).orElse(null));
    }

    /** The CPO option of one kind priced for a given year, on the platform that gives the lowest TCO. */
    public Optional<OptionResult> best(ResolvedCluster c, OptionKind kind, int year, int gpus, Economics eco) {
        List<SwitchPlatform> candidates = cpoPlatforms(c.baselineEndpointGbps(), year,
                c.platform() == null ? null : c.platform().family());
        return Optional.ofNullable(best(switch (kind) {
            case CPO_SPINE -> candidates.stream()
                    .filter(p -> laneLeftOut(c, OptionKind.CPO_SPINE, p) == null)
                    .map(p -> cost.evaluate(c, OptionKind.CPO_SPINE, c.platform(), p, year, gpus, eco))
                    .flatMap(Optional::stream).toList();
            case CPO_ALL -> candidates.stream()
                    .filter(p -> ResolverFit.fitsNic(c.nicGbps(), p.portGbps()))
                    .filter(p -> laneLeftOut(c, OptionKind.CPO_ALL, p) == null)
                    .map(p -> cost.evaluate(c, OptionKind.CPO_ALL, p, p, year, gpus, eco))
                    .flatMap(Optional::stream).toList();
            case BASELINE, REFRESH, LPO, FAMILY_CHANGE -> List.<OptionResult>of();
        }));
    }

    /**
     * Today's switches with linear-drive pluggables wherever the catalog offers them in the year
     * (docs/model.md section 1); none where today's optics are LPO already or no LPO module fits.
     */
    public Optional<OptionResult> lpo(ResolvedCluster c, int year, int gpus, Economics eco) {
        if (c.platform() == null || c.optics() == org.cpoadvisor.dsl.model.OpticsKind.LPO
                || c.platform().optics() == SwitchOptics.CPO) {
            return Optional.empty();
        }
        return cost.evaluate(c, OptionKind.LPO, c.platform(), c.platform(), year, gpus, eco);
    }

    /**
     * The best pluggable purchase of a year other than today's platform (docs/model.md section 3): the pluggable
     * platforms of the cluster's family on sale that year, from the policy's vendors, that carry its links and suit
     * its cooling, each on every tier with the fewest tiers it needs; the one with the lowest TCO.
     */
    public Optional<OptionResult> refresh(ResolvedCluster c, int year, int gpus, Economics eco) {
        if (c.platform() == null) return Optional.empty();
        org.cpoadvisor.dsl.model.Family family = c.platform().family();
        return Optional.ofNullable(best(pluggables().filter(s -> !s.id().equals(c.platform().id()))
                .filter(s -> family == null || s.family() == null || s.family() == family)
                .filter(s -> vendors == null || (s.vendor() != null && vendors.contains(s.vendor().toLowerCase(java.util.Locale.ROOT))))
                .filter(s -> s.available() == null || s.available() <= year)
                .filter(s -> c.cooling() != org.cpoadvisor.dsl.model.Cooling.AIR || s.cooling() != org.cpoadvisor.dsl.model.Cooling.LIQUID)
                .filter(s -> org.cpoadvisor.rules.model.Resolver.fits(c.nicGbps() / c.planes(), s.portGbps()))
                .map(s -> cost.evaluate(c, OptionKind.REFRESH, s, s, year, gpus, eco))
                .flatMap(Optional::stream).toList()));
    }

    /**
     * The separate comparison a policy's {@code allow-family-change} asks for (docs/model.md section 5): every tier on
     * the CPO platform of the other family, available in the year, from the policy's vendors, whose ports carry the
     * cluster's links, with the lowest TCO. Never a CPO option: the verdict never reads it.
     */
    public Optional<OptionResult> familyChange(ResolvedCluster c, int year, int gpus, Economics eco) {
        if (c.platform() == null || c.platform().family() == null) return Optional.empty();
        org.cpoadvisor.dsl.model.Family other = c.platform().family() == org.cpoadvisor.dsl.model.Family.INFINIBAND
                ? org.cpoadvisor.dsl.model.Family.ETHERNET : org.cpoadvisor.dsl.model.Family.INFINIBAND;
        return Optional.ofNullable(best(cpoPlatforms(c.baselineEndpointGbps(), year, other).stream()
                .filter(p -> p.family() == other)
                .filter(p -> ResolverFit.fitsNic(c.nicGbps(), p.portGbps()))
                .map(p -> cost.evaluate(c, OptionKind.FAMILY_CHANGE, p, p, year, gpus, eco))
                .flatMap(Optional::stream).toList()));
    }

    /** The reference a CPO option is judged against in a year: the cheaper of today's platform and the refresh. */
    public Optional<OptionResult> reference(ResolvedCluster c, int year, int gpus, Economics eco) {
        Optional<OptionResult> base = baseline(c, year, gpus, eco);
        if (base.isEmpty()) return base;
        Optional<OptionResult> r = refresh(c, year, gpus, eco);
        return r.isPresent() && r.get().tco() < base.get().tco() ? r : base;
    }

    /** The catalog's pluggable switches, by id (the catalog does not change: listed once). */
    private java.util.stream.Stream<SwitchPlatform> pluggables() {
        List<SwitchPlatform> all = pluggables;
        if (all == null) {
            all = catalog.entries().stream()
                    .filter(x -> x instanceof SwitchPlatform)
                    .map(SwitchPlatform.class::cast)
                    .filter(s -> s.optics() == SwitchOptics.PLUGGABLE)
                    .sorted(Comparator.comparing(SwitchPlatform::id))
                    .toList();
            pluggables = all;
        }
        return all.stream();
    }

    private volatile List<SwitchPlatform> pluggables;

    /** The pricing this evaluator uses, with its caches: share it rather than make another for the same catalog. */
    public OptionCost cost() {
        return cost;
    }

    public Optional<OptionResult> baseline(ResolvedCluster c, int year, int gpus, Economics eco) {
        return c.platform() == null ? Optional.empty()
                : cost.evaluate(c, OptionKind.BASELINE, c.platform(), c.platform(), year, gpus, eco);
    }

    private static OptionResult best(List<OptionResult> options) {
        return options.stream().min(Comparator.comparingDouble(OptionResult::tco)
                .thenComparing(o -> o.upper().id())).orElse(null);
    }

    /**
     * CPO platforms available in a year whose ports carry whole endpoints of speed e, of the
     * cluster's family (docs/model.md section 1: a CPO option never changes InfiniBand for Ethernet;
     * a platform or cluster whose family is not given matches any), from the policy's vendors.
     */
    public List<SwitchPlatform> cpoPlatforms(double endpointGbps, int year, org.cpoadvisor.dsl.model.Family family) {
        return platforms.computeIfAbsent(new PlatformKey(endpointGbps, year, family), k -> cpoSwitches()
                .filter(s -> leftOut(s, endpointGbps, year, family) == null)
                .toList());
    }

    /**
     * Every CPO platform of the catalog, judged as a candidate for a cluster in a year: why each
     * was taken or left out (family, vendor, availability, port speed), in catalog id order. What
     * {@code cpo explain} shows; the choice between the platforms taken is by TCO.
     */
    public List<String> candidates(ResolvedCluster c, int year) {
        double e = c.baselineEndpointGbps();
        org.cpoadvisor.dsl.model.Family family = c.platform() == null ? null : c.platform().family();
        return cpoSwitches().map(s -> {
            String why = leftOut(s, e, year, family);
            if (why != null) return s.id() + ": left out: " + why;
            String spine = laneLeftOut(c, OptionKind.CPO_SPINE, s);
            String all = laneLeftOut(c, OptionKind.CPO_ALL, s);
            if (spine != null && all != null) {
                return s.id() + ": left out: " + lanes(s.laneGbps()) + " lanes, " + all + " and " + spine;
            }
            if (all != null) return s.id() + ": a candidate in " + year + " for cpo-spine only: " + lanes(s.laneGbps())
                    + " lanes, " + all;
            if (spine != null) return s.id() + ": a candidate in " + year + " for cpo-all only: " + lanes(s.laneGbps())
                    + " lanes, " + spine;
            return s.id() + ": a candidate in " + year;
        }).toList();
    }

    /**
     * Why a CPO switch cannot terminate the links an option of a kind asks of it (docs/model.md section 5):
     * cpo-all puts it at the leaf, where the GPUs' NICs meet it, so it needs the NIC's lane rate: a CPO optical
     * engine runs at its SerDes lane rate and does not gear, and a NIC's SerDes is its own. cpo-spine puts it
     * above today's leaves, whose ports hold pluggable modules: a DSP module gears (an 800G DR4 module with 8 x 100G
     * electrical lanes meets a 200G-lane optical port), a linear-drive one does not, so there the leaf platform's
     * lane binds only when today's optics are LPO. A lane not given (switch, NIC or leaf) matches any.
     * {@code null} when the lanes agree.
     */
    String laneLeftOut(ResolvedCluster c, OptionKind kind, SwitchPlatform s) {
        if (s.laneGbps() == null) return null;
        if (kind == OptionKind.CPO_ALL) {
            Double nic = c.nicLaneGbps();
            return nic == null || nic.equals(s.laneGbps()) ? null
                    : "the cluster's NICs use " + lanes(nic) + " lanes";
        }
        if (c.optics() != org.cpoadvisor.dsl.model.OpticsKind.LPO) return null;   // the leaf's DSP modules gear
        Double leaf = c.platform() == null ? null : c.platform().laneGbps();
        return leaf == null || leaf.equals(s.laneGbps()) ? null
                : "the cluster's leaves (" + c.platform().id() + ") use " + lanes(leaf) + " lanes with linear-drive modules";
    }


    private static String lanes(double gbps) {
        return (long) gbps + "G";
    }

    /** The catalog's CPO switches, by id. */
    private java.util.stream.Stream<SwitchPlatform> cpoSwitches() {
        return catalog.entries().stream()
                .filter(x -> x instanceof SwitchPlatform)
                .map(SwitchPlatform.class::cast)
                .filter(s -> s.optics() == SwitchOptics.CPO)
                .sorted(Comparator.comparing(SwitchPlatform::id));
    }

    /**
     * Why a CPO switch is not a candidate for links of speed e in a year: another family than the
     * cluster's (a switch or cluster whose family is not given matches any), a vendor outside the
     * policy's, not yet available, or ports that do not carry whole links; {@code null} when it is one.
     */
    private String leftOut(SwitchPlatform s, double e, int year, org.cpoadvisor.dsl.model.Family family) {
        if (family != null && s.family() != null && s.family() != family) {
            return s.family().word() + ", the cluster's switches are " + family.word()
                    + " (a change of family is not a CPO saving)";
        }
        if (vendors != null && (s.vendor() == null || !vendors.contains(s.vendor().toLowerCase(java.util.Locale.ROOT)))) {
            return "vendor " + (s.vendor() == null ? "not given" : s.vendor()) + " is not in the policy's vendors";
        }
        if (s.available() != null && s.available() > year) {
            return "available " + s.available() + ", after " + year;
        }
        if (s.portGbps() < e || !ResolverFit.fitsNic(e, s.portGbps())) {
            return "its " + (long) s.portGbps() + "G ports do not carry whole " + (long) e + "G links";
        }
        return null;
    }

    /** The CPO platforms of a speed and year, of any family. */
    public List<SwitchPlatform> cpoPlatforms(double endpointGbps, int year) {
        return cpoPlatforms(endpointGbps, year, null);
    }

    /** Speed arithmetic shared with the resolver. */
    static final class ResolverFit {
        private ResolverFit() {
        }

        static boolean fitsNic(double nic, double port) {
            return org.cpoadvisor.rules.model.Resolver.fits(nic, port);
        }
    }
}
