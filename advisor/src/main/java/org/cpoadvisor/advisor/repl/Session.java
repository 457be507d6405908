package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.StageKind;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.lang.Language.Form;
import org.cpoadvisor.dsl.lang.Language.Property;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.parse.ModelWriter;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.diag.Suggest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.cpoadvisor.advisor.repl.Words.home;
import static org.cpoadvisor.advisor.repl.Words.plural;
import static org.cpoadvisor.advisor.repl.Words.unquote;
import static org.cpoadvisor.advisor.repl.Words.words;

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

    /** The blocks that may be typed at the prompt: the statements of the language that open one. */
    static final List<String> BLOCKS = Language.properties(Block.FILE).values().stream()
            .filter(p -> p.form() == Form.BLOCK).map(Property::name).toList();
    /** The stages of a roadmap, as {@code bom} takes them. */
    static final List<String> STAGES = Arrays.stream(StageKind.values()).map(StageKind::word).toList();

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

    record Change(String description, State before) {
    }

    final Advisor advisor;
    final PrintWriter out;
    final String inputName;
    Confirm confirm;

    Path loaded;
    final Set<Path> protectedFiles = new LinkedHashSet<>();
    State state;
    State reference;
    String referenceLabel = "since `load`";
    State saved;
    final Deque<Change> undo = new ArrayDeque<>();
    boolean warnedUnsaved;
    private boolean exitRequested;
    private int failures;

    private final ShowCommands shows = new ShowCommands(this);
    private final AdviceCommands views = new AdviceCommands(this);
    private final EditCommands edits = new EditCommands(this);
    private final HistoryCommands history = new HistoryCommands(this);
    private final UncertaintyCommands uncertainty = new UncertaintyCommands(this);
    private final HelpCommand help = new HelpCommand(this);

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

    /** The catalog of the session's advisor: what `show`, `set` and completion know of catalog entries. */
    Catalog catalog() {
        return advisor.catalog();
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

    Advice adviceOf(State s) {
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
            return edits.block(in, first.text(), tokens);
        }
        if (first.kind() == Lexer.Kind.WORD && ModelPath.TOP.contains(first.text())) {
            return edits.set(in, first.start());
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
            case "show" -> args.size() <= 1 ? shows.show(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "show");
            case "advise" -> args.size() <= 1 ? views.advise(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "advise");
            case "explain" -> args.size() <= 1 ? views.explain(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "explain");
            case "roadmap" -> args.size() <= 1 ? views.roadmap(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "roadmap");
            case "bom" -> args.size() <= 1 ? views.bom(in, argsAt, args.isEmpty() ? null : args.get(0)) : usage(in, start, "bom");
            case "breakeven", "break-even" -> args.size() == 1 ? views.breakeven(in, argsAt, args.get(0)) : usage(in, start, "breakeven");
            case "sensitivity" -> args.size() <= 1 ? uncertainty.sensitivity(in, argsAt, args.isEmpty() ? null : args.get(0))
                    : usage(in, start, "sensitivity");
            case "sweep" -> args.size() <= 2 ? uncertainty.sweep(in, argsAt, args) : usage(in, start, "sweep");
            case "set" -> edits.set(in, argsAt);
            case "unset" -> args.size() == 1 ? edits.unset(in, argsAt, args.get(0)) : usage(in, start, "unset");
            case "diff" -> args.isEmpty() ? history.diff() : usage(in, start, "diff");
            case "undo" -> args.isEmpty() ? history.undo(in, start) : usage(in, start, "undo");
            case "save" -> history.save(in, start, args);
            case "export" -> history.export(in, start, args);
            case "help", "?" -> help.help(in, argsAt, args.isEmpty() ? null : args.get(0));
            case "quit", "exit" -> quit();
            default -> {
                Set<String> known = new LinkedHashSet<>(HelpCommand.COMMANDS.keySet());
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
    final class Input {
        final String text;
        final String[] lines;
        final int firstLine;

        Input(String text, int firstLine) {
            this.text = text;
            this.lines = text.split("\n", -1);
            this.firstLine = firstLine;
        }

    }

    boolean fail(Input in, int offset, String message, String hint) {
        StringBuilder sb = new StringBuilder();
        sb.append(inputName).append(':').append(in.firstLine).append(':').append(offset + 1).append(": error: ").append(message).append('\n');
        if (hint != null) sb.append("  hint: ").append(hint).append('\n');
        out.print(sb);
        return false;
    }

    boolean fail(String message) {
        out.println("error: " + message);
        return false;
    }

    boolean usage(Input in, int offset, String command) {
        String[] h = HelpCommand.COMMANDS.get(command);
        return fail(in, offset, "usage: " + command + (h[0].isEmpty() ? "" : " " + h[0]), h[1]);
    }

    // ------------------------------------------------------------------ load, show

    /** Loads a file (.cpo, .json, .yaml): the session's architecture from now on. */
    public boolean load(Path file) {
        ReadResult r = advisor.read(file);
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

    /** The canonical text of the architecture now. */
    String canonical() {
        return state.text != null ? state.text : ModelWriter.write(state.architecture());
    }

    boolean needModel(Input in, int offset) {
        if (state == null) {
            return fail(in, offset, "no architecture loaded", "`load FILE`, or type a `site \"name\" { … }` block to start one");
        }
        if (!state.editable()) {
            return fail(in, offset, "the loaded architecture has errors", "fix the file and `load` it again");
        }
        return true;
    }

    boolean needModelOrErrors(Input in, int offset) {
        if (state == null) {
            return fail(in, offset, "no architecture loaded", "`load FILE`, or type a `site \"name\" { … }` block to start one");
        }
        return true;
    }

    Advice needAdvice(Input in, int offset) {
        if (!needModelOrErrors(in, offset)) return null;
        Advice a = adviceOf(state);
        if (a.hasErrors()) {
            out.print(DiagnosticPrinter.render(a.diagnostics()));
            fail(in, offset, "no advice: the architecture has errors", null);
            return null;
        }
        return a;
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
}
