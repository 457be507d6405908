package org.cpoadvisor.advisor.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples as JSON and YAML documents, and mutations of those documents at the level
 * of their structure: fields dropped, duplicated, renamed and moved, values of the wrong
 * type, numbers past every range (and in exponent form), odd and huge strings, deep
 * nesting, paths to import; then written as JSON or YAML, the YAML with anchors,
 * aliases, tags, flow and block styles. Each mutation is a value, so that jqwik can
 * shrink a failing list and print it.
 */
final class Documents {

    private Documents() {
    }

    // ------------------------------------------------------------------ the tree

    /** A JSON value: an object (fields in order, a key possibly twice), a list, or a scalar. */
    sealed interface Node permits Obj, Arr, Val {
        Node copy();
    }

    record Field(String key, Node value) {
    }

    record Obj(List<Field> fields) implements Node {
        Obj() {
            this(new ArrayList<>());
        }

        @Override
        public Obj copy() {
            List<Field> c = new ArrayList<>();
            for (Field f : fields) c.add(new Field(f.key(), f.value().copy()));
            return new Obj(c);
        }

        Node get(String key) {
            for (Field f : fields) if (f.key().equals(key)) return f.value();
            return null;
        }

        /** The value under {@code key}, made by {@code make} if there is none. */
        Node getOrAdd(String key, Node make) {
            Node n = get(key);
            if (n != null) return n;
            fields.add(new Field(key, make));
            return make;
        }
    }

    record Arr(List<Node> items) implements Node {
        Arr() {
            this(new ArrayList<>());
        }

        @Override
        public Arr copy() {
            List<Node> c = new ArrayList<>();
            for (Node n : items) c.add(n.copy());
            return new Arr(c);
        }
    }

    /**
     * A scalar: a string, a number written as {@code number} (raw JSON number text, which may be
     * anything a mutation put there), a boolean or null.
     */
    record Val(String string, String number, Boolean bool) implements Node {
        static final Val NULL = new Val(null, null, null);

        static Val of(String s) {
            return new Val(s, null, null);
        }

        static Val num(String n) {
            return new Val(null, n, null);
        }

        @Override
        public Val copy() {
            return this;
        }

        boolean isNull() {
            return string == null && number == null && bool == null;
        }
    }

    // ------------------------------------------------------------------ the samples as documents

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> ENTRY_KINDS = Set.of("switch", "optic", "accelerator", "laser");
    private static final Set<String> QUOTED_FIELDS = Set.of("part-number", "laser", "vendor");

    /** The samples (by name, as {@link Mutator#sampleNames()}) as documents; imports are kept as paths. */
    static final TreeMap<String, Obj> SAMPLES = samples();

    /** Every key of every document, and the words a document knows. */
    static final List<String> KEYS = keys();

    /** Every scalar of every document, as written. */
    static final List<Val> VALUES = values();

    private static TreeMap<String, Obj> samples() {
        TreeMap<String, Obj> out = new TreeMap<>();
        for (String name : Mutator.sampleNames()) {
            out.put(name, fromCpo(Mutator.sample(name)));
        }
        return out;
    }

