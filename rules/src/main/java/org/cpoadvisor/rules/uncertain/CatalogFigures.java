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
                case "power" -> new SwitchPlatform(s.id(), s.ports(), s.portGbps(), s.optics(), v, s.price(), s.available(),
                        s.cooling(), s.portFit(), s.laserPowerW(), s.laserFit(), s.lasers(), s.repairCost(),
                        s.fieldReplaceableLasers(), s.laser(), s.partNumber(), s.family(), s.vendor(), s.rackUnits(),
                        s.laneGbps(), s.source(), s.sources());
                case "price" -> s.withPrice(v);
                case "port-fit" -> new SwitchPlatform(s.id(), s.ports(), s.portGbps(), s.optics(), s.powerW(), s.price(),
                        s.available(), s.cooling(), v, s.laserPowerW(), s.laserFit(), s.lasers(), s.repairCost(),
                        s.fieldReplaceableLasers(), s.laser(), s.partNumber(), s.family(), s.vendor(), s.rackUnits(),
                        s.laneGbps(), s.source(), s.sources());
                case "repair" -> s.withRepairCost(v);
                default -> throw new IllegalArgumentException("switch field takes no range: " + field);
            };
        }
        if (e instanceof OpticModule o) {
            return switch (field) {
                case "power" -> new OpticModule(o.id(), o.speedGbps(), o.moduleKind(), v, o.price(), o.fit(), o.available(),
                        o.partNumber(), o.laneGbps(), o.iface(), o.source(), o.sources());
                case "price" -> o.withPrice(v);
                case "fit" -> new OpticModule(o.id(), o.speedGbps(), o.moduleKind(), o.powerW(), o.price(), v, o.available(),
                        o.partNumber(), o.laneGbps(), o.iface(), o.source(), o.sources());
                default -> throw new IllegalArgumentException("optic field takes no range: " + field);
            };
        }
        if (e instanceof LaserSource l) {
            return switch (field) {
                case "power" -> new LaserSource(l.id(), v, l.price(), l.fit(), l.available(), l.partNumber(), l.source(), l.sources());
                case "price" -> l.withPrice(v);
                case "fit" -> new LaserSource(l.id(), l.powerW(), l.price(), v, l.available(), l.partNumber(), l.source(), l.sources());
                default -> throw new IllegalArgumentException("laser field takes no range: " + field);
            };
        }
        if (e instanceof Accelerator a && "power".equals(field)) {
            return new Accelerator(a.id(), a.nicGbps(), a.gpusPerNode(), v, a.nicLaneGbps(), a.source(), a.sources());
        }
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
