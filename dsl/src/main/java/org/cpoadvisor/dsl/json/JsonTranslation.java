package org.cpoadvisor.dsl.json;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.json.Tree.Arr;
import org.cpoadvisor.dsl.json.Tree.Node;
import org.cpoadvisor.dsl.json.Tree.Obj;
import org.cpoadvisor.dsl.json.Tree.Scalar;
import org.cpoadvisor.dsl.diag.SourceText;
import org.cpoadvisor.dsl.diag.Suggest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Translates a JSON or YAML document to the language, one property a line, and maps the
 * diagnostics of the translation back to the line and column of the JSON or YAML value
 * they concern, named by its JSON path ({@code $.sites[0].clusters[1].nic}).
 *
 * <p>{@link org.cpoadvisor.dsl.parse.CpoReader} reads every file through it whose name ends in
 * {@code .json}, {@code .yaml} or {@code .yml}: a root file, and a fragment imported from a
 * root file of any format. What cannot be translated is reported here (in the document's
 * places) and left out; the rest is still read, so that every problem is reported at once.
 */
public final class JsonTranslation {

    /**
     * A document translated: the text in the language ({@code readable} false when the
     * document could not be read at all), the problems found while translating (already in the
     * document's places), and the way back from the translation's places to the document's.
     */
    public static final class Translated {
        private final String text;
        private final boolean readable;
        private final List<Diagnostic> problems;
        private final Translation mapping;

        private Translated(String text, boolean readable, List<Diagnostic> problems, Translation mapping) {
            this.text = text;
            this.readable = readable;
            this.problems = problems;
            this.mapping = mapping;
        }

        public String text() {
            return text;
        }

        public boolean readable() {
            return readable;
        }

        public List<Diagnostic> problems() {
            return problems;
        }

        /** A diagnostic of the translation, placed in the document and named by JSON path. */
        public Diagnostic map(Diagnostic d) {
            return mapping == null ? d : mapping.map(d);
        }

        /** A place in the translation, as a place in the document. */
        public SourceLocation map(SourceLocation l) {
            return mapping == null || !l.file().equals(mapping.name) ? l : mapping.mapLocation(l);
        }
    }

    private JsonTranslation() {
    }

