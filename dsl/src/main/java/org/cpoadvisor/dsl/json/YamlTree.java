package org.cpoadvisor.dsl.json;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.json.Tree.Arr;
import org.cpoadvisor.dsl.json.Tree.Node;
import org.cpoadvisor.dsl.json.Tree.Obj;
import org.cpoadvisor.dsl.json.Tree.Scalar;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a YAML document into a {@link Tree}, from the parser's events, with the meanings of
 * YAML 1.2's core schema: {@code true}/{@code false} are the only booleans ({@code no},
 * {@code on}, {@code y} are text), {@code 010} is ten ({@code 0o10} is eight), {@code null},
 * {@code ~} and nothing are "not given"; a quoted value is always text.
 *
 * <ul>
 *   <li>One document a file: a second one is CPO111, and is not read.</li>
 *   <li>Tags: the core schema's ({@code !!str}, {@code !!int}, {@code !!float}, {@code !!bool},
 *       {@code !!null}, {@code !!map}, {@code !!seq}) are honoured; any other is CPO112.</li>
 *   <li>Aliases are expanded, each at the place of the value it names, under its own path;
 *       the document with every alias expanded must fit the file limit (CPO113, which also
 *       reports an alias to no anchor, or to the value it stands in).</li>
 *   <li>At most {@link Tree#MAX_DEPTH} levels: a deeper value is CPO110 where it opens, and the document
 *       is not read further.</li>
 * </ul>
 */
final class YamlTree {

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /** Thrown to stop reading: the problem is reported. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final String name;
    private final List<Diagnostic> problems;
    private final long limit;
    private final long textLength;
    private final ParserImpl parser;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<String, Long> anchorSizes = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    /** Characters the aliases expanded so far added to the document. */
    private long added;

    private YamlTree(String text, String name, long limit, List<Diagnostic> problems) {
        this.name = name;
        this.problems = problems;
        this.limit = limit;
        this.textLength = text.length();
        LoaderOptions options = new LoaderOptions();
        // the file limit (4 MiB, checked before a byte is read) is the only bound on size, as for every format
        options.setCodePointLimit(Integer.MAX_VALUE);
        this.parser = new ParserImpl(new StreamReader(text), options);
    }

    /** @param limit the most characters the document may hold with its aliases expanded */
    static Tree.Read read(String text, String name, long limit, List<Diagnostic> problems) {
        return new YamlTree(text, name, limit, problems).read();
    }

    private Tree.Read read() {
        try {
            parser.getEvent(); // the stream's start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                problems.add(Diagnostic.of(Code.CPO308, "`" + name + "` is empty", SourceLocation.of(name, 1, 1))
                        .withHint("a YAML architecture starts with `architecture: My estate`"));
                return new Tree.Read(null);
            }
            parser.getEvent(); // the document's start
            Node root = node(parser.getEvent(), "$", 1);
            parser.getEvent(); // the document's end
            if (parser.checkEvent(Event.ID.DocumentStart)) {
                Event second = parser.peekEvent();
                problems.add(Diagnostic.of(Code.CPO111, "a second YAML document: only the first is read", at(second.getStartMark()))
                        .withHint("a file holds one architecture (or one fragment): split the documents into files, or remove the `---`"));
            }
            return new Tree.Read(root);
        } catch (Stop stop) {
            return new Tree.Read(null);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(Diagnostic.of(Code.CPO101, "YAML syntax: " + plain(e.getContext(), e.getProblem()), at(mark)));
            return new Tree.Read(null);
        } catch (YAMLException e) {
            problems.add(Diagnostic.of(Code.CPO101, "YAML syntax: " + plain(null, e.getMessage()), SourceLocation.of(name, 1, 1)));
            return new Tree.Read(null);
        }
    }

    private SourceLocation at(Mark mark) {
        return mark == null ? SourceLocation.of(name, 1, 1) : SourceLocation.of(name, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private Node node(Event event, String path, int depth) {
        Mark start = event.getStartMark();
        int line = start.getLine() + 1;
        int column = start.getColumn() + 1;
        if (event instanceof AliasEvent alias) {
            return alias(alias, path, line, column);
        }
        String anchor = event instanceof NodeEvent n ? n.getAnchor() : null;
        long addedBefore = added;
        Node node;
        if (event instanceof ScalarEvent s) {
            node = new Scalar(scalar(s, path), line, column, path);
        } else if (event instanceof CollectionStartEvent c) {
            if (depth > Tree.MAX_DEPTH) {
                problems.add(Diagnostic.of(Code.CPO110, "the document nests deeper than " + Tree.MAX_DEPTH + " levels",
                        SourceLocation.of(name, line, column)).withPath(path)
                        .withHint("an architecture needs six levels at most: is a generator looping? The document is not read further"));
                // stopped, not skipped: the parser's cost per event grows with the depth of `[` and `{`
                throw new Stop();
            }
            collectionTag(c, path, line, column);
            if (anchor != null) open.add(anchor);
            node = c instanceof MappingStartEvent ? mapping(path, line, column, depth) : sequence(path, line, column, depth);
            if (anchor != null) open.remove(anchor);
        } else {
            // a stream or document event where a value stands cannot come from the parser
            throw new YAMLException("unexpected " + event.getEventId());
        }
        if (anchor != null) {
            Mark end = event instanceof ScalarEvent ? event.getEndMark() : lastEnd;
            anchors.put(anchor, node);
            anchorSizes.put(anchor, Math.max(1, end.getIndex() - start.getIndex()) + (added - addedBefore));
        }
        return node;
    }

    /** The end of the last collection read: where an anchored mapping or list ends. */
    private Mark lastEnd;

    private Node mapping(String path, int line, int column, int depth) {
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, int[]> keys = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event k = parser.getEvent();
            int keyLine = k.getStartMark().getLine() + 1;
            int keyColumn = k.getStartMark().getColumn() + 1;
            Node keyNode = node(k, path + ".?", depth + 1);
            if (!(keyNode instanceof Scalar ks)) {
                problems.add(Diagnostic.of(Code.CPO101, "a key is a name, not " + (keyNode instanceof Obj ? "a mapping" : "a list"),
                        SourceLocation.of(name, keyLine, keyColumn)).withPath(path)
                        .withHint("write the property's name before the `:`"));
                node(parser.getEvent(), path + ".?", depth + 1); // its value, read and left out
                continue;
            }
            // a key is a name as written: `010:` is the key `010`, `no:` the key `no`
            String key = k instanceof ScalarEvent s ? s.getValue()
                    : ks.value() instanceof BigDecimal n ? Tree.written(n) : String.valueOf(ks.value() == null ? "" : ks.value());
            Node value = node(parser.getEvent(), path + "." + key, depth + 1);
            if (fields.containsKey(key)) {
                duplicates.add(key);
            }
            fields.put(key, value);
            keys.put(key, new int[]{keyLine, keyColumn});
        }
        lastEnd = parser.getEvent().getEndMark();
        return new Obj(fields, keys, duplicates, line, column, path);
    }

    private Node sequence(String path, int line, int column, int depth) {
        List<Node> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            items.add(node(parser.getEvent(), path + "[" + items.size() + "]", depth + 1));
        }
        lastEnd = parser.getEvent().getEndMark();
        return new Arr(items, line, column, path);
    }

    private Node alias(AliasEvent alias, String path, int line, int column) {
        String anchor = alias.getAnchor();
        Node target = anchors.get(anchor);
        if (target == null) {
            boolean inside = open.contains(anchor);
            problems.add(Diagnostic.of(Code.CPO113, inside
                            ? "the alias `*" + anchor + "` stands inside the value it names: it would never end"
                            : "the alias `*" + anchor + "` names no anchor `&" + anchor + "` before it",
                    SourceLocation.of(name, line, column)).withPath(path)
                    .withHint(inside ? "write the value out" : "an alias repeats a value anchored earlier in the file: `&name` before it"));
            return new Scalar(null, line, column, path);
        }
        long aliasLength = alias.getEndMark().getIndex() - alias.getStartMark().getIndex();
        added += anchorSizes.get(anchor) - aliasLength;
        if (textLength + added > limit) {
            problems.add(Diagnostic.of(Code.CPO113, String.format(Locale.ROOT,
                            "with its aliases expanded the document would pass %.1f MiB, the most a file may hold",
                            limit / 1048576.0), SourceLocation.of(name, line, column)).withPath(path)
                    .withHint("aliases are expanded where they stand, and an architecture is a few kilobytes: "
                            + "do aliases repeat aliases? The document is not read further"));
            throw new Stop();
        }
        return target.at(path);
    }

    // ------------------------------------------------------------------ scalars and tags

    private Object scalar(ScalarEvent s, String path) {
        String value = s.getValue();
        String tag = s.getTag();
        if (tag == null || tag.equals("!")) {
            // `!` on a plain scalar and every quoted, literal or folded scalar is text
            return s.isPlain() && tag == null ? resolve(value) : value;
        }
        if (!tag.startsWith(CORE)) {
            unknownTag(tag, s, path);
            return s.isPlain() ? resolve(value) : value;
        }
        Object core = resolve(value);
        switch (tag.substring(CORE.length())) {
            case "str":
                return value;
            case "null":
                if (core == null) return null;
                break;
            case "bool":
                if (core instanceof Boolean) return core;
                break;
            case "int":
                if (core instanceof BigDecimal n && n.scale() <= 0 && !value.contains(".") && !value.contains("e")
                        && !value.contains("E")) return core;
                break;
            case "float":
                if (core instanceof BigDecimal) return core;
                break;
            default:
                unknownTag(tag, s, path);
                return s.isPlain() ? core : value;
        }
        problems.add(Diagnostic.of(Code.CPO112, "`" + shortTag(tag) + "` does not fit the value `" + abbreviate(value) + "`",
                at(s.getStartMark())).withPath(path).withHint("leave the tag out: values are read as YAML 1.2 reads them"));
        return null; // reported: not read as anything else
    }

    private void collectionTag(CollectionStartEvent c, String path, int line, int column) {
        String tag = c.getTag();
        if (tag == null || tag.equals("!")) return;
        String expected = CORE + (c instanceof SequenceStartEvent ? "seq" : "map");
        if (!tag.equals(expected)) {
            problems.add(Diagnostic.of(Code.CPO112, "the tag `" + shortTag(tag) + "` is not read here",
                    SourceLocation.of(name, line, column)).withPath(path)
                    .withHint("leave the tag out: a mapping is an object, a sequence a list"));
        }
    }

    private void unknownTag(String tag, ScalarEvent s, String path) {
        problems.add(Diagnostic.of(Code.CPO112, "unknown tag `" + shortTag(tag) + "`", at(s.getStartMark())).withPath(path)
                .withHint("values are text, numbers, true or false, or left empty: leave the tag out"));
    }

    private static String shortTag(String tag) {
        return tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
    }

    /** A plain scalar's meaning in YAML 1.2's core schema (tried without patterns: a document holds many values). */
    static Object resolve(String v) {
        switch (v) {
            case "", "~", "null", "Null", "NULL":
                return null;
            case "true", "True", "TRUE":
                return Boolean.TRUE;
            case "false", "False", "FALSE":
                return Boolean.FALSE;
            default:
                break;
        }
        if (v.length() > Tree.MAX_NUMBER_LENGTH || !numeric(v)) {
            return v; // text; a number too long to be one is left for the language to report (CPO106), unparsed
        }
        int digits = v.charAt(0) == '+' || v.charAt(0) == '-' ? 1 : 0;
        if (v.length() > digits && all(v, digits, "0123456789")) return new BigDecimal(v);
        if (v.startsWith("0o") && v.length() > 2 && all(v, 2, "01234567")) return new BigDecimal(new BigInteger(v.substring(2), 8));
        if (v.startsWith("0x") && v.length() > 2 && all(v, 2, "0123456789abcdefABCDEF")) {
            return new BigDecimal(new BigInteger(v.substring(2), 16));
        }
        if (all(v, 0, "0123456789+-.eE") && FLOAT.matcher(v).matches()) return new BigDecimal(v);
        return v; // `.inf`, `.nan` and the like: no finite number, the language says so
    }

    /** Whether a scalar may be a number at all: only then are the number forms tried. */
    private static boolean numeric(String v) {
        char c = v.charAt(0);
        return c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9';
    }

    private static boolean all(String v, int from, String chars) {
        for (int i = from; i < v.length(); i++) {
            if (chars.indexOf(v.charAt(i)) < 0) return false;
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    // ------------------------------------------------------------------ the parser's messages in plain words

    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("<block end>", "the end of the indented block"),
            Map.entry("<block entry>", "a list item (`-`)"),
            Map.entry("<block mapping start>", "the start of a mapping"),
            Map.entry("<block sequence start>", "the start of a list"),
            Map.entry("<flow mapping start>", "`{`"),
            Map.entry("<flow mapping end>", "`}`"),
            Map.entry("<flow sequence start>", "`[`"),
            Map.entry("<flow sequence end>", "`]`"),
            Map.entry("<flow entry>", "`,`"),
            Map.entry("<key>", "a key"),
            Map.entry("<value>", "`:`"),
            Map.entry("<scalar>", "a value"),
            Map.entry("<alias>", "an alias"),
            Map.entry("<anchor>", "an anchor"),
            Map.entry("<tag>", "a tag"),
            Map.entry("<document start>", "`---`"),
            Map.entry("<document end>", "`...`"),
            Map.entry("<stream end>", "the end of the file"),
            Map.entry("<stream start>", "the start of the file"),
            Map.entry("<directive>", "a directive"),
            Map.entry("<comment>", "a comment"));

    /** The parser's context and problem in the user's words: no token or event class names. */
    static String plain(String context, String problem) {
        String p = problem == null ? "" : problem.lines().findFirst().orElse("").strip();
        for (Map.Entry<String, String> t : TOKENS.entrySet()) {
            p = p.replace("'" + t.getKey() + "'", t.getValue()).replace(t.getKey(), t.getValue());
        }
        p = p.replaceAll("\\s*\\(Do not use .*\\)", "")
                .replaceAll("found character '\\\\t\\(TAB\\)' that cannot start any token\\.?", "a tab cannot stand here: YAML indents with spaces")
                .replaceAll("found character '(.+?)' that cannot start any token\\.?", "`$1` cannot start a value here");
        if (p.isBlank() || p.matches("(?is).*(org\\.yaml|Event|token|snakeyaml|\\w+Impl|null).*")) {
            p = "not valid YAML here";
        }
        String c = context == null ? "" : context.strip().replaceFirst("^while ", "")
                .replace("scanning", "reading").replace("parsing", "reading").replace("a simple key", "a key")
                .replace("block mapping", "mapping").replace("block collection", "indented block")
                .replace("flow sequence", "`[…]` list").replace("flow mapping", "`{…}` mapping")
                .replace("scalar", "value").replace("block node", "value").replace("flow node", "value");
        if (!c.isEmpty() && !c.matches("(?is).*(org\\.yaml|Event|token|snakeyaml|null).*")) {
            return p + " (" + c + ")";
        }
        return p;
    }
}
