package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.parse.ModelWriter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A place in an architecture as {@code set}, {@code unset} and {@code show} name it:
 * {@code horizon}, {@code policy.min-saving}, {@code assumptions.electricity},
 * {@code assumptions.rate.CNY}, {@code sh-01}, {@code sh-01.cooling},
 * {@code sh-01.train-a}, {@code sh-01.train-a.gpus}, {@code catalog.switch.ID.price}.
 * Site, cluster and catalog names are matched against the model (so they may hold
 * dots); a name may also be written quoted.
 *
 * @param scope    {@code top}, {@code policy}, {@code assumptions}, {@code catalog}, {@code site}, {@code cluster} or {@code entry}
 * @param property the property, or {@code null} for the block itself
 */
record ModelPath(String scope, String site, String cluster, String entryKind, String entryId, String property) {

    static final List<String> TOP = List.of("architecture", "horizon", "currency");
    static final List<String> KINDS = List.of("switch", "optic", "laser", "accelerator");

    /** A resolved path, or why the text names nothing. */
    record Resolved(ModelPath path, String error) {
    }

    /** The block headers that lead to this place in canonical text. */
    List<String> headers() {
        return switch (scope) {
            case "top" -> List.of();
            case "policy", "assumptions", "catalog" -> List.of(scope);
            case "site" -> List.of("site " + ModelWriter.quote(site));
            case "cluster" -> List.of("site " + ModelWriter.quote(site), "cluster " + ModelWriter.quote(cluster));
            case "entry" -> List.of("catalog", entryKind + " " + ModelWriter.quote(entryId));
            default -> throw new IllegalStateException(scope);
        };
    }

    /** The block this place is in, as the language's words table names it (for completion and hints). */
    String block() {
        return scope.equals("entry") ? entryKind : scope;
    }

    /** How users write it. */
    String display() {
        String base = switch (scope) {
            case "top" -> "";
            case "policy", "assumptions", "catalog" -> scope;
            case "site" -> name(site);
            case "cluster" -> name(site) + "." + name(cluster);
            case "entry" -> "catalog." + entryKind + "." + name(entryId);
            default -> scope;
        };
        if (property == null) return base;
        return base.isEmpty() ? property : base + "." + property;
    }

    static String name(String n) {
        return n.matches("[A-Za-z0-9_][A-Za-z0-9_.\\-]*") ? n : ModelWriter.quote(n);
    }

    static Resolved resolve(String text, Architecture a, Catalog catalog) {
        String p = text.trim();
        if (p.isEmpty()) return error("name a place, e.g. `policy.min-saving` or `" + example(a) + "`");
        if (TOP.contains(p)) return ok(new ModelPath("top", null, null, null, null, p));
        for (String block : List.of("policy", "assumptions")) {
            if (p.equals(block)) return ok(new ModelPath(block, null, null, null, null, null));
            if (p.startsWith(block + ".")) {
                String prop = p.substring(block.length() + 1);
                if (prop.startsWith("rate.")) prop = "rate " + prop.substring(5);
                return ok(new ModelPath(block, null, null, null, null, prop));
            }
        }
        if (p.equals("catalog")) return ok(new ModelPath("catalog", null, null, null, null, null));
        if (p.startsWith("catalog.")) return entry(p.substring(8), a, catalog);
        if (a == null) return error("no architecture is loaded: `load FILE` or type a `site \"name\" { … }` block");
        List<String> siteNames = a.sites().stream().map(Site::name).toList();
        Match s = match(p, siteNames);
        if (s == null) {
            String first = p.startsWith("\"") ? p : p.split("\\.", 2)[0];
            return error("no site `" + first + "`; sites: " + String.join(", ", siteNames.stream().map(ModelPath::name).toList())
                    + (TOP.contains(first) || first.equals("policy") || first.equals("assumptions") ? "" : "; other places: policy.*, assumptions.*, catalog.*, horizon, currency"));
        }
        if (s.rest == null) return ok(new ModelPath("site", s.name, null, null, null, null));
        Site site = a.site(s.name).orElseThrow();
        List<String> clusterNames = site.clusters().stream().map(Cluster::name).toList();
        Match c = match(s.rest, clusterNames);
        if (c != null) {
            if (c.rest == null) return ok(new ModelPath("cluster", s.name, c.name, null, null, null));
            if (c.rest.contains(".")) return error("`" + c.rest + "` is not a property of a cluster");
            return ok(new ModelPath("cluster", s.name, c.name, null, null, c.rest));
        }
        if (s.rest.contains(".") || s.rest.startsWith("\"")) {
            String first = s.rest.startsWith("\"") ? s.rest : s.rest.split("\\.", 2)[0];
            return error("no cluster `" + first + "` in site `" + s.name + "`; clusters: "
                    + String.join(", ", clusterNames.stream().map(ModelPath::name).toList()));
        }
        return ok(new ModelPath("site", s.name, null, null, null, s.rest));
    }

    private static Resolved entry(String rest, Architecture a, Catalog catalog) {
        String kind = rest.split("\\.", 2)[0];
        if (!KINDS.contains(kind)) {
            return error("`catalog." + kind + "`: the catalog holds switch, optic, laser and accelerator entries");
        }
        if (rest.equals(kind)) return error("name an entry: `catalog." + kind + ".ID`");
        List<String> ids = ids(kind, a, catalog);
        Match m = match(rest.substring(kind.length() + 1), ids);
        if (m == null) {
            return error("no " + kind + " `" + rest.substring(kind.length() + 1) + "` in the catalog");
        }
        return ok(new ModelPath("entry", null, null, kind, m.name, m.rest));
    }

    /** Catalog ids of a kind: the file's own, then the advisor's (the built-in ones and an extra catalog's). */
    static List<String> ids(String kind, Architecture a, Catalog catalog) {
        Set<String> ids = new LinkedHashSet<>();
        if (a != null) {
            for (CatalogEntry e : a.catalog()) {
                if (e.kind().equals(kind)) ids.add(e.id());
            }
        }
        ids.addAll(catalog.ids(kind));
        return new ArrayList<>(ids);
    }

    private record Match(String name, String rest) {
    }

    /** The longest name that {@code p} starts with (bare or quoted), followed by the end or a dot. */
    private static Match match(String p, List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String n : sorted) {
            for (String form : List.of(n, ModelWriter.quote(n))) {
                if (p.equals(form)) return new Match(n, null);
                if (p.startsWith(form + ".")) {
                    String rest = p.substring(form.length() + 1);
                    return new Match(n, rest.isEmpty() ? null : rest);
                }
            }
        }
        return null;
    }

    private static String example(Architecture a) {
        if (a != null && !a.sites().isEmpty() && !a.sites().get(0).clusters().isEmpty()) {
            return name(a.sites().get(0).name()) + "." + name(a.sites().get(0).clusters().get(0).name()) + ".gpus";
        }
        return "sh-01.train-a.gpus";
    }

    private static Resolved ok(ModelPath p) {
        return new Resolved(p, null);
    }

    private static Resolved error(String message) {
        return new Resolved(null, message);
    }
}
