package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Suggest;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.lang.Language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns ANTLR's syntax errors into our diagnostics. ANTLR's own console listener is
 * removed wherever this one is added, so nothing of ANTLR's reaches the user.
 * Only the first error at a token is kept: one mistake, one diagnostic.
 */
final class SyntaxErrors extends BaseErrorListener {

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int lastErrorToken = -1;
    private CommonTokenStream tokens;

    SyntaxErrors(String file) {
        this.file = file;
    }

    void attach(CommonTokenStream tokenStream) {
        this.tokens = tokenStream;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private boolean unterminatedString() {
        return tokens != null && tokens.getTokens().stream().anyMatch(t -> t.getType() == CpoLexer.UNTERMINATED_STRING);
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException e) {
        if (!(offendingSymbol instanceof Token token) || !(recognizer instanceof Parser parser)) {
            // the lexer never fails: ERROR_CHAR takes any character the other rules do not
            diagnostics.add(Diagnostic.of(Code.CPO101, "unexpected input",
                    SourceLocation.of(file, line, charPositionInLine + 1)));
            return;
        }
        if (token.getTokenIndex() == lastErrorToken) {
            return;
        }
        lastErrorToken = token.getTokenIndex();
        if (token.getType() == Token.EOF && unterminatedString()) {
            return; // the string that runs to the end of its line took the closing brace with it: reported there
        }
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        diagnostics.add(describe(token, expected, parser.getVocabulary()));
    }

    private SourceLocation at(Token t) {
        int length = t.getType() == Token.EOF ? 1 : Math.max(1, t.getText().codePointCount(0, t.getText().length()));
        return new SourceLocation(file, t.getLine(), t.getCharPositionInLine() + 1, length);
    }

    private Diagnostic describe(Token t, IntervalSet expected, Vocabulary vocabulary) {
        String text = t.getText();
        switch (t.getType()) {
            case CpoLexer.ERROR_CHAR -> {
                String hint = switch (text) {
                    case "-" -> "numbers cannot be negative, and names with `-` must start with a letter";
                    case ";" -> "properties need no separator: put each on its own line";
                    case "'" -> "names are written in double quotes: \"name\"";
                    case "=" -> "write a property and its value with a space: `pue 1.3`";
                    case "/" -> "units with a slash are `USD/kWh` (energy price) and `pJ/bit`";
                    default -> null;
                };
                return Diagnostic.of(Code.CPO105, "unexpected character `" + printable(text) + "`", at(t)).withHint(hint);
            }
            case CpoLexer.UNTERMINATED_STRING -> {
                return Diagnostic.of(Code.CPO103, "string is not closed before the end of the line", at(t))
                        .withHint("close it with `\"`");
            }
            case CpoLexer.BAD_NUMBER -> {
                return Diagnostic.of(Code.CPO106, "bad number `" + text + "`", at(t))
                        .withHint("write numbers as 16384, 0.065 or 1_000_000");
            }
            case Token.EOF -> {
                Token open = unclosedBrace();
                if (open != null) {
                    return Diagnostic.of(Code.CPO102, "block opened here is never closed", at(open))
                            .withHint("add `}` to close it");
                }
                return Diagnostic.of(Code.CPO101, "the file ends too early; expected " + describe(expected, vocabulary), at(t));
            }
            default -> {
                String message = "unexpected " + shown(t) + "; expected " + describe(expected, vocabulary);
                Diagnostic d = Diagnostic.of(Code.CPO101, message, at(t));
                return d.withHint(hint(t, expected, vocabulary));
            }
        }
    }

    private String hint(Token t, IntervalSet expected, Vocabulary vocabulary) {
        String text = t.getText();
        if (text.matches("x[0-9].*")) {
            return "put spaces around `x`: `64 x 800G`";
        }
        if (t.getType() == CpoLexer.IDENT || t.getType() == CpoLexer.CUR_CODE) {
            List<String> words = new ArrayList<>();
            for (int type : expected.toList()) {
                String literal = vocabulary.getLiteralName(type);
                if (literal != null && Character.isLetter(literal.charAt(1))) {
                    words.add(literal.substring(1, literal.length() - 1));
                }
            }
            String suggestion = Suggest.didYouMean(text, words);
            if (suggestion != null) {
                return suggestion;
            }
        }
        if (expected.contains(CpoLexer.STRING) && t.getType() == CpoLexer.IDENT) {
            return "names are quoted: \"" + text + "\"";
        }
        List<String> owners = Language.blocksWith(text);
        if (t.getType() != CpoLexer.IDENT && !owners.isEmpty()) {
            // a word that opens a block elsewhere (`laser`, `switch`, `optic`) where it cannot stand
            return "`" + text + "` belongs in " + String.join(" or ", owners);
        }
        return null;
    }

    private static String shown(Token t) {
        return switch (t.getType()) {
            case CpoLexer.STRING -> "string " + printable(t.getText());
            case CpoLexer.NUMBER -> "number `" + t.getText() + "`";
            default -> "`" + printable(t.getText()) + "`";
        };
    }

    /**
     * Text from a file as a message may quote it: control characters, half surrogate pairs
     * and unassigned code points as a backslash, u and four hex digits, so that a message never carries a
     * terminal escape or something UTF-8 cannot hold.
     */
    private static String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** "`}` or a property" — the expected tokens in words, at most a few. */
    static String describe(IntervalSet expected, Vocabulary vocabulary) {
        TreeSet<String> words = new TreeSet<>();
        boolean property = false;
        for (int type : expected.toList()) {
            if (type == Token.EOF) {
                words.add("the end of the file");
                continue;
            }
            String literal = vocabulary.getLiteralName(type);
            if (literal == null) {
                switch (type) {
                    case CpoLexer.STRING -> words.add("a quoted name");
                    case CpoLexer.NUMBER -> words.add("a number");
                    case CpoLexer.IDENT -> property = true;
                    default -> { }
                }
                continue;
            }
            String word = literal.substring(1, literal.length() - 1);
            if (Character.isLetter(word.charAt(0)) && word.length() > 1 && Character.isLowerCase(word.charAt(0))) {
                property = true;
            } else if (!Character.isLetter(word.charAt(0))) {
                words.add("`" + word + "`");
            }
        }
        List<String> parts = new ArrayList<>(words);
        if (property) {
            parts.add("a keyword or a property");
        }
        if (parts.isEmpty()) {
            return "something else";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** The innermost `{` without its `}` when the file ends. */
    private Token unclosedBrace() {
        if (tokens == null) {
            return null;
        }
        Deque<Token> open = new ArrayDeque<>();
        for (Token t : tokens.getTokens()) {
            if (t.getType() == CpoLexer.LBRACE) {
                open.push(t);
            } else if (t.getType() == CpoLexer.RBRACE && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.peek();
    }
}
