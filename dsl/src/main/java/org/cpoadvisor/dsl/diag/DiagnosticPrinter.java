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
            // a control character of the file (an escape in a comment) must not drive the terminal: one visible mark each
            String text = d.sourceLine().replace('\t', ' ').replaceAll("[\\p{Cc}\\p{Cs}]", "\uFFFD");
            sb.append(gutter).append(lineNo).append(" | ").append(text).append('\n');
            int col = Math.min(at.column() - 1, text.length());
            int len = Math.max(1, Math.min(at.length(), Math.max(1, text.length() - col)));
            sb.append(" ".repeat(gutter.length() + lineNo.length())).append(" | ")
                    .append(" ".repeat(col)).append("^".repeat(len)).append('\n');
        }
        if (d.hint() != null) {
            sb.append("  hint: ").append(d.hint()).append('\n');
        }
        return sb.toString();
    }
}
