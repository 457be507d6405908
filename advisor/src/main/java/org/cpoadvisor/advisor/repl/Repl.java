package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code cpo repl}: a {@link Session} behind a JLine line reader, with completion,
 * highlighting, multi-line blocks (secondary prompt {@code ...> } until the braces
 * balance) and persistent history. Ctrl-C drops the line being typed, Ctrl-D leaves.
 *
 * <p>Without a terminal ({@code cpo repl FILE < script}), {@link #script} reads the
 * same commands line by line and prints the same output, with no prompts and no
 * echo of the input (unless asked for); a block still runs until its braces balance.
 * Its exit status is 0 when every input succeeded, 1 when one did not.
 */
public final class Repl {

    public static final String PROMPT = "cpo> ";
    public static final String MORE = "...> ";

    private final Terminal terminal;
    private final Session session;
    private final LineReader reader;
    private final CpoCompleter completer;

    /**
     * @param terminal the terminal to talk to (a system terminal, or in tests a dumb one over streams)
     * @param advisor  the one advisor of the session
     * @param history  where the history is kept, or {@code null} for none
     */
    public Repl(Terminal terminal, Advisor advisor, Path history) {
        this.terminal = terminal;
        this.session = new Session(advisor, SafePrintWriter.of(terminal.writer()), "repl"); // no control or bidi character of an input raw on the terminal
        this.completer = new CpoCompleter(session);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("cpo")
                .parser(new BlockParser())
                .completer(completer)
                .highlighter(new CpoHighlighter())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, MORE)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .variable(LineReader.HISTORY_SIZE, 1_000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .option(LineReader.Option.INSERT_TAB, false);
        if (history != null) {
            builder.variable(LineReader.HISTORY_FILE, history);
        }
        this.reader = builder.build();
        session.setConfirm(this::confirm);
    }

    /** {@code $CPO_HISTORY}, else {@code ~/.cpo_history}. */
    public static Path historyFile() {
        String env = System.getenv("CPO_HISTORY");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".cpo_history");
    }

    public Session session() {
        return session;
    }

    public LineReader reader() {
        return reader;
    }

    /** The completer the reader uses (tests call it with a parsed line). */
    org.jline.reader.Completer completer() {
        return completer;
    }

    private boolean confirm(String question) {
        Object before = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            String answer = reader.readLine(question);
            return answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes");
        } catch (UserInterruptException | EndOfFileException e) {
            return false;
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, before == null ? Boolean.FALSE : before);
        }
    }

    /** Loads {@code file} (when given), then reads and runs inputs until {@code quit} or Ctrl-D. Returns the exit status. */
    public int run(Path file) {
        PrintWriter out = terminal.writer();
        if (file != null) {
            session.load(file);
            session.warmUp();
        }
        out.println("cpo repl: `help` lists the commands; Tab completes; Ctrl-C drops a line, Ctrl-D leaves");
        out.flush();
        int line = 1;
        try {
            while (!session.exitRequested()) {
                String input;
                try {
                    input = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C: the line is dropped, the session goes on
                } catch (EndOfFileException e) {
                    break; // Ctrl-D
                }
                session.execute(input, line);
                line += (int) input.chars().filter(c -> c == '\n').count() + 1;
            }
        } finally {
            try {
                History h = reader.getHistory();
                h.save();
            } catch (IOException | RuntimeException ignored) {
                // a history that cannot be written is no reason to fail the session
            }
            out.flush();
        }
        return 0;
    }

    /**
     * Runs commands from {@code in} without a terminal: no prompts; with {@code echo},
     * each input is printed after the prompt first, as a transcript.
     *
     * @return 0 when every input succeeded, 1 when the file or an input failed
     */
    public static int script(BufferedReader in, PrintWriter out, Path file, boolean echo, Advisor advisor) throws IOException {
        Session session = new Session(advisor, out, "stdin");
        boolean failed = false;
        if (file != null && !session.load(file)) failed = true;
        StringBuilder pending = new StringBuilder();
        int first = 1;
        int number = 0;
        String line;
        while (!session.exitRequested() && (line = in.readLine()) != null) {
            number++;
            if (pending.length() == 0) first = number;
            else pending.append('\n');
            pending.append(line);
            if (Lexer.incomplete(pending.toString())) continue;
            run(session, pending.toString(), first, echo, out);
            pending.setLength(0);
        }
        if (pending.length() > 0 && !session.exitRequested()) {
            run(session, pending.toString(), first, echo, out); // an unclosed block: the language says so
        }
        out.flush();
        return failed || session.failures() > 0 ? 1 : 0;
    }

    private static void run(Session session, String input, int first, boolean echo, PrintWriter out) {
        if (echo) {
            String[] lines = input.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                out.println((i == 0 ? PROMPT : MORE) + lines[i]);
            }
        }
        session.execute(input, first);
    }
}
