package org.cpoadvisor.dsl.parse;

import org.antlr.v4.runtime.Token;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.diag.Suppression;
import org.cpoadvisor.dsl.diag.Suppression.Scope;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code // cpo-ignore: FINDING-ID reason} comments of a file in the language, each attached to
 * what it stands before or at the end of: the line that opens a cluster, a site, the {@code catalog}
 * block or the {@code architecture} statement. Comments are on the lexer's hidden channel; the parse
 * tree says which keyword opens what. A comment without an id or a reason is an error (CPO230); one that
 * stands before anything else is a warning (CPO233). Whether the id is known and whether the suppression
 * silences anything is known only after advice (CPO231, CPO232).
 */
final class Suppressions {

    static final String MARK = "cpo-ignore";

    private Suppressions() {
    }

    /** What an opening keyword opens. */
    private record Target(Scope scope, String subject) {
    }

    /** The suppressions of {@code file}; problems go to {@code diagnostics}. */
    static List<Suppression> of(ParsedFile file, List<Diagnostic> diagnostics) {
        List<Token> tokens = file.tokens().getTokens();
        List<Suppression> out = new ArrayList<>();
        Map<Token, Target> targets = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != CpoLexer.LINE_COMMENT) continue;
            String body = t.getText().substring(2).strip();
            if (!body.startsWith(MARK)) continue;
            String rest = body.substring(MARK.length());
            if (!rest.isEmpty() && rest.charAt(0) != ':' && !Character.isWhitespace(rest.charAt(0))) continue; // cpo-ignored …
            if (targets == null) targets = targets(file);
            String name = file.source().name();
            SourceLocation at = new SourceLocation(name, t.getLine(), t.getCharPositionInLine() + 1,
                    (int) t.getText().codePoints().count());
            if (!rest.startsWith(":")) {
                diagnostics.add(Diagnostic.of(Code.CPO230, "`" + MARK + "` without a colon is no suppression", at)
                        .withHint("write `// cpo-ignore: FINDING-ID why it is accepted`, e.g. "
                                + "`// cpo-ignore: power-cap the cap rises to 80 MW in 2027`"));
                continue;
            }
            String[] idAndReason = rest.substring(1).strip().split("\\s+", 2);
            String id = idAndReason[0];
            String reason = idAndReason.length > 1 ? idAndReason[1].strip() : "";
            if (id.isEmpty()) {
                diagnostics.add(Diagnostic.of(Code.CPO230, "`cpo-ignore:` names no finding and gives no reason", at)
                        .withHint("write `// cpo-ignore: FINDING-ID why it is accepted`, e.g. "
                                + "`// cpo-ignore: power-cap the cap rises to 80 MW in 2027`"));
                continue;
            }
            if (reason.isEmpty()) {
                diagnostics.add(Diagnostic.of(Code.CPO230, "the suppression of `" + id + "` gives no reason", at)
                        .withHint("say after the id why the finding is accepted: `// cpo-ignore: " + id
                                + " why it is accepted`; a suppression without a reason is not taken"));
                continue;
            }
            Target target = target(tokens, i, targets);
            if (target == null) {
                diagnostics.add(Diagnostic.of(Code.CPO233, "the suppression of `" + id
                                + "` stands before no site, cluster, catalog or architecture statement, and silences nothing", at)
                        .withHint("put it on the line before `site \"…\" {`, `cluster \"…\" {`, `catalog {` or "
                                + "`architecture \"…\"`, or at the end of that line"));
                continue;
            }
            out.add(new Suppression(id, target.scope(), target.subject(), reason, at));
        }
        return out;
    }

    /**
     * What the comment at {@code at} applies to: at the end of a line, what that line's last opening keyword
     * before it opens; on a line of its own, what the next token (past other comments) opens.
     */
    private static Target target(List<Token> tokens, int at, Map<Token, Target> targets) {
        Token comment = tokens.get(at);
        boolean trailing = false;
        Target found = null;
        for (int j = at - 1; j >= 0 && tokens.get(j).getLine() == comment.getLine(); j--) {
            Token t = tokens.get(j);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            trailing = true;
            if (targets.containsKey(t)) {
                found = targets.get(t);
                break;
            }
        }
        if (trailing) return found;
        for (int j = at + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            return targets.get(t);
        }
        return null;
    }

    /** The keywords that open what a suppression can apply to, by token. */
    private static Map<Token, Target> targets(ParsedFile file) {
        Map<Token, Target> targets = new IdentityHashMap<>();
        for (CpoParser.StatementContext st : file.tree().statement()) {
            if (st instanceof CpoParser.ArchitectureStatementContext a) {
                String name = name(a.name);
                targets.put(a.start, new Target(Scope.ARCHITECTURE, name == null ? "" : name));
            } else if (st instanceof CpoParser.CatalogBlockContext c) {
                targets.put(c.start, new Target(Scope.CATALOG, "catalog"));
            } else if (st instanceof CpoParser.SiteStatementContext s) {
                String site = name(s.site().name);
                if (site == null) continue;
                targets.put(s.site().start, new Target(Scope.SITE, site));
                for (CpoParser.SiteItemContext item : s.site().siteItem()) {
                    if (item instanceof CpoParser.ClusterItemContext c) {
                        String cluster = name(c.cluster().name);
                        if (cluster != null) targets.put(c.cluster().start, new Target(Scope.CLUSTER, site + "." + cluster));
                    }
                }
            }
        }
        return targets;
    }

    /** A quoted name's text; {@code null} when it is missing or malformed (reported by the builder). */
    private static String name(Token t) {
        if (t == null || t.getType() != CpoLexer.STRING || t.getText().length() < 2) return null;
        String raw = t.getText().substring(1, t.getText().length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\\' && i + 1 < raw.length()) ch = raw.charAt(++i);
            sb.append(ch);
        }
        return sb.toString();
    }
}
