package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.model.ModelFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Values for the model figures of {@link ModelFigure#ALL}, made from each row (its kind and
 * range), never from a list of names: the tests that use them cover a row added later too.
 */
public final class Figures {

    private Figures() {
    }

    public static List<ModelFigure> ofKind(ModelFigure.Kind kind) {
        return ModelFigure.ALL.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The number of the row's example: {@code 10} of {@code 10 %}. */
    public static BigDecimal exampleNumber(ModelFigure f) {
        return new BigDecimal(f.example().split(" ")[0].replace("%", "").replace("_", ""));
    }

    /** What the example means in the model, in a USD file: a share as a fraction, money in USD. */
    public static double exampleValue(ModelFigure f) {
        BigDecimal n = exampleNumber(f);
        return f.kind() == ModelFigure.Kind.SHARE ? n.movePointLeft(2).doubleValue() : n.doubleValue();
    }

    /**
     * The number written for the {@code k}-th of four points across the row's range (k in 1..3):
     * distinct for each k and inside the range. A share in percent with one decimal, a year
     * whole, money and plain numbers with two decimals.
     */
    public static BigDecimal number(ModelFigure f, int k) {
        BigDecimal min = BigDecimal.valueOf(f.min());
        BigDecimal point = BigDecimal.valueOf(f.max()).subtract(min).multiply(BigDecimal.valueOf(k))
                .divide(BigDecimal.valueOf(4), 12, RoundingMode.HALF_UP).add(min);
        return switch (f.kind()) {
            case SHARE -> point.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
            case YEAR -> point.setScale(0, RoundingMode.HALF_UP);
            default -> point.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        };
    }

    /** The {@code k}-th value as written in a file of {@code currency}: {@code 22.5 %}, {@code 250000 USD}, {@code 2018}. */
    public static String written(ModelFigure f, int k, String currency) {
        String n = number(f, k).toPlainString();
        return switch (f.kind()) {
            case SHARE -> n + " %";
            case MONEY -> n + " " + currency;
            default -> n;
        };
    }

    /** The {@code k}-th value as the model holds it. */
    public static double value(ModelFigure f, int k) {
        BigDecimal n = number(f, k);
        return f.kind() == ModelFigure.Kind.SHARE ? n.movePointLeft(2).doubleValue() : n.doubleValue();
    }

    /** A unit the figure does not take, for a wrong-unit case: a share in money, anything else in %. */
    public static String wrongUnit(ModelFigure f) {
        return f.kind() == ModelFigure.Kind.SHARE ? "USD" : "%";
    }

    /** A number past the row's maximum, as written (with the unit its kind takes). */
    public static String aboveRange(ModelFigure f, String currency) {
        BigDecimal max = BigDecimal.valueOf(f.max());
        return switch (f.kind()) {
            case SHARE -> max.movePointRight(2).add(BigDecimal.valueOf(5)).stripTrailingZeros().toPlainString() + " %";
            case MONEY -> max.multiply(BigDecimal.TEN).stripTrailingZeros().toPlainString() + " " + currency;
            case YEAR -> max.add(BigDecimal.ONE).setScale(0, RoundingMode.FLOOR).toPlainString();
            case NUMBER -> max.add(BigDecimal.ONE).stripTrailingZeros().toPlainString();
        };
    }
}
