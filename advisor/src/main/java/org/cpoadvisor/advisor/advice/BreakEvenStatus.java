package org.cpoadvisor.advisor.advice;

import java.util.Locale;

/**
 * How a break-even search ended (docs/model.md section 4). {@link #toString()} is the
 * report word ({@code found}, …).
 */
public enum BreakEvenStatus {
    /** The saving reaches min-saving at the value found. */
    FOUND,
    /** The saving reaches min-saving already at the low end of the range. */
    ALWAYS,
    /** The saving reaches min-saving up to the value found, not above it. */
    UNTIL,
    /** The saving does not reach min-saving anywhere in the range. */
    NONE;

    /** The lower-case word of reports and the JSON schema. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of its word. */
    public static BreakEvenStatus of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return word();
    }
}
