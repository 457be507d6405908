package org.cpoadvisor.rules.cost;

import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.ModuleKind;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.OpticsKind;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.rules.model.Economics;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.sizing.Boundary;
import org.cpoadvisor.rules.sizing.FabricSizer;
import org.cpoadvisor.rules.sizing.Sizing;
import org.cpoadvisor.rules.sizing.TierCount;
import org.cpoadvisor.rules.sizing.TierName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prices one option of one cluster exactly as docs/model.md section 3 says: power,
 * energy, capex, optical failures, lost GPU-hours, repairs and lifetime TCO.
 */
public final class OptionCost {

    private final Catalog catalog;
    /** The module of each kind and speed (the catalog does not change). */
    private final Map<ModuleKey, Optional<OpticModule>> modules = new ConcurrentHashMap<>();
    /**
     * The words of a platform's and a module's bill-of-materials lines, by catalog id: an option is
     * priced some hundred times a cluster in the break-even searches, and the words never change.
     */
    private final Map<String, PlatformWords> platformWords = new ConcurrentHashMap<>();
    private final Map<String, String> moduleWords = new ConcurrentHashMap<>();

    private record ModuleKey(ModuleKind kind, double speedGbps, Double laneGbps) {
    }

    private record PlatformWords(String switchText, String laserId, String laserText, String portId, String portText) {
        static PlatformWords of(SwitchPlatform p) {
            return new PlatformWords(p.ports() + " x " + gbps(p.portGbps())
                    + (p.optics() == SwitchOptics.CPO ? " co-packaged-optics switch" : " pluggable switch"),
                    p.id() + "/laser", "external laser source of " + p.id(),
                    p.id() + "/port", "optical-engine port of " + p.id() + " (in the switch's price and power)");
        }
    }

