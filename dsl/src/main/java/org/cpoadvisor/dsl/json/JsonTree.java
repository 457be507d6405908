package org.cpoadvisor.dsl.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.json.Tree.Arr;
import org.cpoadvisor.dsl.json.Tree.Node;
import org.cpoadvisor.dsl.json.Tree.Obj;
import org.cpoadvisor.dsl.json.Tree.Scalar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON document into a {@link Tree}. One document a file (more is CPO111), at most
 * {@link Tree#MAX_DEPTH} levels (a deeper value is CPO110 where it opens; the document is not read further),
 * every parser message in the language's words.
 */
final class JsonTree {

    /**
     * Numbers are checked by the language (CPO106 past 1,000 characters), not refused by the
     * parser; strings and documents are bounded by the file limit before a byte is parsed.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
            .build();

    private final String name;
    private final List<Diagnostic> problems;

    /** Thrown to stop reading past the nesting limit: the problem is reported. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    private JsonTree(String name, List<Diagnostic> problems) {
        this.name = name;
        this.problems = problems;
    }

    static Tree.Read read(String text, String name, List<Diagnostic> problems) {
        return new JsonTree(name, problems).read(text);
    }

    private Tree.Read read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                problems.add(Diagnostic.of(Code.CPO308, "`" + name + "` is empty", SourceLocation.of(name, 1, 1)));
                return new Tree.Read(null);
            }
            Node root = node(p, "$", 1);
            try {
                if (p.nextToken() != null) {
                    problems.add(Diagnostic.of(Code.CPO111, "a second JSON value after the document", at(p.currentTokenLocation()))
                            .withHint("a file holds one architecture (or one fragment): one object, from `{` to its `}`"));
                }
            } catch (JsonProcessingException e) {
                problems.add(Diagnostic.of(Code.CPO111, "text after the end of the document", at(e.getLocation()))
                        .withHint("a file holds one architecture (or one fragment): one object, from `{` to its `}`"));
            }
            return new Tree.Read(root);
        } catch (TooDeep e) {
            return new Tree.Read(null); // reported where the limit was crossed
        } catch (JsonProcessingException e) {
            problems.add(Diagnostic.of(Code.CPO101, "JSON syntax: " + plain(e.getOriginalMessage()), at(e.getLocation())));
            return new Tree.Read(null);
        } catch (IOException e) {
            problems.add(Diagnostic.of(Code.CPO307, "cannot read `" + name + "`: " + e.getMessage(), SourceLocation.of(name, 1, 1)));
            return new Tree.Read(null);
        }
    }

    private SourceLocation at(JsonLocation l) {
        return l == null ? SourceLocation.of(name, 1, 1) : SourceLocation.of(name, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private Node node(JsonParser p, String path, int depth) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > Tree.MAX_DEPTH) {
            problems.add(Diagnostic.of(Code.CPO110, "the document nests deeper than " + Tree.MAX_DEPTH + " levels",
                    SourceLocation.of(name, line, column)).withPath(path)
                    .withHint("an architecture needs six levels at most: is a generator looping? The document is not read further"));
            throw new TooDeep();
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> fields = new LinkedHashMap<>();
            Map<String, int[]> keys = new LinkedHashMap<>();
            List<String> duplicates = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                p.nextToken();
                Node value = node(p, path + "." + key, depth + 1);
                if (fields.containsKey(key)) {
                    duplicates.add(key);
                }
                fields.put(key, value);
                keys.put(key, new int[]{Math.max(1, keyAt.getLineNr()), Math.max(1, keyAt.getColumnNr())});
            }
            return new Obj(fields, keys, duplicates, line, column, path);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, path + "[" + i++ + "]", depth + 1));
            }
            return new Arr(items, line, column, path);
        }
        Object value = switch (token) {
            case VALUE_STRING -> p.getText();
            // a number too long to be one is left as its text: the language says why (CPO106)
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getTextLength() > Tree.MAX_NUMBER_LENGTH ? p.getText() : p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
        return new Scalar(value, line, column, path);
    }

    // ------------------------------------------------------------------ the parser's messages in plain words

    private static final Pattern SOURCE_AT = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");

    /**
     * Jackson's message in the language's words: no class, feature or API names, no
     * "(code 39)", no source references; places as "line L, column C".
     */
    static String plain(String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("").strip();
        if (m.startsWith("Non-standard token")) {
            Matcher t = Pattern.compile("'([^']*)'").matcher(m);
            return (t.find() ? "`" + t.group(1) + "` is not a JSON value" : "not a JSON value")
                    + ": numbers are finite, written with digits";
        }
        if (m.contains("ALLOW_COMMENTS") || m.contains("maybe a (non-standard) comment")) {
            return "JSON has no comments";
        }
        if (m.contains("ALLOW_SINGLE_QUOTES") || m.startsWith("Unexpected character (''' ")) {
            return "strings are written in double quotes (\")";
        }
        if (m.contains("ALLOW_TRAILING_COMMA")) {
            return "a comma before the end of a list or object";
        }
        if (m.startsWith("Document nesting depth")) {
            return "the document nests deeper than " + Tree.MAX_DEPTH + " levels";
        }
        if (m.startsWith("Number value length") || m.startsWith("String value length") || m.startsWith("Name length")) {
            return "a value longer than a file may be";
        }
        Matcher source = SOURCE_AT.matcher(m);
        m = source.replaceAll("line $1, column $2");
        m = m.replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\(CTRL-CHAR, code (\\d+)\\)", "a control character")
                .replaceAll(", from `[\\w.()]+`", "")
                .replaceAll(":? ?enable `[\\w.]+` to allow", "")
                .replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "(a string, a number, a list, an object, true or false)")
                .replace("close marker for Object", "the `}` of the object")
                .replace("close marker for Array", "the `]` of the list")
                .replace("for Object starting at", "for the object opened at")
                .replace("for Array starting at", "for the list opened at")
                .replace("start marker at", "opened at")
                .replace("Unexpected end-of-input", "the file ends")
                .replace("end-of-input", "the end of the file")
                .replace("Unexpected close marker", "unexpected");
        if (m.matches("(?s).*(`\\w+\\.\\w+|Feature|Jackson|StreamRead|JsonToken|org\\.|com\\.fasterxml).*") || m.isBlank()) {
            return "not valid JSON here";
        }
        // the parser quotes the character it did not expect, which may be half a surrogate pair: shown, never raw
        return org.cpoadvisor.dsl.diag.SafeText.line(m);
    }
}
