package org.cpoadvisor.rules.sizing;

/** The switch tiers of a fat tree, bottom up. In two tiers the upper one is the spine. */
public enum TierName {
    LEAF, SPINE, AGGREGATION, CORE;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the tier sits above the leaf (what "cpo-spine" puts on CPO). */
    public boolean upper() {
        return this != LEAF;
    }
}
