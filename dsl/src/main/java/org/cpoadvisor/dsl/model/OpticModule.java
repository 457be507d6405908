package org.cpoadvisor.dsl.model;

import java.util.Map;
import java.util.TreeMap;

/** A pluggable optics module (or active optical cable end). */
public record OpticModule(
        String id,
        double speedGbps,
        ModuleKind moduleKind,
        Double powerW,
        Double price,
        Double fit,
        Integer available,
        String source,
        Map<String, String> sources) implements CatalogEntry {

    public OpticModule {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    @Override
    public String kind() {
        return "optic";
    }
}
