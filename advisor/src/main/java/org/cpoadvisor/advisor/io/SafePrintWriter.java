package org.cpoadvisor.advisor.io;

import org.cpoadvisor.dsl.diag.SafeText;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output and error of {@code cpo} (and the REPL's terminal): whatever is
 * printed through it reaches the terminal or the log with every control and
 * bidirectional character other than newline and tab as a visible escape
 * ({@link SafeText}), whoever printed it: a diagnostic, a path the user typed, picocli
 * echoing an argument. Only {@link #printExact} passes text as it is: a report its
 * renderer has already escaped (the colours of the text report are its own escape
 * sequences), or a file's own text that {@code cpo fmt} prints into a pipe.
 */
public final class SafePrintWriter extends PrintWriter {

    private final Writer exact;

    private SafePrintWriter(Writer exact, boolean autoFlush) {
        super(new Escaping(exact), autoFlush);
        this.exact = exact;
    }

    /** {@code writer} behind the escaping (itself when it is one already). */
    public static SafePrintWriter of(Writer writer) {
        return writer instanceof SafePrintWriter s ? s : new SafePrintWriter(writer, true);
    }

    /** Prints {@code text} as it is, after what was printed before. */
    public void printExact(String text) {
        flush();
        try {
            exact.write(text);
            exact.flush();
        } catch (IOException e) {
            setError();
        }
    }

    /** {@code text} exactly when {@code out} is a safe writer, else printed as usual. */
    public static void printExact(PrintWriter out, String text) {
        if (out instanceof SafePrintWriter s) s.printExact(text);
        else out.print(text);
    }

    /** Escapes character by character; a run of plain characters is written at once. */
    private static final class Escaping extends FilterWriter {

        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (plain((char) c)) out.write(c);
            else out.write(SafeText.visible(c));
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int run = off;
            for (int i = off; i < off + len; i++) {
                if (!plain(buf[i])) {
                    out.write(buf, run, i - run);
                    out.write(SafeText.visible(buf[i]));
                    run = i + 1;
                }
            }
            out.write(buf, run, off + len - run);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            char[] chunk = new char[Math.min(len, 8192)];
            for (int at = off; at < off + len; at += chunk.length) {
                int n = Math.min(chunk.length, off + len - at);
                s.getChars(at, at + n, chunk, 0);
                write(chunk, 0, n);
            }
        }

        /** Windows ends lines with CR LF: there a CR is a line end's. */
        private static final boolean CR_ENDS_LINES = System.lineSeparator().indexOf('\r') >= 0;

        private static boolean plain(char c) {
            return c == '\n' || c == '\t' || (c == '\r' && CR_ENDS_LINES) || !SafeText.unsafe(c);
        }
    }
}