    /**
     * A {@code .cpo} file in canonical layout as a document of the same model (README, JSON and
     * YAML): blocks become objects, sites and clusters lists, catalog entries lists by kind,
     * {@code rate X r} the {@code rates} object, a field's {@code source} the entry's {@code sources}.
     */
    static Obj fromCpo(String text) {
        Obj doc = new Obj();
        List<Obj> stack = new ArrayList<>(List.of(doc));
        List<String> kinds = new ArrayList<>(List.of("document"));
        for (String raw : stripComments(text).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            Obj top = stack.get(stack.size() - 1);
            String kind = kinds.get(kinds.size() - 1);
            if (line.equals("}")) {
                if (stack.size() > 1) {
                    stack.remove(stack.size() - 1);
                    kinds.remove(kinds.size() - 1);
                }
                continue;
            }
            String word = line.split("\\s+", 2)[0];
            String rest = line.substring(word.length()).strip();
            if (rest.endsWith("{")) {
                String head = rest.substring(0, rest.length() - 1).strip();
                Obj block = new Obj();
                switch (word) {
                    case "assumptions", "policy", "catalog" -> block = (Obj) doc.getOrAdd(word, block);
                    case "site" -> {
                        block.fields().add(new Field("name", Val.of(unquote(head))));
                        ((Arr) doc.getOrAdd("sites", new Arr())).items().add(block);
                    }
                    case "cluster" -> {
                        block.fields().add(new Field("name", Val.of(unquote(head))));
                        ((Arr) top.getOrAdd("clusters", new Arr())).items().add(block);
                    }
                    default -> {
                        if (ENTRY_KINDS.contains(word)) {
                            block.fields().add(new Field("id", Val.of(unquote(head))));
                            String group = switch (word) {
                                case "switch" -> "switches";
                                case "optic" -> "optics";
                                case "accelerator" -> "accelerators";
                                default -> "lasers";
                            };
                            ((Arr) top.getOrAdd(group, new Arr())).items().add(block);
                        } else {
                            top.fields().add(new Field(word, block)); // not in the samples: kept as it is
                        }
                    }
                }
                stack.add(block);
                kinds.add(word);
                continue;
            }
            switch (kind) {
                case "document" -> {
                    switch (word) {
                        case "architecture" -> doc.fields().add(new Field("architecture", Val.of(unquote(rest))));
                        case "import" -> ((Arr) doc.getOrAdd("imports", new Arr())).items().add(Val.of(unquote(rest)));
                        default -> doc.fields().add(new Field(word, scalar(rest)));
                    }
                }
                case "assumptions" -> {
                    if (word.equals("rate")) {
                        String[] p = rest.split("\\s+");
                        ((Obj) top.getOrAdd("rates", new Obj())).fields().add(new Field(p[0], scalar(p[p.length - 1])));
                    } else {
                        top.fields().add(new Field(word, scalar(rest)));
                    }
                }
                case "policy" -> {
                    if (word.equals("vendors")) {
                        Arr names = new Arr();
                        Matcher m = QUOTED.matcher(rest);
                        while (m.find()) names.items().add(Val.of(m.group(1)));
                        top.fields().add(new Field(word, names));
                    } else {
                        top.fields().add(new Field(word, scalar(rest)));
                    }
                }
                default -> {
                    if (ENTRY_KINDS.contains(kind)) {
                        entryField(top, word, rest);
                    } else {
                        top.fields().add(new Field(word, scalar(rest)));
                    }
                }
            }
        }
        return doc;
    }

    private static void entryField(Obj entry, String word, String rest) {
        if (word.equals("source")) {
            entry.fields().add(new Field("source", Val.of(unquote(rest))));
            return;
        }
        String value = rest;
        String source = null;
        int at = rest.lastIndexOf(" source \"");
        if (at >= 0 && rest.endsWith("\"")) {
            value = rest.substring(0, at).strip();
            source = unquote(rest.substring(at + " source ".length()));
        }
        entry.fields().add(new Field(word, QUOTED_FIELDS.contains(word) ? Val.of(unquote(value)) : scalar(value)));
        if (source != null) {
            ((Obj) entry.getOrAdd("sources", new Obj())).fields().add(new Field(word, Val.of(source)));
        }
    }

    private static Val scalar(String text) {
        String t = text.strip();
        return NUMBER.matcher(t).matches() ? Val.num(t) : Val.of(t);
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return t;
    }

