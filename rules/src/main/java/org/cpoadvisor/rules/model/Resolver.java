package org.cpoadvisor.rules.model;

import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.OpticsKind;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.Staff;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Workload;
import org.cpoadvisor.dsl.model.YearRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies the defaults: the file's values first, then the assumptions, then the
 * built-in ones, and records which were defaulted. Also lays the file's catalog
 * over the built-in one, converting the built-in USD prices to the file's currency.
 */
public final class Resolver {

    private final Architecture architecture;
    private final Catalog catalog;
    private final double usdRate;
    private final Thresholds thresholds;

    public Resolver(Architecture architecture, Catalog builtin) {
        this.architecture = architecture;
        this.usdRate = usdRate(architecture);
        this.catalog = effectiveCatalog(architecture, builtin, usdRate);
        this.thresholds = thresholds(architecture);
    }

    public Catalog catalog() {
        return catalog;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Units of the file's currency per USD (the built-in catalog and defaults are in USD). */
    public static double usdRate(Architecture a) {
        if (a.currency().equals("USD")) return 1.0;
        Double usdPerUnit = a.assumptions().rates().get("USD");
        return usdPerUnit == null ? 1.0 : 1.0 / usdPerUnit;
    }

    private static Catalog effectiveCatalog(Architecture a, Catalog builtin, double usdRate) {
        if (usdRate == 1.0) return builtin.with(a.catalog(), a.ranges());
        List<CatalogEntry> converted = new ArrayList<>();
        for (CatalogEntry e : builtin.entries()) {
            if (e instanceof SwitchPlatform s) {
                // every field kept (family, vendor, height): only the amounts change currency
                converted.add(s.withPrice(times(s.price(), usdRate)).withRepairCost(times(s.repairCost(), usdRate)));
            } else if (e instanceof OpticModule o) {
                converted.add(o.withPrice(times(o.price(), usdRate)));
            } else if (e instanceof org.cpoadvisor.dsl.model.LaserSource l) {
                converted.add(l.withPrice(times(l.price(), usdRate)));
            } else {
                converted.add(e);
            }
        }
        // the ranges of money figures change currency with them
        java.util.Map<org.cpoadvisor.dsl.model.FigureRef, org.cpoadvisor.dsl.model.Range> ranges = new java.util.TreeMap<>();
        builtin.ranges().forEach((ref, range) -> ranges.put(ref, MONEY_FIELDS.contains(ref.field()) ? range.times(usdRate) : range));
        return new Catalog(converted, ranges).with(a.catalog(), a.ranges());
    }

    /** The catalog fields that are amounts of money: the ones a currency rate converts. */
    public static final java.util.Set<String> MONEY_FIELDS = java.util.Set.of("price", "repair");

    /** A built-in USD price in the file's currency, to the cent. */
    private static Double times(Double v, double f) {
        return v == null ? null : Math.round(v * f * 100) / 100.0;
    }

    private static Thresholds thresholds(Architecture a) {
        Policy p = a.policy();
        YearRange horizon = a.horizon() != null ? a.horizon() : Defaults.HORIZON;
        int start = a.assumptions().startYear() != null ? a.assumptions().startYear() : horizon.from();
        return new Thresholds(
                p.minGpus() != null ? p.minGpus() : (int) Defaults.MIN_GPUS.value(),
                p.minLinkGbps() != null ? p.minLinkGbps() : Defaults.MIN_LINK.value(),
                p.minEastWest() != null ? p.minEastWest() : Defaults.MIN_EAST_WEST.value(),
                p.minSaving() != null ? p.minSaving() : Defaults.MIN_SAVING.value(),
                p.maxPaybackYears() != null ? p.maxPaybackYears() : Defaults.MAX_PAYBACK.value(),
                p.pilotWindow() != null ? p.pilotWindow() : Defaults.PILOT_WINDOW,
                p.scaleWindow() != null ? p.scaleWindow() : Defaults.SCALE_WINDOW,
                p.requireLiquidCooling() != null ? p.requireLiquidCooling() : Defaults.REQUIRE_LIQUID,
                start, horizon,
                p.pilotSwitches() != null ? p.pilotSwitches() : (int) Defaults.PILOT_SWITCHES.value(),
                p.vendors(),
                p.minModules() != null ? p.minModules() : (long) Defaults.MIN_MODULES.value(),
                Boolean.TRUE.equals(p.allowFamilyChange()));
    }

    /** Every cluster of the architecture, resolved, in file order. */
    public List<ResolvedCluster> clusters() {
        List<ResolvedCluster> out = new ArrayList<>();
        for (Site site : architecture.sites()) {
            for (Cluster c : site.clusters()) {
                out.add(resolve(site, c));
            }
        }
        return out;
    }

    public ResolvedCluster resolve(Site site, Cluster c) {
        List<Figure> defaulted = new ArrayList<>();
        Assumptions as = architecture.assumptions();
        Cooling cooling = site.cooling() != null ? site.cooling() : Cooling.AIR;
        if (site.cooling() == null) defaulted.add(new Figure("cooling", 0, "air", "default", "language: sites are air-cooled unless they say otherwise"));
        Staff staff = site.staff() != null ? site.staff() : Staff.ON_SITE;
        Workload workload = c.workload() != null ? c.workload() : Workload.TRAINING;
        if (c.workload() == null) defaulted.add(new Figure("workload", 0, "training", "default", "language: clusters are training clusters unless they say otherwise"));
        Accelerator acc = catalog.accelerator(c.accelerator()).orElse(new Accelerator(c.accelerator(), null, null, null, null, java.util.Map.of()));
        int perNode = c.gpusPerNode() != null ? c.gpusPerNode() : acc.gpusPerNode() != null ? acc.gpusPerNode() : 8;
        double nic;
        if (c.nicGbps() != null) {
            nic = c.nicGbps();
        } else {
            nic = acc.nicGbps() != null ? acc.nicGbps() : 400;
            defaulted.add(new Figure("nic", nic, "Gb/s", "catalog", acc.nicGbps() != null ? "accelerator " + acc.id() + ": "
                    + acc.sourceOf("nic") : "assumption: 400G when the accelerator gives none"));
        }
        Ratio ratio = c.fabric() != null && c.fabric().oversubscription() != null ? c.fabric().oversubscription() : Ratio.ONE_TO_ONE;
        Integer tiers = c.fabric() != null ? c.fabric().tiers() : null;
        SwitchPlatform platform = c.switchId() != null ? catalog.switchPlatform(c.switchId()).orElse(null) : null;
        if (platform == null) {
            platform = choosePlatform(nic, cooling, thresholds.getStartYear()).orElse(null);
            if (platform != null) {
                defaulted.add(new Figure("switch", 0, platform.id(), "default",
                        "chosen: the pluggable platform whose ports best fit a " + (long) nic + "G NIC" + (cooling == Cooling.AIR ? " on an air-cooled site" : "")));
            }
        }
        OpticsKind optics = c.optics() != null ? c.optics() : OpticsKind.DSP;
        double eastWest;
        if (c.traffic() != null) {
            eastWest = c.traffic().eastWest();
        } else {
            Figure f = Defaults.eastWest(workload);
            eastWest = f.value();
            defaulted.add(f);
        }
        double growth = c.growth() != null ? c.growth() : 0.0;
        int installed;
        double lifetime = as.lifetimeYears() != null ? as.lifetimeYears() : Defaults.LIFETIME.value();
        if (c.onlineYear() != null) {
            installed = c.onlineYear();
        } else {
            installed = thresholds.getStartYear() - (int) Math.floor(lifetime / 2);
            defaulted.add(new Figure("installed", installed, "year", "default",
                    "assumption: existing capacity is at mid-life in the start year, so it is refreshed " + (int) Math.ceil(lifetime / 2) + " years on"));
        }
        Economics eco = economics(site, cooling, workload, defaulted);
        return new ResolvedCluster(site.name() + "." + c.name(), site, c, workload, c.gpus(), acc, perNode, nic, ratio, tiers,
                platform, optics, eastWest, growth, c.onlineYear(), installed, cooling, staff, eco, List.copyOf(defaulted));
    }

    private Economics economics(Site site, Cooling cooling, Workload workload, List<Figure> defaulted) {
        Assumptions as = architecture.assumptions();
        double electricity;
        if (site.electricityPrice() != null) {
            electricity = site.electricityPrice();
        } else if (as.electricityPrice() != null) {
            electricity = as.electricityPrice();
        } else {
            electricity = Defaults.ELECTRICITY_USD.value() * usdRate;
            defaulted.add(Defaults.ELECTRICITY_USD);
        }
        double pue;
        if (site.pue() != null) {
            pue = site.pue();
        } else if (as.pue() != null) {
            pue = as.pue();
        } else {
            Figure f = Defaults.pue(cooling);
            pue = f.value();
            defaulted.add(f);
        }
        int lifetime = (int) Math.round(pick(as.lifetimeYears(), Defaults.LIFETIME, defaulted, 1));
        double discount = pick(as.discountRate(), Defaults.DISCOUNT_RATE, defaulted, 1);
        // an inference cluster loses no job on a failure: the cost of idle GPU hours does not apply to it
        List<Figure> unused = new ArrayList<>();
        List<Figure> jobs = workload == Workload.INFERENCE ? unused : defaulted;
        double gpuHour = pick(as.gpuHourCost(), Defaults.GPU_HOUR_USD, jobs, usdRate);
        double restartMin = pick(as.jobRestartMinutes(), Defaults.JOB_RESTART_MIN, jobs, 1);
        double adoption = pick(as.cpoAdoption(), Defaults.CPO_ADOPTION_USD, defaulted, usdRate);
        Economics.Prices prices = new Economics.Prices(
                (int) Math.round(figure(as, Defaults.PRICE_YEAR, defaulted, 1)),
                figure(as, Defaults.OPTICS_PRICE_DECLINE, defaulted, 1),
                figure(as, Defaults.LASER_SPARES, defaulted, 1),
                figure(as, Defaults.COOLING_RETROFIT_USD_PER_KW, defaulted, usdRate));
        return new Economics(electricity, pue, Math.max(1, lifetime), discount, gpuHour, restartMin / 60.0,
                figure(as, Defaults.FIBRE_PER_LINK_USD, defaulted, usdRate), figure(as, Defaults.LASER_SWAP_USD, defaulted, usdRate),
                figure(as, Defaults.CPO_PRICE_DECLINE, defaulted, 1), usdRate, adoption, prices,
                new Economics.Operations(
                        figure(as, Defaults.LINK_FLAPS, jobs, 1),
                        figure(as, Defaults.CPO_FLAP_SHARE, jobs, 1),
                        figure(as, Defaults.FABRIC_STOP_SHARE, jobs, 1),
                        (int) Math.round(figure(as, Defaults.LARGEST_JOB, jobs, 1)),
                        figure(as, Defaults.MODULE_SPARES, defaulted, 1),
                        figure(as, Defaults.SUPPORT, defaulted, 1),
                        figure(as, Defaults.RACK_UNIT_USD, defaulted, usdRate)));
    }

    /** A model figure (docs/language.md): the file's, or the default's, listed among the defaults used. */
    private static double figure(Assumptions as, Figure fallback, List<Figure> defaulted, double factor) {
        return pick(as.figure(fallback.name()), fallback, defaulted, factor);
    }

    private static double pick(Double given, Figure fallback, List<Figure> defaulted, double factor) {
        if (given != null) return given;
        defaulted.add(fallback);
        return fallback.value() * factor;
    }

    /**
     * The pluggable platform that best fits a NIC speed: ports of the same speed first,
     * then the smallest faster speed that breaks out evenly, then slower ports the NIC
     * splits over; air-cooled platforms only on an air-cooled site; cheapest per port.
     */
    public Optional<SwitchPlatform> choosePlatform(double nic, Cooling cooling, int year) {
        return catalog.entries().stream()
                .filter(e -> e instanceof SwitchPlatform)
                .map(SwitchPlatform.class::cast)
                .filter(s -> s.optics() == SwitchOptics.PLUGGABLE)
                .filter(s -> s.available() == null || s.available() <= year)
                .filter(s -> cooling != Cooling.AIR || s.cooling() != Cooling.LIQUID)
                .filter(s -> fits(nic, s.portGbps()))
                .min(Comparator.comparingInt((SwitchPlatform s) -> preference(nic, s.portGbps()))
                        .thenComparingDouble(s -> s.portGbps())
                        .thenComparingDouble(s -> s.price() == null ? Double.MAX_VALUE : s.price() / s.ports())
                        .thenComparing(SwitchPlatform::id));
    }

    /** The slower of NIC and port divides the faster. */
    public static boolean fits(double nic, double port) {
        double big = Math.max(nic, port);
        double small = Math.min(nic, port);
        double q = big / small;
        return Math.abs(q - Math.rint(q)) < 1e-9;
    }

    private static int preference(double nic, double port) {
        if (port == nic) return 0;
        if (port > nic) return 1;
        return 2;
    }
}
