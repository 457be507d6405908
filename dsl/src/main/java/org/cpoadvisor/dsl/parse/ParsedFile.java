package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.SourceText;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
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

    /**
     * The deepest nesting of braces parsed. The language needs three levels (a catalog
     * entry, a cluster); an unknown property's block is skipped by recursion, so
     * thousands of braces would overflow the stack: deeper ones are cut out, with CPO110.
     */
    static final int MAX_BLOCK_DEPTH = 64;

    public static ParsedFile parse(SourceText source) {
        SyntaxErrors errors = new SyntaxErrors(source.name());
        CpoLexer lexer = new CpoLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        List<Diagnostic> tooDeep = new ArrayList<>();
        List<Token> shallow = withinDepth(tokens.getTokens(), source.name(), tooDeep);
        if (shallow != null) {
            tokens = new CommonTokenStream(new ListTokenSource(shallow));
        }
        errors.attach(tokens);
        CpoParser parser = new CpoParser(tokens);
        parser.removeErrorListeners();
        // Two stages, as the ANTLR book advises: SLL prediction first, which is linear and
        // enough for every well-formed file; only on a syntax error the full LL prediction
        // with our recovery and messages. Full LL on every property (`nic 800G` is both a
        // property and the fallback `otherProperty`) made reading cost seconds per MiB.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        CpoParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(errors);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new LineRecovery());
            tree = parser.file();
        }
        List<Diagnostic> syntax = new ArrayList<>(tooDeep);
        syntax.addAll(errors.diagnostics());
        for (Token t : tokens.getTokens()) {
            if (t.getType() == CpoLexer.BLOCK_COMMENT && (t.getText().length() < 4 || !t.getText().endsWith("*/"))) {
                syntax.add(Diagnostic.of(Code.CPO104, "comment is never closed",
                                new SourceLocation(source.name(), t.getLine(), t.getCharPositionInLine() + 1, 2))
                        .withHint("close it with `*/`"));
            }
        }
        return new ParsedFile(source, tokens, tree, syntax);
    }

    /**
     * The tokens without the blocks nested deeper than {@link #MAX_BLOCK_DEPTH}, each
     * reported once in {@code problems}; {@code null} when nothing is that deep.
     */
    private static List<Token> withinDepth(List<Token> all, String file, List<Diagnostic> problems) {
        List<Token> kept = null;
        int depth = 0;
        int skipping = 0;
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            if (t.getType() == CpoLexer.LBRACE && skipping == 0 && depth == MAX_BLOCK_DEPTH) {
                if (kept == null) kept = new ArrayList<>(all.subList(0, i));
                problems.add(Diagnostic.of(Code.CPO110, "blocks nest deeper than " + MAX_BLOCK_DEPTH + " levels",
                                new SourceLocation(file, t.getLine(), t.getCharPositionInLine() + 1, 1))
                        .withHint("a file needs three levels at most (site, cluster; catalog, entry): is a `}` missing?"));
            }
            if (kept != null && (t.getType() == Token.EOF
                    || skipping == 0 && !(t.getType() == CpoLexer.LBRACE && depth == MAX_BLOCK_DEPTH))) {
                kept.add(t);
            }
            if (t.getType() == CpoLexer.LBRACE) {
                if (depth == MAX_BLOCK_DEPTH || skipping > 0) skipping++;
                else depth++;
            } else if (t.getType() == CpoLexer.RBRACE) {
                if (skipping > 0) skipping--;
                else if (depth > 0) depth--;
            }
        }
        return kept;
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
