package org.cpoadvisor.dsl.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The economic assumptions; {@code null} fields fall back to the built-in defaults.
 *
 * @param electricityPrice  energy price per kWh in the architecture's currency
 * @param lifetimeYears     the TCO horizon of one purchase
 * @param discountRate      as a fraction (0.08 for 8 %)
 * @param gpuHourCost       what one idle GPU hour costs, in the architecture's currency
 * @param jobRestartMinutes time a training job loses per interruption
 * @param rates             units of a currency per one unit of the architecture's currency ({@code CNY -> 7.10})
 * @param cpoAdoption       the one-off cost of bringing a CPO platform into a cluster (qualification, spares, training)
 * @param figures           the model figures the file sets ({@link ModelFigure}), by name: shares as fractions,
 *                          money in the architecture's currency
 */
public record Assumptions(
        Double electricityPrice,
        Double pue,
        Double lifetimeYears,
        Double discountRate,
        Double gpuHourCost,
        Double jobRestartMinutes,
        Map<String, Double> rates,
        Integer startYear,
        Double cpoAdoption,
        Map<String, Double> figures) {

    public static final Assumptions NONE = new Assumptions(null, null, null, null, null, null, Map.of(), null, null);

    public Assumptions {
        rates = java.util.Collections.unmodifiableMap(new TreeMap<>(rates));
        figures = java.util.Collections.unmodifiableMap(new TreeMap<>(figures == null ? Map.of() : figures));
    }

    /** Without model figures. */
    public Assumptions(Double electricityPrice, Double pue, Double lifetimeYears, Double discountRate, Double gpuHourCost,
                       Double jobRestartMinutes, Map<String, Double> rates, Integer startYear, Double cpoAdoption) {
        this(electricityPrice, pue, lifetimeYears, discountRate, gpuHourCost, jobRestartMinutes, rates, startYear, cpoAdoption,
                Map.of());
    }

    /** A model figure the file sets, or {@code null}. */
    public Double figure(String name) {
        return figures.get(name);
    }
}
