package org.cpoadvisor.rules.roadmap;

import org.cpoadvisor.rules.cost.Part;

/**
 * One line of a bill of materials. {@code extendedPrice} is {@code quantity × unitPrice}
 * and {@code powerW} is {@code quantity × unitPowerW}.
 *
 * @param place   where in the fabric the part goes (see {@link Part#place()})
 * @param cluster the cluster a roadmap stage buys the line for ({@code site.cluster}), or {@code null} in an option's bill
 * @param option  the option the stage's line is a slice of, or {@code null} in an option's bill
 */
public record BomLine(String category, String catalogId, String partNumber, String place, String description, long quantity,
                      double unitPrice, double extendedPrice, double unitPowerW, double powerW, String cluster,
                      String option) {

    public static BomLine of(Part p) {
        return of(p, p.quantity(), p.description());
    }

    /** The line of a part with another quantity (a slice of it) and description. */
    public static BomLine of(Part p, long quantity, String description) {
        return new BomLine(p.category(), p.id(), p.partNumber(), p.place(), description, quantity, p.unitPrice(),
                quantity * p.unitPrice(), p.unitPowerW(), quantity * p.unitPowerW(), null, null);
    }

    /** The same line, bought by a roadmap stage for a cluster, as a slice of an option. */
    public BomLine forStage(String clusterPath, String optionWord) {
        return new BomLine(category, catalogId, partNumber, place, description, quantity, unitPrice, extendedPrice,
                unitPowerW, powerW, clusterPath, optionWord);
    }
}