    /** The syntax a file name says, or {@code null} for the language's own ({@code .cpo} and any other). */
    public static Syntax syntaxOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) return Syntax.JSON;
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return Syntax.YAML;
        return null;
    }

    /**
     * Translates a document already read within the size limit.
     *
     * @param maxChars the most characters the document may hold with YAML aliases expanded
     */
    public static Translated translate(SourceText source, Syntax syntax, long maxChars) {
        List<Diagnostic> problems = new ArrayList<>();
        Tree.Read read = syntax == Syntax.JSON
                ? JsonTree.read(source.text(), source.name(), problems)
                : YamlTree.read(source.text(), source.name(), maxChars, problems);
        if (read.root() == null) {
            return new Translated("", false, problems, null);
        }
        Translation t = new Translation(source.name(), problems);
        t.document(read.root());
        return new Translated(t.text(), true, problems, t);
    }


    private static final Set<String> TOP = Set.of("architecture", "horizon", "currency", "imports", "assumptions",
            "policy", "catalog", "sites");

    private static final Map<String, String> CATALOG_GROUPS = Map.of(
            "switches", "switch", "optics", "optic", "accelerators", "accelerator", "lasers", "laser");

    /** Entry fields whose JSON string is written quoted (text or a catalog id, in the language's table): any text may stand there. */
    private static final Set<String> QUOTED_FIELDS = Language.PROPERTIES.stream()
            .filter(p -> CATALOG_GROUPS.containsValue(p.block().word()) && p.block() != Language.Block.CATALOG)
            .filter(p -> p.form() == Language.Form.TEXT || p.form() == Language.Form.REF)
            .map(Language.Property::name).collect(Collectors.toUnmodifiableSet());

    // ------------------------------------------------------------------ translation to the language

    /** Where a line of the translation came from. */
    private record Origin(String path, int line, int column, int keyLine, int keyColumn, int keyEnd, int splitAt, Node second) {

        Origin(String path, int line, int column) {
            this(path, line, column, line, column, 0, Integer.MAX_VALUE, null);
        }

        /**
         * A diagnostic on the property's word points at the JSON key; one on its value, at
         * the value; one past {@code splitAt}, at a second JSON value the line was made of.
         */
        SourceLocation at(String file, int generatedColumn) {
            if (generatedColumn > splitAt) return SourceLocation.of(file, second.line(), second.column());
            return generatedColumn <= keyEnd ? SourceLocation.of(file, keyLine, keyColumn) : SourceLocation.of(file, line, column);
        }

        String pathAt(int generatedColumn) {
            return generatedColumn > splitAt ? second.path() : path;
        }
    }

    private static final class Translation {
        private final String name;
        private final List<Diagnostic> problems;
        private final StringBuilder text = new StringBuilder();
        private final List<Origin> origins = new ArrayList<>();
        private int indent;

        Translation(String name, List<Diagnostic> problems) {
            this.name = name;
            this.problems = problems;
        }

        String text() {
            return text.toString();
        }

        void document(Node root) {
            if (!(root instanceof Obj doc)) {
                problem(Code.CPO108, "the document must be an object with `architecture`, `sites`, …", root, null);
                return;
            }
            duplicates(doc);
            for (Map.Entry<String, Node> e : doc.fields().entrySet()) {
                String key = e.getKey();
                Node value = e.getValue();
                switch (key) {
                    case "architecture" -> {
                        String n = string(value, "architecture");
                        if (n != null) emit("architecture " + Language.quote(n), value);
                    }
                    case "horizon", "currency" -> scalarProperty(key, value);
                    case "imports" -> {
                        if (value instanceof Arr arr) {
                            for (Node item : arr.items()) {
                                String p = string(item, "imports");
                                if (p != null) emit("import " + Language.quote(p), item);
                            }
                        } else {
                            problem(Code.CPO108, "`imports` is a list of paths", value, "write `\"imports\": [\"common.cpo\"]`");
                        }
                    }
                    case "assumptions" -> block("assumptions", value);
                    case "policy" -> block("policy", value);
                    case "catalog" -> catalog(value);
                    case "sites" -> sites(value);
                    default -> problem(Code.CPO201, "unknown field `" + key + "` in the document", at(doc, key),
                            hintOr(Suggest.didYouMean(key, TOP), "the document holds " + String.join(", ", new TreeSet<>(TOP))));
                }
            }
        }

        private void block(String word, Node value) {
            if (!(value instanceof Obj o)) {
                problem(Code.CPO108, "`" + word + "` is an object of properties", value, null);
                return;
            }
            duplicates(o);
            emit(word + " {", value);
            indent++;
            for (Map.Entry<String, Node> e : o.fields().entrySet()) {
                if (word.equals("assumptions") && e.getKey().equals("rates")) {
                    rates(e.getValue());
                } else if (word.equals("policy") && e.getKey().equals("vendors")) {
                    vendors(e.getValue(), o);
                } else {
                    property(e.getKey(), e.getValue(), o);
                }
            }
            indent--;
            emit("}", value);
        }

        private void rates(Node value) {
            if (!(value instanceof Obj o)) {
                problem(Code.CPO108, "`rates` maps a currency to its units per one unit of the file's currency", value,
                        "write `\"rates\": {\"CNY\": 7.10}`");
                return;
            }
            for (Map.Entry<String, Node> e : o.fields().entrySet()) {
                String v = scalar(e.getValue(), "rates." + e.getKey());
                if (v != null) emit("rate " + word(e.getKey(), o) + " " + v, e.getValue());
            }
        }

        /**
         * {@code "vendors": ["NVIDIA", "Broadcom"]}, or one string of names separated by commas (YAML's
         * {@code vendors: NVIDIA, Broadcom}): the names quoted, comma-separated. An empty list is
         * written as the bare word, which the language reports as a value missing.
         */
        private void vendors(Node value, Obj policy) {
            List<Node> items;
            if (value instanceof Scalar s && s.value() == null) {
                return; // not given
            } else if (value instanceof Scalar s && s.value() instanceof String text) {
                items = new ArrayList<>();
                for (String part : text.split(",", -1)) {
                    items.add(new Scalar(part.strip(), s.line(), s.column(), s.path()));
                }
            } else if (value instanceof Arr arr) {
                items = arr.items();
            } else {
                problem(Code.CPO108, "`vendors` is a list of vendor names", value,
                        "write `\"vendors\": [\"NVIDIA\", \"Broadcom\"]`");
                return;
            }
            List<String> names = new ArrayList<>();
            for (Node item : items) {
                if (item instanceof Scalar s && s.value() instanceof String text) {
                    names.add(Language.quote(text));
                } else {
                    problem(Code.CPO108, "a vendor is a string", item, "write it quoted: `\"" + scalarText(item) + "\"`");
                }
            }
            if (names.isEmpty() && !items.isEmpty()) return; // each reported above
            String w = word("vendors", policy);
            emit((w + " " + String.join(", ", names)).stripTrailing(), value);
            keyed(policy, "vendors", w);
        }

        /** {@code "catalog": {"switches": [...], "optics": [...], "accelerators": [...]}}, entries with an {@code id}. */
        private void catalog(Node value) {
            if (!(value instanceof Obj groups)) {
                problem(Code.CPO108, "`catalog` is an object of entry lists", value,
                        "write `\"catalog\": {\"switches\": [{\"id\": \"my-switch\", …}], \"optics\": […], \"accelerators\": […], \"lasers\": […]}`");
                return;
            }
            duplicates(groups);
            emit("catalog {", value);
            indent++;
            for (Map.Entry<String, Node> group : groups.fields().entrySet()) {
                String kind = CATALOG_GROUPS.get(group.getKey());
                if (kind == null) {
                    problem(Code.CPO201, "unknown catalog list `" + group.getKey() + "`", at(groups, group.getKey()),
                            hintOr(Suggest.didYouMean(group.getKey(), CATALOG_GROUPS.keySet()), "the catalog holds switches, optics, accelerators, lasers"));
                    continue;
                }
                if (!(group.getValue() instanceof Arr arr)) {
                    problem(Code.CPO108, "`" + group.getKey() + "` is a list of entries", group.getValue(), null);
                    continue;
                }
                for (Node item : arr.items()) {
                    entry(kind, item);
                }
            }
            indent--;
            emit("}", value);
        }

        private void entry(String kind, Node item) {
            if (!(item instanceof Obj entry)) {
                problem(Code.CPO108, "a catalog entry is an object", item, null);
                return;
            }
            duplicates(entry);
            String id = string(entry.fields().get("id"), "id", entry);
            if (id == null) return;
            emit(kind + " " + Language.quote(id) + " {", entry.fields().get("id"));
            indent++;
            Node source = entry.fields().get("source");
            if (source != null) {
                String s = string(source, "source");
                if (s != null) emit("source " + Language.quote(s), source);
            }
            Map<String, Node> sources = Map.of();
            if (entry.fields().get("sources") instanceof Obj so) {
                sources = so.fields();
            } else if (entry.fields().containsKey("sources")) {
                problem(Code.CPO108, "`sources` maps a field to the source of its figure", entry.fields().get("sources"),
                        "write `\"sources\": {\"power\": \"vendor datasheet\"}`");
            }
            for (Map.Entry<String, Node> f : entry.fields().entrySet()) {
                if (Set.of("id", "source", "sources").contains(f.getKey())) continue;
                String v = QUOTED_FIELDS.contains(f.getKey()) ? quoted(f.getValue(), f.getKey())
                        : scalar(f.getValue(), f.getKey());
                if (v == null) continue;
                String fieldSource = sources.containsKey(f.getKey()) ? string(sources.get(f.getKey()), "sources." + f.getKey()) : null;
                String w = word(f.getKey(), entry);
                emit(w + " " + v + (fieldSource == null ? "" : " source " + Language.quote(fieldSource)), f.getValue());
                keyed(entry, f.getKey(), w);
            }
            indent--;
            emit("}", entry);
        }

        private void sites(Node value) {
            if (!(value instanceof Arr arr)) {
                problem(Code.CPO108, "`sites` is a list of sites", value, "write `\"sites\": [{\"name\": \"sh-01\", \"clusters\": […]}]`");
                return;
            }
            for (Node item : arr.items()) {
                if (!(item instanceof Obj site)) {
                    problem(Code.CPO108, "a site is an object", item, null);
                    continue;
                }
                duplicates(site);
                String siteName = string(site.fields().get("name"), "name", site);
                if (siteName == null) continue;
                emit("site " + Language.quote(siteName) + " {", site.fields().get("name"));
                indent++;
                for (Map.Entry<String, Node> e : site.fields().entrySet()) {
                    switch (e.getKey()) {
                        case "name" -> { }
                        case "clusters" -> clusters(e.getValue());
                        default -> property(e.getKey(), e.getValue(), site);
                    }
                }
                indent--;
                emit("}", site);
            }
        }

        private void clusters(Node value) {
            if (!(value instanceof Arr arr)) {
                problem(Code.CPO108, "`clusters` is a list of clusters", value, null);
                return;
            }
            for (Node item : arr.items()) {
                if (!(item instanceof Obj cluster)) {
                    problem(Code.CPO108, "a cluster is an object", item, null);
                    continue;
                }
                duplicates(cluster);
                String clusterName = string(cluster.fields().get("name"), "name", cluster);
                if (clusterName == null) continue;
                emit("cluster " + Language.quote(clusterName) + " {", cluster.fields().get("name"));
                indent++;
                Node accelerator = cluster.fields().get("accelerator");
                for (Map.Entry<String, Node> e : cluster.fields().entrySet()) {
                    switch (e.getKey()) {
                        case "name", "accelerator" -> { }
                        case "gpus" -> {
                            String v = scalar(e.getValue(), "gpus");
                            if (v == null) break;
                            if (accelerator != null) {
                                String a = string(accelerator, "accelerator");
                                if (a != null) {
                                    String head = "gpus " + v + " x ";
                                    emit(head + Language.quote(a), e.getValue());
                                    keyed(cluster, "gpus", "gpus");
                                    Origin o = origins.remove(origins.size() - 1);
                                    origins.add(new Origin(o.path(), o.line(), o.column(), o.keyLine(), o.keyColumn(), o.keyEnd(),
                                            indent * 2 + head.length(), accelerator));
                                }
                            } else {
                                emit("gpus " + v, e.getValue());
                                keyed(cluster, "gpus", "gpus");
                            }
                        }
                        default -> property(e.getKey(), e.getValue(), cluster);
                    }
                }
                if (accelerator != null && !cluster.fields().containsKey("gpus")) {
                    problem(Code.CPO210, "cluster `" + clusterName + "` has an `accelerator` but no `gpus` count", accelerator,
                            "add `\"gpus\": 1024`");
                }
                indent--;
                emit("}", cluster);
            }
        }

        private void property(String key, Node value, Obj parent) {
            if (key.equals("<<")) {
                problem(Code.CPO201, "`<<` is not a property name", at(parent, key),
                        "`<<` merges mappings in YAML 1.1 only, and this reader follows YAML 1.2: write the fields out");
                return;
            }
            String v = scalar(value, key);
            if (v != null) {
                String w = word(key, parent);
                emit(w + " " + v, value);
                keyed(parent, key, w);
            }
        }

        /** The line just emitted is a property: a diagnostic on its word points at the JSON key. */
        private void keyed(Obj parent, String key, String word) {
            int[] k = parent.keys().get(key);
            Origin o = origins.remove(origins.size() - 1);
            origins.add(new Origin(o.path(), o.line(), o.column(), k[0], k[1], indent * 2 + word.length(), o.splitAt(), o.second()));
        }

        private void scalarProperty(String key, Node value) {
            String v = scalar(value, key);
            if (v != null) emit(key + " " + v, value);
        }

        /** A key must be a plain word to stand in the language; anything else cannot be a property. */
        private String word(String key, Obj parent) {
            if (Language.isIdentifier(key)) return key;
            problem(Code.CPO201, "`" + key + "` is not a property name", at(parent, key), null);
            return "invalid-property";
        }

        /** The value as language text; {@code null} (after a diagnostic) when it cannot be one. */
        private String scalar(Node value, String key) {
            if (value instanceof Scalar s) {
                if (s.value() == null) {
                    return null; // null means: not given
                }
                if (s.value() instanceof BigDecimal n) {
                    if (Tree.tooLong(n)) {
                        problem(Code.CPO106, "bad number `" + n + "`: written out, it has more than " + Tree.MAX_NUMBER_LENGTH
                                + " digits", value, "numbers are written with at most " + Tree.MAX_NUMBER_LENGTH + " characters");
                        return null;
                    }
                    return n.toPlainString();
                }
                if (s.value() instanceof Boolean b) {
                    return b.toString();
                }
                String text = (String) s.value();
                if (text.isBlank() || text.contains("{") || text.contains("}") || text.contains("\"") || text.contains("//")
                        || text.contains("/*") || text.contains("\n") || text.contains("\r")) {
                    problem(Code.CPO108, "`" + key + "` is not a single value: `" + text.strip() + "`", value, null);
                    return null;
                }
                return text;
            }
            problem(Code.CPO108, "`" + key + "` takes a value" + example(key) + ", not " + (value instanceof Obj ? "an object" : "a list"),
                    value, null);
            return null;
        }

        /** The example of the first row named {@code key} whose value is no block, in table order. */
        private static String example(String key) {
            return Language.PROPERTIES.stream()
                    .filter(p -> p.name().equals(key) && !p.example().contains("{"))
                    .findFirst().map(p -> " such as `" + p.example() + "`").orElse("");
        }

        /** A string written quoted in the language; {@code null} means "not given". */
        private String quoted(Node value, String key) {
            if (value instanceof Scalar s && s.value() == null) {
                return null;
            }
            if (value instanceof Scalar s && s.value() instanceof String text) {
                return Language.quote(text);
            }
            problem(Code.CPO108, "`" + key + "` is a string", value, "write it quoted: `\"" + key + "\": \"" + scalarText(value) + "\"`");
            return null;
        }

        private static String scalarText(Node value) {
            return value instanceof Scalar s && s.value() instanceof BigDecimal n ? Tree.written(n) : "…";
        }

        private String string(Node value, String key) {
            if (value instanceof Scalar s && s.value() instanceof String text) {
                return text;
            }
            problem(Code.CPO108, "`" + key + "` is a string", value, null);
            return null;
        }

        private String string(Node value, String key, Obj parent) {
            if (value == null) {
                problem(Code.CPO210, "`" + key + "` is missing", parent, null);
                return null;
            }
            return string(value, key);
        }

        private void duplicates(Obj o) {
            for (String key : o.duplicates()) {
                problem(Code.CPO209, "`" + key + "` appears twice; the last value is used", at(o, key), null);
            }
        }

        private Node at(Obj o, String key) {
            int[] k = o.keys().get(key);
            return k == null ? o : new Scalar(null, k[0], k[1], o.path() + "." + key);
        }

        private void emit(String line, Node origin) {
            text.append("  ".repeat(indent)).append(line).append('\n');
            origins.add(new Origin(origin.path(), origin.line(), origin.column()));
        }

        private void problem(Code code, String message, Node at, String hint) {
            problems.add(Diagnostic.of(code, message, SourceLocation.of(name, at.line(), at.column()))
                    .withPath(at.path()).withHint(hint));
        }

        SourceLocation mapLocation(SourceLocation l) {
            int i = l.line() - 1;
            if (i < 0 || i >= origins.size()) return l;
            return origins.get(i).at(name, l.column());
        }

        Diagnostic map(Diagnostic d) {
            if (d.location() == null || !d.location().file().equals(name)) return d;
            int i = d.location().line() - 1;
            if (i < 0 || i >= origins.size()) return d.withSourceLine(null);
            Origin o = origins.get(i);
            return d.withLocation(o.at(name, d.location().column())).withPath(o.pathAt(d.location().column())).withSourceLine(null);
        }

        private static String hintOr(String hint, String fallback) {
            return hint != null ? hint : fallback;
        }
    }
}
