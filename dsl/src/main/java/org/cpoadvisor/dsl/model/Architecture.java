package org.cpoadvisor.dsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole architecture: the root file merged with its imports, units resolved
 * (bandwidth in Gb/s, power in W, money in {@link #currency()}, shares as fractions).
 *
 * @param horizon  the planning horizon, or {@code null} when not given
 * @param currency ISO 4217 code of every amount in the model
 * @param catalog  the file's own catalog entries (extending or replacing the built-in ones)
 * @param ranges   the ranges the file gives its figures ({@code ... range 60000..110000}), in file order
 */
public record Architecture(
        String name,
        YearRange horizon,
        String currency,
        Assumptions assumptions,
        Policy policy,
        List<CatalogEntry> catalog,
        List<Site> sites,
        Map<FigureRef, Range> ranges) {

    public static final String DEFAULT_CURRENCY = "USD";

    public Architecture {
        catalog = List.copyOf(catalog);
        sites = List.copyOf(sites);
        ranges = ranges == null || ranges.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ranges));
    }

    /** Without ranges: every figure as certain as it is written. */
    public Architecture(String name, YearRange horizon, String currency, Assumptions assumptions, Policy policy,
                        List<CatalogEntry> catalog, List<Site> sites) {
        this(name, horizon, currency, assumptions, policy, catalog, sites, Map.of());
    }

    public Architecture withAssumptions(Assumptions a) {
        return new Architecture(name, horizon, currency, a, policy, catalog, sites, ranges);
    }

    public Architecture withPolicy(Policy p) {
        return new Architecture(name, horizon, currency, assumptions, p, catalog, sites, ranges);
    }

    public Architecture withCatalog(List<CatalogEntry> entries) {
        return new Architecture(name, horizon, currency, assumptions, policy, entries, sites, ranges);
    }

    public Architecture withSites(List<Site> s) {
        return new Architecture(name, horizon, currency, assumptions, policy, catalog, s, ranges);
    }

    public Architecture withRanges(Map<FigureRef, Range> r) {
        return new Architecture(name, horizon, currency, assumptions, policy, catalog, sites, r);
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
