package org.cpoadvisor.rules.cost;

/**
 * One kind of part in an option's bill of materials.
 *
 * @param category {@code switch}, {@code optic}, {@code cpo-engine-port}, {@code laser} or {@code fibre}
 * @param id       the catalog id (or {@code fibre})
 * @param quantity how many
 * @param unitPrice price of one, in the architecture's currency (0 for engine ports: in the switch price)
 * @param unitPowerW power of one
 * @param fit      failure rate of one
 * @param repairCost what one failure costs to repair
 */
public record Part(String category, String id, String description, long quantity, double unitPrice, double unitPowerW,
                   double fit, double repairCost) {

    public double capex() {
        return quantity * unitPrice;
    }

    public double powerW() {
        return quantity * unitPowerW;
    }

    /** Expected failures per year: parts × FIT × 8760 h / 10^9. */
    public double failuresPerYear() {
        return quantity * fit * 8760 / 1e9;
    }
}
