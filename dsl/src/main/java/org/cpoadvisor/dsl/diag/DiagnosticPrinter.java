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

    /**
     * The width a quoted source line is cut to, gutter included: a terminal's usual 100
     * columns (a line of a generated file may be megabytes long; it is cut around the spot,
     * with an ellipsis where text is left out).
     */
    public static final int WIDTH = 100;

    public static String render(List<Diagnostic> diagnostics) {
        return render(diagnostics, WIDTH);
    }

    /** With source lines cut to {@code width} columns (at least 40). */
    public static String render(List<Diagnostic> diagnostics, int width) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append(render(d, width));
        }
        return sb.toString();
    }

    public static String render(Diagnostic d) {
        return render(d, WIDTH);
    }

    public static String render(Diagnostic d, int width) {
        StringBuilder sb = new StringBuilder();
        // what came from a file or a file name is shown, never obeyed: SafeText's visible escapes
        sb.append(SafeText.line(d.summary())).append('\n');
        SourceLocation at = d.location();
        if (at != null && d.sourceLine() != null) {
            String lineNo = Integer.toString(at.line());
            String gutter = " ".repeat(Math.max(4, lineNo.length() + 1) - lineNo.length());
            int room = Math.max(40, width) - gutter.length() - lineNo.length() - 3;
            String raw = d.sourceLine().replace('\t', ' ');
            int start = Math.max(0, Math.min(at.column() - 1, raw.length()));
            int end = Math.min(raw.length(), start + Math.max(0, at.length()));
            // what came from the file is shown, never obeyed (SafeText's visible escapes); the caret stands under
            // the spot as shown, escapes and all
            String line = SafeText.line(raw);
            int col = SafeText.line(raw.substring(0, start)).length();
            int spot = Math.max(1, SafeText.line(raw.substring(start, end)).length());
            // the window of the line shown: all of it when it fits, else `room` characters around the spot
            int from = 0;
            int to = line.length();
            if (line.length() > room) {
                from = Math.max(0, Math.min(col - room / 3, line.length() - room));
                to = from + room;
                if (from > 0 && Character.isLowSurrogate(line.charAt(from))) from++;
                if (to < line.length() && Character.isLowSurrogate(line.charAt(to))) to--;
            }
            String text = line.substring(from, to);
            // the ellipses take a character's place each, never half a surrogate pair's
            if (from > 0) text = "\u2026" + text.substring(Character.isHighSurrogate(text.charAt(0)) && text.length() > 1 ? 2 : 1);
            if (to < line.length()) {
                int cut = text.length() - 1;
                if (cut > 0 && Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
                text = text.substring(0, cut) + "\u2026";
            }
            sb.append(gutter).append(lineNo).append(" | ").append(text).append('\n');
            int shownCol = Math.min(col - from, text.length());
            int len = Math.max(1, Math.min(spot, Math.max(1, text.length() - shownCol - (to < line.length() ? 1 : 0))));
            sb.append(" ".repeat(gutter.length() + lineNo.length())).append(" | ")
                    .append(" ".repeat(shownCol)).append("^".repeat(len)).append('\n');
        }
        if (d.hint() != null) {
            sb.append("  hint: ").append(SafeText.line(d.hint())).append('\n');
        }
        return sb.toString();
    }
}
