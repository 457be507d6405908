package org.cpoadvisor.dsl.model;

/**
 * The thresholds the rules judge by; {@code null} fields fall back to the built-in policy.
 *
 * @param minLinkGbps  slowest link speed at which CPO is considered, Gb/s
 * @param minEastWest  as a fraction
 * @param minSaving    TCO advantage needed for adoption, as a fraction
 */
public record Policy(
        Integer minGpus,
        Double minLinkGbps,
        Double minEastWest,
        Double minSaving,
        Double maxPaybackYears,
        YearRange pilotWindow,
        YearRange scaleWindow,
        Boolean requireLiquidCooling) {

    public static final Policy NONE = new Policy(null, null, null, null, null, null, null, null);
}
