package org.cpoadvisor.dsl.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A switch platform. For a pluggable platform {@code powerW} excludes the modules;
 * for a CPO platform it includes its optical engines (and lasers, unless the
 * platform lists them apart with {@code laserPowerW} and {@code lasers}).
 *
 * @param portFit  FIT of the optical engine per port used (CPO)
 * @param repairCost cost of an optical-engine failure (CPO)
 */
public record SwitchPlatform(
        String id,
        int ports,
        double portGbps,
        SwitchOptics optics,
        Double powerW,
        Double price,
        Integer available,
        Cooling cooling,
        Double portFit,
        Double laserPowerW,
        Double laserFit,
        Integer lasers,
        Double repairCost,
        Boolean fieldReplaceableLasers,
        String source,
        Map<String, String> sources) implements CatalogEntry {

    public SwitchPlatform {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    @Override
    public String kind() {
        return "switch";
    }

    /** Total switching capacity in Gb/s. */
    public double capacityGbps() {
        return ports * portGbps;
    }
}
