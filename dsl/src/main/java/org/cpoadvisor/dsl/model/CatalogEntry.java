package org.cpoadvisor.dsl.model;

import java.util.Map;

/**
 * An entry of the hardware catalog: the built-in one or a file's {@code catalog}
 * block. Every figure may carry its source; {@link #sources()} maps a field's
 * keyword ({@code power}) to it, and {@link #source()} is the entry's own.
 */
public sealed interface CatalogEntry permits SwitchPlatform, OpticModule, Accelerator, LaserSource {

    String id();

    /** {@code switch}, {@code optic}, {@code laser} or {@code accelerator}: the keyword of the entry. */
    String kind();

    String source();

    Map<String, String> sources();

    /** The source of one field: its own, else the entry's, else {@code null}. */
    default String sourceOf(String field) {
        return sources().getOrDefault(field, source());
    }
}
