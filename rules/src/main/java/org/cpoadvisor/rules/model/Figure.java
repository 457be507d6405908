package org.cpoadvisor.rules.model;

/**
 * A number the advice rests on, with where it came from: the file (and where in it),
 * the catalog (and that entry's source), or a built-in default (and its source).
 *
 * @param origin {@code file}, {@code catalog} or {@code default}
 * @param source the file place, the catalog source or the default's reason
 * @param range  where a default may lie, for sensitivity and sweeps; {@code null}: none given
 */
public record Figure(String name, double value, String unit, String origin, String source,
                     org.cpoadvisor.dsl.model.Range range) {

    /** A figure without a range. */
    public Figure(String name, double value, String unit, String origin, String source) {
        this(name, value, unit, origin, source, null);
    }

    /** The same figure with a range (a default's, docs/model.md section 9). */
    public Figure withRange(double low, double high) {
        return new Figure(name, value, unit, origin, source, new org.cpoadvisor.dsl.model.Range(low, high));
    }

    public boolean isAssumption() {
        return source != null && source.toLowerCase(java.util.Locale.ROOT).contains("assumption");
    }
}
