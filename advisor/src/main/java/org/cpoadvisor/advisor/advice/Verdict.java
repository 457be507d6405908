package org.cpoadvisor.advisor.advice;

import java.util.Locale;

/**
 * What the advice says of CPO for one cluster (docs/model.md section 5), from the
 * strongest to the weakest. {@link #toString()} is the report word ({@code adopt}, …).
 */
public enum Verdict {
    /** CPO pays off now, past every threshold: buy it. */
    ADOPT,
    /** CPO pays off: pilot it on a few switches first. */
    PILOT,
    /** CPO pays off once a prerequisite (liquid cooling) is in place. */
    PREPARE,
    /** CPO does not pay off yet, or misses a threshold. */
    WAIT;

    /** The lower-case word of reports and the JSON schema. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether CPO is advised: now or once a prerequisite is in place. */
    public boolean positive() {
        return this != WAIT;
    }

    @Override
    public String toString() {
        return word();
    }
}
