package org.cpoadvisor.rules.sizing;

import java.util.List;

/**
 * The fabric of one cluster under one option.
 *
 * @param planes         parallel planes; every count below except the radixes and the leaf split is over all of them
 * @param endpointGbps   e = min(s / planes, leaf port speed)
 * @param endpointsPerGpu m = (s / planes) / e, in each plane
 * @param endpoints      E = N · m · planes
 * @param leafRadix      k of the leaf at speed e
 * @param upperRadix     k of the tiers above
 * @param down           leaf ports facing GPUs
 * @param up             leaf ports facing the next tier
 * @param tiers          tiers used
 * @param tiersNeeded    the fewest tiers that fit (4 when three do not)
 * @param tooFewTiers    the file fixes fewer tiers than needed
 * @param switches       the tiers, bottom up (named for what they hold: switches and more)
 * @param misfit         why the fabric cannot be built, or {@code null}
 */
public record Sizing(int gpus, double nicGbps, int planes, double endpointGbps, int endpointsPerGpu, long endpoints,
                     long leafRadix, long upperRadix, long down, long up, int tiers, int tiersNeeded, boolean tooFewTiers,
                     List<TierCount> switches, List<Boundary> boundaries, long nicModules, String misfit) {

    static Sizing misfit(int gpus, double nicGbps, int planes, double e, String why) {
        return new Sizing(gpus, nicGbps, planes, e, 0, 0, 0, 0, 0, 0, 0, 0, false, List.of(), List.of(), 0, why);
    }

    public boolean fits() {
        return misfit == null;
    }

    public long totalSwitches() {
        return switches.stream().mapToLong(TierCount::switches).sum();
    }

    /** Every pluggable module: the NICs' and the switch ends'. */
    public long totalModules() {
        return nicModules + boundaries.stream().mapToLong(Boundary::modules).sum();
    }

    public long switchModules() {
        return boundaries.stream().mapToLong(Boundary::modules).sum();
    }

    public long enginePorts() {
        return boundaries.stream().mapToLong(Boundary::enginePorts).sum();
    }

    public long links() {
        return boundaries.stream().mapToLong(Boundary::links).sum();
    }

    /** The tier of a name, if the fabric has it. */
    public java.util.Optional<TierCount> tier(TierName tier) {
        return switches.stream().filter(t -> t.tier() == tier).findFirst();
    }

    public long switchesIn(TierName tier) {
        return switches.stream().filter(t -> t.tier() == tier).mapToLong(TierCount::switches).sum();
    }
}
