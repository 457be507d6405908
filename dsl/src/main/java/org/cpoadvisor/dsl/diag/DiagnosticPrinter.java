package org.cpoadvisor.dsl.diag;

import java.util.List;

/**
 * Renders diagnostics for a terminal or a log: the summary line, the source line
 * with a caret under the spot, and the hint.
 *
 * <pre>
 * samples/acme.cpo:12:5: error CPO201: unknown property `nicc` in a cluster
 *    12 |     nicc 800G
 *       |     ^^^^
 *   hint: did you mean `nic`?
 * </pre>
 */
public final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    /** The most characters of a source line shown under a diagnostic (the rest is `…`). */
    static final int MAX_SHOWN = 160;

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append(render(d));
        }
        return sb.toString();
    }

    public static String render(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.summary()).append('\n');
        SourceLocation at = d.location();
        if (at != null && d.sourceLine() != null) {
            String lineNo = Integer.toString(at.line());
            String gutter = " ".repeat(Math.max(4, lineNo.length() + 1) - lineNo.length());
            // a long line (a generated JSON document on one line) is shown around the place only: each of
            // its diagnostics would otherwise print all of it
            String line = d.sourceLine();
            int col = Math.min(Math.max(0, at.column() - 1), line.length());
            int start = 0;
            int end = line.length();
            if (line.length() > MAX_SHOWN) {
                start = Math.max(0, Math.min(col - MAX_SHOWN / 3, line.length() - MAX_SHOWN));
                end = Math.min(line.length(), start + MAX_SHOWN);
                if (start > 0 && Character.isLowSurrogate(line.charAt(start))) start--; // never half a pair
                if (end < line.length() && Character.isLowSurrogate(line.charAt(end))) end++;
            }
            String head = start > 0 ? "…" : "";
            // a control character of the file (an escape in a comment) must not drive the terminal: one visible mark each
            String text = head + line.substring(start, end).replace('\t', ' ').replaceAll("[\\p{Cc}\\p{Cs}]", "\uFFFD")
                    + (end < line.length() ? "…" : "");
            sb.append(gutter).append(lineNo).append(" | ").append(text).append('\n');
            col = col - start + head.length();
            int len = Math.max(1, Math.min(at.length(), Math.max(1, end - start + head.length() - col)));
            sb.append(" ".repeat(gutter.length() + lineNo.length())).append(" | ")
                    .append(" ".repeat(col)).append("^".repeat(len)).append('\n');
        }
        if (d.hint() != null) {
            sb.append("  hint: ").append(d.hint()).append('\n');
        }
        return sb.toString();
    }
}
