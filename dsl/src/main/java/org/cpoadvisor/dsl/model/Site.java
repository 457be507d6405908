package org.cpoadvisor.dsl.model;

import java.util.List;

/**
 * A data-center site. Prices are in the architecture's currency; power in watts.
 *
 * @param electricityPrice energy price per kWh, overriding the assumption, or {@code null}
 * @param pue              power usage effectiveness, overriding the assumption, or {@code null}
 * @param powerCapW        the site's power cap in W, or {@code null}
 */
public record Site(
        String name,
        String region,
        Double electricityPrice,
        Double pue,
        Cooling cooling,
        Double powerCapW,
        Staff staff,
        List<Cluster> clusters) {

    public Site {
        clusters = List.copyOf(clusters);
    }
}
