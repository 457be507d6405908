package org.cpoadvisor.advisor.advice;

/**
 * One figure the advice rests on that carries a range (docs/model.md section 9): written with one
 * in the file ({@code electricity 0.08 USD/kWh range 0.05..0.14}), given one by the catalog, or a
 * default with its range. Values are in the units of reports: money in the architecture's currency,
 * power in W, a share as a fraction.
 *
 * @param figure how reports name it: {@code electricity}, {@code site dal-1 pue}, {@code switch q3400 price}
 * @param unit   its unit: {@code share} (a fraction, shown as a percentage), a currency ({@code USD}), {@code USD/kWh}, {@code W},
 *               {@code FIT}, {@code min}, or empty for a plain number
 * @param value  the value the advice takes (the figure's own)
 * @param low    the low end of its range
 * @param high   the high end
 * @param shape  {@code triangular} (most likely at the value) or {@code uniform}
 * @param group  the {@code moves-with} group whose figures move together, or {@code null}
 * @param origin {@code file}, {@code catalog} or {@code default}
 * @param source where the range comes from (the file place, the catalog's source, the default's)
 */
public record UncertainFigure(String figure, String unit, double value, double low, double high, String shape, String group,
                              String origin, String source) {
}
