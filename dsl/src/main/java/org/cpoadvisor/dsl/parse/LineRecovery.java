package org.cpoadvisor.dsl.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery, made to fit a language with one property a line: after a syntax
 * error the parser skips the rest of the line (and any block opened on it) and
 * resumes at the next property or closing brace. One mistake gives one diagnostic,
 * and a mistake inside a block does not close the block early.
 */
final class LineRecovery extends DefaultErrorStrategy {

    @Override
    protected void consumeUntil(Parser recognizer, IntervalSet set) {
        Token start = recognizer.getCurrentToken();
        int depth = 0;
        while (true) {
            Token t = recognizer.getCurrentToken();
            int type = t.getType();
            if (type == Token.EOF) {
                return;
            }
            if (depth == 0 && set.contains(type) && (t.getLine() > start.getLine() || type == CpoLexer.RBRACE)) {
                return;
            }
            if (type == CpoLexer.LBRACE) {
                depth++;
            } else if (type == CpoLexer.RBRACE && depth > 0) {
                depth--;
            } else if (type == CpoLexer.RBRACE) {
                return; // a closing brace the set does not expect: let the caller report it
            }
            recognizer.consume();
        }
    }
}
