package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.ModelFigure;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a figure with a range can be (CPO204 on a range's ends): a sweep draws anywhere between the
 * ends, so both must be values the figure could take.
 */
final class RangeBounds {

    private RangeBounds() {
    }

    /** An end beyond the figure's limits: the message, the hint, and whether it is the low end. */
    record Beyond(String message, String hint, boolean low) {
    }

    /**
     * What a ranged figure can be, in model units: a model figure its own limits ({@link ModelFigure}), a PUE 1 to 3
     * as its value, a share ({@code %}) 0 to 100 %, anything else (money, power, failure rates, minutes) not below 0.
     */
    static double[] bounds(FigureRef ref, String unitText) {
        if (ref.scope() == FigureRef.Scope.ASSUMPTION) {
            Optional<ModelFigure> f = ModelFigure.named(ref.field());
            if (f.isPresent()) return new double[] {f.get().min(), f.get().max()};
        }
        if (ref.field().equals("pue")) return new double[] {1.0, 3.0};
        if ("%".equals(unitText)) return new double[] {0, 1};
        return new double[] {0, Double.POSITIVE_INFINITY};
    }

    /** The end that lies beyond the figure's limits, or {@code null} when both are within. */
    static Beyond beyond(FigureRef ref, String unitText, double low, double high) {
        double[] b = bounds(ref, unitText);
        if (low >= b[0] && high <= b[1]) return null;
        boolean under = low < b[0];
        String property = ref.field();
        return new Beyond("the range of `" + property + "` reaches " + (under ? "below " : "above ")
                + text(under ? b[0] : b[1], unitText) + ", which `" + property + "` cannot " + (under ? "go below" : "exceed"),
                "keep both ends within what the figure can be: " + text(b[0], unitText) + " to "
                        + (Double.isInfinite(b[1]) ? "any amount" : text(b[1], unitText)), under);
    }

    private static String text(double v, String unitText) {
        if ("%".equals(unitText)) return ValueReader.percent(BigDecimal.valueOf(v));
        return ValueReader.plainNumber(v);
    }
}
