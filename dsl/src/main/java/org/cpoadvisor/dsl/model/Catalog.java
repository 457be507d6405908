package org.cpoadvisor.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A hardware catalog: entries by kind and id. The built-in catalog and a file's
 * {@code catalog} block are both catalogs; {@link #with(List)} lays the file's
 * entries over the built-in ones.
 */
public final class Catalog {

    public static final Catalog EMPTY = new Catalog(List.of());

    private final Map<String, CatalogEntry> byKey = new LinkedHashMap<>();
    private final Map<FigureRef, Range> ranges;

    public Catalog(List<? extends CatalogEntry> entries) {
        this(entries, Map.of());
    }

    /**
     * A catalog whose figures may carry ranges ({@code price 80000 USD range 60000..110000}); a range of a
     * figure no entry has is dropped.
     */
    public Catalog(List<? extends CatalogEntry> entries, Map<FigureRef, Range> ranges) {
        for (CatalogEntry e : entries) {
            byKey.put(key(e.kind(), e.id()), e);
        }
        Map<FigureRef, Range> kept = new java.util.TreeMap<>();
        ranges.forEach((ref, range) -> {
            if (ref.scope().catalog() && byKey.containsKey(key(ref.scope().word(), ref.owner()))) kept.put(ref, range);
        });
        this.ranges = java.util.Collections.unmodifiableMap(kept);
    }

    private static String key(String kind, String id) {
        return kind + "\u001f" + id;
    }

    /** A catalog with {@code overrides} added, replacing entries of the same kind and id (and their ranges). */
    public Catalog with(List<? extends CatalogEntry> overrides) {
        return with(overrides, Map.of());
    }

    /**
     * A catalog with {@code overrides} added, replacing entries of the same kind and id: a replaced entry's
     * ranges go with it, and the overrides bring their own ({@code overrideRanges}).
     */
    public Catalog with(List<? extends CatalogEntry> overrides, Map<FigureRef, Range> overrideRanges) {
        List<CatalogEntry> all = new ArrayList<>(byKey.values());
        all.addAll(overrides);
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (CatalogEntry e : overrides) replaced.add(key(e.kind(), e.id()));
        Map<FigureRef, Range> merged = new java.util.TreeMap<>();
        ranges.forEach((ref, range) -> {
            if (!replaced.contains(key(ref.scope().word(), ref.owner()))) merged.put(ref, range);
        });
        overrideRanges.forEach((ref, range) -> {
            if (ref.scope().catalog()) merged.put(ref, range);
        });
        return new Catalog(all, merged);
    }

    /** The ranges of the catalog's figures, by figure. */
    public Map<FigureRef, Range> ranges() {
        return ranges;
    }

    /** The range of one entry's field, if it has one. */
    public Optional<Range> rangeOf(String kind, String id, String field) {
        return Optional.ofNullable(ranges.get(FigureRef.catalog(kind, id, field)));
    }

    public List<CatalogEntry> entries() {
        return List.copyOf(byKey.values());
    }

    public Optional<CatalogEntry> find(String kind, String id) {
        return Optional.ofNullable(byKey.get(key(kind, id)));
    }

    public Optional<Accelerator> accelerator(String id) {
        return find("accelerator", id).map(Accelerator.class::cast);
    }

    public Optional<SwitchPlatform> switchPlatform(String id) {
        return find("switch", id).map(SwitchPlatform.class::cast);
    }

    public Optional<OpticModule> optic(String id) {
        return find("optic", id).map(OpticModule.class::cast);
    }

    public Optional<LaserSource> laser(String id) {
        return find("laser", id).map(LaserSource.class::cast);
    }

    /** The ids of one kind, in catalog order. */
    public List<String> ids(String kind) {
        return byKey.values().stream().filter(e -> e.kind().equals(kind)).map(CatalogEntry::id).toList();
    }
}
