package org.cpoadvisor.dsl.model;

import java.util.Locale;

/**
 * Where an uncertain figure may lie, and how a sweep draws it (docs/model.md section 9):
 * {@code price 80000 USD range 60000..110000} is a triangular distribution from 60,000 to
 * 110,000 whose most likely value is the figure's own, 80,000; {@code range 0.05..0.14 uniform}
 * draws every value between the ends alike. Figures of one {@code moves-with} group move
 * together: one draw places each of them at the same quantile of its own range.
 *
 * @param low   the low end, in the model's units (a share as a fraction, money in the currency of its figure)
 * @param high  the high end; {@code low < high}
 * @param shape how values between the ends are drawn
 * @param group the {@code moves-with} group, or {@code null}
 */
public record Range(double low, double high, Shape shape, String group) {

    /** How a range is drawn. */
    public enum Shape {
        /** From the low end to the high end, most likely at the figure's own value. */
        TRIANGULAR,
        /** Every value between the ends alike. */
        UNIFORM;

        /** The word of the language ({@code triangular}, {@code uniform}). */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static java.util.Optional<Shape> of(String word) {
            for (Shape s : values()) {
                if (s.word().equals(word)) return java.util.Optional.of(s);
            }
            return java.util.Optional.empty();
        }
    }

    public Range {
        if (shape == null) shape = Shape.TRIANGULAR;
        if (!(low < high)) throw new IllegalArgumentException("a range's low end must be below its high end: " + low + ".." + high);
    }

    public Range(double low, double high) {
        this(low, high, Shape.TRIANGULAR, null);
    }

    /** The same range in other units: both ends times {@code factor} (a currency rate), its shape and group kept. */
    public Range times(double factor) {
        return new Range(low * factor, high * factor, shape, group);
    }

    /** Whether a value lies within the ends. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /**
     * The value at quantile {@code u} (0..1) of this range, for a figure whose own value is {@code mode}:
     * the inverse of the distribution function. A triangular range whose mode lies outside it uses the
     * nearer end as its mode.
     */
    public double quantile(double u, double mode) {
        double p = Math.min(1, Math.max(0, u));
        if (shape == Shape.UNIFORM) return low + p * (high - low);
        double c = Math.min(high, Math.max(low, mode));
        double width = high - low;
        double split = (c - low) / width;
        if (p < split) return low + Math.sqrt(p * width * (c - low));
        return high - Math.sqrt((1 - p) * width * (high - c));
    }
}
