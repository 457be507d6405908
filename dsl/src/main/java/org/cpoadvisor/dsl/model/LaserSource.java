package org.cpoadvisor.dsl.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * An external laser source: the field-replaceable module that feeds a CPO switch's optical
 * engines with light (an ELSFP in OIF's terms). A switch names it with {@code laser ID} and
 * takes {@code lasers N} of them.
 *
 * @param powerW     power of one module
 * @param price      price of one module
 * @param fit        failures per 10^9 hours of one module
 * @param partNumber the maker's part number, where known
 */
public record LaserSource(
        String id,
        Double powerW,
        Double price,
        Double fit,
        Integer available,
        String partNumber,
        String source,
        Map<String, String> sources) implements CatalogEntry {

    public LaserSource {
        sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    @Override
    public String kind() {
        return "laser";
    }

    /** The same laser source drawing another power (a scenario of a sweep). */
    public LaserSource withPower(Double newPowerW) {
        return new LaserSource(id, newPowerW, price, fit, available, partNumber, source, sources);
    }

    /** The same laser source with another failure rate (a scenario of a sweep). */
    public LaserSource withFit(Double newFit) {
        return new LaserSource(id, powerW, price, newFit, available, partNumber, source, sources);
    }

    /** The same laser source at another price (in another currency). */
    public LaserSource withPrice(Double newPrice) {
        return new LaserSource(id, powerW, newPrice, fit, available, partNumber, source, sources);
    }
}
