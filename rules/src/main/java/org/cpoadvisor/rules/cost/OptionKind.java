package org.cpoadvisor.rules.cost;

/** The options evaluated for every cluster (docs/model.md section 1). */
public enum OptionKind {
    /** Today's platform on every tier, today's optics. */
    BASELINE("baseline"),
    /** Today's platform on every tier, linear-drive pluggables (LPO) wherever the catalog offers them. */
    LPO("lpo"),
    /** Leaves as today; spine (and aggregation and core) on the best CPO platform. */
    CPO_SPINE("cpo-spine"),
    /** Every switch tier on the best CPO platform. */
    CPO_ALL("cpo-all");

    private final String word;

    OptionKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
