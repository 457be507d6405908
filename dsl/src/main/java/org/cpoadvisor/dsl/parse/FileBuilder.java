package org.cpoadvisor.dsl.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the model of one file from its parse tree: the file's own statements here, each
 * block by its builder ({@link AssumptionsBuilder}, {@link PolicyBuilder}, {@link CatalogBuilder},
 * {@link SiteBuilder}), every value checked where it stands by one {@link ValueReader}: units,
 * ranges, enumerated words, names. Checks that need the whole architecture (catalog ids,
 * speeds) are the {@code Validator}'s.
 */
final class FileBuilder {

    private final boolean root;
    private final ReadContext context;
    private final ValueReader values;
    private final Leftovers leftovers;
    private final AssumptionsBuilder assumptions;
    private final PolicyBuilder policy;
    private final CatalogBuilder catalog;
    private final SiteBuilder sites;

    FileBuilder(ParsedFile file, boolean root, ReadContext context) {
        this.root = root;
        this.context = context;
        this.values = new ValueReader(file, context);
        this.leftovers = new Leftovers(values);
        this.assumptions = new AssumptionsBuilder(values, leftovers);
        this.policy = new PolicyBuilder(values, leftovers);
        this.catalog = new CatalogBuilder(values, leftovers);
        this.sites = new SiteBuilder(values, leftovers);
    }

    FilePart build(FileContext file) {
        FilePart.Builder part = new FilePart.Builder(values.source.name(), root);
        List<StatementContext> statements = file.statement();
        Set<ParserRuleContext> skipped = leftovers.foldStrays(statements, s -> s instanceof OtherStatementContext o ? o.otherProperty() : null);
        Map<String, Token> seen = new HashMap<>();
        for (StatementContext st : statements) {
            if (skipped.contains(st)) {
                continue;
            }
            if (st instanceof ArchitectureStatementContext a) {
                if (!root) {
                    notInFragment(a.ARCHITECTURE().getSymbol());
                } else if (part.architectureLine > 0) {
                    values.report(Code.CPO211, "a file describes one architecture; this is the second `architecture` statement",
                            a.ARCHITECTURE().getSymbol(), "first given at line " + part.architectureLine);
                } else {
                    part.architectureLine = a.start.getLine();
                    part.architectureName = values.name(a.name);
                    context.sources.put(values.at(a.name), "architecture");
                }
            } else if (st instanceof HorizonStatementContext h) {
                if (!root) {
                    notInFragment(h.HORIZON().getSymbol());
                } else if (values.once(seen, "horizon", h.start, "the file")) {
                    part.horizon = values.yearRange(h.yearRange(), "horizon");
                    context.sources.put(values.at(h.yearRange()), "horizon");
                }
            } else if (st instanceof CurrencyStatementContext c) {
                if (!root) {
                    notInFragment(c.CURRENCY().getSymbol());
                } else if (values.once(seen, "currency", c.start, "the file")) {
                    String code = c.code.getText();
                    if (!code.matches("[A-Z]{3}")) {
                        values.report(Code.CPO208, "`" + code + "` is not a currency code", c.code.start,
                                "use a three-letter ISO 4217 code such as USD, EUR or CNY");
                    }
                    context.sources.put(values.at(c.code), "currency");
                }
            } else if (st instanceof ImportStatementContext) {
                // resolved by the reader before any file is built
            } else if (st instanceof AssumptionsBlockContext a) {
                part.assumptions = AssumptionsBuilder.merge(part.assumptions, assumptions.assumptions(a));
            } else if (st instanceof PolicyBlockContext p) {
                part.policy = policy.policy(p).over(part.policy);
            } else if (st instanceof CatalogBlockContext c) {
                catalog.catalog(c, part.catalog);
            } else if (st instanceof SiteStatementContext s) {
                Site site = sites.site(s.site());
                if (site != null) {
                    part.sites.add(site);
                }
            } else if (st instanceof OtherStatementContext o) {
                leftovers.other(o.otherProperty(), Block.FILE);
            }
        }
        values.rangesWhereNoneIsAllowed(file);
        part.ranges.putAll(values.ranges);
        if (root && part.architectureLine == 0) {
            Token first = file.getStart();
            Diagnostic d = Diagnostic.of(Code.CPO211, "no `architecture \"name\"` statement: a root file needs one",
                            new SourceLocation(values.source.name(), first.getType() == Token.EOF ? 1 : first.getLine(),
                                    first.getType() == Token.EOF ? 1 : first.getCharPositionInLine() + 1, 1))
                    .withHint("start the file with `architecture \"My estate\"`; a file without one can only be imported");
            context.diagnostics.add(d);
        }
        return part.build();
    }

    private void notInFragment(Token t) {
        values.report(Code.CPO304, "`" + t.getText() + "` may stand only in the root file, not in an imported fragment", t,
                "move it to the file that imports this one");
    }
}
