package org.cpoadvisor.rules.uncertain;

import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.SwitchPlatform;

/**
 * The catalog fields that may carry a range, read and replaced by their keyword: switch
 * {@code power}, {@code price}, {@code port-fit}, {@code repair}; optic and laser {@code power},
 * {@code price}, {@code fit}; accelerator {@code power}.
 */
final class CatalogFigures {

    private CatalogFigures() {
    }

    /** The entry's value of a field, or {@code null} when it gives none (or the field takes no range). */
    static Double value(CatalogEntry e, String field) {
        if (e instanceof SwitchPlatform s) {
            return switch (field) {
                case "power" -> s.powerW();
                case "price" -> s.price();
                case "port-fit" -> s.portFit();
                case "repair" -> s.repairCost();
                default -> null;
            };
        }
        if (e instanceof OpticModule o) {
            return switch (field) {
                case "power" -> o.powerW();
                case "price" -> o.price();
                case "fit" -> o.fit();
                default -> null;
            };
        }
        if (e instanceof LaserSource l) {
            return switch (field) {
                case "power" -> l.powerW();
                case "price" -> l.price();
                case "fit" -> l.fit();
                default -> null;
            };
        }
        if (e instanceof Accelerator a) {
            return "power".equals(field) ? a.powerW() : null;
        }
        return null;
    }

    /** The entry with one field's value replaced. */
    static CatalogEntry with(CatalogEntry e, String field, double v) {
        if (e instanceof SwitchPlatform s) {
            return switch (field) {
                case "power" -> s.withPower(v);
                case "price" -> s.withPrice(v);
                case "port-fit" -> s.withPortFit(v);
                case "repair" -> s.withRepairCost(v);
                default -> throw new IllegalArgumentException("switch field takes no range: " + field);
            };
        }
        if (e instanceof OpticModule o) {
            return switch (field) {
                case "power" -> o.withPower(v);
                case "price" -> o.withPrice(v);
                case "fit" -> o.withFit(v);
                default -> throw new IllegalArgumentException("optic field takes no range: " + field);
            };
        }
        if (e instanceof LaserSource l) {
            return switch (field) {
                case "power" -> l.withPower(v);
                case "price" -> l.withPrice(v);
                case "fit" -> l.withFit(v);
                default -> throw new IllegalArgumentException("laser field takes no range: " + field);
            };
        }
        if (e instanceof Accelerator a && "power".equals(field)) return a.withPower(v);
        throw new IllegalArgumentException(e.kind() + " field takes no range: " + field);
    }

    /** The unit reports write a field's value in. */
    static String unit(String field, String currency) {
        return switch (field) {
            case "power" -> "W";
            case "price", "repair" -> currency;
            case "fit", "port-fit" -> "FIT";
            default -> "";
        };
    }
}
