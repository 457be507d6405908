package org.cpoadvisor.dsl.json;

import org.cpoadvisor.dsl.diag.Diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON or YAML document as a tree of values, each with the place it was written
 * (1-based line and column) and its JSON path. Both readers ({@link JsonTree},
 * {@link YamlTree}) build it; the translation to the language reads only this, and
 * other YAML files of the tool (the project configuration, {@code .cpo.yaml}) are read
 * with {@link #yaml} so that their diagnostics carry places too.
 */
public final class Tree {

    private Tree() {
    }

    /** A value with its place and path. */
    public sealed interface Node permits Obj, Arr, Scalar {
        int line();

        int column();

        String path();

        /** The same value standing at another path (a YAML alias): places kept, paths made anew. */
        Node at(String newPath);
    }

    /** An object (a YAML mapping): its fields in order, where each key was written, keys given twice. */
    public record Obj(Map<String, Node> fields, Map<String, int[]> keys, List<String> duplicates, int line, int column,
               String path) implements Node {

        @Override
        public Node at(String newPath) {
            Map<String, Node> copied = new LinkedHashMap<>();
            fields.forEach((k, v) -> copied.put(k, v.at(newPath + "." + k)));
            return new Obj(copied, keys, duplicates, line, column, newPath);
        }
    }

    /** A list (a YAML sequence). */
    public record Arr(List<Node> items, int line, int column, String path) implements Node {

        @Override
        public Node at(String newPath) {
            List<Node> copied = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                copied.add(items.get(i).at(newPath + "[" + i + "]"));
            }
            return new Arr(copied, line, column, newPath);
        }
    }

    /**
     * A scalar: a {@link String}, a {@link java.math.BigDecimal}, a {@link Boolean}, or {@code null}
     * for "not given".
     */
    public record Scalar(Object value, int line, int column, String path) implements Node {

        @Override
        public Node at(String newPath) {
            return new Scalar(value, line, column, newPath);
        }
    }

    /** What a reader made of a document: its root, or {@code null} when it could not be read (problems say why). */
    public record Read(Node root) {
    }

    /**
     * Reads a YAML document (YAML 1.2's core schema, one document, no unknown tags) into a tree;
     * every problem goes to {@code problems} as a diagnostic with {@code name}, line and column.
     *
     * @param maxChars the most characters the document may hold with its aliases expanded
     * @return the root, or a {@code null} root when the document could not be read (or is empty: CPO308)
     */
    public static Read yaml(String text, String name, long maxChars, List<Diagnostic> problems) {
        return YamlTree.read(text, name, maxChars, problems);
    }

    /** Blocks of the language nest at most this deep; a document needs six levels at most. */
    static final int MAX_DEPTH = 64;

    /** Numbers longer than this are left as text, for the language to report (CPO106) without parsing them. */
    static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * A number as text: written out where it is short enough, else in exponent form ({@code 1E+999999999} written out
     * has a billion digits: never build it).
     */
    static String written(java.math.BigDecimal n) {
        return tooLong(n) ? n.toString() : n.toPlainString();
    }

    /** Whether a number written out would have more than {@code MAX_NUMBER_LENGTH} digits (in long arithmetic: no overflow). */
    static boolean tooLong(java.math.BigDecimal n) {
        return (long) n.precision() - n.scale() > MAX_NUMBER_LENGTH || n.scale() > MAX_NUMBER_LENGTH;
    }
}