    /** Comments out, strings kept (a `//` inside a string is text). */
    private static String stripComments(String text) {
        StringBuilder out = new StringBuilder();
        boolean string = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (string) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) out.append(text.charAt(++i));
                else if (c == '"' || c == '\n') string = false;
            } else if (c == '"') {
                string = true;
                out.append(c);
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') i++;
                out.append('\n');
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 2;
                text.substring(i, stop).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = stop - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> keys() {
        TreeSet<String> keys = new TreeSet<>(List.of("architecture", "horizon", "currency", "imports", "assumptions", "policy",
                "catalog", "sites", "clusters", "name", "id", "source", "sources", "rates", "vendors", "switches", "optics",
                "accelerators", "lasers", "gpus", "accelerator"));
        for (Obj doc : SAMPLES.values()) collectKeys(doc, keys);
        return List.copyOf(keys);
    }

    private static void collectKeys(Node n, Set<String> out) {
        if (n instanceof Obj o) {
            for (Field f : o.fields()) {
                out.add(f.key());
                collectKeys(f.value(), out);
            }
        } else if (n instanceof Arr a) {
            for (Node i : a.items()) collectKeys(i, out);
        }
    }

    private static List<Val> values() {
        List<Val> out = new ArrayList<>();
        Set<Val> seen = new java.util.HashSet<>();
        for (Obj doc : SAMPLES.values()) collectValues(doc, out, seen);
        return List.copyOf(out);
    }

    private static void collectValues(Node n, List<Val> out, Set<Val> seen) {
        if (n instanceof Obj o) {
            for (Field f : o.fields()) collectValues(f.value(), out, seen);
        } else if (n instanceof Arr a) {
            for (Node i : a.items()) collectValues(i, out, seen);
        } else if (n instanceof Val v && seen.add(v)) {
            out.add(v);
        }
    }

    // ------------------------------------------------------------------ mutations

    enum Op { DROP, DUPLICATE, RETYPE, OTHER_VALUE, RENAME_KEY, INSERT_FIELD, GRAFT, WRAP_DEEP, HUGE_NUMBER, LONG_STRING,
        ODD_STRING, REPEAT_ITEM, IMPORT }

    /** One mutation; {@code at} and {@code other} pick nodes modulo how many there are. */
    record Mutation(Op op, int at, int other, String payload) {
        @Override
        public String toString() {
            String p = payload.length() > 40 ? payload.substring(0, 20) + "…(" + payload.length() + " chars)" : payload;
            return op + "@" + at + "/" + other + (payload.isEmpty() ? "" : " " + Mutator.escape(p));
        }
    }

    /** Numbers no estate has, as JSON numbers: past every range, in exponent form, negative. */
    static final List<String> NUMBERS = List.of("0", "-0", "-1", "1e300", "1e309", "-1e309", "1e400", "1e999999999", "1E+2147483647",
            "1e-999999999", "-1.5e-999999999", "4.9e-324", "1.7976931348623157e308", "99999999999999999999", "1" + "0".repeat(400),
            "9".repeat(999), "9".repeat(1001), "0." + "0".repeat(400) + "1", "2147483648", "9223372036854775808", "10000001", "0.5",
            "1.0e0", "12e-1", "3.0000000000000001");

    /** Paths an {@code imports} list may name: outside the root's folder, absolute, missing, itself, a folder, odd. */
    static final List<String> IMPORT_PATHS = List.of("common/assumptions.cpo", "common/policy.cpo", "sites/cn-north.cpo",
            "common/../common/catalog.cpo", "../outside.cpo", "../../etc/passwd", "/etc/passwd", "missing.cpo", "common",
            "common/", ".", "", "hyperscale-cn.cpo", "doc.json", "doc.yaml", "common/assumptions.cpo\u0000", "sites\\cn-north.cpo",
            "C:\\x.cpo", "file:///etc/passwd", "common/" + "a".repeat(300) + ".cpo", "\u202Ecommon/policy.cpo", "%2e%2e/x.cpo");

    static Arbitrary<List<Mutation>> mutations(int max) {
        return mutation().list().ofMinSize(1).ofMaxSize(max);
    }

    static Arbitrary<Mutation> mutation() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(Op.DROP)),
                Tuple.of(6, Arbitraries.just(Op.DUPLICATE)),
                Tuple.of(8, Arbitraries.just(Op.RETYPE)),
                Tuple.of(10, Arbitraries.just(Op.OTHER_VALUE)),
                Tuple.of(6, Arbitraries.just(Op.RENAME_KEY)),
                Tuple.of(6, Arbitraries.just(Op.INSERT_FIELD)),
                Tuple.of(4, Arbitraries.just(Op.GRAFT)),
                Tuple.of(2, Arbitraries.just(Op.WRAP_DEEP)),
                Tuple.of(8, Arbitraries.just(Op.HUGE_NUMBER)),
                Tuple.of(2, Arbitraries.just(Op.LONG_STRING)),
                Tuple.of(6, Arbitraries.just(Op.ODD_STRING)),
                Tuple.of(2, Arbitraries.just(Op.REPEAT_ITEM)),
                Tuple.of(3, Arbitraries.just(Op.IMPORT)));
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1 << 20);
        return Combinators.combine(op, index, index).flatAs((o, a, b) -> payload(o).map(p -> new Mutation(o, a, b, p)));
    }

    private static Arbitrary<String> payload(Op op) {
        return switch (op) {
            case RETYPE -> Arbitraries.of("null", "true", "false", "0", "-1", "\"\"", "[]", "{}", "[x]", "{x}", "\" \"", "\"NaN\"",
                    "\"Infinity\"");
            case RENAME_KEY -> Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.of(KEYS).map(k -> k.toUpperCase(java.util.Locale.ROOT)),
                    Arbitraries.of(KEYS).map(k -> k.length() > 1 ? k.substring(1) : k + k), Arbitraries.of(Mutator.ODD),
                    Arbitraries.of("", " ", "$", "__proto__", "a.b", "1", "-", "x".repeat(10_000)));
            case INSERT_FIELD -> Arbitraries.of(KEYS);
            case WRAP_DEEP -> Arbitraries.of(2, 100, 999, 1000, 1001, 1500).map(String::valueOf);
            case HUGE_NUMBER -> Arbitraries.oneOf(Arbitraries.of(NUMBERS), Arbitraries.of(Mutator.HUGE_NUMBERS).map(n -> "\"" + n + "\""));
            case LONG_STRING -> Arbitraries.of("n", "é", "\uD83D\uDE00", "1", " ").map(c -> c.repeat(100_000 / c.length()));
            case ODD_STRING -> Arbitraries.oneOf(Arbitraries.of(Mutator.ODD), Arbitraries.of("\u0000", "\uD800", "\uDFFF", "\n", "\"", "\\"),
                    Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4));
            case REPEAT_ITEM -> Arbitraries.of(2, 10, 100, 300).map(String::valueOf);
            case IMPORT -> Arbitraries.of(IMPORT_PATHS);
            default -> Arbitraries.just("");
        };
    }

    /** A slot of the tree: a field of an object, or an item of a list. */
    private record Slot(Node parent, int index) {
        Node get() {
            return parent instanceof Obj o ? o.fields().get(index).value() : ((Arr) parent).items().get(index);
        }

        void set(Node n) {
            if (parent instanceof Obj o) o.fields().set(index, new Field(o.fields().get(index).key(), n));
            else ((Arr) parent).items().set(index, n);
        }
    }

    private static void slots(Node n, List<Slot> out) {
        if (n instanceof Obj o) {
            for (int i = 0; i < o.fields().size(); i++) {
                out.add(new Slot(o, i));
                slots(o.fields().get(i).value(), out);
            }
        } else if (n instanceof Arr a) {
            for (int i = 0; i < a.items().size(); i++) {
                out.add(new Slot(a, i));
                slots(a.items().get(i), out);
            }
        }
    }

    private static void containers(Node n, List<Node> out) {
        if (n instanceof Obj || n instanceof Arr) out.add(n);
        if (n instanceof Obj o) for (Field f : o.fields()) containers(f.value(), out);
        if (n instanceof Arr a) for (Node i : a.items()) containers(i, out);
    }

    /** The mutations applied in order to a copy of {@code doc}. */
    static Node apply(Obj doc, List<Mutation> mutations) {
        Node root = doc.copy();
        for (Mutation m : mutations) root = apply(root, m);
        return root;
    }

    static Node apply(Node root, Mutation m) {
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        List<Node> containers = new ArrayList<>();
        containers(root, containers);
        if (slots.isEmpty() || containers.isEmpty()) {
            return m.op() == Op.INSERT_FIELD || m.op() == Op.IMPORT ? withField(new Obj(), m) : root;
        }
        Slot slot = slots.get(m.at() % slots.size());
        Slot other = slots.get(m.other() % slots.size());
        switch (m.op()) {
            case DROP -> {
                if (slot.parent() instanceof Obj o) o.fields().remove(slot.index());
                else ((Arr) slot.parent()).items().remove(slot.index());
            }
            case DUPLICATE -> {
                if (slots.size() + size(slot.get()) > MAX_NODES) break;
                if (slot.parent() instanceof Obj o) o.fields().add(slot.index() + 1, new Field(o.fields().get(slot.index()).key(), slot.get().copy()));
                else ((Arr) slot.parent()).items().add(slot.index() + 1, slot.get().copy());
            }
            case RETYPE -> slot.set(switch (m.payload()) {
                case "null" -> Val.NULL;
                case "true" -> new Val(null, null, true);
                case "false" -> new Val(null, null, false);
                case "\"\"" -> Val.of("");
                case "\" \"" -> Val.of(" ");
                case "\"NaN\"" -> Val.of("NaN");
                case "\"Infinity\"" -> Val.of("Infinity");
                case "[]" -> new Arr();
                case "{}" -> new Obj();
                case "[x]" -> new Arr(new ArrayList<>(List.of(slot.get().copy())));
                case "{x}" -> new Obj(new ArrayList<>(List.of(new Field("value", slot.get().copy()))));
                default -> Val.num(m.payload());
            });
            case OTHER_VALUE -> slot.set(m.other() % 3 == 0 ? other.get().copy() : VALUES.get(m.other() % VALUES.size()));
            case RENAME_KEY -> {
                Slot keyed = slot.parent() instanceof Obj ? slot : other.parent() instanceof Obj ? other : null;
                if (keyed != null) {
                    Obj o = (Obj) keyed.parent();
                    o.fields().set(keyed.index(), new Field(m.payload(), o.fields().get(keyed.index()).value()));
                }
            }
            case INSERT_FIELD, IMPORT -> {
                Node c = containers.get(m.other() % containers.size());
                if (m.op() == Op.IMPORT) c = root;
                if (c instanceof Obj o) withField(o, m);
                else ((Arr) c).items().add(VALUES.get(m.at() % VALUES.size()));
            }
            case GRAFT -> {
                Node c = containers.get(m.other() % containers.size());
                if (slots.size() + size(slot.get()) > MAX_NODES || depth(root) + depth(slot.get()) > MAX_DEPTH) break;
                Node graft = slot.get().copy();
                if (c instanceof Obj o) o.fields().add(new Field(KEYS.get(m.at() % KEYS.size()), graft));
                else ((Arr) c).items().add(graft);
            }
            case WRAP_DEEP -> {
                Node n = slot.get();
                // past Jackson's 1,000 levels, but not so deep that writing the document overflows the test's stack
                int depth = Math.min(Integer.parseInt(m.payload()), MAX_DEPTH - depth(root));
                for (int i = 0; i < depth; i++) {
                    n = (i + m.other()) % 2 == 0 ? new Arr(new ArrayList<>(List.of(n))) : new Obj(new ArrayList<>(List.of(new Field("sites", n))));
                }
                slot.set(n);
            }
            case HUGE_NUMBER -> {
                Slot s = firstScalar(slots, m.at());
                s.set(m.payload().startsWith("\"") ? Val.of(m.payload().substring(1, m.payload().length() - 1)) : Val.num(m.payload()));
            }
            case LONG_STRING -> firstString(slots, m.at()).set(Val.of(m.payload()));
            case ODD_STRING -> {
                Slot s = firstString(slots, m.at());
                String v = s.get() instanceof Val val && val.string() != null ? val.string() : "";
                int cut = v.isEmpty() ? 0 : m.other() % (v.length() + 1);
                s.set(Val.of(v.substring(0, cut) + m.payload() + v.substring(cut)));
            }
            case REPEAT_ITEM -> {
                Slot s = slot.parent() instanceof Arr ? slot : other.parent() instanceof Arr ? other : slot;
                Node item = s.get();
                // a few hundred copies, not hundreds of thousands: the hang guard is for hangs, not for big estates
                int n = (int) Math.min(Integer.parseInt(m.payload()), 1 + (MAX_NODES - slots.size()) / Math.max(1, size(item)));
                if (s.parent() instanceof Arr a) {
                    for (int i = 1; i < n; i++) a.items().add(s.index(), item.copy());
                }
            }
            default -> throw new IllegalStateException(m.op().toString());
        }
        return root;
    }

    /** Bounds on what mutations make: deeper than any parser takes, smaller than a slow estate. */
    static final int MAX_DEPTH = 1500;
    static final int MAX_NODES = 20_000;

    static int depth(Node n) {
        int d = 0;
        if (n instanceof Obj o) for (Field f : o.fields()) d = Math.max(d, depth(f.value()));
        if (n instanceof Arr a) for (Node i : a.items()) d = Math.max(d, depth(i));
        return n instanceof Val ? 0 : d + 1;
    }

    static int size(Node n) {
        int s = 1;
        if (n instanceof Obj o) for (Field f : o.fields()) s += size(f.value());
        if (n instanceof Arr a) for (Node i : a.items()) s += size(i);
        return s;
    }

    private static Obj withField(Obj o, Mutation m) {
        if (m.op() == Op.IMPORT) {
            Node imports = o.get("imports");
            if (imports instanceof Arr a) {
                if (a.items().isEmpty() || m.other() % 2 == 0) a.items().add(Val.of(m.payload()));
                else a.items().set(m.other() % a.items().size(), Val.of(m.payload()));
            } else {
                o.fields().add(new Field("imports", new Arr(new ArrayList<>(List.of(Val.of(m.payload()))))));
            }
        } else {
            o.fields().add(new Field(m.payload(), VALUES.get(m.at() % VALUES.size())));
        }
        return o;
    }

    /** The first scalar slot at or after {@code at} (cyclically); a number's when the document has one there. */
    private static Slot firstScalar(List<Slot> slots, int at) {
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get((at + i) % slots.size());
            if (s.get() instanceof Val) return s;
        }
        return slots.get(at % slots.size());
    }

    private static Slot firstString(List<Slot> slots, int at) {
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get((at + i) % slots.size());
            if (s.get() instanceof Val v && v.string() != null) return s;
        }
        return firstScalar(slots, at);
    }

    // ------------------------------------------------------------------ writing

    /** JSON: pretty or on one line, non-ASCII as itself or escaped, as {@code style} picks. */
    static String json(Node n, long style) {
        StringBuilder b = new StringBuilder();
        Random r = new Random(style);
        json(n, b, r.nextBoolean() ? 0 : -1, r.nextInt(4) == 0);
        return b.append('\n').toString();
    }

    private static void json(Node n, StringBuilder b, int indent, boolean asciiOnly) {
        String nl = indent < 0 ? "" : "\n" + "  ".repeat(indent + 1);
        String end = indent < 0 ? "" : "\n" + "  ".repeat(indent);
        int next = indent < 0 ? -1 : indent + 1;
        if (n instanceof Obj o) {
            b.append('{');
            for (int i = 0; i < o.fields().size(); i++) {
                if (i > 0) b.append(',');
                b.append(nl);
                jsonString(o.fields().get(i).key(), b, asciiOnly);
                b.append(indent < 0 ? ":" : ": ");
                json(o.fields().get(i).value(), b, next, asciiOnly);
            }
            b.append(o.fields().isEmpty() ? "" : end).append('}');
        } else if (n instanceof Arr a) {
            b.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) b.append(',');
                b.append(nl);
                json(a.items().get(i), b, next, asciiOnly);
            }
            b.append(a.items().isEmpty() ? "" : end).append(']');
        } else {
            Val v = (Val) n;
            if (v.string() != null) jsonString(v.string(), b, asciiOnly);
            else if (v.number() != null) b.append(v.number());
            else if (v.bool() != null) b.append(v.bool());
            else b.append("null");
        }
    }

    private static void jsonString(String s, StringBuilder b, boolean asciiOnly) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (asciiOnly && c > 0x7E) || Character.isSurrogate(c) && !asciiOnly && !paired(s, i)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                        if (Character.isHighSurrogate(c) && paired(s, i)) b.append(s.charAt(++i));
                    }
                }
            }
        }
        b.append('"');
    }

    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * YAML, as {@code style} picks for each node: block or flow collections; plain, single-
     * or double-quoted or block scalars; an anchor on a node and an alias to it later;
     * tags ({@code !!str}, {@code !!int}, {@code !!binary}, local and Java ones); a document
     * marker, a directive, comments.
     */
    static String yaml(Node n, long style) {
        return yaml(n, style, true);
    }

    /** YAML without the tricks that change what a document says (anchors, aliases, tags, markers): only its styles vary. */
    static String yaml(Node n, long style, boolean tricks) {
        Yaml y = new Yaml(new Random(style), tricks);
        StringBuilder b = new StringBuilder();
        switch (tricks ? y.random.nextInt(8) : 7) {
            case 0 -> b.append("---\n");
            case 1 -> b.append("%YAML 1.1\n---\n");
            case 2 -> b.append("# generated\n");
            default -> { }
        }
        y.block(n, b, 0, true);
        if (tricks && y.random.nextInt(12) == 0) b.append(y.random.nextBoolean() ? "...\n" : "---\nsecond: document\n");
        return b.toString();
    }

    private static final class Yaml {
        private final Random random;
        private final boolean tricks;
        private final List<String> anchors = new ArrayList<>();
        private int anchorCount;

        Yaml(Random random, boolean tricks) {
            this.random = random;
            this.tricks = tricks;
        }

        /** A node as the value after {@code key:} or {@code -}: inline when a scalar or flow, else on the next lines. */
        void block(Node n, StringBuilder b, int indent, boolean top) {
            String pad = "  ".repeat(indent);
            if (!top && !anchors.isEmpty() && random.nextInt(40) == 0) {
                b.append(" *").append(anchors.get(random.nextInt(anchors.size()))).append('\n');
                return;
            }
            String prefix = tricks ? decoration(n) : "";
            if (n instanceof Obj o && !o.fields().isEmpty() && (top || random.nextInt(6) != 0)) {
                b.append(top ? "" : prefix.isEmpty() ? "\n" : " " + prefix + "\n");
                for (Field f : o.fields()) {
                    b.append(pad).append(key(f.key())).append(':');
                    block(f.value(), b, indent + 1, false);
                }
            } else if (n instanceof Arr a && !a.items().isEmpty() && random.nextInt(6) != 0) {
                b.append(prefix.isEmpty() ? "\n" : " " + prefix + "\n");
                for (Node item : a.items()) {
                    b.append(pad).append('-');
                    block(item, b, indent + 1, false);
                }
            } else {
                b.append(' ').append(prefix.isEmpty() ? "" : prefix + " ");
                flow(n, b);
                b.append(tricks && random.nextInt(30) == 0 ? "  # note" : "").append('\n');
            }
        }

        private String decoration(Node n) {
            StringBuilder d = new StringBuilder();
            if (random.nextInt(25) == 0) {
                String name = "a" + anchorCount++;
                anchors.add(name);
                d.append('&').append(name);
            }
            if (random.nextInt(30) == 0) {
                if (!d.isEmpty()) d.append(' ');
                d.append(n instanceof Val ? pick("!!str", "!!int", "!!float", "!!bool", "!!null", "!!binary", "!!timestamp", "!local",
                        "!!java.lang.Runtime", "!!javax.script.ScriptEngineManager", "!<tag:yaml.org,2002:str>")
                        : pick("!!map", "!!seq", "!!set", "!!omap", "!!python/object:os.system", "!!java.util.HashMap"));
            }
            return d.toString();
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }

        private void flow(Node n, StringBuilder b) {
            if (n instanceof Obj o) {
                b.append('{');
                for (int i = 0; i < o.fields().size(); i++) {
                    b.append(i == 0 ? "" : ", ").append(key(o.fields().get(i).key())).append(": ");
                    flow(o.fields().get(i).value(), b);
                }
                b.append('}');
            } else if (n instanceof Arr a) {
                b.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    b.append(i == 0 ? "" : ", ");
                    flow(a.items().get(i), b);
                }
                b.append(']');
            } else {
                Val v = (Val) n;
                if (v.number() != null) b.append(v.number());
                else if (v.bool() != null) b.append(tricks && random.nextInt(5) == 0 ? (v.bool() ? "yes" : "off") : v.bool().toString());
                else if (v.string() == null) b.append(tricks ? pick("null", "~", "") : "null");
                else b.append(scalar(v.string()));
            }
        }

        private String key(String k) {
            return plainSafe(k) ? k : quoted(k);
        }

        private String scalar(String s) {
            int choice = random.nextInt(10);
            if (choice < 5 && plainSafe(s)) return s;
            if (choice < 7 && !s.contains("'") && s.chars().allMatch(c -> c >= 0x20 && !Character.isSurrogate((char) c))) {
                return "'" + s + "'";
            }
            return quoted(s);
        }

        private static boolean plainSafe(String s) {
            return s.matches("[A-Za-z0-9][A-Za-z0-9 ._/%()+-]*") && !s.endsWith(" ") && !s.contains(" #");
        }

        private static String quoted(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !paired(s, i) || c == '\uFEFF') {
                    b.append(String.format("\\u%04x", (int) c));
                } else b.append(c);
            }
            return b.append('"').toString();
        }
    }
}
