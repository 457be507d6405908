package org.cpoadvisor.advisor.advice;

import java.util.Locale;

/**
 * What a break-even search varies (docs/model.md section 4). {@link #toString()} is the
 * report word ({@code gpus}, …).
 */
public enum BreakEvenQuantity {
    /** The cluster's GPU count. */
    GPUS,
    /** The price of electricity, per kWh. */
    ELECTRICITY,
    /** The purchase year. */
    YEAR;

    /** The lower-case word of reports and the JSON schema. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The quantity of its word. */
    public static BreakEvenQuantity of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return word();
    }
}
