package org.cpoadvisor.advisor.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Mutations of {@code .cpo} text at the level of its tokens: delete, duplicate and
 * swap tokens, splice runs of them, insert tokens of the language, huge numbers,
 * thousands of braces, names of 100,000 characters and odd Unicode, truncate.
 * Each mutation is a value, so that jqwik can shrink a failing list and print it.
 */
final class Mutator {

    static final Path SAMPLES = Path.of("../samples");

    /** Comments, strings, numbers, words, white space, or any other single code point. */
    private static final Pattern TOKEN = Pattern.compile(
            "//[^\\n]*+|/\\*(?s:.*?)\\*/|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|[0-9][0-9_.]*|[A-Za-z][A-Za-z0-9_.\\-/]*|\\s+|\\X");

    enum Op { DELETE, DUPLICATE, SWAP, SPLICE, INSERT_TOKEN, INSERT_ODD, INSIDE_TOKEN, HUGE_NUMBER, LONG_NAME, DEEP_NESTING,
        DUPLICATE_LINE, TRUNCATE }

    /** One mutation; {@code at} and {@code other} are taken modulo what there is. */
    record Mutation(Op op, int at, int other, String payload) {
        @Override
        public String toString() {
            String p = payload.length() > 40 ? payload.substring(0, 20) + "…(" + payload.length() + " chars)" : payload;
            return op + "@" + at + "/" + other + (payload.isEmpty() ? "" : " " + escape(p));
        }
    }

    /** Numbers no estate has: past every range, past int, long and double, and malformed. */
    static final List<String> HUGE_NUMBERS = List.of("1e300", "99999999999999999999", "1" + "0".repeat(400), "9".repeat(5000),
            "10000000", "10000001", "2147483647", "2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
            "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            "0", "0.0", "0.000000000000000000000000001", "0." + "0".repeat(400) + "1", "1_000_000_000_000", "00000000000000000001",
            "1.7976931348623157e308", "4.9e-324", "1__0", "1..2", ".5", "5.", "1.2.3", "NaN", "Infinity", "-1", "-0", "0x10",
            "١٢٣", "𝟙𝟚𝟛", "٣");

    /** Characters that break naive text handling: direction marks, controls (no NUL), surrogates, combining marks. */
    static final List<String> ODD = List.of("\u200F", "\u202E", "\u202Ddlrow\u202C", "\u200B", "\u200D", "\uFEFF", "\u0001", "\u0007",
            "\u0008", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029", "\uD83D\uDE00", "\uD83D", "\uDE00",
            "e\u0301\u0301\u0301\u0301", "\u0301", "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357", "\uFFFF", "\uFFFE", "\uFFFD",
            "\t", "\r", "\r\n", "\u000B", "\u000C", "\u00A0", "\u3000", "Ω", "ß", "İ", "ǅ", "\uD800\uDC00", "\uDBFF\uDFFF",
            "🏳️‍🌈", "\u0600", "\u061C", "\u2066", "\u2069", "\\", "\\\"", "\"", "'", "`", "<", "&", "]]>", "%s", "%n", "${x}",
            "\u0000".replace('\u0000', '\u0002'));

    private static final List<String> SAMPLE_FILES = sampleFiles();

    private static final Map<String, String> TEXTS = texts();

    /** Every distinct token of the samples (no white space or comments) and the language's punctuation. */
    static final List<String> VOCABULARY = vocabulary();

    private Mutator() {
    }

    static List<String> sampleNames() {
        return SAMPLE_FILES;
    }

    static String sample(String name) {
        return TEXTS.get(name);
    }

    static Arbitrary<String> samples() {
        return Arbitraries.of(SAMPLE_FILES);
    }

    static Arbitrary<List<Mutation>> mutations(int max) {
        return mutation().list().ofMinSize(1).ofMaxSize(max);
    }

