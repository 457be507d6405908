package org.cpoadvisor.rules.judge;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's rule packs: extra DRL files, compiled at run time (once), that run after the
 * built-in rules on the same facts and the built-in results, and may insert
 * {@link Finding}s of their own (docs/rule-packs.md). The built-in knowledge base is
 * compiled at build time to the executable model and is never recompiled: a pack is
 * a knowledge base of its own, so a pack cannot change a verdict or the roadmap.
 *
 * <p>Compile errors are diagnostics {@link Code#CPO310} at the pack's file, line and
 * column. A compiled pack is immutable and may serve many threads: each run uses a
 * session of its own.
 */
public final class RulePack {

    /** How many rule firings a pack may take per advice before it is stopped as a runaway. */
    public static final int DEFAULT_MAX_FIRINGS = 100_000;

    /** The text of one DRL file and the name diagnostics give it (usually its path). */
    public record Source(String name, String text) {
    }

    /** What compiling gave: the pack, or the diagnostics that say why there is none. */
    public record Compiled(RulePack pack, List<Diagnostic> diagnostics) {
        public Compiled {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean ok() {
            return pack != null;
        }
    }

    private final KieBase base;
    private final Map<String, Source> sources;
    private final int maxFirings;
    private final long compileMillis;

    private RulePack(KieBase base, Map<String, Source> sources, int maxFirings, long compileMillis) {
        this.base = base;
        this.sources = sources;
        this.maxFirings = maxFirings;
        this.compileMillis = compileMillis;
    }

    /** Compiles the files into one pack; with {@code maxFirings} rule firings allowed per advice. */
    public static Compiled compile(List<Source> files, int maxFirings) {
        if (maxFirings < 1) throw new IllegalArgumentException("maxFirings must be at least 1, not " + maxFirings);
        return withOwnLoader(() -> compileNow(files, maxFirings));
    }

    /**
     * Runs Drools with this module's class loader as the context class loader: Drools finds
     * its services through it, and a host (a Maven plugin, an application server) may set
     * one that does not see Drools.
     */
    static <T> T withOwnLoader(java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        ClassLoader own = RulePack.class.getClassLoader();
        if (before == own) return work.get();
        thread.setContextClassLoader(own);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Compiled compileNow(List<Source> files, int maxFirings) {
        long start = System.nanoTime();
        ClassLoader loader = RulePack.class.getClassLoader();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(loader));
        Map<String, Source> byPath = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int n = 0;
        for (Source s : files) {
            // a path of our own per file, so that results map back to the file whatever its name
            String path = "cpo/pack/p" + (n++) + ".drl";
            byPath.put(path, s);
            Resource r = KieServices.get().getResources().newByteArrayResource(s.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(path);
            r.setResourceType(ResourceType.DRL);
            try {
                builder.add(r, ResourceType.DRL);
            } catch (RuntimeException e) {
                // the builder reports most problems as results; a few (a bad package line) escape as exceptions
                diagnostics.add(diagnostic(s, 1, String.valueOf(e.getMessage())));
            }
        }
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            Source s = result.getResource() == null ? null : byPath.get(result.getResource().getSourcePath());
            if (s == null && byPath.size() == 1) s = byPath.values().iterator().next();
            if (s == null) s = new Source("rule pack", "");
            int[] lines = result.getLines();
            int line = lines == null || lines.length == 0 ? 0 : lines[0];
            String message = result.getMessage() == null ? "" : result.getMessage();
            // "Parser returned a null Package" only follows a syntax error that is reported already
            if (line <= 0 && message.contains("null Package")) continue;
            diagnostics.add(diagnostic(s, line, message));
        }
        if (!diagnostics.isEmpty()) {
            diagnostics.sort(Diagnostic.ORDER);
            return new Compiled(null, dedupe(diagnostics));
        }
        KieBase base = builder.newKieBase();
        long ms = (System.nanoTime() - start) / 1_000_000;
        return new Compiled(new RulePack(base, java.util.Collections.unmodifiableMap(byPath), maxFirings, ms), List.of());
    }

    private static List<Diagnostic> dedupe(List<Diagnostic> all) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : all) {
            if (!out.contains(d)) out.add(d);
        }
        return out;
    }

    /** How long compiling took, in milliseconds. */
    public long compileMillis() {
        return compileMillis;
    }

    /** How many rule firings one run may take. */
    public int maxFirings() {
        return maxFirings;
    }

    /** The names of the pack's files, in the order given. */
    public List<String> files() {
        return sources.values().stream().map(Source::name).toList();
    }

    KieBase base() {
        return base;
    }

    /** Where a rule of the pack is written: its {@code rule "name"} line, or the first file's start. */
    SourceLocation locate(String ruleName) {
        Pattern p = Pattern.compile("^[ \\t]*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|'" + Pattern.quote(ruleName) + "'|"
                + Pattern.quote(ruleName) + "\\b)", Pattern.MULTILINE);
        for (Source s : sources.values()) {
            Matcher m = p.matcher(s.text());
            if (m.find()) {
                int line = 1 + (int) s.text().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                String text = lineOf(s.text(), line);
                return new SourceLocation(s.name(), line, firstNonBlank(text), text == null ? 1 : Math.max(1, text.strip().length()));
            }
        }
        Source first = sources.values().iterator().next();
        return SourceLocation.of(first.name(), 1, 1);
    }

    String sourceLine(SourceLocation at) {
        for (Source s : sources.values()) {
            if (s.name().equals(at.file())) return lineOf(s.text(), at.line());
        }
        return null;
    }

    /** A CPO310 diagnostic at a line of a pack; the column is where the message's words are on that line. */
    static Diagnostic diagnostic(Source s, int line, String drools) {
        String message = clean(drools);
        int ln = Math.max(1, line);
        String text = lineOf(s.text(), ln);
        int column = text == null ? 1 : column(text, drools);
        int length = text == null ? 1 : length(text, drools, column);
        return new Diagnostic(Code.CPO310, Code.CPO310.defaultSeverity(), "rule pack does not compile: " + message,
                new SourceLocation(s.name(), ln, column, length), null,
                "see docs/rule-packs.md for the facts a pack can match and how to insert a Finding", text);
    }

    /** The first line of Drools' message, without its own "[ERR 102] Line 6:0" prefix and MVEL's caret display. */
    static String clean(String drools) {
        String first = drools.strip().lines().findFirst().orElse("").strip();
        first = first.replaceFirst("^\\[ERR \\d+\\]\\s*Line \\d+:\\d+\\s*", "");
        first = first.replaceFirst("^Rule Compilation error\\s*", "");
        if (first.endsWith(":")) first = first.substring(0, first.length() - 1);
        // MVEL says what it could not resolve on its second line: keep that, it is the useful part
        for (String l : drools.lines().toList()) {
            String t = l.strip();
            if (t.startsWith("[Error: ")) {
                first = first + " (" + t.substring(8, t.length() - (t.endsWith("]") ? 1 : 0)) + ")";
                break;
            }
        }
        return first.isEmpty() ? "unknown error" : first;
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'|\"([^\"]+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("(?:Expression|Predicate)\\s+'?(.+?)'?(?::|\\s+must\\b|$)",
            Pattern.MULTILINE);
    private static final Pattern WORD = Pattern.compile("^([A-Za-z_$][\\w$.]*) cannot be resolved");

    /** Drools gives the line but no column: find the words the message names on that line. */
    static int column(String line, String drools) {
        for (String snippet : snippets(drools)) {
            int at = line.indexOf(snippet);
            if (at >= 0) return at + 1;
        }
        return firstNonBlank(line);
    }

    private static int length(String line, String drools, int column) {
        for (String snippet : snippets(drools)) {
            if (line.indexOf(snippet) == column - 1) return snippet.length();
        }
        return 1;
    }

    private static List<String> snippets(String drools) {
        List<String> out = new ArrayList<>();
        String first = drools.strip().lines().findFirst().orElse("");
        Matcher e = EXPRESSION.matcher(first);
        if (e.find()) out.add(e.group(1).strip());
        Matcher q = QUOTED.matcher(first.replaceFirst("in rule \"[^\"]*\"", ""));
        while (q.find()) out.add((q.group(1) != null ? q.group(1) : q.group(2)).strip());
        Matcher w = WORD.matcher(clean(drools));
        if (w.find()) out.add(w.group(1));
        out.removeIf(String::isBlank);
        return out;
    }

    private static int firstNonBlank(String line) {
        if (line == null) return 1;
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) return i + 1;
        }
        return 1;
    }

    static String lineOf(String text, int line) {
        List<String> lines = text.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }
}
