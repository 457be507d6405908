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
 * @param laser    the catalog id of the external laser source a CPO platform takes ({@code lasers} of them
 *                 a switch), or {@code null}; when named, {@code powerW} and {@code price} exclude those lasers
 * @param partNumber the maker's part number, where known
 * @param family   InfiniBand or Ethernet, or {@code null} where the entry does not say
 * @param vendor   who makes the switch (its ASIC's maker for white boxes), or {@code null}
 * @param rackUnits the switch's height in rack units, or {@code null}
 * @param laneGbps the SerDes lane rate of its ports in Gb/s (100, 200, …), or {@code null} where the entry
 *                 does not say (it then matches any lane, docs/model.md section 5)
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
        String laser,
        String partNumber,
        Family family,
        String vendor,
        Integer rackUnits,
        Double laneGbps,
        String source,
        Map<String, String> sources) implements CatalogEntry {

    public SwitchPlatform {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** A platform that names no laser entry and no part number. */
    public SwitchPlatform(String id, int ports, double portGbps, SwitchOptics optics, Double powerW, Double price,
                          Integer available, Cooling cooling, Double portFit, Double laserPowerW, Double laserFit,
                          Integer lasers, Double repairCost, Boolean fieldReplaceableLasers, String source,
                          Map<String, String> sources) {
        this(id, ports, portGbps, optics, powerW, price, available, cooling, portFit, laserPowerW, laserFit, lasers,
                repairCost, fieldReplaceableLasers, null, null, null, null, null, null, source, sources);
    }

    /** A platform that names no family and no vendor. */
    public SwitchPlatform(String id, int ports, double portGbps, SwitchOptics optics, Double powerW, Double price,
                          Integer available, Cooling cooling, Double portFit, Double laserPowerW, Double laserFit,
                          Integer lasers, Double repairCost, Boolean fieldReplaceableLasers, String laser,
                          String partNumber, String source, Map<String, String> sources) {
        this(id, ports, portGbps, optics, powerW, price, available, cooling, portFit, laserPowerW, laserFit, lasers,
                repairCost, fieldReplaceableLasers, laser, partNumber, null, null, null, null, source, sources);
    }

    /** A platform that gives no height. */
    public SwitchPlatform(String id, int ports, double portGbps, SwitchOptics optics, Double powerW, Double price,
                          Integer available, Cooling cooling, Double portFit, Double laserPowerW, Double laserFit,
                          Integer lasers, Double repairCost, Boolean fieldReplaceableLasers, String laser,
                          String partNumber, Family family, String vendor, String source, Map<String, String> sources) {
        this(id, ports, portGbps, optics, powerW, price, available, cooling, portFit, laserPowerW, laserFit, lasers,
                repairCost, fieldReplaceableLasers, laser, partNumber, family, vendor, null, null, source, sources);
    }

    /** A platform that gives no lane rate. */
    public SwitchPlatform(String id, int ports, double portGbps, SwitchOptics optics, Double powerW, Double price,
                          Integer available, Cooling cooling, Double portFit, Double laserPowerW, Double laserFit,
                          Integer lasers, Double repairCost, Boolean fieldReplaceableLasers, String laser,
                          String partNumber, Family family, String vendor, Integer rackUnits, String source,
                          Map<String, String> sources) {
        this(id, ports, portGbps, optics, powerW, price, available, cooling, portFit, laserPowerW, laserFit, lasers,
                repairCost, fieldReplaceableLasers, laser, partNumber, family, vendor, rackUnits, null, source, sources);
    }

    /** The same platform at another price (a price in another currency, or of another year). */
    public SwitchPlatform withPrice(Double newPrice) {
        return new SwitchPlatform(id, ports, portGbps, optics, powerW, newPrice, available, cooling, portFit, laserPowerW,
                laserFit, lasers, repairCost, fieldReplaceableLasers, laser, partNumber, family, vendor, rackUnits, laneGbps,
                source, sources);
    }

    /** The same platform with another repair cost (a cost in another currency). */
    public SwitchPlatform withRepairCost(Double newRepairCost) {
        return new SwitchPlatform(id, ports, portGbps, optics, powerW, price, available, cooling, portFit, laserPowerW,
                laserFit, lasers, newRepairCost, fieldReplaceableLasers, laser, partNumber, family, vendor, rackUnits, laneGbps,
                source, sources);
    }

    /** The same platform drawing another power (a scenario of a sweep). */
    public SwitchPlatform withPower(Double newPowerW) {
        return new SwitchPlatform(id, ports, portGbps, optics, newPowerW, price, available, cooling, portFit, laserPowerW,
                laserFit, lasers, repairCost, fieldReplaceableLasers, laser, partNumber, family, vendor, rackUnits, laneGbps,
                source, sources);
    }

    /** The same platform with another failure rate per port (a scenario of a sweep). */
    public SwitchPlatform withPortFit(Double newPortFit) {
        return new SwitchPlatform(id, ports, portGbps, optics, powerW, price, available, cooling, newPortFit, laserPowerW,
                laserFit, lasers, repairCost, fieldReplaceableLasers, laser, partNumber, family, vendor, rackUnits, laneGbps,
                source, sources);
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
