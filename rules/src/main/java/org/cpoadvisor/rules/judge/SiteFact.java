package org.cpoadvisor.rules.judge;

/** What the rules know of a site. */
public final class SiteFact {
    private final String name;
    private final String cooling;
    private final String staff;
    private final Double powerCapW;
    private final Integer capExceededYear;
    private final double peakPowerW;
    private final double overCapW;
    private final double cpoSavingW;

    public SiteFact(String name, String cooling, String staff, Double powerCapW, Integer capExceededYear, double peakPowerW) {
        this(name, cooling, staff, powerCapW, capExceededYear, peakPowerW, 0, 0);
    }

    /**
     * @param overCapW   facility power over the cap in the first year over it (0 when never over)
     * @param cpoSavingW the facility power the clusters' best CPO options would save in that year
     */
    public SiteFact(String name, String cooling, String staff, Double powerCapW, Integer capExceededYear, double peakPowerW,
                    double overCapW, double cpoSavingW) {
        this.overCapW = overCapW;
        this.cpoSavingW = cpoSavingW;
        this.name = name;
        this.cooling = cooling;
        this.staff = staff;
        this.powerCapW = powerCapW;
        this.capExceededYear = capExceededYear;
        this.peakPowerW = peakPowerW;
    }

    public String getName() { return name; }
    public String getCooling() { return cooling; }
    public String getStaff() { return staff; }
    public Double getPowerCapW() { return powerCapW; }
    public Integer getCapExceededYear() { return capExceededYear; }
    public double getPeakPowerW() { return peakPowerW; }
    public double getOverCapW() { return overCapW; }
    public double getCpoSavingW() { return cpoSavingW; }
    /** Whether the CPO options' power saving in the first year over the cap brings the site back under it. */
    public boolean isCpoClosesGap() { return cpoSavingW >= overCapW; }

    @Override
    public String toString() {
        return "site " + name + ": cooling " + cooling + ", staff " + staff
                + (powerCapW == null ? "" : ", power cap " + Math.round(powerCapW / 1e5) / 10.0 + " MW, facility power "
                + Math.round(peakPowerW / 1e5) / 10.0 + " MW at the end of the horizon");
    }
}
