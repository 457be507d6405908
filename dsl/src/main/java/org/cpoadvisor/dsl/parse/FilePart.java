package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.YearRange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one file contributes to an architecture, before the files are merged; {@code ranges} those of its figures, in file order. */
record FilePart(String file, boolean root, String architectureName, YearRange horizon,
                Assumptions assumptions, Policy policy, List<CatalogEntry> catalog, List<Site> sites,
                Map<FigureRef, Range> ranges) {

    static final class Builder {
        final String file;
        final boolean root;
        String architectureName;
        int architectureLine;
        YearRange horizon;
        Assumptions assumptions;
        Policy policy;
        final List<CatalogEntry> catalog = new ArrayList<>();
        final List<Site> sites = new ArrayList<>();
        final Map<FigureRef, Range> ranges = new LinkedHashMap<>();

        Builder(String file, boolean root) {
            this.file = file;
            this.root = root;
        }

        FilePart build() {
            return new FilePart(file, root, architectureName, horizon, assumptions, policy, List.copyOf(catalog), List.copyOf(sites),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ranges)));
        }
    }
}
