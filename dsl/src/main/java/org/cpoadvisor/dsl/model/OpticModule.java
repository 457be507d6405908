package org.cpoadvisor.dsl.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A pluggable optics module (or active optical cable end).
 *
 * @param partNumber the maker's part number, where known
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
        String source,
        Map<String, String> sources) implements CatalogEntry {

    public OpticModule {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** A module with no part number. */
    public OpticModule(String id, double speedGbps, ModuleKind moduleKind, Double powerW, Double price, Double fit,
                       Integer available, String source, Map<String, String> sources) {
        this(id, speedGbps, moduleKind, powerW, price, fit, available, null, source, sources);
    }

    /** The same module at another price (in another currency). */
    public OpticModule withPrice(Double newPrice) {
        return new OpticModule(id, speedGbps, moduleKind, powerW, newPrice, fit, available, partNumber, source, sources);
    }

    @Override
    public String kind() {
        return "optic";
    }
}
