package org.cpoadvisor.advisor.advice;

import java.util.Locale;

/**
 * The stages of a site's roadmap, in the order they come (docs/model.md section 6).
 * {@link #toString()} is the report word ({@code all-optical}, …).
 */
public enum StageKind {
    /** Measure and plan: no CPO hardware yet. */
    ASSESS,
    /** Put a prerequisite in place (liquid cooling) before CPO arrives. */
    PREPARE,
    /** A few CPO switches in production. */
    PILOT,
    /** CPO for the rest of the fabric the verdict covers. */
    SCALE,
    /** Every tier optical, the leaf too. */
    ALL_OPTICAL;

    /** The lower-case word of reports and the JSON schema. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return word();
    }
}
