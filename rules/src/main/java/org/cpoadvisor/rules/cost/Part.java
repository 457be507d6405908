package org.cpoadvisor.rules.cost;

/**
 * One line of an option's parts: what is bought (or, for engine ports, what fails) at one place
 * of the fabric. The parts of an option are its bill of materials (docs/model.md, "Bill of
 * materials"), less the engine ports, which are counted for their failures but bought with the switch.
 *
 * @param category   {@code switch}, {@code optic}, {@code optic-spare}, {@code laser}, {@code laser-spare}, {@code fibre},
 *                   {@code service} or {@code cpo-engine-port}
 * @param id         the catalog id ({@code fibre}, {@code cpo-adoption}, {@code ID/port} for engine ports)
 * @param partNumber the maker's part number from the catalog, or {@code null}
 * @param place      where in the fabric: a tier ({@code leaf}, {@code spine}, {@code aggregation}, {@code core}),
 *                   {@code nic}, a tier boundary for fibre ({@code gpu-leaf}, …) or {@code cluster}
 * @param quantity   how many
 * @param unitPrice  price of one, in the architecture's currency (0 for engine ports: in the switch price)
 * @param unitPowerW power of one
 * @param fit        failure rate of one
 * @param repairCost what one failure costs to repair
 */
public record Part(String category, String id, String partNumber, String place, String description, long quantity,
                   double unitPrice, double unitPowerW, double fit, double repairCost) {

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

    /** Whether the part is a line of the bill of materials (engine ports come with their switch). */
    public boolean billed() {
        return !category.equals("cpo-engine-port");
    }

    Part plus(long more) {
        return new Part(category, id, partNumber, place, description, quantity + more, unitPrice, unitPowerW, fit, repairCost);
    }
}
