package org.cpoadvisor.rules.model;

/**
 * A number the advice rests on, with where it came from: the file (and where in it),
 * the catalog (and that entry's source), or a built-in default (and its source).
 *
 * @param origin {@code file}, {@code catalog} or {@code default}
 * @param source the file place, the catalog source or the default's reason
 */
public record Figure(String name, double value, String unit, String origin, String source) {

    public boolean isAssumption() {
        return source != null && source.toLowerCase(java.util.Locale.ROOT).contains("assumption");
    }
}
