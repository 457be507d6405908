package org.cpoadvisor.advisor.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical text of an architecture ({@link org.cpoadvisor.dsl.parse.ModelWriter}
 * output) as lines, with the blocks and property lines found by their layout: a
 * block is {@code header {} at some depth and the next {@code }} at the same depth;
 * a property is a line one level deeper that starts with its keyword. This is how
 * {@code set} and {@code unset} edit a model: change one line, read the text again.
 */
final class ModelText {

    private final List<String> lines;

    ModelText(String text) {
        lines = new ArrayList<>(List.of(text.split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    static String indent(int depth) {
        return "  ".repeat(depth);
    }

    /**
     * The block reached by {@code headers} (e.g. {@code site "sh-01"}, {@code cluster "train-a"}):
     * {@code {open, close}} line indexes, or {@code null}. No headers: the whole file,
     * {@code {-1, size}}.
     */
    int[] block(List<String> headers) {
        int from = -1;
        int to = lines.size();
        for (int depth = 0; depth < headers.size(); depth++) {
            String open = indent(depth) + headers.get(depth) + " {";
            String close = indent(depth) + "}";
            int found = -1;
            for (int i = from + 1; i < to; i++) {
                if (lines.get(i).equals(open)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) return null;
            int end = -1;
            for (int i = found + 1; i < to; i++) {
                if (lines.get(i).equals(close)) {
                    end = i;
                    break;
                }
            }
            if (end < 0) return null;
            from = found;
            to = end;
        }
        return new int[]{from, to};
    }

    /** The line of property {@code key} directly in the block at {@code depth} (headers.size()), or -1. */
    int property(int[] block, int depth, String key) {
        String prefix = indent(depth) + key;
        for (int i = block[0] + 1; i < block[1]; i++) {
            String l = lines.get(i);
            if (l.equals(prefix) || l.startsWith(prefix + " ")) {
                return i;
            }
        }
        return -1;
    }

    void set(int index, String line) {
        lines.set(index, line);
    }

    void insert(int index, String line) {
        lines.add(index, line);
    }

    void remove(int index) {
        lines.remove(index);
    }

    /** Removes lines {@code from..to} (inclusive) and a blank line just before them. */
    void removeBlock(int from, int to) {
        for (int i = to; i >= from; i--) {
            lines.remove(i);
        }
        if (from > 0 && from - 1 < lines.size() && lines.get(from - 1).isBlank()) {
            lines.remove(from - 1);
        }
    }

    /** Appends a top-level block; returns the index of its first inner line. */
    int appendBlock(String header, List<String> inner) {
        lines.add("");
        lines.add(header + " {");
        int first = lines.size();
        for (String l : inner) {
            lines.add(l);
        }
        lines.add("}");
        return first;
    }
}
