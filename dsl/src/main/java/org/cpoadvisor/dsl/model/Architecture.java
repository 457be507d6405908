package org.cpoadvisor.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole architecture: the root file merged with its imports, units resolved
 * (bandwidth in Gb/s, power in W, money in {@link #currency()}, shares as fractions).
 *
 * @param horizon  the planning horizon, or {@code null} when not given
 * @param currency ISO 4217 code of every amount in the model
 * @param catalog  the file's own catalog entries (extending or replacing the built-in ones)
 */
public record Architecture(
        String name,
        YearRange horizon,
        String currency,
        Assumptions assumptions,
        Policy policy,
        List<CatalogEntry> catalog,
        List<Site> sites) {

    public static final String DEFAULT_CURRENCY = "USD";

    public Architecture {
        catalog = List.copyOf(catalog);
        sites = List.copyOf(sites);
    }

    public Optional<Site> site(String siteName) {
        return sites.stream().filter(s -> s.name().equals(siteName)).findFirst();
    }

    /** The cluster at {@code site.cluster}, if any. */
    public Optional<Cluster> cluster(String siteName, String clusterName) {
        return site(siteName).flatMap(s -> s.clusters().stream()
                .filter(c -> c.name().equals(clusterName)).findFirst());
    }
}
