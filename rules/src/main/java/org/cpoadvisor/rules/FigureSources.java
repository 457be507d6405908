package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.OptionResult;
import org.cpoadvisor.rules.cost.Part;
import org.cpoadvisor.rules.model.ResolvedCluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where the catalog figures behind a cluster's advice come from: its accelerator, the
 * platforms and the modules of the options it rests on, as {@code "id field: source"}
 * lines, sorted. One instance an analysis: clusters on the same accelerator, platforms and
 * modules share one list (10,000 clusters would otherwise hold some 30 MB of copies).
 * Not thread-safe.
 */
final class FigureSources {

    private static final List<String> ENTRY_FIELDS = List.of("nic", "ports", "power", "price", "fit", "port-fit", "repair");
    private static final List<String> MODULE_FIELDS = List.of("power", "price", "fit");

    private final Catalog catalog;
    private final Map<List<String>, List<String>> shared = new HashMap<>();

    FigureSources(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The sources of a cluster's figures, for the options its evaluation chose. */
    List<String> of(ResolvedCluster cluster, Evaluation evaluation) {
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        entries.add(cluster.accelerator());
        for (OptionResult o : evaluation.chosen()) {
            entries.add(o.leaf());
            entries.add(o.upper());
            for (Part p : o.parts()) {
                if (p.category().equals("optic") || p.category().equals("laser")) modules.add(p.id());
            }
        }
        List<String> key = new ArrayList<>(entries.size() + modules.size());
        for (CatalogEntry e : entries) key.add(e == null ? "none" : e.kind() + " " + e.id());
        for (String id : modules) key.add("optic " + id);
        return shared.computeIfAbsent(key, k -> lines(entries, modules));
    }

    private List<String> lines(List<CatalogEntry> entries, List<String> modules) {
        TreeSet<String> out = new TreeSet<>();
        for (CatalogEntry entry : entries) {
            if (entry == null) continue;
            for (String field : ENTRY_FIELDS) {
                String s = entry.sources().get(field);
                if (s != null) out.add(entry.id() + " " + field + ": " + s);
            }
            if (entry.source() != null) out.add(entry.id() + ": " + entry.source());
        }
        for (String id : modules) {
            catalog.laser(id).ifPresent(l -> MODULE_FIELDS.forEach(f -> add(out, id, f, l.sourceOf(f))));
            catalog.optic(id).ifPresent(m -> MODULE_FIELDS.forEach(f -> add(out, id, f, m.sourceOf(f))));
        }
        return List.copyOf(out);
    }

    private static void add(TreeSet<String> out, String id, String field, String source) {
        if (source != null) out.add(id + " " + field + ": " + source);
    }
}
