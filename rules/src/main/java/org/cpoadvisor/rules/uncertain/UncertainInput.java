package org.cpoadvisor.rules.uncertain;

import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Range;

/**
 * One figure the advice rests on that carries a range: the file's, the catalog's or a default's
 * (docs/model.md section 9). Values in model units: money in the architecture's currency (a
 * built-in USD figure converted), power in W, a share as a fraction.
 *
 * @param ref    which figure
 * @param unit   {@code share} (a fraction, shown as a percentage), a currency code, {@code CUR/kWh}, {@code W},
 *               {@code FIT}, {@code min}, or empty for a plain number
 * @param value  the figure's own value (the advice's)
 * @param range  where it may lie and how it is drawn
 * @param origin {@code file}, {@code catalog} or {@code default}
 * @param source where the range comes from
 */
public record UncertainInput(FigureRef ref, String unit, double value, Range range, String origin, String source) {
}