    public OptionCost(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Sizes and prices one option. The baseline at the cluster's own GPU count is built with the
     * tiers the file fixes; every other fabric (the CPO options, and every fabric of a break-even
     * search at another GPU count) takes the fewest tiers its radix allows (docs/model.md, "Tiers").
     *
     * @param gpus the GPU count to size for (the cluster's, or another in a break-even search)
     * @param eco  the economics (the cluster's, or with another electricity price)
     * @return the priced option, or empty when the fabric cannot be built or a module is missing
     */
    public Optional<OptionResult> evaluate(ResolvedCluster c, OptionKind kind, SwitchPlatform leaf, SwitchPlatform upper,
                                           int year, int gpus, Economics eco) {
        Integer tiers = kind == OptionKind.BASELINE && gpus == c.gpus() ? c.fixedTiers() : null;
        Sizing sizing = FabricSizer.size(gpus, c.nicGbps(), c.planes(), c.ratio(), tiers, leaf, upper);
        if (!sizing.fits()) {
            return Optional.empty();
        }
        ModuleKind kind0 = kind == OptionKind.LPO ? ModuleKind.LPO : moduleKind(c.optics());
        Map<String, Part> parts = new LinkedHashMap<>();
        Optional<OpticModule> nicModule = module(kind0, c.nicGbps(), c.nicLaneGbps(), year);
        if (nicModule.isEmpty()) {
            return Optional.empty();
        }
        boolean lpoUsed = nicModule.get().moduleKind() == ModuleKind.LPO;
        double optics = opticsPriceFactor(year, eco);
        Economics.Operations ops = eco.operations();
        Events events = new Events();
        Map<String, Long> modulesInstalled = new LinkedHashMap<>();
        Map<String, Part> moduleLines = new LinkedHashMap<>();
        Map<String, OpticModule> moduleEntries = new LinkedHashMap<>();
        Part nicPart = modulePart(nicModule.get(), "nic", sizing.nicModules(), c.nicGbps() / sizing.endpointGbps(),
                sizing.endpointGbps(), optics);
        add(parts, nicPart);
        modulesInstalled.merge(nicPart.id(), nicPart.quantity(), Long::sum);
        moduleLines.putIfAbsent(nicPart.id(), nicPart);
        moduleEntries.putIfAbsent(nicPart.id(), nicModule.get());
        events.hard(nicPart.failuresPerYear(), 1);   // a GPU's own link: its failure always stops the job
        Map<String, Long> lasersInstalled = new LinkedHashMap<>();
        Map<String, Double> laserPrices = new LinkedHashMap<>();
        long rackUnits = 0;
        for (TierCount t : sizing.switches()) {
            SwitchPlatform p = priced(t.platform(), year, eco);
            String place = t.tier().word();
            PlatformWords words = words(p);
            add(parts, new Part("switch", p.id(), p.partNumber(), place, words.switchText(), t.switches(), nz(p.price()),
                    nz(p.powerW()), 0, 0));
            rackUnits += t.switches() * rackUnits(p);
            // the share of the tier's ports that are GPU links (the leaf's downlinks): a failure there stops the job
            double edge = t.tier() == TierName.LEAF && t.linksDown() + t.linksUp() > 0
                    ? (double) t.linksDown() / (t.linksDown() + t.linksUp()) : 0;
            double stopOne = edge + (1 - edge) * ops.fabricStopShare();
            // an engine or laser failure takes all the ports one laser source serves at once (its blast radius)
            int blast = p.lasers() != null && p.lasers() > 0 ? Math.max(1, p.ports() / p.lasers()) : 1;
            double stopBlast = edge + (1 - edge) * (1 - Math.pow(1 - ops.fabricStopShare(), blast));
            if (t.modules() > 0) {
                Optional<OpticModule> m = module(kind0, p.portGbps(), p.laneGbps(), year);
                if (m.isEmpty()) return Optional.empty();
                lpoUsed |= m.get().moduleKind() == ModuleKind.LPO;
                Part line = modulePart(m.get(), place, t.modules(), p.portGbps() / sizing.endpointGbps(),
                        sizing.endpointGbps(), optics);
                add(parts, line);
                modulesInstalled.merge(line.id(), line.quantity(), Long::sum);
                moduleLines.putIfAbsent(line.id(), line);
                moduleEntries.putIfAbsent(line.id(), m.get());
                events.hard(line.failuresPerYear(), stopOne);
            }
            if (t.enginePorts() > 0) {
                Part ports = new Part("cpo-engine-port", words.portId(), null, place, words.portText(), t.enginePorts(), 0, 0,
                        nz(p.portFit()), nz(p.repairCost()));
                add(parts, ports);
                events.hard(ports.failuresPerYear(), stopBlast);
            }
            if (p.optics() == SwitchOptics.CPO && p.lasers() != null && p.lasers() > 0) {
                long installed = t.switches() * p.lasers();
                Optional<LaserSource> source = p.laser() == null ? Optional.empty() : catalog.laser(p.laser());
                if (source.isPresent()) {
                    LaserSource l = source.get();
                    double laserPrice = nz(l.price()) * cpoPriceFactor(t.platform(), year, eco);
                    Part lasers = new Part("laser", l.id(), l.partNumber(), place, "external laser source, installed in " + p.id(),
                            installed, laserPrice, nz(l.powerW()), nz(l.fit()), laserPrice);
                    add(parts, lasers);
                    events.hard(lasers.failuresPerYear(), stopBlast);
                    lasersInstalled.merge(l.id(), installed, Long::sum);
                    laserPrices.put(l.id(), laserPrice);
                } else {
                    // a platform that gives its lasers' power and failure rate but no laser entry: counted, not priced apart
                    double laserRepair = Boolean.TRUE.equals(p.fieldReplaceableLasers()) ? eco.laserSwap() : nz(p.repairCost());
                    Part lasers = new Part("laser", words.laserId(), null, place, words.laserText(), installed, 0,
                            nz(p.laserPowerW()), nz(p.laserFit()), laserRepair);
                    add(parts, lasers);
                    events.hard(lasers.failuresPerYear(), stopBlast);
                }
            }
        }
        for (Map.Entry<String, Long> l : lasersInstalled.entrySet()) {
            LaserSource laser = catalog.laser(l.getKey()).orElseThrow();
            long spares = spareLasers(l.getValue(), eco);
            add(parts, new Part("laser-spare", laser.id(), laser.partNumber(), "spares",
                    "spare external laser sources (" + pct(eco.prices().laserSpares()) + " of " + l.getValue() + " installed)",
                    spares, laserPrices.get(laser.id()), 0, 0, 0));
        }
        for (Map.Entry<String, Long> m : modulesInstalled.entrySet()) {
            long spares = spares(m.getValue(), ops.moduleSpares());
            Part module = moduleLines.get(m.getKey());
            add(parts, new Part("optic-spare", module.id(), module.partNumber(), "spares",
                    "spare " + gbps(moduleEntries.get(module.id()).speedGbps()) + " modules (" + pct(ops.moduleSpares()) + " of " + m.getValue() + " installed)",
                    spares, module.unitPrice(), 0, 0, 0));
        }
        for (Boundary b : sizing.boundaries()) {
            add(parts, new Part("fibre", "fibre", null, b.name(), "fibre link with connectors, " + b.name(), b.links(),
                    eco.fibrePerLink(), 0, 0, 0));
            // flaps: each end of a link brings half a pluggable link's flaps, a co-packaged end a share of that
            double ends = (endShare(b.lower(), ops) + endShare(b.upper(), ops)) / 2;
            events.flaps(b.links() * ops.linkFlaps() * ends, b.lower() == null ? 1 : ops.fabricStopShare());
        }
        if (leaf.optics() == SwitchOptics.CPO || upper.optics() == SwitchOptics.CPO) {
            if (c.platform() == null || c.platform().optics() != SwitchOptics.CPO) {
                add(parts, new Part("service", "cpo-adoption", null, "cluster",
                        "one-off: qualification, spare switches, tooling and training for CPO", 1, eco.cpoAdoption(), 0, 0, 0));
            }
        }
        if (kind == OptionKind.LPO && !lpoUsed) {
            return Optional.empty();   // no linear-drive module fits this fabric: no LPO option
        }
        return Optional.of(price(c, kind, leaf, upper, sizing, new ArrayList<>(parts.values()), events, rackUnits, year, gpus,
                eco));
    }

    /**
     * The optical events of an option a year and the share of them that stop a job (docs/model.md section 3):
     * hard failures of parts, and link flaps.
     */
    static final class Events {
        double hard;
        double flaps;
        double stopping;

        void hard(double perYear, double stopShare) {
            hard += perYear;
            stopping += perYear * stopShare;
        }

        void flaps(double perYear, double stopShare) {
            flaps += perYear;
            stopping += perYear * stopShare;
        }
    }

    /** A link end's flaps, as a share of a pluggable end's: the NIC end (none given) and module ends 1, a CPO end less. */
    private static double endShare(org.cpoadvisor.rules.sizing.End end, Economics.Operations ops) {
        return end != null && end.enginePorts() > 0 ? ops.cpoFlapShare() : 1;
    }

    /** A switch's rack units: its catalog figure, or 2 (docs/model.md section 3). */
    static int rackUnits(SwitchPlatform p) {
        return p.rackUnits() != null ? p.rackUnits() : DEFAULT_RACK_UNITS;
    }

    /** The height assumed for a switch whose catalog entry gives none: most 51.2T-class systems are 2 RU. */
    public static final int DEFAULT_RACK_UNITS = 2;



    /** The spares pool of external lasers for so many installed: a share of them, at least one (docs/model.md section 2). */
    public static long spareLasers(long installed, Economics eco) {
        return spares(installed, eco.prices().laserSpares());
    }

    /** A spares pool: a share of the parts installed, at least one where the share is not nil. */
    public static long spares(long installed, double share) {
        if (share <= 0 || installed <= 0) return 0;
        return Math.max(1, (long) Math.ceil(installed * share - 1e-9));
    }

    /**
     * What a pluggable module quoted at the price year costs when bought in {@code year}: its price falls by
     * {@code optics-price-decline} a year after the price year (docs/model.md section 3).
     */
    public static double opticsPriceFactor(int year, Economics eco) {
        int years = year - eco.prices().priceYear();
        return years <= 0 ? 1 : Math.pow(1 - eco.prices().opticsPriceDecline(), years);
    }

    /**
     * What a CPO platform's part quoted at its launch costs when bought in {@code year}: falling by
     * {@code cpo-price-decline} a year after launch (docs/model.md section 3). A platform without a launch year
     * is quoted at the price year.
     */
    public static double cpoPriceFactor(SwitchPlatform p, int year, Economics eco) {
        int from = p.available() != null ? p.available() : eco.prices().priceYear();
        return year <= from ? 1 : Math.pow(1 - eco.cpoPriceDecline(), year - from);
    }

    /**
     * The module of a kind and speed for a purchase in a year: a linear-drive module only once it
     * is available; otherwise the DSP module of that speed. Of several, the one with the lane rate of
     * the port it plugs into ({@code laneGbps}, {@code null}: any) is preferred (docs/model.md section 5).
     */
    private Optional<OpticModule> module(ModuleKind kind, double speedGbps, Double laneGbps, int year) {
        Optional<OpticModule> m = module(kind, speedGbps, laneGbps);
        if (m.isPresent() && m.get().moduleKind() == ModuleKind.LPO && kind == ModuleKind.LPO
                && m.get().available() != null && m.get().available() > year) {
            return find(ModuleKind.DSP, speedGbps, laneGbps);
        }
        return m;
    }

    static OptionResult price(ResolvedCluster c, OptionKind kind, SwitchPlatform leaf, SwitchPlatform upper, Sizing sizing,
                              List<Part> parts, Events events, long rackUnits, int year, int gpus, Economics eco) {
        double power = 0;
        double capex = 0;
        double failures = 0;
        double repair = 0;
        double supported = 0;
        for (Part p : parts) {
            power += p.powerW();
            capex += p.capex();
            failures += p.failuresPerYear();
            repair += p.failuresPerYear() * p.repairCost();
            if (p.category().equals("switch") || p.category().equals("laser")) supported += p.capex();
        }
        Economics.Operations ops = eco.operations();
        double facility = power * eco.pue();
        double energy = facility / 1000.0 * 8760 * eco.electricityPrice();
        // an event stops the largest job with the share of its place, and hits it with probability J / N
        int job = ops.largestJob() > 0 ? Math.min(ops.largestJob(), gpus) : gpus;
        double interruptions = c.failuresStopJobs() ? events.stopping * job / gpus : 0;
        double lostHours = interruptions * job * eco.jobRestartHours();
        double failureCost = lostHours * eco.gpuHourCost();
        double support = supported * ops.support();
        double space = rackUnits * ops.rackUnitPerYear();
        Opex opex = new Opex(energy, failureCost, repair, support, space);
        double tco = capex + discounted(opex.total(), eco.discountRate(), eco.lifetimeYears());
        return new OptionResult(kind, leaf, upper, sizing, List.copyOf(parts), power, facility, energy, capex, failures,
                events.flaps, interruptions, lostHours, opex, rackUnits, tco, year);
    }

    /** Σ_{t=1..years} amount / (1 + r)^t. */
    public static double discounted(double amountPerYear, double rate, int years) {
        double sum = 0;
        for (int t = 1; t <= years; t++) {
            sum += amountPerYear / Math.pow(1 + rate, t);
        }
        return sum;
    }

    /**
     * A platform's price in a given year: a CPO platform's falls by the yearly decline after its launch; a
     * pluggable switch's holds (docs/model.md section 3).
     */
    public static SwitchPlatform priced(SwitchPlatform p, int year, Economics eco) {
        if (p.optics() != SwitchOptics.CPO || p.price() == null) {
            return p;
        }
        double factor = cpoPriceFactor(p, year, eco);
        return factor == 1 ? p : p.withPrice(p.price() * factor);
    }

    static ModuleKind moduleKind(OpticsKind optics) {
        return switch (optics) {
            case LPO -> ModuleKind.LPO;
            case AOC -> ModuleKind.AOC;
            default -> ModuleKind.DSP;
        };
    }

    /** The module of a kind and speed; DSP when the catalog has none of that kind at that speed. */
    public Optional<OpticModule> module(ModuleKind kind, double speedGbps) {
        return module(kind, speedGbps, null);
    }

    /**
     * The module of a kind, speed and port lane rate; DSP when the catalog has none of that kind at that speed.
     * Of the modules of a kind and speed, one whose lane is the port's comes first, then one that gives no lane,
     * then any other (a DSP module can gear between lane rates: docs/model.md section 5); then by id.
     */
    public Optional<OpticModule> module(ModuleKind kind, double speedGbps, Double laneGbps) {
        Optional<OpticModule> exact = find(kind, speedGbps, laneGbps);
        return exact.isPresent() ? exact : find(ModuleKind.DSP, speedGbps, laneGbps);
    }

    private Optional<OpticModule> find(ModuleKind kind, double speedGbps, Double laneGbps) {
        // looked up for every option of every step of the break-even searches: once per kind, speed and lane
        return modules.computeIfAbsent(new ModuleKey(kind, speedGbps, laneGbps), k -> catalog.entries().stream()
                .filter(e -> e instanceof OpticModule)
                .map(OpticModule.class::cast)
                .filter(o -> o.moduleKind() == kind && o.speedGbps() == speedGbps)
                // a linear module has no DSP to gear: it runs its port's lane rate or none
                .filter(o -> kind != ModuleKind.LPO || laneRank(o, laneGbps) < 2)
                .min(java.util.Comparator.<OpticModule>comparingInt(o -> laneRank(o, laneGbps))
                        .thenComparing(OpticModule::id)));
    }

    /** 0: the module's lane is the port's (or the port gives none); 1: the module gives none; 2: another lane. */
    static int laneRank(OpticModule o, Double portLaneGbps) {
        if (portLaneGbps == null) return 0;
        if (o.laneGbps() == null) return 1;
        return o.laneGbps().equals(portLaneGbps) ? 0 : 2;
    }

    /**
     * A module line: {@code links} links of {@code e} leave each module (a twin-port 800G module carries
     * two 400G links; a NIC's module carries one link to each plane).
     */
    private Part modulePart(OpticModule m, String place, long quantity, double links, double e, double priceFactor) {
        long perModule = Math.round(links);
        String words = moduleWords.computeIfAbsent(m.id() + "\u001f" + place + "\u001f" + perModule + "\u001f" + e,
                k -> gbps(m.speedGbps()) + " " + m.moduleKind().word() + " module" + (place.equals("nic") ? ", NIC side" : "")
                        + (perModule > 1 ? " (" + perModule + " x " + gbps(m.speedGbps() / perModule) + ")" : ""));
        double price = nz(m.price()) * priceFactor;
        return new Part("optic", m.id(), m.partNumber(), place, words, quantity, price, nz(m.powerW()), nz(m.fit()), price);
    }

    private PlatformWords words(SwitchPlatform p) {
        return platformWords.computeIfAbsent(p.id(), id -> PlatformWords.of(p));
    }

    /** Adds a line, or more of a line already there (the same part at the same place). */
    private static void add(Map<String, Part> parts, Part p) {
        if (p.quantity() == 0) return;
        parts.merge(p.category() + "\u001f" + p.id() + "\u001f" + p.place(), p, (a, b) -> a.plus(b.quantity()));
    }

    private static String pct(double f) {
        double v = Math.round(f * 1000) / 10.0;
        return (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)) + " %";
    }

    private static double nz(Double v) {
        return v == null ? 0 : v;
    }

    private static String gbps(double v) {
        return org.cpoadvisor.dsl.parse.ModelWriter.bandwidth(v);
    }
}
