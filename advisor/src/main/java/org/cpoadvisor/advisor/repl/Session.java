package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.Architectures;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.advisor.report.Renderers;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.lang.Language.Form;
import org.cpoadvisor.dsl.lang.Language.Property;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Keyword;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.parse.ModelWriter;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.parse.Suggest;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.judge.StageAction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One consultation over one architecture: the commands of {@code cpo repl}, without
 * any terminal. The architecture lives as its canonical text ({@link ModelWriter}
 * output); {@code set}, {@code unset} and typed blocks edit that text and read it
 * again, so that a bad value gets the language's own diagnostic, placed in the REPL
 * input, and is refused. One {@link Advisor} (its rule base built once) serves the
 * whole session.
 *
 * <p>{@link #execute} runs one input (a command, or a block spanning several lines)
 * and never throws: problems are printed as diagnostics and the session goes on.
 */
public final class Session {

    /** The name under which the session's own text is read: places in it are {@code <session>:line:col}. */
    public static final String SESSION_TEXT = "<session>";

    /** How the session asks a yes/no question on a terminal. */
    @FunctionalInterface
    public interface Confirm {
        boolean ask(String question);
    }

    /** The commands, with their arguments and what they do: {@code help} prints this. */
    static final Map<String, String[]> COMMANDS = commands();

    /** The blocks that may be typed at the prompt: the statements of the language that open one. */
    static final List<String> BLOCKS = Language.properties(Block.FILE).values().stream()
            .filter(p -> p.form() == Form.BLOCK).map(Property::name).toList();
    /** The stages of a roadmap, as {@code bom} takes them. */
    static final List<String> STAGES = Arrays.stream(StageAction.Stage.values()).map(Keyword::wordOf).toList();

    /** A version of the architecture, and the advice on it once asked for. */
    static final class State {
        final String text;
        final ReadResult read;
        private Advice advice;

        State(String text, ReadResult read) {
            this.text = text;
            this.read = read;
        }

        Architecture architecture() {
            return read.architecture();
        }

        boolean editable() {
            return read.architecture() != null && !read.hasErrors();
        }
    }

    private record Change(String description, State before) {
    }

    private final Advisor advisor;
    private final PrintWriter out;
    private final String inputName;
    private Confirm confirm;

    private Path loaded;
    private final Set<Path> protectedFiles = new LinkedHashSet<>();
    private State state;
    private State reference;
    private String referenceLabel = "since `load`";
    private State saved;
    private final Deque<Change> undo = new ArrayDeque<>();
    private boolean warnedUnsaved;
    private boolean exitRequested;
    private int failures;

    /**
     * @param advisor   the one advisor of the session
     * @param out       where everything is printed
     * @param inputName how diagnostics name the REPL input ({@code repl}, {@code stdin})
     */
    public Session(Advisor advisor, PrintWriter out, String inputName) {
        this.advisor = advisor;
        this.out = out;
        this.inputName = inputName;
    }

    /** Lets {@code save} ask before overwriting the loaded file; without it, only {@code --force} does. */
    public void setConfirm(Confirm confirm) {
        this.confirm = confirm;
    }

    public boolean exitRequested() {
        return exitRequested;
    }

    /** How many inputs failed (refused, unknown, an error): a script's exit status. */
    public int failures() {
        return failures;
    }

    /** The architecture now, or {@code null}: what completion offers names from. */
    public Architecture architecture() {
        return state == null ? null : state.architecture();
    }

    /** The advice on the architecture now, when it was already computed (completion never waits for the rules). */
    Advice adviceIfReady() {
        State s = state;
        if (s == null) return null;
        synchronized (s) {
            return s.advice;
        }
    }

    /** The advice on the architecture now, computed once per version. */
    public Advice advice() {
        return state == null ? null : adviceOf(state);
    }

    private Advice adviceOf(State s) {
        synchronized (s) {
            if (s.advice == null) {
                s.advice = advisor.advise(s.read);
            }
            return s.advice;
        }
    }

    /** Computes the advice on the loaded architecture in the background, so that the first {@code advise} is quick. */
    public void warmUp() {
        State s = state;
        if (s == null || !s.editable()) return;
        Thread t = new Thread(() -> {
            try {
                adviceOf(s);
            } catch (RuntimeException ignored) {
                // reported when the advice is asked for
            }
        }, "cpo-repl-warm-up");
        t.setDaemon(true);
        t.start();
    }

    // ------------------------------------------------------------------ input

    /**
     * Runs one input: a command line, or a language block (possibly several lines).
     *
     * @param input     the text as typed
     * @param firstLine the number of its first line in the session's input (1-based), for diagnostics
     * @return whether it succeeded
     */
    public boolean execute(String input, int firstLine) {
        boolean ok;
        try {
            ok = dispatch(input, firstLine);
        } catch (RuntimeException e) {
            out.println("error: internal error: " + e);
            out.println("  this is a bug in cpo-advisor, not in your input; the session continues");
            ok = false;
        }
        if (!ok) failures++;
        out.flush();
        return ok;
    }

    private boolean dispatch(String input, int firstLine) {
        List<Lexer.Token> tokens = Lexer.significant(input);
        if (tokens.isEmpty() || input.strip().startsWith("#")) {
            return true;
        }
        Lexer.Token first = tokens.get(0);
        Input in = new Input(input, firstLine);
        if (first.kind() == Lexer.Kind.WORD && BLOCKS.contains(first.text()) && tokens.stream().anyMatch(t -> t.is("{"))) {
            return block(in, first.text(), tokens);
        }
        if (first.kind() == Lexer.Kind.WORD && ModelPath.TOP.contains(first.text())) {
            return set(in, first.start());
        }
        if (first.is("import")) {
            return fail(in, first.start(), "imports are not taken in the REPL", "`load` the file that imports, or type the fragment's blocks");
        }
        String line = in.lines[0];
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) start++;
        int end = start;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) end++;
        String command = line.substring(start, end);
        int argsAt = end;
        while (argsAt < line.length() && Character.isWhitespace(line.charAt(argsAt))) argsAt++;
        String rest = line.substring(argsAt).strip();
        List<String> args = words(rest);
        return switch (command) {
            case "load" -> args.size() == 1 ? load(Path.of(home(unquote(args.get(0))))) : usage(in, start, "load");
            case "show" -> args.size() <= 1 ? show(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "show");
            case "advise" -> args.size() <= 1 ? advise(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "advise");
            case "explain" -> args.size() <= 1 ? explain(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "explain");
            case "roadmap" -> args.size() <= 1 ? roadmap(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "roadmap");
            case "bom" -> args.size() <= 1 ? bom(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "bom");
            case "breakeven", "break-even" -> args.size() == 1 ? breakeven(in, argsAt, args.get(0)) : usage(in, start, "breakeven");
            case "set" -> set(in, argsAt);
            case "unset" -> args.size() == 1 ? unset(in, argsAt, args.get(0)) : usage(in, start, "unset");
            case "diff" -> args.isEmpty() ? diff() : usage(in, start, "diff");
            case "undo" -> args.isEmpty() ? undo(in, start) : usage(in, start, "undo");
            case "save" -> save(in, start, args);
            case "export" -> export(in, start, args);
            case "help", "?" -> help(in, argsAt, args.isEmpty() ? null : args.get(0));
            case "quit", "exit" -> quit();
            default -> {
                Set<String> known = new LinkedHashSet<>(COMMANDS.keySet());
                String hint = Suggest.didYouMean(command, known);
                if (hint == null && Stream.of(Block.CLUSTER, Block.SITE, Block.POLICY, Block.ASSUMPTIONS)
                        .anyMatch(b -> Language.properties(b).containsKey(command))) {
                    hint = "a property is changed with `set PATH VALUE`, e.g. `set policy.min-saving 15 %`, or inside a typed block";
                }
                yield fail(in, start, "unknown command `" + command + "`",
                        hint == null ? "`help` lists the commands" : hint);
            }
        };
    }

    /** One input and its lines, with where it stands in the session's input. */
    private final class Input {
        final String text;
        final String[] lines;
        final int firstLine;

        Input(String text, int firstLine) {
            this.text = text;
            this.lines = text.split("\n", -1);
            this.firstLine = firstLine;
        }

        SourceLocation at(int offsetInFirstLine, int length) {
            return new SourceLocation(inputName, firstLine, offsetInFirstLine + 1, Math.max(1, length));
        }
    }

    private boolean fail(Input in, int offset, String message, String hint) {
        StringBuilder sb = new StringBuilder();
        sb.append(inputName).append(':').append(in.firstLine).append(':').append(offset + 1).append(": error: ").append(message).append('\n');
        if (hint != null) sb.append("  hint: ").append(hint).append('\n');
        out.print(sb);
        return false;
    }

    private boolean fail(String message) {
        out.println("error: " + message);
        return false;
    }

    private boolean usage(Input in, int offset, String command) {
        String[] h = COMMANDS.get(command);
        return fail(in, offset, "usage: " + command + (h[0].isEmpty() ? "" : " " + h[0]), h[1]);
    }

    /** Whitespace-separated words; a double-quoted part keeps its spaces (and its quotes). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) quoted = !quoted;
            if (!quoted && Character.isWhitespace(c)) {
                if (w.length() > 0) out.add(w.toString());
                w.setLength(0);
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String home(String p) {
        return p.equals("~") || p.startsWith("~/") ? System.getProperty("user.home") + p.substring(1) : p;
    }

    // ------------------------------------------------------------------ load, show

    /** Loads a file (.cpo, .json, .yaml): the session's architecture from now on. */
    public boolean load(Path file) {
        ReadResult r = Architectures.read(file);
        if (!r.diagnostics().isEmpty()) {
            out.print(DiagnosticPrinter.render(r.diagnostics()));
        }
        if (r.architecture() == null) {
            out.println("could not load " + file + (state == null ? "" : "; the session keeps its architecture"));
            out.flush();
            return false;
        }
        int discarded = state != null && state != saved ? undo.size() : 0;
        state = new State(null, r);
        saved = state;
        reference = state;
        referenceLabel = "since `load`";
        undo.clear();
        warnedUnsaved = false;
        loaded = file;
        protectedFiles.clear();
        protectedFiles.add(file.toAbsolutePath().normalize());
        for (String f : r.files()) {
            protectedFiles.add(Path.of(f).toAbsolutePath().normalize());
        }
        Architecture a = r.architecture();
        int clusters = a.sites().stream().mapToInt(s -> s.clusters().size()).sum();
        out.println("loaded " + file + ": \"" + a.name() + "\", " + plural(a.sites().size(), "site") + ", "
                + plural(clusters, "cluster") + (r.files().size() > 1 ? " (" + plural(r.files().size() - 1, "imported file") + ")" : "")
                + (discarded > 0 ? "; " + plural(discarded, "unsaved change") + " discarded" : ""));
        if (r.hasErrors()) {
            out.println("it has errors: no advice and no changes until the file is fixed and loaded again");
        }
        out.flush();
        return !r.hasErrors();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The canonical text of the architecture now. */
    String canonical() {
        return state.text != null ? state.text : ModelWriter.write(state.architecture());
    }

    private boolean needModel(Input in, int offset) {
        if (state == null) {
            return fail(in, offset, "no architecture loaded", "`load FILE`, or type a `site \"name\" { … }` block to start one");
        }
        if (!state.editable()) {
            return fail(in, offset, "the loaded architecture has errors", "fix the file and `load` it again");
        }
        return true;
    }

    private boolean show(Input in, int offset, String what) {
        if (!needModel(in, offset)) return false;
        String text = canonical();
        if (what == null) {
            out.print(text);
            return true;
        }
        ModelPath.Resolved r = ModelPath.resolve(what, state.architecture());
        if (r.path() == null) return fail(in, offset, r.error(), null);
        ModelPath p = r.path();
        ModelText t = new ModelText(text);
        int[] block = t.block(p.headers());
        if (block == null && p.scope().equals("entry")) {
            Optional<CatalogEntry> e = BuiltinCatalog.get().find(p.entryKind(), p.entryId());
            if (e.isPresent()) {
                out.println("// built-in entry (amounts in USD); `set " + p.display() + (p.property() == null ? ".FIELD" : "")
                        + " VALUE` copies it into the architecture's catalog");
                out.print(ModelWriter.write(e.get(), "USD"));
                return true;
            }
        }
        if (block == null) {
            out.println("// " + p.display() + " is not set: the defaults apply");
            return true;
        }
        int depth = p.headers().size();
        if (p.property() != null) {
            int i = t.property(block, depth, p.property());
            out.println(i < 0 ? "// " + p.display() + " is not set: the default applies" : t.line(i).strip());
            return true;
        }
        int from = block[0] < 0 ? 0 : block[0];
        int to = block[0] < 0 ? t.size() - 1 : block[1];
        String strip = ModelText.indent(Math.max(0, depth - 1));
        for (int i = from; i <= to; i++) {
            String l = t.line(i);
            out.println(l.startsWith(strip) ? l.substring(strip.length()) : l);
        }
        return true;
    }

    // ------------------------------------------------------------------ advice

    private boolean advise(Input in, int offset, String site) {
        if (!needModelOrErrors(in, offset)) return false;
        Advice a = adviceOf(state);
        reference = state;
        referenceLabel = "since the last `advise`";
        if (a.hasErrors()) {
            out.print(DiagnosticPrinter.render(a.diagnostics()));
            out.println("no advice: the architecture has errors");
            return false;
        }
        if (site != null) {
            Optional<SiteRoadmap> road = a.roadmap().stream().filter(r -> r.site().equals(unquote(site))).findFirst();
            List<ClusterAdvice> clusters = a.clusters().stream().filter(c -> c.site().equals(unquote(site))).toList();
            if (road.isEmpty() && clusters.isEmpty()) {
                return fail(in, offset, "no site `" + site + "`", "sites: " + String.join(", ", a.roadmap().stream().map(SiteRoadmap::site).toList()));
            }
            out.println("Advice on site " + unquote(site) + " of \"" + a.architecture() + "\", amounts in " + a.currency());
            out.println();
            out.print(Views.verdicts(clusters));
            out.println();
            for (ClusterAdvice c : clusters) {
                out.print(Views.cluster(c, a.currency()));
                out.println();
            }
            List<FindingAdvice> findings = a.findings().stream()
                    .filter(f -> f.subject().equals(unquote(site)) || f.subject().startsWith(unquote(site) + ".")).toList();
            out.print(Views.findings(findings));
            out.println();
            out.println("ROADMAP");
            road.ifPresent(r -> out.print(Views.roadmap(r, a.currency()).indent(2)));
            return true;
        }
        out.println("Advice on \"" + a.architecture() + "\" (" + describeSource() + "), amounts in " + a.currency());
        out.println();
        out.print(Views.verdicts(a.clusters()));
        out.println();
        out.print(Views.findings(a.findings()));
        return true;
    }

    private String describeSource() {
        String base = loaded == null ? "typed in this session" : loaded.toString();
        int changes = undo.size();
        return state == saved || changes == 0 ? base : base + " with " + plural(changes, "change");
    }

    private boolean needModelOrErrors(Input in, int offset) {
        if (state == null) {
            return fail(in, offset, "no architecture loaded", "`load FILE`, or type a `site \"name\" { … }` block to start one");
        }
        return true;
    }

    private Advice needAdvice(Input in, int offset) {
        if (!needModelOrErrors(in, offset)) return null;
        Advice a = adviceOf(state);
        if (a.hasErrors()) {
            out.print(DiagnosticPrinter.render(a.diagnostics()));
            fail(in, offset, "no advice: the architecture has errors", null);
            return null;
        }
        return a;
    }

    private boolean explain(Input in, int offset, String what) {
        Advice a = needAdvice(in, offset);
        if (a == null) return false;
        if (what == null) {
            return fail(in, offset, "explain what?", "a cluster (" + String.join(", ", a.clusters().stream().map(ClusterAdvice::path).toList())
                    + ") or a finding (" + String.join(", ", a.findings().stream().map(FindingAdvice::id).distinct().toList()) + ")");
        }
        Optional<ClusterAdvice> c = cluster(a, what);
        if (c.isPresent()) {
            out.print(Views.explain(c.get(), a.currency()));
            return true;
        }
        List<FindingAdvice> found = a.findings().stream().filter(f -> f.id().equals(what)).toList();
        if (found.isEmpty()) {
            List<String> names = new ArrayList<>(a.clusters().stream().map(ClusterAdvice::path).toList());
            names.addAll(a.findings().stream().map(FindingAdvice::id).distinct().toList());
            String hint = Suggest.didYouMean(what, names);
            return fail(in, offset, "no cluster or finding `" + what + "`",
                    hint != null ? hint : "clusters and findings: " + String.join(", ", names));
        }
        for (FindingAdvice f : found) {
            out.print(Views.explain(f));
        }
        return true;
    }

    private static Optional<ClusterAdvice> cluster(Advice a, String path) {
        String p = path.replace("\"", "");
        return a.clusters().stream().filter(c -> c.path().equals(p) || (c.site() + "." + c.cluster()).equals(p)).findFirst();
    }

    private boolean roadmap(Input in, int offset, String site) {
        Advice a = needAdvice(in, offset);
        if (a == null) return false;
        List<SiteRoadmap> roads = a.roadmap().stream().filter(r -> site == null || r.site().equals(unquote(site))).toList();
        if (roads.isEmpty()) {
            return fail(in, offset, "no site `" + site + "`", "sites: " + String.join(", ", a.roadmap().stream().map(SiteRoadmap::site).toList()));
        }
        out.println("ROADMAP (amounts in " + a.currency() + "; `bom [STAGE]` lists the materials)");
        for (SiteRoadmap r : roads) {
            out.print(Views.roadmap(r, a.currency()).indent(2));
        }
        return true;
    }

    private boolean bom(Input in, int offset, String which) {
        Advice a = needAdvice(in, offset);
        if (a == null) return false;
        boolean isStage = which == null || STAGES.contains(which);
        boolean isSite = which != null && a.roadmap().stream().anyMatch(r -> r.site().equals(unquote(which)));
        if (!isStage && !isSite) {
            String hint = Suggest.didYouMean(which, STAGES);
            return fail(in, offset, "no stage or site `" + which + "`", hint != null ? hint : "stages: " + String.join(", ", STAGES)
                    + "; sites: " + String.join(", ", a.roadmap().stream().map(SiteRoadmap::site).toList()));
        }
        int shown = 0;
        for (SiteRoadmap r : a.roadmap()) {
            if (isSite && !r.site().equals(unquote(which))) continue;
            for (Stage s : r.stages()) {
                if (!isSite && which != null && !s.kind().word().equals(which)) continue;
                if (s.lines().isEmpty()) continue;
                if (shown++ > 0) out.println();
                out.print(Views.bom(r, s, a.currency()));
            }
        }
        if (shown == 0) {
            out.println("no bill of materials" + (which == null ? "" : " for " + which) + ": no stage of the roadmap buys anything");
        }
        return true;
    }

    private boolean breakeven(Input in, int offset, String path) {
        Advice a = needAdvice(in, offset);
        if (a == null) return false;
        Optional<ClusterAdvice> c = cluster(a, path);
        if (c.isEmpty()) {
            List<String> names = a.clusters().stream().map(ClusterAdvice::path).toList();
            String hint = Suggest.didYouMean(path, names);
            return fail(in, offset, "no cluster `" + path + "`", hint != null ? hint : "clusters: " + String.join(", ", names));
        }
        String minSaving = a.policy().stream().filter(p -> p.startsWith("min-saving ")).map(p -> p.substring(11)).findFirst().orElse(null);
        out.print(Views.breakEvens(c.get(), a.currency(), minSaving));
        return true;
    }

    private boolean diff() {
        if (state == null) return fail("no architecture loaded");
        Advice before = adviceOf(reference);
        Advice now = adviceOf(state);
        out.print(AdviceDiff.diff(before, now, referenceLabel));
        return true;
    }

    // ------------------------------------------------------------------ set, unset, blocks

    /** What a {@code set} writes: the line's key and value, and where the user's value sits in it. */
    private record Edit(String lookupKey, String prefix, String value, int userOffset) {
    }

    private boolean set(Input in, int argsAt) {
        String line = in.lines[0];
        if (in.lines.length > 1) {
            return fail(in, argsAt, "`set` takes one line", "type a block (`site \"x\" { … }`) for several properties at once");
        }
        String rest = line.substring(argsAt);
        String path = firstWord(rest);
        int pathAt = argsAt;
        if (path.isEmpty()) return usage(in, Math.max(0, argsAt - 4), "set");
        int valueAt = pathAt + path.length();
        while (valueAt < line.length() && Character.isWhitespace(line.charAt(valueAt))) valueAt++;
        String value = line.substring(valueAt).strip();
        int comment = commentStart(value);
        if (comment >= 0) value = value.substring(0, comment).strip();
        boolean top = ModelPath.TOP.contains(path);
        if (state == null && !top && !path.startsWith("policy.") && !path.startsWith("assumptions.")) {
            return needModel(in, pathAt);
        }
        if (state != null && !state.editable()) return needModel(in, pathAt);
        Architecture a = architecture();
        ModelPath.Resolved r = ModelPath.resolve(path, a);
        if (r.path() == null) return fail(in, pathAt, r.error(), null);
        ModelPath p = r.path();
        if (p.property() == null) {
            return fail(in, pathAt, "`set` changes one property: `set " + p.display() + ".PROPERTY VALUE`",
                    "to replace a whole " + (p.scope().equals("top") ? "block" : p.scope()) + ", type its block");
        }
        if (value.isEmpty()) {
            String example = example(p);
            return fail(in, valueAt, "`set " + p.display() + "` needs a value", example == null ? null : "e.g. `set " + p.display() + " " + example + "`");
        }
        if (p.scope().equals("site") && p.property().equals("cluster")) {
            return fail(in, pathAt, "a cluster is added with a block", "type `site \"" + p.site() + "\" { … }` with all its clusters");
        }
        Edit edit = edit(p, value);
        if (edit == null) {
            return fail(in, pathAt, "`" + p.display() + "`: no cluster there", null);
        }
        ModelText t = new ModelText(state == null ? "architecture \"untitled\"\n" : canonical());
        int[] block = ensureBlock(t, p);
        if (block == null) return fail(in, pathAt, "`" + p.display() + "` is not in the architecture's text", null);
        int depth = p.headers().size();
        int existing = t.property(block, depth, edit.lookupKey);
        String old = existing < 0 ? null : withoutSource(t.line(existing).strip().substring(Math.min(t.line(existing).strip().length(), edit.prefix.length())));
        String newLine = ModelText.indent(depth) + edit.prefix + edit.value;
        int index;
        if (existing >= 0) {
            t.set(existing, newLine);
            index = existing;
        } else if (p.scope().equals("top")) {
            index = 1;
            t.insert(index, newLine);
        } else {
            index = block[1];
            t.insert(index, newLine);
        }
        int valueCol = ModelText.indent(depth).length() + edit.prefix.length() + edit.userOffset + 1;
        int keyCol = ModelText.indent(depth).length() + 1;
        int generatedCol = ModelText.indent(depth).length() + edit.prefix.length() + 1;
        String lastSegment = p.property().contains(" ") ? p.property().substring(0, p.property().indexOf(' ')) : p.property();
        int keyInput = pathAt + Math.max(0, path.lastIndexOf(lastSegment));
        int editedLine = index + 1;
        String inputLine = line;
        int inputValue = valueAt;
        UnaryOperator<Diagnostic> map = d -> {
            SourceLocation at = d.location();
            if (at == null || !at.file().equals(SESSION_TEXT) || at.line() != editedLine) return d;
            int col;
            if (at.column() >= valueCol) col = inputValue + 1 + (at.column() - valueCol);
            else if (at.column() >= generatedCol) col = inputValue + 1;
            else col = keyInput + 1 + Math.max(0, at.column() - keyCol);
            return d.withLocation(new SourceLocation(inputName, in.firstLine, col, at.length())).withSourceLine(inputLine);
        };
        String description = p.display() + " = " + value + (old == null ? " (was not set)" : " (was " + old + ")");
        return apply(t.text(), map, description);
    }

    /** A catalog field's value without the {@code source "…"} that follows it. */
    private static String withoutSource(String value) {
        for (Lexer.Token t : Lexer.lex(value)) {
            if (t.kind() == Lexer.Kind.WORD && t.is("source")) return value.substring(0, t.start()).strip();
        }
        return value;
    }

    private static String firstWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(0);
    }

    /** Where a trailing {@code //} comment starts in a value, outside strings; -1 when none. */
    private static int commentStart(String value) {
        for (Lexer.Token t : Lexer.lex(value)) {
            if (t.kind() == Lexer.Kind.COMMENT) return t.start();
        }
        return -1;
    }

    private static String example(ModelPath p) {
        Map<String, String> words = words(p);
        return words == null ? null : words.get(p.property().split(" ")[0]);
    }

    /** The properties a place accepts, with example values. */
    static Map<String, String> words(ModelPath p) {
        return switch (p.block()) {
            case "top" -> TOP;
            case "cluster" -> withAccelerator(Language.examples(Block.CLUSTER));
            case "policy", "assumptions", "site", "switch", "optic", "laser", "accelerator" -> Language.examples(Block.of(p.block()).orElseThrow());
            default -> null;
        };
    }

    /** What {@code set} changes at the top of a file: the statements with a value (not the blocks, not {@code import}). */
    private static final Map<String, String> TOP = top();

    private static Map<String, String> top() {
        Map<String, String> m = new LinkedHashMap<>();
        Language.properties(Block.FILE).values().stream()
                .filter(p -> p.form() != Form.BLOCK && !p.name().equals("import"))
                .forEach(p -> m.put(p.name(), p.example()));
        return m;
    }

    private static Map<String, String> withAccelerator(Map<String, String> cluster) {
        Map<String, String> m = new LinkedHashMap<>(cluster);
        m.put("accelerator", "B200");
        return m;
    }

    private Edit edit(ModelPath p, String value) {
        String prop = p.property();
        if (p.scope().equals("cluster") && (prop.equals("gpus") || prop.equals("accelerator"))) {
            Optional<Cluster> c = architecture().cluster(p.site(), p.cluster());
            if (c.isEmpty()) return null;
            if (prop.equals("accelerator")) {
                String count = c.get().gpus() + " x ";
                return new Edit("gpus", "gpus ", count + value, count.length());
            }
            if (value.matches("[0-9][0-9_]*")) {
                return new Edit("gpus", "gpus ", value + " x " + ref(c.get().accelerator()), 0);
            }
            return new Edit("gpus", "gpus ", value, 0);
        }
        if (p.scope().equals("assumptions") && prop.equals("rate")) {
            return new Edit("rate " + firstWord(value), "rate ", value, 0);
        }
        if (p.scope().equals("assumptions") && prop.startsWith("rate ")) {
            return new Edit(prop, prop + " ", value, 0);
        }
        if (p.scope().equals("top") && prop.equals("architecture") && !value.startsWith("\"")) {
            return new Edit(prop, prop + " ", ModelWriter.quote(value), 0);
        }
        // a switch's vendor and the policy's vendors are quoted names: `set …vendor Acme Networks`
        // and `set policy.vendors NVIDIA, Broadcom` quote them for the user
        if (p.scope().equals("entry") && p.entryKind().equals("switch") && prop.equals("vendor") && !value.contains("\"")) {
            return new Edit(prop, prop + " ", ModelWriter.quote(value), 1);
        }
        if (p.scope().equals("policy") && prop.equals("vendors") && !value.contains("\"")) {
            String quoted = Arrays.stream(value.split(",", -1)).map(String::strip).map(ModelWriter::quote)
                    .collect(Collectors.joining(", "));
            return new Edit(prop, prop + " ", quoted, 1);
        }
        return new Edit(prop, prop + " ", value, 0);
    }

    /** A catalog id bare when it is an identifier, quoted otherwise (as the writer prints it). */
    static String ref(String id) {
        return id.matches("[a-zA-Z][a-zA-Z0-9_.\\-]*") ? id : ModelWriter.quote(id);
    }

    /** The block of {@code p} in {@code t}, created when it is a policy, assumptions or catalog block (or a built-in entry to copy). */
    private static int[] ensureBlock(ModelText t, ModelPath p) {
        int[] block = t.block(p.headers());
        if (block != null) return block;
        switch (p.scope()) {
            case "policy", "assumptions", "catalog" -> {
                t.appendBlock(p.scope(), List.of());
                return t.block(p.headers());
            }
            case "entry" -> {
                Optional<CatalogEntry> e = BuiltinCatalog.get().find(p.entryKind(), p.entryId());
                if (e.isEmpty()) return null;
                int[] catalog = t.block(List.of("catalog"));
                if (catalog == null) {
                    t.appendBlock("catalog", List.of());
                    catalog = t.block(List.of("catalog"));
                }
                int at = catalog[1];
                List<String> lines = new ModelText(ModelWriter.write(e.get(), "USD")).text().lines().toList();
                for (int i = lines.size() - 1; i >= 0; i--) {
                    t.insert(at, ModelText.indent(1) + lines.get(i));
                }
                return t.block(p.headers());
            }
            default -> {
                return null;
            }
        }
    }

    private boolean unset(Input in, int argsAt, String path) {
        if (!needModel(in, argsAt)) return false;
        ModelPath.Resolved r = ModelPath.resolve(path, architecture());
        if (r.path() == null) return fail(in, argsAt, r.error(), null);
        ModelPath p = r.path();
        ModelText t = new ModelText(canonical());
        if (p.scope().equals("cluster") && "accelerator".equals(p.property())) {
            return fail(in, argsAt, "the accelerator is part of `gpus`", "change it with `set " + p.display() + " B200`");
        }
        if (p.scope().equals("top") && p.property().equals("architecture")) {
            return fail(in, argsAt, "an architecture needs its name", "rename it with `set architecture \"New name\"`");
        }
        int[] block = t.block(p.headers());
        if (block == null) {
            return fail(in, argsAt, "`" + p.display() + "` is not set", p.scope().equals("entry") ? "a built-in entry cannot be removed" : "its defaults apply already");
        }
        String description;
        if (p.property() == null) {
            t.removeBlock(block[0], block[1]);
            description = "removed " + (p.scope().equals("site") || p.scope().equals("cluster") ? p.scope() + " " : "") + p.display();
        } else {
            String key = p.property();
            if (p.scope().equals("assumptions") && key.equals("rate")) {
                return fail(in, argsAt, "which rate?", "`unset assumptions.rate.CNY`");
            }
            Map<String, String> known = words(p);
            String word = key.split(" ")[0];
            if (known != null && !known.containsKey(word)) {
                String hint = Suggest.didYouMean(word, known.keySet());
                String of = switch (p.block()) {
                    case "top" -> "the file";
                    case "site", "cluster" -> "a " + p.block();
                    case "switch", "optic", "laser" -> "a " + p.block() + " entry";
                    case "accelerator" -> "an accelerator entry";
                    default -> p.block();
                };
                return fail(in, argsAt, "`" + word + "` is not a property of " + of,
                        hint != null ? hint : "properties: " + String.join(", ", known.keySet()));
            }
            int i = t.property(block, p.headers().size(), key);
            if (i < 0) {
                return fail(in, argsAt, "`" + p.display() + "` is not set", "its default applies already");
            }
            String old = t.line(i).strip();
            t.remove(i);
            description = "unset " + p.display() + " (was " + withoutSource(old.substring(Math.min(old.length(), key.length() + 1))) + ")";
        }
        return apply(t.text(), UnaryOperator.identity(), description);
    }

    /** A typed block: a site replaces the site of its name; policy, assumptions and catalog merge (entries replace entries of their id). */
    private boolean block(Input in, String kind, List<Lexer.Token> tokens) {
        if (state != null && !state.editable()) return needModel(in, tokens.get(0).start());
        Architecture a = architecture();
        List<String> before;
        List<String> after = List.of();
        String description;
        if (a == null) {
            before = new ArrayList<>(List.of("architecture \"untitled\"", ""));
            description = "started the architecture \"untitled\" with a " + kind + " block";
        } else if (kind.equals("site")) {
            String name = tokens.size() > 1 && tokens.get(1).kind() == Lexer.Kind.STRING ? unescape(tokens.get(1).text()) : null;
            ModelText t = new ModelText(canonical());
            int[] existing = name == null ? null : t.block(List.of("site " + ModelWriter.quote(name)));
            if (existing != null) {
                before = new ArrayList<>();
                for (int i = 0; i < existing[0]; i++) before.add(t.line(i));
                List<String> rest = new ArrayList<>();
                for (int i = existing[1] + 1; i < t.size(); i++) rest.add(t.line(i));
                after = rest;
                description = "replaced site " + ModelPath.name(name);
            } else {
                before = new ArrayList<>(List.of(canonical().split("\n", -1)));
                description = "added site " + (name == null ? "" : ModelPath.name(name));
            }
        } else if (kind.equals("catalog")) {
            Set<String> replaced = catalogEntries(tokens);
            List<CatalogEntry> kept = a.catalog().stream().filter(e -> !replaced.contains(e.kind() + " " + e.id())).toList();
            Architecture trimmed = new Architecture(a.name(), a.horizon(), a.currency(), a.assumptions(), a.policy(), kept, a.sites());
            before = new ArrayList<>(List.of(ModelWriter.write(trimmed).split("\n", -1)));
            description = "catalog: " + (replaced.isEmpty() ? "merged" : String.join(", ", replaced));
        } else {
            before = new ArrayList<>(List.of(canonical().split("\n", -1)));
            description = "merged a " + kind + " block";
        }
        while (!before.isEmpty() && before.get(before.size() - 1).isEmpty()) before.remove(before.size() - 1);
        before.add("");
        int offset = before.size();
        StringBuilder text = new StringBuilder();
        before.forEach(l -> text.append(l).append('\n'));
        text.append(in.text).append('\n');
        after.forEach(l -> text.append(l).append('\n'));
        int count = in.lines.length;
        UnaryOperator<Diagnostic> map = d -> {
            SourceLocation at = d.location();
            if (at == null || !at.file().equals(SESSION_TEXT) || at.line() <= offset || at.line() > offset + count) return d;
            int k = at.line() - offset - 1;
            return d.withLocation(new SourceLocation(inputName, in.firstLine + k, at.column(), at.length())).withSourceLine(in.lines[k]);
        };
        return apply(text.toString(), map, description);
    }

    private static String unescape(String quoted) {
        String s = quoted.length() >= 2 && quoted.endsWith("\"") ? quoted.substring(1, quoted.length() - 1) : quoted.substring(1);
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** {@code switch x}, … for each entry a typed catalog block defines. */
    private static Set<String> catalogEntries(List<Lexer.Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Lexer.Token t = tokens.get(i);
            if (t.is("{")) depth++;
            else if (t.is("}")) depth--;
            else if (depth == 1 && t.kind() == Lexer.Kind.WORD && ModelPath.KINDS.contains(t.text()) && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == Lexer.Kind.STRING) {
                out.add(t.text() + " " + unescape(tokens.get(i + 1).text()));
            }
        }
        return out;
    }

    /**
     * Reads the edited text; with an error, prints the diagnostics (placed in the input
     * where they concern it) and refuses the change; else makes it the new version,
     * canonical again, and says how the verdicts moved.
     */
    private boolean apply(String text, UnaryOperator<Diagnostic> map, String description) {
        ReadResult r = Architectures.read(text, SESSION_TEXT);
        String[] lines = text.split("\n", -1);
        List<Diagnostic> shown = new ArrayList<>();
        Map<String, Integer> known = new HashMap<>();
        if (state != null) {
            for (Diagnostic d : state.read.diagnostics()) known.merge(d.code() + d.message(), 1, Integer::sum);
        }
        for (Diagnostic d : r.diagnostics()) {
            Diagnostic m = map.apply(d);
            if (m.location() != null && m.location().file().equals(SESSION_TEXT) && m.sourceLine() == null
                    && m.location().line() <= lines.length) {
                m = m.withSourceLine(lines[m.location().line() - 1]);
            }
            Integer seen = known.get(d.code() + d.message());
            if (m.isError() || seen == null || seen == 0) {
                shown.add(m);
            } else {
                known.put(d.code() + d.message(), seen - 1);
            }
        }
        shown.sort(Diagnostic.ORDER);
        out.print(DiagnosticPrinter.render(shown));
        if (r.hasErrors() || r.architecture() == null) {
            out.println("refused: " + description.replaceFirst(" \\(was .*\\)$", "") + "; the architecture is unchanged");
            return false;
        }
        String canonical = ModelWriter.write(r.architecture());
        if (state != null && state.editable() && canonical.equals(canonical())) {
            out.println("no change: " + description.replaceFirst(" \\(was .*\\)$", "") + " is what the architecture says already");
            return true;
        }
        ReadResult again = canonical.equals(text) ? r : Architectures.read(canonical, SESSION_TEXT);
        State next = again.hasErrors() ? new State(text, r) : new State(canonical, again);
        State previous = state;
        undo.push(new Change(description, previous));
        state = next;
        warnedUnsaved = false;
        if (reference == null) {
            reference = previous == null ? next : previous;
        }
        out.println(description);
        report(previous, next);
        return true;
    }

    /** How the verdicts moved from one version to the next. */
    private void report(State from, State to) {
        Advice now = adviceOf(to);
        if (now.hasErrors()) {
            out.print(DiagnosticPrinter.render(now.diagnostics()));
            return;
        }
        if (from == null || !from.editable()) {
            out.print(Views.verdicts(now.clusters()).indent(2));
            return;
        }
        List<String> changes = AdviceDiff.verdictChanges(adviceOf(from), now);
        if (changes.isEmpty()) {
            out.println("  verdicts unchanged (" + plural(now.clusters().size(), "cluster") + "); `diff` shows the figures");
        } else {
            changes.forEach(c -> out.println("  " + c));
        }
    }

    private boolean undo(Input in, int offset) {
        if (undo.isEmpty()) return fail(in, offset, "nothing to undo", null);
        Change c = undo.pop();
        State undone = state;
        state = c.before;
        if (state == null) {
            out.println("undone: " + c.description + "; no architecture now");
            return true;
        }
        out.println("undone: " + c.description);
        if (undone != null && undone.editable() && state.editable()) {
            List<String> changes = AdviceDiff.verdictChanges(adviceOf(undone), adviceOf(state));
            if (changes.isEmpty()) out.println("  verdicts unchanged");
            else changes.forEach(x -> out.println("  " + x));
        }
        return true;
    }

    // ------------------------------------------------------------------ files

    private boolean isProtected(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        for (Path p : protectedFiles) {
            if (p.equals(abs)) return true;
            try {
                if (Files.exists(abs) && Files.exists(p) && Files.isSameFile(p, abs)) return true;
            } catch (IOException ignored) {
                // not the same file as far as we can tell
            }
        }
        return false;
    }

    /** Whether writing {@code target} may go ahead: never over the loaded file (or its imports) without --force or a yes. */
    private boolean mayOverwrite(Input in, int offset, Path target, boolean force, String what) {
        if (force || !isProtected(target)) return true;
        String question = "overwrite " + target + ", the file this session loaded, with " + what + "? [y/N] ";
        if (confirm != null) {
            if (confirm.ask(question)) return true;
            out.println("not written");
            return false;
        }
        return fail(in, offset, "refused to overwrite " + target + ": it is the file this session loaded",
                "write to another file, or `" + (what.startsWith("the canonical") ? "save" : "export FORMAT") + " --force " + target
                        + "` to replace it (its comments and imports are lost)");
    }

    private boolean save(Input in, int offset, List<String> args) {
        boolean force = args.remove("--force") | args.remove("-f");
        if (args.size() > 1 || args.stream().anyMatch(a -> a.startsWith("-"))) return usage(in, offset, "save");
        if (!needModel(in, offset)) return false;
        if (args.isEmpty() && loaded == null) return usage(in, offset, "save");
        Path target = args.isEmpty() ? loaded : Path.of(home(unquote(args.get(0))));
        String lower = target.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return fail(in, offset, "`save` writes the .cpo language, not JSON or YAML", "name the file `.cpo`");
        }
        if (!mayOverwrite(in, offset, target, force, "the canonical text of this session")) return false;
        String text = canonical();
        try {
            SafeFiles.write(target, text);
        } catch (IOException | RuntimeException e) {
            return fail(in, offset, "cannot write " + target + ": " + e.getMessage(), null);
        }
        saved = state;
        warnedUnsaved = false;
        out.println("saved " + target + " (" + plural(text.lines().count(), "line") + ", canonical form)");
        return true;
    }

    private boolean export(Input in, int offset, List<String> args) {
        boolean force = args.remove("--force") | args.remove("-f");
        if (args.size() != 2) return usage(in, offset, "export");
        Optional<Renderer> renderer = Renderers.byName(Advisor.tool(), args.get(0), false, "error");
        if (renderer.isEmpty()) {
            String hint = Suggest.didYouMean(args.get(0), Renderers.names());
            return fail(in, offset, "no format `" + args.get(0) + "`", hint != null ? hint : "formats: " + String.join(", ", Renderers.names()));
        }
        if (!needModelOrErrors(in, offset)) return false;
        Path target = Path.of(home(unquote(args.get(1))));
        if (!mayOverwrite(in, offset, target, force, "a " + args.get(0) + " report")) return false;
        String text = renderer.get().render(adviceOf(state));
        try {
            SafeFiles.write(target, text);
        } catch (IOException | RuntimeException e) {
            return fail(in, offset, "cannot write " + target + ": " + e.getMessage(), null);
        }
        out.println("wrote " + target + " (" + args.get(0) + ")");
        return true;
    }

    private boolean quit() {
        if (confirm != null && state != null && state != saved && !undo.isEmpty() && !warnedUnsaved) {
            warnedUnsaved = true;
            out.println("unsaved changes (" + plural(undo.size(), "change") + "): `save FILE` keeps them; `quit` again leaves without");
            return true;
        }
        exitRequested = true;
        return true;
    }

    // ------------------------------------------------------------------ help

    private boolean help(Input in, int offset, String command) {
        if (command == null) {
            out.println("Commands (Tab completes commands, paths, properties, catalog ids and units):");
            int width = 0;
            for (Map.Entry<String, String[]> e : COMMANDS.entrySet()) width = Math.max(width, (e.getKey() + " " + e.getValue()[0]).length());
            for (Map.Entry<String, String[]> e : COMMANDS.entrySet()) {
                String head = (e.getKey() + " " + e.getValue()[0]).strip();
                out.println("  " + head + " ".repeat(width - head.length() + 2) + e.getValue()[1]);
            }
            out.println();
            out.println("Blocks typed as in a .cpo file merge into the architecture: `site \"x\" { … }` adds or replaces a site,");
            out.println("`policy { … }`, `assumptions { … }` and `catalog { … }` add or replace properties and entries.");
            out.println("A block continues over several lines until its braces balance. Ctrl-C cancels a line, Ctrl-D leaves.");
            return true;
        }
        String[] h = COMMANDS.get(command);
        if (h == null) {
            String hint = Suggest.didYouMean(command, COMMANDS.keySet());
            return fail(in, offset, "no command `" + command + "`", hint != null ? hint : "`help` lists the commands");
        }
        out.println((command + " " + h[0]).strip());
        out.println("  " + h[1]);
        for (int i = 2; i < h.length; i++) {
            out.println("  " + h[i]);
        }
        return true;
    }

    private static Map<String, String[]> commands() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("load", new String[]{"FILE", "read an architecture (.cpo, .json, .yaml); changes not saved are dropped"});
        m.put("show", new String[]{"[SITE[.CLUSTER]]", "the canonical text of the architecture, or of a site, cluster, policy, assumptions, catalog entry",
                "e.g. `show sh-01.train-a`, `show policy`, `show catalog.switch.tomahawk5-bailly-cpo`"});
        m.put("advise", new String[]{"[SITE]", "the verdicts and findings; for a site, its clusters with their options and its roadmap",
                "`diff` afterwards compares with what this printed"});
        m.put("explain", new String[]{"ID|SITE.CLUSTER", "why a verdict or a finding: the rule, the facts and thresholds it read"});
        m.put("roadmap", new String[]{"[SITE]", "the staged roadmap per site: assess, pilot, scale, all-optical"});
        m.put("bom", new String[]{"[STAGE|SITE]", "the bills of materials (stages: assess, pilot, scale, all-optical)"});
        m.put("breakeven", new String[]{"SITE.CLUSTER", "where the best CPO option's saving reaches min-saving: GPU count, electricity price, year"});
        m.put("set", new String[]{"PATH VALUE", "what-if: change one property and see the verdicts move",
                "set sh-01.train-a.gpus 32768        (keeps the accelerator; `.accelerator GB300` changes it)",
                "set sh-01.cooling liquid",
                "set policy.min-saving 15 %",
                "set assumptions.electricity 0.12 USD/kWh",
                "set catalog.switch.tomahawk5-bailly-cpo.price 30000 USD   (copies a built-in entry into the catalog)",
                "a value the language rejects is refused with its diagnostic; the architecture is unchanged"});
        m.put("unset", new String[]{"PATH", "remove a property (its default applies), or a site, cluster, block or catalog entry"});
        m.put("diff", new String[]{"", "what changed in the advice since the last `advise`: verdicts, findings, saving, TCO and capex of the best option"});
        m.put("undo", new String[]{"", "take back the last set, unset or block"});
        m.put("save", new String[]{"[--force] FILE", "write the architecture in canonical form (atomically); the loaded file only with --force or a yes",
                "the canonical form keeps no comments and no imports"});
        m.put("export", new String[]{"[--force] FORMAT FILE", "write the advice as a report: " + String.join(", ", Renderers.names())});
        m.put("help", new String[]{"[COMMAND]", "this list, or one command"});
        m.put("quit", new String[]{"", "leave (also `exit`, or Ctrl-D)"});
        m.put("exit", new String[]{"", "leave"});
        return m;
    }
}
