package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.dsl.lang.Language;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.HashSet;
import java.util.Set;

/**
 * Colours REPL input as it is typed: commands, the language's keywords and
 * properties, strings, numbers with their units, comments; a string left open is
 * marked as an error.
 */
final class CpoHighlighter implements Highlighter {

    static final AttributedStyle COMMAND = AttributedStyle.BOLD;
    static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).bold();
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle UNIT = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLACK + AttributedStyle.BRIGHT);
    static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();

    static final Set<String> KEYWORDS = keywords();

    /** Every property of the language and every word inside values. */
    private static Set<String> keywords() {
        Set<String> k = new HashSet<>();
        Language.PROPERTIES.forEach(p -> k.add(p.name()));
        Language.VALUE_WORDS.forEach(w -> k.add(w.word()));
        return Set.copyOf(k);
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        try {
            return colour(buffer);
        } catch (RuntimeException e) {
            return new AttributedString(buffer); // plain rather than a broken line editor
        }
    }

    private static AttributedString colour(String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        boolean first = true;
        for (Lexer.Token t : Lexer.lex(buffer)) {
            AttributedStyle style = switch (t.kind()) {
                case COMMENT -> COMMENT;
                case STRING -> t.text().length() >= 2 && t.text().endsWith("\"") ? STRING : ERROR;
                case NUMBER -> NUMBER;
                case UNIT -> UNIT;
                case WORD -> first && HelpCommand.COMMANDS.containsKey(t.text()) ? COMMAND
                        : KEYWORDS.contains(t.text()) ? KEYWORD : AttributedStyle.DEFAULT;
                case PUNCT -> t.is("{") || t.is("}") ? AttributedStyle.BOLD : AttributedStyle.DEFAULT;
                default -> AttributedStyle.DEFAULT;
            };
            if (t.kind() != Lexer.Kind.SPACE && t.kind() != Lexer.Kind.NEWLINE && t.kind() != Lexer.Kind.COMMENT) {
                first = false;
            }
            sb.styled(style, t.text());
        }
        return sb.toAttributedString();
    }
}
