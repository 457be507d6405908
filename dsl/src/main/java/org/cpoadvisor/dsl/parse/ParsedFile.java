package org.cpoadvisor.dsl.parse;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;

import java.util.ArrayList;
import java.util.List;

/**
 * One file lexed and parsed: the token stream (comments included, on the hidden
 * channel), the parse tree, and the syntax diagnostics. Nothing outside the
 * {@code dsl} module sees a parse tree.
 */
public final class ParsedFile {

    private final SourceText source;
    private final CommonTokenStream tokens;
    private final CpoParser.FileContext tree;
    private final List<Diagnostic> syntax;

    private ParsedFile(SourceText source, CommonTokenStream tokens, CpoParser.FileContext tree, List<Diagnostic> syntax) {
        this.source = source;
        this.tokens = tokens;
        this.tree = tree;
        this.syntax = List.copyOf(syntax);
    }

    public static ParsedFile parse(SourceText source) {
        SyntaxErrors errors = new SyntaxErrors(source.name());
        CpoLexer lexer = new CpoLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        errors.attach(tokens);
        CpoParser parser = new CpoParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new LineRecovery());
        CpoParser.FileContext tree = parser.file();
        List<Diagnostic> syntax = new ArrayList<>(errors.diagnostics());
        for (Token t : tokens.getTokens()) {
            if (t.getType() == CpoLexer.BLOCK_COMMENT && (t.getText().length() < 4 || !t.getText().endsWith("*/"))) {
                syntax.add(Diagnostic.of(Code.CPO104, "comment is never closed",
                                new SourceLocation(source.name(), t.getLine(), t.getCharPositionInLine() + 1, 2))
                        .withHint("close it with `*/`"));
            }
        }
        return new ParsedFile(source, tokens, tree, syntax);
    }

    public SourceText source() {
        return source;
    }

    public CommonTokenStream tokens() {
        return tokens;
    }

    public CpoParser.FileContext tree() {
        return tree;
    }

    public List<Diagnostic> syntaxDiagnostics() {
        return syntax;
    }

    public boolean hasSyntaxErrors() {
        return !syntax.isEmpty();
    }
}
