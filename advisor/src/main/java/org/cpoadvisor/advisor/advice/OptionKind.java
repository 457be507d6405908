package org.cpoadvisor.advisor.advice;

import java.util.Locale;

/**
 * The options priced for every cluster (docs/model.md section 1), as
 * {@link Advice.OptionFigures#option()} names them. {@link #toString()} is that word.
 */
public enum OptionKind {
    /** Today's platform on every tier, today's optics. */
    BASELINE,
    /** Every tier on the best pluggable platform on sale in the purchase year. */
    REFRESH,
    /** Today's platform, linear-drive pluggables. */
    LPO,
    /** Leaves as today, the upper tiers on the best CPO platform. */
    CPO_SPINE,
    /** Every tier on the best CPO platform. */
    CPO_ALL,
    /** Every tier on the best CPO platform of the other family, a separate comparison. */
    FAMILY_CHANGE;

    /** The word of reports and the JSON schema ({@code cpo-spine}, …). */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The option of a word, or {@code null} for a word that names none. */
    public static OptionKind of(String word) {
        for (OptionKind k : values()) {
            if (k.word().equals(word)) return k;
        }
        return null;
    }

    @Override
    public String toString() {
        return word();
    }
}
