package org.cpoadvisor.rules.model;

import org.cpoadvisor.dsl.model.YearRange;

/**
 * The policy the rules judge by, defaults applied. A Drools fact: thresholds are read
 * from here by the rules, never written as literals in them.
 */
public final class Thresholds {
    private final int minGpus;
    private final double minLinkGbps;
    private final double minEastWest;
    private final double minSaving;
    private final double maxPaybackYears;
    private final YearRange pilotWindow;
    private final YearRange scaleWindow;
    private final boolean requireLiquidCooling;
    private final int startYear;
    private final YearRange horizon;
    private final int pilotSwitches;
    private final long minModules;
    private final java.util.List<String> vendors;
    private final boolean allowFamilyChange;
    /** At or below this NIC speed a large training cluster is network-bound (docs/model.md section 5). */
    private final double bottleneckGbps = 200;

    public Thresholds(int minGpus, double minLinkGbps, double minEastWest, double minSaving, double maxPaybackYears,
                      YearRange pilotWindow, YearRange scaleWindow, boolean requireLiquidCooling, int startYear,
                      YearRange horizon) {
        this(minGpus, minLinkGbps, minEastWest, minSaving, maxPaybackYears, pilotWindow, scaleWindow, requireLiquidCooling,
                startYear, horizon, (int) Defaults.PILOT_SWITCHES.value(), null, (long) Defaults.MIN_MODULES.value());
    }

    /**
     * @param pilotSwitches the most CPO switches a pilot buys
     * @param vendors       the switch vendors a CPO option may come from; {@code null}: any
     */
    public Thresholds(int minGpus, double minLinkGbps, double minEastWest, double minSaving, double maxPaybackYears,
                      YearRange pilotWindow, YearRange scaleWindow, boolean requireLiquidCooling, int startYear,
                      YearRange horizon, int pilotSwitches, java.util.List<String> vendors, long minModules) {
        this(minGpus, minLinkGbps, minEastWest, minSaving, maxPaybackYears, pilotWindow, scaleWindow, requireLiquidCooling,
                startYear, horizon, pilotSwitches, vendors, minModules, false);
    }

    /** @param allowFamilyChange whether CPO of the other family is priced apart (docs/model.md section 5) */
    public Thresholds(int minGpus, double minLinkGbps, double minEastWest, double minSaving, double maxPaybackYears,
                      YearRange pilotWindow, YearRange scaleWindow, boolean requireLiquidCooling, int startYear,
                      YearRange horizon, int pilotSwitches, java.util.List<String> vendors, long minModules,
                      boolean allowFamilyChange) {
        this.allowFamilyChange = allowFamilyChange;
        this.pilotSwitches = pilotSwitches;
        this.minModules = minModules;
        this.vendors = vendors == null ? null : java.util.List.copyOf(vendors);
        this.minGpus = minGpus;
        this.minLinkGbps = minLinkGbps;
        this.minEastWest = minEastWest;
        this.minSaving = minSaving;
        this.maxPaybackYears = maxPaybackYears;
        this.pilotWindow = pilotWindow;
        this.scaleWindow = scaleWindow;
        this.requireLiquidCooling = requireLiquidCooling;
        this.startYear = startYear;
        this.horizon = horizon;
    }

    public int getMinGpus() { return minGpus; }
    public double getMinLinkGbps() { return minLinkGbps; }
    public double getMinEastWest() { return minEastWest; }
    public double getMinSaving() { return minSaving; }
    public double getMaxPaybackYears() { return maxPaybackYears; }
    public YearRange getPilotWindow() { return pilotWindow; }
    public YearRange getScaleWindow() { return scaleWindow; }
    public int getPilotFrom() { return pilotWindow.from(); }
    public int getPilotTo() { return pilotWindow.to(); }
    public int getScaleFrom() { return scaleWindow.from(); }
    public int getScaleTo() { return scaleWindow.to(); }
    public boolean isRequireLiquidCooling() { return requireLiquidCooling; }
    public int getStartYear() { return startYear; }
    public YearRange getHorizon() { return horizon; }
    public int getHorizonTo() { return horizon.to(); }
    public double getBottleneckGbps() { return bottleneckGbps; }
    public int getPilotSwitches() { return pilotSwitches; }
    /** The fewest optical modules in a cluster's fabric (today's design) for CPO to be adopted. */
    public long getMinModules() { return minModules; }
    /** The switch vendors a CPO option may come from, or {@code null} for any. */
    public java.util.List<String> getVendors() { return vendors; }
    /** Whether the advice also prices CPO of the other family, as a separate comparison (docs/model.md section 5). */
    public boolean isAllowFamilyChange() { return allowFamilyChange; }

    @Override
    public String toString() {
        return "policy min-gpus " + minGpus + ", min-link " + (long) minLinkGbps + "G, min-east-west "
                + Math.round(minEastWest * 100) + " %, min-saving " + Math.round(minSaving * 1000) / 10.0 + " %, max-payback "
                + maxPaybackYears + " years, pilot-window " + pilotWindow + ", scale-window " + scaleWindow
                + ", require-liquid-cooling " + requireLiquidCooling + ", min-modules " + minModules
                + ", pilot-switches " + pilotSwitches
                + (vendors == null ? "" : ", vendors " + String.join(", ", vendors))
                + (allowFamilyChange ? ", allow-family-change true" : "");
    }
}
