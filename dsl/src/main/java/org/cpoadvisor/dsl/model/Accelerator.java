package org.cpoadvisor.dsl.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A GPU or other accelerator, with its usual scale-out NIC and node size.
 *
 * @param nicLaneGbps the lane rate of that usual NIC's ports in Gb/s (100 for ConnectX-7, 200 for ConnectX-8),
 *                    or {@code null} where the entry does not say
 */
public record Accelerator(
        String id,
        Double nicGbps,
        Integer gpusPerNode,
        Double powerW,
        Double nicLaneGbps,
        String source,
        Map<String, String> sources) implements CatalogEntry {

    public Accelerator {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** An accelerator whose NIC's lane rate is not given. */
    public Accelerator(String id, Double nicGbps, Integer gpusPerNode, Double powerW, String source,
                       Map<String, String> sources) {
        this(id, nicGbps, gpusPerNode, powerW, null, source, sources);
    }

    @Override
    public String kind() {
        return "accelerator";
    }

    /** The same accelerator drawing another power (a scenario of a sweep). */
    public Accelerator withPower(Double newPowerW) {
        return new Accelerator(id, nicGbps, gpusPerNode, newPowerW, nicLaneGbps, source, sources);
    }
}
