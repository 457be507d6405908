package org.cpoadvisor.rules.roadmap;

/**
 * One line of a bill of materials. {@code extendedPrice} is {@code quantity × unitPrice}
 * and {@code powerW} is {@code quantity × } the part's power.
 */
public record BomLine(String category, String catalogId, String description, long quantity, double unitPrice,
                      double extendedPrice, double powerW) {

    public static BomLine of(String category, String catalogId, String description, long quantity, double unitPrice,
                             double unitPowerW) {
        return new BomLine(category, catalogId, description, quantity, unitPrice, quantity * unitPrice, quantity * unitPowerW);
    }
}
