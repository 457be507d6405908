package org.cpoadvisor.advisor.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A forgiving tokenizer of REPL input (commands and language blocks): what the
 * highlighter colours, what tells whether a block's braces are balanced, and what
 * finds the names a typed block defines. It never fails: unterminated strings and
 * comments run to the end of their line or of the input.
 */
final class Lexer {

    enum Kind { SPACE, NEWLINE, COMMENT, STRING, NUMBER, UNIT, WORD, PUNCT }

    record Token(Kind kind, int start, int end, String text) {
        boolean is(String s) {
            return text.equals(s);
        }
    }

    /** Units the language knows after a number (currencies and {@code CUR/kWh} are matched by shape). */
    static final Set<String> UNITS = Set.of("G", "T", "W", "kW", "MW", "min", "h", "year", "years", "fit", "pJ/bit", "%");

    private Lexer() {
    }

    static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        boolean afterNumber = false;
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            Kind kind;
            if (c == '\n') {
                i++;
                kind = Kind.NEWLINE;
            } else if (Character.isWhitespace(c)) {
                while (i < n && s.charAt(i) != '\n' && Character.isWhitespace(s.charAt(i))) i++;
                kind = Kind.SPACE;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
                kind = Kind.COMMENT;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                kind = Kind.COMMENT;
            } else if (c == '"') {
                i++;
                while (i < n && s.charAt(i) != '"' && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < n && s.charAt(i + 1) != '\n') i++;
                    i++;
                }
                if (i < n && s.charAt(i) == '"') i++;
                kind = Kind.STRING;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
                if (i + 1 < n && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1))) {
                    i++;
                    while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || "_-.".indexOf(s.charAt(i)) >= 0)) i++;
                if (s.startsWith("/kWh", i)) i += 4;
                else if (s.startsWith("/bit", i)) i += 4;
                String w = s.substring(start, i);
                kind = afterNumber && isUnit(w) ? Kind.UNIT : Kind.WORD;
            } else if (c == '%') {
                i++;
                kind = afterNumber ? Kind.UNIT : Kind.PUNCT;
            } else if (c == '.' && i + 1 < n && s.charAt(i + 1) == '.') {
                i += 2;
                kind = Kind.PUNCT;
            } else {
                i++;
                kind = Kind.PUNCT;
            }
            Token t = new Token(kind, start, i, s.substring(start, i));
            out.add(t);
            if (kind == Kind.NUMBER) {
                afterNumber = true;
            } else if (kind != Kind.SPACE) {
                afterNumber = false;
            }
        }
        return out;
    }

    static boolean isUnit(String w) {
        return UNITS.contains(w) || w.matches("[A-Z]{3}(/kWh)?");
    }

    /** The tokens that mean something: no spaces, newlines or comments. */
    static List<Token> significant(String s) {
        return lex(s).stream().filter(t -> t.kind() != Kind.SPACE && t.kind() != Kind.NEWLINE && t.kind() != Kind.COMMENT).toList();
    }

    /** Braces opened and not yet closed, outside strings and comments; -1 also when a block comment is still open. */
    static int openBraces(String s) {
        int depth = 0;
        for (Token t : lex(s)) {
            if (t.kind() == Kind.COMMENT && t.text().startsWith("/*") && (t.text().length() < 4 || !t.text().endsWith("*/"))) {
                return Math.max(depth, 1);
            }
            if (t.kind() == Kind.PUNCT) {
                if (t.is("{")) depth++;
                else if (t.is("}")) depth--;
            }
        }
        return depth;
    }

    /** Whether more lines are needed before {@code s} can be read: a brace or a block comment still open. */
    static boolean incomplete(String s) {
        return openBraces(s) > 0;
    }
}
