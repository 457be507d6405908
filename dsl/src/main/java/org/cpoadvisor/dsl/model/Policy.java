package org.cpoadvisor.dsl.model;

/**
 * The thresholds the rules judge by; {@code null} fields fall back to the built-in policy.
 *
 * @param minLinkGbps  slowest link speed at which CPO is considered, Gb/s
 * @param minEastWest  as a fraction
 * @param minSaving    TCO advantage needed for adoption, as a fraction
 * @param pilotSwitches the most CPO switches a pilot buys
 * @param vendors      the switch vendors a CPO option may come from ({@code null}: any)
 * @param minModules   the fewest optical modules in a cluster's fabric for CPO to be adopted (the IDC report's third indicator)
 * @param allowFamilyChange whether the advice also prices CPO switches of the other family (InfiniBand or Ethernet), as a
 *                     separate comparison that never counts as CPO's saving
 */
public record Policy(
        Integer minGpus,
        Double minLinkGbps,
        Double minEastWest,
        Double minSaving,
        Double maxPaybackYears,
        YearRange pilotWindow,
        YearRange scaleWindow,
        Boolean requireLiquidCooling,
        Integer pilotSwitches,
        java.util.List<String> vendors,
        Integer minModules,
        Boolean allowFamilyChange) {

    public static final Policy NONE = new Policy(null, null, null, null, null, null, null, null, null, null, null, null);

    /** A policy that says nothing of a change of family. */
    public Policy(Integer minGpus, Double minLinkGbps, Double minEastWest, Double minSaving, Double maxPaybackYears,
                  YearRange pilotWindow, YearRange scaleWindow, Boolean requireLiquidCooling, Integer pilotSwitches,
                  java.util.List<String> vendors, Integer minModules) {
        this(minGpus, minLinkGbps, minEastWest, minSaving, maxPaybackYears, pilotWindow, scaleWindow, requireLiquidCooling,
                pilotSwitches, vendors, minModules, null);
    }

    public Policy {
        vendors = vendors == null ? null : java.util.List.copyOf(vendors);
    }

    /** A policy that says nothing of pilots' size or vendors. */
    public Policy(Integer minGpus, Double minLinkGbps, Double minEastWest, Double minSaving, Double maxPaybackYears,
                  YearRange pilotWindow, YearRange scaleWindow, Boolean requireLiquidCooling) {
        this(minGpus, minLinkGbps, minEastWest, minSaving, maxPaybackYears, pilotWindow, scaleWindow, requireLiquidCooling,
                null, null, null);
    }

    /** A policy that says nothing of the module count. */
    public Policy(Integer minGpus, Double minLinkGbps, Double minEastWest, Double minSaving, Double maxPaybackYears,
                  YearRange pilotWindow, YearRange scaleWindow, Boolean requireLiquidCooling, Integer pilotSwitches,
                  java.util.List<String> vendors) {
        this(minGpus, minLinkGbps, minEastWest, minSaving, maxPaybackYears, pilotWindow, scaleWindow, requireLiquidCooling,
                pilotSwitches, vendors, null);
    }

    /** This policy's settings where it has them, else {@code under}'s (a later policy over an earlier one). */
    public Policy over(Policy under) {
        if (under == null) return this;
        return new Policy(
                pick(minGpus, under.minGpus),
                pick(minLinkGbps, under.minLinkGbps),
                pick(minEastWest, under.minEastWest),
                pick(minSaving, under.minSaving),
                pick(maxPaybackYears, under.maxPaybackYears),
                pick(pilotWindow, under.pilotWindow),
                pick(scaleWindow, under.scaleWindow),
                pick(requireLiquidCooling, under.requireLiquidCooling),
                pick(pilotSwitches, under.pilotSwitches),
                pick(vendors, under.vendors),
                pick(minModules, under.minModules),
                pick(allowFamilyChange, under.allowFamilyChange));
    }

    private static <T> T pick(T over, T under) {
        return over != null ? over : under;
    }
}
