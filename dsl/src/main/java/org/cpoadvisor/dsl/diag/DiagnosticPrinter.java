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
        // what came from a file or a file name is shown, never obeyed: SafeText's visible escapes
        sb.append(SafeText.line(d.summary())).append('\n');
        SourceLocation at = d.location();
        if (at != null && d.sourceLine() != null) {
            String lineNo = Integer.toString(at.line());
            String gutter = " ".repeat(Math.max(4, lineNo.length() + 1) - lineNo.length());
            String raw = d.sourceLine().replace('\t', ' ');
            int start = Math.max(0, Math.min(at.column() - 1, raw.length()));
            int end = Math.min(raw.length(), start + Math.max(0, at.length()));
            String text = SafeText.line(raw);
            // the caret stands under the spot as shown, escapes and all
            int col = SafeText.line(raw.substring(0, start)).length();
            int len = Math.max(1, SafeText.line(raw.substring(start, end)).length());
            sb.append(gutter).append(lineNo).append(" | ").append(text).append('\n');
            sb.append(" ".repeat(gutter.length() + lineNo.length())).append(" | ")
                    .append(" ".repeat(col)).append("^".repeat(len)).append('\n');
        }
        if (d.hint() != null) {
            sb.append("  hint: ").append(SafeText.line(d.hint())).append('\n');
        }
        return sb.toString();
    }
}
