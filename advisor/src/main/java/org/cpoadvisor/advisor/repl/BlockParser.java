package org.cpoadvisor.advisor.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits REPL lines into words for completion, and keeps a typed block open: while
 * its braces (outside strings and comments) do not balance, Enter starts another
 * line under the secondary prompt instead of running the input.
 */
final class BlockParser extends DefaultParser {

    BlockParser() {
        setQuoteChars(new char[]{'"'});
        setEofOnUnclosedQuote(false);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && Lexer.incomplete(line)) {
            throw new EOFError(-1, -1, "block not closed", "}");
        }
        return super.parse(line, cursor, context);
    }
}
