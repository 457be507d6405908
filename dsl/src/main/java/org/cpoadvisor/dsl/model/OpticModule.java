package org.cpoadvisor.dsl.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A pluggable optics module (or active optical cable end).
 *
 * @param partNumber the maker's part number, where known
 * @param laneGbps   the rate of one optical lane in Gb/s (100 for 8 x 100G PAM4, 200 for 4 x 200G), or {@code null}
 * @param iface      its optical interface (DR4, twin-port DR4, …), or {@code null}
 */
public record OpticModule(
        String id,
        double speedGbps,
        ModuleKind moduleKind,
        Double powerW,
        Double price,
        Double fit,
        Integer available,
        String partNumber,
        Double laneGbps,
        OpticInterface iface,
        String source,
        Map<String, String> sources) implements CatalogEntry {

    public OpticModule {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** A module with no part number. */
    public OpticModule(String id, double speedGbps, ModuleKind moduleKind, Double powerW, Double price, Double fit,
                       Integer available, String source, Map<String, String> sources) {
        this(id, speedGbps, moduleKind, powerW, price, fit, available, null, null, null, source, sources);
    }

    /** A module that gives no lane rate and no interface. */
    public OpticModule(String id, double speedGbps, ModuleKind moduleKind, Double powerW, Double price, Double fit,
                       Integer available, String partNumber, String source, Map<String, String> sources) {
        this(id, speedGbps, moduleKind, powerW, price, fit, available, partNumber, null, null, source, sources);
    }

    /** The same module drawing another power (a scenario of a sweep). */
    public OpticModule withPower(Double newPowerW) {
        return new OpticModule(id, speedGbps, moduleKind, newPowerW, price, fit, available, partNumber, laneGbps, iface,
                source, sources);
    }

    /** The same module with another failure rate (a scenario of a sweep). */
    public OpticModule withFit(Double newFit) {
        return new OpticModule(id, speedGbps, moduleKind, powerW, price, newFit, available, partNumber, laneGbps, iface,
                source, sources);
    }

    /** The same module at another price (in another currency). */
    public OpticModule withPrice(Double newPrice) {
        return new OpticModule(id, speedGbps, moduleKind, powerW, newPrice, fit, available, partNumber, laneGbps, iface,
                source, sources);
    }

    @Override
    public String kind() {
        return "optic";
    }
}
