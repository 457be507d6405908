package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.SourceLocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where each part of a model was written, so that findings about a cluster can
 * point into the file. Parts are named by paths:
 * {@code ["site", "sh-01"]}, {@code ["site", "sh-01", "train-a", "gpus"]},
 * {@code ["assumptions", "pue"]}, {@code ["catalog", "switch", "x", "power"]},
 * {@code ["architecture"]}.
 */
public final class SourceMap {

    private final Map<String, SourceLocation> locations;

    private SourceMap(Map<String, SourceLocation> locations) {
        this.locations = Collections.unmodifiableMap(locations);
    }

    public static final SourceMap EMPTY = new SourceMap(Map.of());

    static String key(String... parts) {
        return String.join("\u001f", parts);
    }

    public Optional<SourceLocation> find(String... parts) {
        return Optional.ofNullable(locations.get(key(parts)));
    }

    /** The location of a cluster's property, else the cluster's, else its site's. */
    public Optional<SourceLocation> cluster(String site, String cluster, String property) {
        return find("site", site, cluster, property)
                .or(() -> find("site", site, cluster))
                .or(() -> find("site", site));
    }

    /** The same map with every location passed through {@code f}: how JSON input maps back to its own lines. */
    public SourceMap remap(UnaryOperator<SourceLocation> f) {
        Map<String, SourceLocation> out = new LinkedHashMap<>();
        locations.forEach((k, v) -> out.put(k, f.apply(v)));
        return new SourceMap(out);
    }

    public int size() {
        return locations.size();
    }

    /** Collects locations while a model is built; a later, more precise location of a path replaces an earlier one. */
    public static final class Builder {
        private final Map<String, SourceLocation> map = new LinkedHashMap<>();

        public Builder put(SourceLocation at, String... parts) {
            if (at != null) {
                map.put(key(parts), at);
            }
            return this;
        }

        public SourceMap build() {
            return new SourceMap(new LinkedHashMap<>(map));
        }
    }
}
