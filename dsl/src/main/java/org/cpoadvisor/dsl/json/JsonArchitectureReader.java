package org.cpoadvisor.dsl.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.parse.CpoReader;
import org.cpoadvisor.dsl.parse.Limits;
import org.cpoadvisor.dsl.parse.ModelWriter;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.parse.SourceFiles;
import org.cpoadvisor.dsl.parse.SourceText;
import org.cpoadvisor.dsl.parse.Suggest;
import org.cpoadvisor.dsl.parse.Words;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an architecture written as JSON or YAML, for tools that generate them.
 *
 * <p>The document has the shape of the language: {@code architecture}, {@code horizon},
 * {@code currency}, {@code imports}, {@code assumptions} (with {@code rates} as an
 * object), {@code policy}, {@code catalog} (lists {@code switches}, {@code optics},
 * {@code accelerators}, {@code lasers} of entries with {@code id}, {@code source} and per-field
 * {@code sources}) and {@code sites[].clusters[]}, with
 * the language's property names and values written as in the language
 * ({@code "nic": "800G"}, {@code "gpus": "16384 x B200"} or {@code "gpus": 16384,
 * "accelerator": "B200"}). A catalog entry's {@code part-number} and a switch's
 * {@code laser} and {@code vendor} are JSON strings, quoted in the translation; the policy's
 * {@code vendors} is a list of strings ({@code "vendors": ["NVIDIA", "Broadcom"]}).
 *
 * <p>It translates the document to the language, one property a line, and reads
 * that with the same {@link CpoReader}: the same checks, the same diagnostics, each
 * mapped back to the line and column of the JSON or YAML value and named by its
 * JSON path ({@code $.sites[0].clusters[1].nic}).
 */
public final class JsonArchitectureReader {

    /** The two syntaxes. */
    public enum Syntax { JSON, YAML }

    private static final Set<String> TOP = Set.of("architecture", "horizon", "currency", "imports", "assumptions",
            "policy", "catalog", "sites");

    private static final Map<String, String> CATALOG_GROUPS = Map.of(
            "switches", "switch", "optics", "optic", "accelerators", "accelerator", "lasers", "laser");

    /** Entry fields whose JSON string is written quoted: any text may stand there. */
    private static final Set<String> QUOTED_FIELDS = Set.of("part-number", "laser", "vendor");

    private final CpoReader reader;

    public JsonArchitectureReader(CpoReader reader) {
        this.reader = reader;
    }

    private static final java.util.regex.Pattern YAML_EVENT =
            java.util.regex.Pattern.compile("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+?)Event\\(.*?\\)>");

