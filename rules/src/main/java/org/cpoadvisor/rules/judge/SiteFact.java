package org.cpoadvisor.rules.judge;

/** What the rules know of a site. */
public final class SiteFact {
    private final String name;
    private final String cooling;
    private final String staff;
    private final Double powerCapW;
    private final Integer capExceededYear;
    private final double peakPowerW;

    public SiteFact(String name, String cooling, String staff, Double powerCapW, Integer capExceededYear, double peakPowerW) {
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

    @Override
    public String toString() {
        return "site " + name + ": cooling " + cooling + ", staff " + staff
                + (powerCapW == null ? "" : ", power cap " + Math.round(powerCapW / 1e5) / 10.0 + " MW, facility power "
                + Math.round(peakPowerW / 1e5) / 10.0 + " MW at the end of the horizon");
    }
}
