package org.cpoadvisor.rules.cost;

/** The options evaluated for every cluster (docs/model.md section 1). */
public enum OptionKind {
    /** Today's platform on every tier, today's optics. */
    BASELINE("baseline"),
    /**
     * Every tier on the best pluggable platform of the cluster's family on sale in the purchase year, where one
     * costs less than today's: what buying pluggables again would cost, the reference a CPO option is judged
     * against, so that a newer or larger switch's saving is not credited to co-packaged optics.
     */
    REFRESH("refresh"),
    /** Today's platform on every tier, linear-drive pluggables (LPO) wherever the catalog offers them. */
    LPO("lpo"),
    /** Leaves as today; spine (and aggregation and core) on the best CPO platform. */
    CPO_SPINE("cpo-spine"),
    /** Every switch tier on the best CPO platform. */
    CPO_ALL("cpo-all"),
    /**
     * Every tier on the best CPO platform of the other family (InfiniBand for Ethernet or the reverse), priced only
     * where the policy allows a change of family: a separate comparison, never CPO's saving (docs/model.md section 5).
     */
    FAMILY_CHANGE("family-change");

    private final String word;

    OptionKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
