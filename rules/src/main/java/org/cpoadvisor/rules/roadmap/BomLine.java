package org.cpoadvisor.rules.roadmap;

import org.cpoadvisor.rules.cost.Part;

/**
 * One line of a bill of materials. {@code extendedPrice} is {@code quantity × unitPrice}
 * and {@code powerW} is {@code quantity × unitPowerW}.
 *
 * @param place where in the fabric the part goes (see {@link Part#place()})
 */
public record BomLine(String category, String catalogId, String partNumber, String place, String description, long quantity,
                      double unitPrice, double extendedPrice, double unitPowerW, double powerW) {

    public static BomLine of(Part p) {
        return of(p, p.quantity(), p.description());
    }

    /** The line of a part with another quantity (a slice of it) and description. */
    public static BomLine of(Part p, long quantity, String description) {
        return new BomLine(p.category(), p.id(), p.partNumber(), p.place(), description, quantity, p.unitPrice(),
                quantity * p.unitPrice(), p.unitPowerW(), quantity * p.unitPowerW());
    }
}
