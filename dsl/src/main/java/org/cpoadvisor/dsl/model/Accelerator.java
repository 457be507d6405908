package org.cpoadvisor.dsl.model;

import java.util.Map;
import java.util.TreeMap;

/** A GPU or other accelerator, with its usual scale-out NIC and node size. */
public record Accelerator(
        String id,
        Double nicGbps,
        Integer gpusPerNode,
        Double powerW,
        String source,
        Map<String, String> sources) implements CatalogEntry {

    public Accelerator {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    @Override
    public String kind() {
        return "accelerator";
    }
}
