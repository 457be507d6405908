package org.cpoadvisor.advisor.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff, as {@code diff -u} and {@code git diff} print it: {@code --- a/FILE} and
 * {@code +++ b/FILE}, then hunks with three lines of context ({@code @@ -12,7 +12,8 @@}); a last
 * line without a newline is marked {@code \ No newline at end of file}. What {@code patch -p1}
 * and {@code git apply} take. The diffing is java-diff-utils' (Myers).
 */
final class UnifiedDiff {

    /** Lines of context around a change. */
    static final int CONTEXT = 3;

    /** Marks a last line without a newline while diffing: never in a file read (a NUL byte is CPO306). */
    private static final String NO_NEWLINE = "\u0000";

    private UnifiedDiff() {
    }

    /** The diff from {@code original} to {@code revised} of the file {@code name}; empty when they are equal. */
    static String of(String name, String original, String revised) {
        List<String> before = lines(original);
        List<String> after = lines(revised);
        Patch<String> patch = DiffUtils.diff(before, after);
        if (patch.getDeltas().isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before, patch, CONTEXT)) {
            if (line.endsWith(NO_NEWLINE)) {
                sb.append(line, 0, line.length() - NO_NEWLINE.length()).append("\n\\ No newline at end of file\n");
            } else {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The lines of a text without their newlines; a last line without one carries the mark. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int last = out.size() - 1;
        if (text.endsWith("\n")) {
            out.remove(last); // the empty string after the last newline
        } else {
            out.set(last, out.get(last) + NO_NEWLINE);
        }
        return out;
    }
}
