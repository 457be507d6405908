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

    public Catalog(List<? extends CatalogEntry> entries) {
        for (CatalogEntry e : entries) {
            byKey.put(key(e.kind(), e.id()), e);
        }
    }

    private static String key(String kind, String id) {
        return kind + "\u001f" + id;
    }

    /** A catalog with {@code overrides} added, replacing entries of the same kind and id. */
    public Catalog with(List<? extends CatalogEntry> overrides) {
        List<CatalogEntry> all = new ArrayList<>(byKey.values());
        all.addAll(overrides);
        return new Catalog(all);
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
