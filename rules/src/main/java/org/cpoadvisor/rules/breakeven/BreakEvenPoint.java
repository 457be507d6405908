package org.cpoadvisor.rules.breakeven;

/**
 * Where a CPO option's saving reaches the policy's {@code min-saving}.
 *
 * @param quantity {@code gpus}, {@code electricity} or {@code year}
 * @param status   {@code found} (the crossing, within the range), {@code always} (already at the
 *                 low end of the range), {@code until} (reached up to the value, not above it) or
 *                 {@code none} (not in the range)
 * @param value    the point, or the low end for {@code always}; {@code null} for {@code none}
 * @param low      the range searched
 * @param high     the range searched
 */
public record BreakEvenPoint(String option, String quantity, String status, Double value, double low, double high) {
}
