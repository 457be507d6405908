package org.cpoadvisor.dsl.model;

import java.util.Comparator;

/**
 * Names one figure of an architecture that may carry a {@link Range}: an assumption
 * ({@code electricity}, a model figure such as {@code support}), a site's own
 * ({@code site "dal-1" electricity}), or a catalog entry's field ({@code switch spectrum-4-800g price}).
 *
 * @param scope where the figure is written
 * @param owner the site's name or the entry's id; {@code null} for an assumption
 * @param field the figure's keyword
 */
public record FigureRef(Scope scope, String owner, String field) implements Comparable<FigureRef> {

    /** Where a ranged figure is written. */
    public enum Scope {
        ASSUMPTION(null), SITE("site"), SWITCH("switch"), OPTIC("optic"), LASER("laser"), ACCELERATOR("accelerator");

        private final String word;

        Scope(String word) {
            this.word = word;
        }

        /** The keyword of the block ({@code switch}, ...; {@code null} for assumptions). */
        public String word() {
            return word;
        }

        /** The scope of a catalog entry's kind ({@code switch}, {@code optic}, {@code laser}, {@code accelerator}). */
        public static Scope ofKind(String kind) {
            for (Scope s : values()) {
                if (kind.equals(s.word)) return s;
            }
            throw new IllegalArgumentException("not a catalog kind: " + kind);
        }

        public boolean catalog() {
            return this != ASSUMPTION && this != SITE;
        }
    }

    public static FigureRef assumption(String field) {
        return new FigureRef(Scope.ASSUMPTION, null, field);
    }

    public static FigureRef site(String site, String field) {
        return new FigureRef(Scope.SITE, site, field);
    }

    public static FigureRef catalog(String kind, String id, String field) {
        return new FigureRef(Scope.ofKind(kind), id, field);
    }

    /** How reports name it: {@code electricity}, {@code site dal-1 electricity}, {@code switch q3400 price}. */
    public String label() {
        return scope == Scope.ASSUMPTION ? field : scope.word() + " " + owner + " " + field;
    }

    private static final Comparator<FigureRef> ORDER = Comparator.comparing(FigureRef::scope)
            .thenComparing(r -> r.owner() == null ? "" : r.owner())
            .thenComparing(FigureRef::field);

    @Override
    public int compareTo(FigureRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return label();
    }
}
