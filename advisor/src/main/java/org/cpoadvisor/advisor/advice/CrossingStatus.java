package org.cpoadvisor.advisor.advice;

import java.util.Locale;

/**
 * How an option's cumulative cost meets the baseline's within the lifetime
 * ({@link Advice.Crossing}). {@link #toString()} is the report word ({@code break-even}, …).
 */
public enum CrossingStatus {
    /** Dearer up front, cheaper from the crossing's year on. */
    BREAK_EVEN,
    /** Cheaper from year 0 to the end of the lifetime. */
    FROM_START,
    /** Cheaper at first, dearer from the crossing's year: a lower capex that its running costs overtake. */
    UNTIL,
    /** Never cheaper within the lifetime. */
    NEVER;

    /** The lower-case word of reports and the JSON schema. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return word();
    }
}