    static Arbitrary<Mutation> mutation() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.just(Op.DELETE)),
                net.jqwik.api.Tuple.of(8, Arbitraries.just(Op.DUPLICATE)),
                net.jqwik.api.Tuple.of(8, Arbitraries.just(Op.SWAP)),
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Op.SPLICE)),
                net.jqwik.api.Tuple.of(10, Arbitraries.just(Op.INSERT_TOKEN)),
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Op.INSERT_ODD)),
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Op.INSIDE_TOKEN)),
                net.jqwik.api.Tuple.of(8, Arbitraries.just(Op.HUGE_NUMBER)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Op.LONG_NAME)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Op.DEEP_NESTING)),
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Op.DUPLICATE_LINE)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Op.TRUNCATE)));
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1 << 20);
        return Combinators.combine(op, index, index).flatAs((o, a, b) -> payload(o).map(p -> new Mutation(o, a, b, p)));
    }

    private static Arbitrary<String> payload(Op op) {
        return switch (op) {
            case INSERT_TOKEN -> Arbitraries.of(VOCABULARY);
            case INSERT_ODD, INSIDE_TOKEN -> Arbitraries.oneOf(Arbitraries.of(ODD),
                    Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4));
            case HUGE_NUMBER -> Arbitraries.of(HUGE_NUMBERS);
            case LONG_NAME -> Arbitraries.of("n", "é", "\uD83D\uDE00", "a\u0301", "\u202E").map(c -> c.repeat(100_000 / c.length()));
            case DEEP_NESTING -> Arbitraries.of(1_000, 5_000, 20_000).flatMap(n -> Arbitraries.of(
                    "{".repeat(n), "{".repeat(n) + "}".repeat(n), "site \"s\" {".repeat(n), "cluster \"c\" {".repeat(n) + "}".repeat(n),
                    "}".repeat(n), "/*".repeat(n), "\"".repeat(n), "..".repeat(n), "x ".repeat(n)));
            default -> Arbitraries.just("");
        };
    }

    /** Applies the mutations in order. */
    static String apply(String text, List<Mutation> mutations) {
        String t = text;
        for (Mutation m : mutations) {
            t = apply(t, m);
        }
        return t;
    }

    static String apply(String text, Mutation m) {
        if (m.op() == Op.TRUNCATE) {
            return text.substring(0, text.isEmpty() ? 0 : m.at() % (text.length() + 1));
        }
        if (m.op() == Op.DUPLICATE_LINE) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int i = m.at() % lines.size();
            lines.add(m.other() % (lines.size() + 1), lines.get(i));
            return String.join("\n", lines);
        }
        List<String> tokens = tokens(text);
        List<Integer> significant = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<Integer> strings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            if (tok.isBlank() || tok.startsWith("//") || tok.startsWith("/*")) continue;
            significant.add(i);
            if (Character.isDigit(tok.charAt(0))) numbers.add(i);
            if (tok.startsWith("\"")) strings.add(i);
        }
        if (significant.isEmpty()) {
            return text + " " + m.payload();
        }
        int a = significant.get(m.at() % significant.size());
        int b = significant.get(m.other() % significant.size());
        switch (m.op()) {
            case DELETE -> tokens.remove(a);
            case DUPLICATE -> tokens.add(a, tokens.get(a) + " ");
            case SWAP -> {
                String x = tokens.get(a);
                tokens.set(a, tokens.get(b));
                tokens.set(b, x);
            }
            case SPLICE -> {
                int len = 1 + m.other() % 60;
                List<String> run = new ArrayList<>(tokens.subList(a, Math.min(tokens.size(), a + len)));
                int to = significant.get((m.at() / 7 + m.other()) % significant.size());
                tokens.addAll(to, run);
            }
            case INSERT_TOKEN -> tokens.add(a, " " + m.payload() + " ");
            case INSERT_ODD -> tokens.add(a, m.payload());
            case INSIDE_TOKEN -> {
                int s = strings.isEmpty() ? a : strings.get(m.at() % strings.size());
                String tok = tokens.get(s);
                int cut = tok.isEmpty() ? 0 : m.other() % (tok.length() + 1);
                tokens.set(s, tok.substring(0, cut) + m.payload() + tok.substring(cut));
            }
            case HUGE_NUMBER -> {
                int n = numbers.isEmpty() ? a : numbers.get(m.at() % numbers.size());
                tokens.set(n, m.payload());
            }
            case LONG_NAME -> {
                int s = strings.isEmpty() ? a : strings.get(m.at() % strings.size());
                tokens.set(s, "\"" + m.payload() + "\"");
            }
            case DEEP_NESTING -> tokens.add(a, m.payload());
            default -> throw new IllegalStateException(m.op().toString());
        }
        return String.join("", tokens);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F) b.appendCodePoint(c);
            else b.append(String.format("\\u{%X}", c));
        });
        return b.toString();
    }

    private static List<String> sampleFiles() {
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".cpo")).map(p -> SAMPLES.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> texts() {
        Map<String, String> m = new TreeMap<>();
        for (String name : sampleFiles()) {
            try {
                m.put(name, Files.readString(SAMPLES.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    private static List<String> vocabulary() {
        TreeSet<String> words = new TreeSet<>(List.of("{", "}", ",", ":", "..", "x", "%", "/", "\"\"", "\"x\"", "\"", "/*", "*/",
                "//", "\\", "architecture", "horizon", "currency", "import", "assumptions", "policy", "catalog", "site",
                "cluster", "switch", "optic", "accelerator", "source", "plan", "tiers", "from", "per", "existing", "true", "false",
                "pJ/bit", "USD/kWh", "fit", "rail-optimized", "oversubscription", "planes", "laser", "part-number", "family", "infiniband",
                "ethernet", "vendor", "vendors", "pilot-switches", "\"NVIDIA\",", "1:1", "0:0", "1:0",
                "2025..2030", "2030..2025"));
        for (String text : TEXTS.values()) {
            for (String tok : tokens(text)) {
                if (!tok.isBlank() && !tok.startsWith("//") && !tok.startsWith("/*")) words.add(tok);
            }
        }
        return List.copyOf(words);
    }
}
