package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.SourceText;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints a file in the one canonical layout: two-space indent, one property a line,
 * a blank line before each top-level block and each cluster, a single blank line
 * where the author left one or more, comments kept where they stood (at the end of
 * a line or on a line of their own). Values are printed as written, with canonical
 * spacing ({@code 800G}, {@code 85 %}, {@code 1:1}, {@code 2025..2030}). A range is written
 * {@code range 60000..110000}: an end's unit left out where it repeats the value's, the shape
 * {@code triangular} (the default) left out, {@code uniform} and {@code moves-with g} kept.
 *
 * <p>Works on the token stream, so it changes layout only: parsing the output gives
 * the same model as parsing the input. A file with syntax errors is not formatted.
 */
public final class CanonicalFormatter {

    /** The result: the formatted text, or the syntax diagnostics that prevented it. */
    public record Result(String text, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return text != null;
        }
    }

    private CanonicalFormatter() {
    }

    public static Result format(String text, String name) {
        ParsedFile parsed = ParsedFile.parse(new SourceText(null, name, text.startsWith("\uFEFF") ? text.substring(1) : text));
        if (parsed.hasSyntaxErrors()) {
            return new Result(null, parsed.syntaxDiagnostics());
        }
        return new Result(new CanonicalFormatter.Printer(parsed).print(), List.of());
    }

    /** Marks where a trailing comment starts, until the comments of a run are aligned. */
    private static final char ALIGN = '\u0000';

    private static final class Printer {
        private final List<Token> tokens;
        private final Set<Integer> lineStarts = new HashSet<>();
        private final Set<Integer> blankBefore = new HashSet<>();
        /** Tokens the canonical layout leaves out: a range's default shape, an end's unit that repeats the value's. */
        private final Set<Integer> dropped = new HashSet<>();
        private final StringBuilder out = new StringBuilder();
        private int indent;
        private boolean newLineDue = true;
        private Token previous;
        private boolean continuation;

        Printer(ParsedFile parsed) {
            this.tokens = parsed.tokens().getTokens();
            mark(parsed.tree());
            attachCommentsToBlocks();
        }

        /** Comments on their own lines just above a block belong to it: the blank line goes above them. */
        private void attachCommentsToBlocks() {
            for (Integer index : Set.copyOf(blankBefore)) {
                int first = index;
                for (int j = index - 1; j > 0; j--) {
                    Token c = tokens.get(j);
                    Token before = tokens.get(j - 1);
                    boolean ownLine = c.getChannel() != Token.DEFAULT_CHANNEL && c.getLine() > endLine(before);
                    if (!ownLine) break;
                    first = j;
                }
                if (first != index) {
                    blankBefore.remove(index);
                    blankBefore.add(first);
                }
            }
        }

        /** Finds where lines start: every statement, property and field, and every closing brace. */
        private void mark(ParseTree tree) {
            if (tree instanceof TerminalNode t) {
                if (t.getSymbol().getType() == CpoLexer.RBRACE) {
                    lineStarts.add(t.getSymbol().getTokenIndex());
                }
                return;
            }
            ParserRuleContext ctx = (ParserRuleContext) tree;
            if (ctx instanceof StatementContext || ctx instanceof AssumptionContext || ctx instanceof PolicyRuleContext
                    || ctx instanceof CatalogItemContext || ctx instanceof CatalogFieldContext || ctx instanceof SiteItemContext
                    || ctx instanceof ClusterPropertyContext) {
                lineStarts.add(ctx.start.getTokenIndex());
            }
            if (ctx instanceof CatalogEntryContext e && e.source != null) {
                lineStarts.add(e.SOURCE().getSymbol().getTokenIndex());
            }
            if (ctx instanceof RangeSpecContext r) {
                dropRedundant(r);
            }
            if (isBlock(ctx) && !firstInParent(ctx)) {
                blankBefore.add(ctx.start.getTokenIndex());
            }
            for (int i = 0; i < ctx.getChildCount(); i++) {
                mark(ctx.getChild(i));
            }
        }

        private void dropRedundant(RangeSpecContext r) {
            String unit = null;
            if (r.getParent() instanceof QuantityContext q && q.unit() != null) {
                unit = q.unit().getText();
            } else if (r.getParent() instanceof OtherPropertyContext o && o.otherValue().size() > 1) {
                StringBuilder sb = new StringBuilder();
                for (OtherValueContext v : o.otherValue().subList(1, o.otherValue().size())) sb.append(v.getText());
                unit = sb.toString();
            }
            for (UnitContext end : new UnitContext[] {r.lowUnit, r.highUnit}) {
                if (end != null && end.getText().equals(unit)) {
                    for (int i = end.start.getTokenIndex(); i <= end.stop.getTokenIndex(); i++) dropped.add(i);
                }
            }
            if (r.shape != null && r.shape.getType() == CpoLexer.TRIANGULAR) dropped.add(r.shape.getTokenIndex());
        }

        private static boolean isBlock(ParserRuleContext ctx) {
            return ctx instanceof AssumptionsBlockContext || ctx instanceof PolicyBlockContext
                    || ctx instanceof CatalogBlockContext || ctx instanceof SiteStatementContext
                    || ctx instanceof ClusterItemContext;
        }

        private static boolean firstInParent(ParserRuleContext ctx) {
            ParserRuleContext parent = ctx.getParent();
            for (int i = 0; i < parent.getChildCount(); i++) {
                ParseTree child = parent.getChild(i);
                if (child instanceof ParserRuleContext) {
                    return child == ctx;
                }
            }
            return true;
        }

        String print() {
            for (Token t : tokens) {
                if (t.getType() == Token.EOF) break;
                if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                    comment(t);
                } else if (!dropped.contains(t.getTokenIndex())) {
                    token(t);
                }
            }
            String text = align(out.toString().stripTrailing());
            return text.isEmpty() ? "" : text + "\n";
        }

        /**
         * Aligns trailing comments in a run of lines: the lines of one block between
         * blank lines, braces and own-line comments share one comment column, two
         * spaces past the longest line that has a comment.
         */
        private static String align(String text) {
            String[] lines = text.split("\n", -1);
            int i = 0;
            while (i < lines.length) {
                int j = i;
                int width = -1;
                while (j < lines.length && inRun(lines[j])) {
                    int mark = lines[j].indexOf(ALIGN);
                    if (mark >= 0) width = Math.max(width, mark);
                    j++;
                }
                for (int k = i; k < j; k++) {
                    int mark = lines[k].indexOf(ALIGN);
                    if (mark >= 0) {
                        lines[k] = lines[k].substring(0, mark) + " ".repeat(width - mark + 2) + lines[k].substring(mark + 1);
                    }
                }
                if (j == i) {
                    int mark = lines[i].indexOf(ALIGN);
                    if (mark >= 0) lines[i] = lines[i].substring(0, mark) + "  " + lines[i].substring(mark + 1);
                    j = i + 1;
                }
                i = j;
            }
            return String.join("\n", lines);
        }

        private static boolean inRun(String line) {
            String code = line.contains(String.valueOf(ALIGN)) ? line.substring(0, line.indexOf(ALIGN)) : line;
            String t = code.strip();
            return !t.isEmpty() && !t.endsWith("{") && !t.equals("}") && !t.startsWith("//") && !t.startsWith("/*")
                    && !t.startsWith("*");
        }

        private void token(Token t) {
            int index = t.getTokenIndex();
            if (t.getType() == CpoLexer.RBRACE) {
                indent = Math.max(0, indent - 1);
            }
            if (lineStarts.contains(index) || newLineDue) {
                boolean blank = previous != null && (blankBefore.contains(index) || t.getLine() - endLine(previous) > 1)
                        && previous.getType() != CpoLexer.LBRACE && t.getType() != CpoLexer.RBRACE;
                continuation = !lineStarts.contains(index) && previous != null && previous.getType() != CpoLexer.LBRACE;
                newLine(blank);
                out.append("  ".repeat(indent + (continuation ? 1 : 0)));
            } else if (spaceBetween(previous, t)) {
                out.append(' ');
            }
            out.append(t.getText());
            newLineDue = false;
            if (t.getType() == CpoLexer.LBRACE) {
                indent++;
                newLineDue = true;
            }
            previous = t;
        }

        private void comment(Token c) {
            boolean trailing = previous != null && c.getLine() == endLine(previous)
                    && previous.getChannel() == Token.DEFAULT_CHANNEL;
            boolean blockInline = c.getType() == CpoLexer.BLOCK_COMMENT && trailing && !newLineDue
                    && !c.getText().contains("\n") && nextDefaultOnLine(c);
            if (blockInline) {
                out.append(' ').append(c.getText());
                previous = c;
                return;
            }
            if (trailing) {
                out.append(ALIGN).append(c.getText().stripTrailing());
            } else {
                boolean blank = previous != null && previous.getType() != CpoLexer.LBRACE
                        && (c.getLine() - endLine(previous) > 1 || blankBefore.contains(c.getTokenIndex()));
                newLine(blank);
                out.append("  ".repeat(indent)).append(reindent(c));
            }
            previous = c;
            newLineDue = true;
        }

        /** A multi-line block comment keeps its inner lines as written, less the indent it had. */
        private String reindent(Token c) {
            String text = c.getText().stripTrailing();
            if (!text.contains("\n")) return text;
            String[] lines = text.split("\r?\n", -1);
            int oldIndent = c.getCharPositionInLine();
            StringBuilder sb = new StringBuilder(lines[0]);
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                int strip = 0;
                while (strip < oldIndent && strip < line.length() && line.charAt(strip) == ' ') strip++;
                sb.append('\n');
                String rest = line.substring(strip);
                if (!rest.isEmpty()) sb.append("  ".repeat(indent)).append(rest);
            }
            return sb.toString();
        }

        private boolean nextDefaultOnLine(Token c) {
            for (int i = c.getTokenIndex() + 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                    return t.getType() != Token.EOF && t.getLine() == c.getLine() && !lineStarts.contains(t.getTokenIndex());
                }
                return false;
            }
            return false;
        }

        private void newLine(boolean blank) {
            if (out.length() == 0) return;
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
            out.append('\n');
            if (blank) out.append('\n');
        }

        private static int endLine(Token t) {
            String text = t.getText();
            int lines = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') lines++;
            }
            return t.getLine() + lines;
        }

        private static boolean spaceBetween(Token a, Token b) {
            if (a == null) return false;
            int x = a.getType();
            int y = b.getType();
            if (x == CpoLexer.NUMBER && (y == CpoLexer.G || y == CpoLexer.T)) return false;
            if (y == CpoLexer.COLON || x == CpoLexer.COLON) return false;
            if (y == CpoLexer.DOTDOT || x == CpoLexer.DOTDOT) return false;
            if (y == CpoLexer.COMMA) return false;
            if (y == CpoLexer.PER_KWH) return false;
            return true;
        }
    }
}