    /**
     * A parser's message in the user's words: Jackson's limits (nesting past 1,000, numbers
     * past 1,000 digits) name its own API, and SnakeYAML names its event classes.
     */
    static String plain(String message) {
        java.util.regex.Matcher m = YAML_EVENT.matcher(message.replaceAll(", from `\\w+\\.\\w+\\(\\)`", ""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String what = switch (m.group(1)) {
                case "MappingStart" -> "the start of a mapping";
                case "MappingEnd" -> "the end of a mapping";
                case "SequenceStart" -> "the start of a list";
                case "SequenceEnd" -> "the end of a list";
                case "Scalar" -> "a value";
                case "Alias" -> "an alias";
                case "DocumentStart", "DocumentEnd" -> "a document marker";
                default -> "something else";
            };
            m.appendReplacement(out, what);
        }
        m.appendTail(out);
        return out.toString().replaceAll("org\\.yaml\\.snakeyaml\\.[\\w.]*\\.(\\w+)", "$1");
    }

    /** Reads a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public ReadResult read(Path file) {
        String lower = file.toString().toLowerCase(Locale.ROOT);
        Syntax syntax = lower.endsWith(".json") ? Syntax.JSON : Syntax.YAML;
        SourceFiles.Loaded loaded = SourceFiles.load(file.toAbsolutePath().normalize(), file.toString(), null, reader.limits());
        if (loaded.problem() != null) {
            return new ReadResult(null, org.cpoadvisor.dsl.parse.SourceMap.EMPTY, List.of(loaded.problem()), List.of(file.toString()));
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        return read(loaded.text().text(), file.toString(), syntax, base);
    }

    /** Reads a document held in memory; imports resolve against {@code baseDir} (none when {@code null}). */
    public ReadResult read(String text, String name, Syntax syntax, Path baseDir) {
        SourceText source = new SourceText(null, name, text);
        List<Diagnostic> problems = new ArrayList<>();
        Node root;
        JsonFactory factory = syntax == Syntax.JSON ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                problems.add(Diagnostic.of(Code.CPO308, "`" + name + "` is empty", SourceLocation.of(name, 1, 1)));
                return finish(source, problems, null);
            }
            root = Node.read(parser, "$");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // the parser quotes the character it did not expect: half of a pair (𝟙), or a control character
            String message = Words.printable(plain(e.getOriginalMessage().lines().findFirst().orElse("syntax error")));
            problems.add(Diagnostic.of(Code.CPO101, (syntax == Syntax.JSON ? "JSON" : "YAML") + " syntax: " + message,
                    at == null ? SourceLocation.of(name, 1, 1) : SourceLocation.of(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()))));
            return finish(source, problems, null);
        } catch (IOException e) {
            problems.add(Diagnostic.of(Code.CPO307, "cannot read `" + name + "`: " + e.getMessage(), SourceLocation.of(name, 1, 1)));
            return finish(source, problems, null);
        }
        Translation t = new Translation(name, problems);
        t.document(root);
        // what could not be translated is reported and left out; the rest is still read, so that
        // every problem of the document is reported at once

        ReadResult inner = reader.read(t.text(), name, baseDir);
        List<Diagnostic> mapped = new ArrayList<>(problems);
        for (Diagnostic d : inner.diagnostics()) {
            mapped.add(t.map(d));
        }
        ReadResult result = new ReadResult(inner.architecture(), inner.sources().remap(l -> l.file().equals(name) ? t.mapLocation(l) : l),
                mapped, inner.files());
        return finish(source, result.diagnostics(), result);
    }

    private static ReadResult finish(SourceText source, List<Diagnostic> diagnostics, ReadResult result) {
        List<Diagnostic> shown = new ArrayList<>();
        List<String> lines = source.lines(); // once: a line looked up per diagnostic would be quadratic
        for (Diagnostic d : diagnostics) {
            if (d.location() != null && d.location().file().equals(source.name())) {
                int line = d.location().line();
                d = d.withSourceLine(line >= 1 && line <= lines.size() ? lines.get(line - 1) : null);
            }
            shown.add(d);
        }
        shown.sort(Diagnostic.ORDER);
        if (result == null) {
            return new ReadResult(null, org.cpoadvisor.dsl.parse.SourceMap.EMPTY, shown, List.of(source.name()));
        }
        return new ReadResult(result.architecture(), result.sources(), shown, result.files());
    }

    // ------------------------------------------------------------------ the document as a tree with places

    /** A JSON value with the place it was written and its JSON path. */
    sealed interface Node permits Obj, Arr, Scalar {
        int line();

        int column();

        String path();

        static Node read(JsonParser p, String path) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            int line = Math.max(1, at.getLineNr());
            int column = Math.max(1, at.getColumnNr());
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT) {
                Map<String, Node> fields = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                List<String> duplicates = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    // a key that is no property name is reported by name: it must print safely (and so its path)
                    String key = Words.printable(p.currentName());
                    JsonLocation keyAt = p.currentTokenLocation();
                    p.nextToken();
                    Node value = read(p, path + "." + key);
                    if (fields.containsKey(key)) {
                        duplicates.add(key);
                    }
                    fields.put(key, value);
                    keys.put(key, new int[]{Math.max(1, keyAt.getLineNr()), Math.max(1, keyAt.getColumnNr())});
                }
                return new Obj(fields, keys, duplicates, line, column, path);
            }
            if (token == JsonToken.START_ARRAY) {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, path + "[" + i++ + "]"));
                }
                return new Arr(items, line, column, path);
            }
            Object value = switch (token) {
                case VALUE_STRING -> p.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> null;
            };
            return new Scalar(value, line, column, path);
        }
    }

    record Obj(Map<String, Node> fields, Map<String, int[]> keys, List<String> duplicates, int line, int column,
               String path) implements Node {
    }

    record Arr(List<Node> items, int line, int column, String path) implements Node {
    }

    record Scalar(Object value, int line, int column, String path) implements Node {
    }

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
                        if (n != null) emit("architecture " + ModelWriter.quote(n), value);
                    }
                    case "horizon", "currency" -> scalarProperty(key, value);
                    case "imports" -> {
                        if (value instanceof Arr arr) {
                            for (Node item : arr.items()) {
                                String p = string(item, "imports");
                                if (p != null) emit("import " + ModelWriter.quote(p), item);
                            }
                        } else {
                            problem(Code.CPO108, "`imports` is a list of paths", value, "write `\"imports\": [\"common.cpo\"]`");
                        }
                    }
                    case "assumptions" -> block("assumptions", value, Words.ASSUMPTIONS);
                    case "policy" -> block("policy", value, Words.POLICY);
                    case "catalog" -> catalog(value);
                    case "sites" -> sites(value);
                    default -> problem(Code.CPO201, "unknown field `" + key + "` in the document", at(doc, key),
                            hintOr(Suggest.didYouMean(key, TOP), "the document holds " + String.join(", ", new java.util.TreeSet<>(TOP))));
                }
            }
        }

        private void block(String word, Node value, Map<String, String> known) {
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
                    names.add(ModelWriter.quote(text));
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
            emit(kind + " " + ModelWriter.quote(id) + " {", entry.fields().get("id"));
            indent++;
            Node source = entry.fields().get("source");
            if (source != null) {
                String s = string(source, "source");
                if (s != null) emit("source " + ModelWriter.quote(s), source);
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
                emit(w + " " + v + (fieldSource == null ? "" : " source " + ModelWriter.quote(fieldSource)), f.getValue());
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
                emit("site " + ModelWriter.quote(siteName) + " {", site.fields().get("name"));
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
                emit("cluster " + ModelWriter.quote(clusterName) + " {", cluster.fields().get("name"));
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
                                    emit(head + ModelWriter.quote(a), e.getValue());
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
            if (key.matches("[a-zA-Z][a-zA-Z0-9_.\\-]*")) return key;
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
                    long length = plainLength(n);
                    if (length > Limits.MAX_NUMBER_LENGTH) {
                        // 1e999999999 is eleven characters of JSON and a billion digits written out
                        problem(Code.CPO106, "bad number `" + n + "`: written out it has " + length + " characters", value,
                                "numbers are written with at most " + Limits.MAX_NUMBER_LENGTH + " characters");
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
                    problem(Code.CPO108, "`" + key + "` is not a single value: `" + Words.printable(text.strip()) + "`", value, null);
                    return null;
                }
                return text;
            }
            problem(Code.CPO108, "`" + key + "` takes a value" + example(key) + ", not " + (value instanceof Obj ? "an object" : "a list"),
                    value, null);
            return null;
        }

        /** The length of {@link BigDecimal#toPlainString()}, without building it. */
        static long plainLength(BigDecimal n) {
            long precision = n.precision();
            long scale = n.scale();
            long digits = scale <= 0 ? precision - scale : scale >= precision ? 2 + scale : precision + 1;
            return digits + (n.signum() < 0 ? 1 : 0);
        }

        private static String example(String key) {
            for (Map<String, String> block : Words.BLOCKS.values()) {
                String e = block.get(key);
                if (e != null && !e.contains("{")) return " such as `" + e + "`";
            }
            return "";
        }

        /** A string written quoted in the language; {@code null} means "not given". */
        private String quoted(Node value, String key) {
            if (value instanceof Scalar s && s.value() == null) {
                return null;
            }
            if (value instanceof Scalar s && s.value() instanceof String text) {
                return ModelWriter.quote(text);
            }
            problem(Code.CPO108, "`" + key + "` is a string", value, "write it quoted: `\"" + key + "\": \"" + scalarText(value) + "\"`");
            return null;
        }

        private static String scalarText(Node value) {
            if (value instanceof Scalar s && s.value() instanceof BigDecimal n) {
                return plainLength(n) > Limits.MAX_NUMBER_LENGTH ? n.toString() : n.toPlainString(); // 1e999999999 stays short
            }
            return "…";
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
