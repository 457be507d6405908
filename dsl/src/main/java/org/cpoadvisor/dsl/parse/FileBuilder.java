package org.cpoadvisor.dsl.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.Fabric;
import org.cpoadvisor.dsl.model.Family;
import org.cpoadvisor.dsl.model.Keyword;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.ModuleKind;
import org.cpoadvisor.dsl.model.OpticInterface;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.OpticsKind;
import org.cpoadvisor.dsl.model.Plan;
import org.cpoadvisor.dsl.model.PlanIntent;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.Staff;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Tier;
import org.cpoadvisor.dsl.model.Topology;
import org.cpoadvisor.dsl.model.Traffic;
import org.cpoadvisor.dsl.model.Workload;
import org.cpoadvisor.dsl.model.YearRange;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the model of one file from its parse tree, checking every value where it
 * stands: units, ranges, enumerated words, names. Checks that need the whole
 * architecture (catalog ids, speeds) are the {@code Validator}'s.
 */
final class FileBuilder {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** Longer than any double's digits (309 before the point, 324 after) with room for `_`. */
    static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    /** No real estate comes near ten million GPUs in one cluster. */
    static final int MAX_GPUS = 10_000_000;
    /** Parallel planes of one fabric: real multi-plane designs use 2, 4 or 8. */
    static final int MAX_PLANES = 8;
    /** A pilot converts one spine group or pod: ten thousand switches is past any of them. */
    static final int MAX_PILOT_SWITCHES = 10_000;
    static final int MAX_MIN_MODULES = 100_000_000;

    private final SourceText source;
    private final org.antlr.v4.runtime.TokenStream tokens;
    private final boolean root;
    private final ReadContext context;
    /** Numbers followed on their line by a word that is no unit we know: `800 Gb`. */
    private final Map<QuantityContext, Token> strayUnits = new IdentityHashMap<>();
    private final Map<Token, String> strayText = new IdentityHashMap<>();
    /** Known properties whose value was malformed (and reported): not to be reported missing too. */
    private final Set<String> malformed = new HashSet<>();

    FileBuilder(ParsedFile file, boolean root, ReadContext context) {
        this.source = file.source();
        this.tokens = file.tokens();
        this.root = root;
        this.context = context;
    }

    // ------------------------------------------------------------------ the file

    FilePart build(FileContext file) {
        FilePart.Builder part = new FilePart.Builder(source.name(), root);
        List<StatementContext> statements = file.statement();
        Set<ParserRuleContext> skipped = foldStrays(statements, s -> s instanceof OtherStatementContext o ? o.otherProperty() : null);
        Map<String, Token> seen = new HashMap<>();
        for (StatementContext st : statements) {
            if (skipped.contains(st)) {
                continue;
            }
            if (st instanceof ArchitectureStatementContext a) {
                if (!root) {
                    notInFragment(a.ARCHITECTURE().getSymbol());
                } else if (part.architectureLine > 0) {
                    report(Code.CPO211, "a file describes one architecture; this is the second `architecture` statement",
                            a.ARCHITECTURE().getSymbol(), "first given at line " + part.architectureLine);
                } else {
                    part.architectureLine = a.start.getLine();
                    part.architectureName = name(a.name);
                    context.sources.put(at(a.name), "architecture");
                }
            } else if (st instanceof HorizonStatementContext h) {
                if (!root) {
                    notInFragment(h.HORIZON().getSymbol());
                } else if (once(seen, "horizon", h.start, "the file")) {
                    part.horizon = yearRange(h.yearRange(), "horizon");
                    context.sources.put(at(h.yearRange()), "horizon");
                }
            } else if (st instanceof CurrencyStatementContext c) {
                if (!root) {
                    notInFragment(c.CURRENCY().getSymbol());
                } else if (once(seen, "currency", c.start, "the file")) {
                    String code = c.code.getText();
                    if (!code.matches("[A-Z]{3}")) {
                        report(Code.CPO208, "`" + code + "` is not a currency code", c.code.start,
                                "use a three-letter ISO 4217 code such as USD, EUR or CNY");
                    }
                    context.sources.put(at(c.code), "currency");
                }
            } else if (st instanceof ImportStatementContext) {
                // resolved by the reader before any file is built
            } else if (st instanceof AssumptionsBlockContext a) {
                part.assumptions = merge(part.assumptions, assumptions(a));
            } else if (st instanceof PolicyBlockContext p) {
                part.policy = merge(part.policy, policy(p));
            } else if (st instanceof CatalogBlockContext c) {
                catalog(c, part.catalog);
            } else if (st instanceof SiteStatementContext s) {
                Site site = site(s.site());
                if (site != null) {
                    part.sites.add(site);
                }
            } else if (st instanceof OtherStatementContext o) {
                other(o.otherProperty(), "the file", Words.STATEMENTS);
            }
        }
        if (root && part.architectureLine == 0) {
            Token first = file.getStart();
            Diagnostic d = Diagnostic.of(Code.CPO211, "no `architecture \"name\"` statement: a root file needs one",
                            new SourceLocation(source.name(), first.getType() == Token.EOF ? 1 : first.getLine(),
                                    first.getType() == Token.EOF ? 1 : first.getCharPositionInLine() + 1, 1))
                    .withHint("start the file with `architecture \"My estate\"`; a file without one can only be imported");
            context.diagnostics.add(d);
        }
        return part.build();
    }

    private void notInFragment(Token t) {
        report(Code.CPO304, "`" + t.getText() + "` may stand only in the root file, not in an imported fragment", t,
                "move it to the file that imports this one");
    }

    // ------------------------------------------------------------------ assumptions and policy

    private Assumptions assumptions(AssumptionsBlockContext block) {
        Double electricity = null, pue = null, lifetime = null, discount = null, gpuHour = null, restart = null;
        Integer startYear = null;
        Double adoption = null;
        Map<String, Double> rates = new LinkedHashMap<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, Token> seen = new HashMap<>();
        List<AssumptionContext> items = block.assumption();
        // a model figure is a property of this block, not a stray: `fibre 60 USD laser-spares 5 %` on one line is two
        Set<ParserRuleContext> skipped = foldStrays(items,
                a -> a instanceof OtherAssumptionContext o && figureOf(o.otherProperty()) == null ? o.otherProperty() : null);
        Map<OtherPropertyContext, Token> strayFigureUnits = strayFigureUnits(items, skipped);
        for (AssumptionContext a : items) {
            if (skipped.contains(a)) continue;
            if (a instanceof RateAssumptionContext r) {
                String code = r.code.getText();
                if (!code.matches("[A-Z]{3}")) {
                    report(Code.CPO208, "`" + code + "` is not a currency code", r.code.start,
                            "use a three-letter ISO 4217 code such as CNY");
                    continue;
                }
                if (rates.containsKey(code)) {
                    report(Code.CPO209, "the rate of " + code + " is set twice; the later value wins", r.start, null);
                }
                Double rate = plain(r.quantity(), "rate", 1e-9, 1e9);
                if (rate != null) {
                    rates.put(code, rate);
                    context.sources.put(at(r), "assumptions", "rate", code);
                }
                continue;
            }
            if (a instanceof OtherAssumptionContext o) {
                ModelFigure figure = figureOf(o.otherProperty());
                if (figure != null) {
                    String key = figure.name();
                    if (!once(seen, key, a.start, "assumptions")) continue;
                    Double v = figure(o.otherProperty(), figure, strayFigureUnits.get(o.otherProperty()));
                    if (v != null) {
                        figures.put(key, v);
                        context.sources.put(at(a), "assumptions", key);
                    }
                } else {
                    other(o.otherProperty(), "assumptions", Words.ASSUMPTIONS);
                }
                continue;
            }
            String key = a.start.getText();
            if (!once(seen, key, a.start, "assumptions")) continue;
            context.sources.put(at(a), "assumptions", key);
            if (a instanceof ElectricityAssumptionContext e) {
                electricity = energyPrice(e.quantity(), key);
            } else if (a instanceof PueAssumptionContext p) {
                pue = plain(p.quantity(), key, 1.0, 3.0);
            } else if (a instanceof LifetimeAssumptionContext l) {
                lifetime = years(l.quantity(), key, 1, 30);
            } else if (a instanceof DiscountRateAssumptionContext d) {
                discount = share(d.quantity(), key);
            } else if (a instanceof GpuHourAssumptionContext g) {
                gpuHour = money(g.quantity(), key, 0, 1e6);
            } else if (a instanceof JobRestartAssumptionContext j) {
                restart = minutes(j.quantity(), key);
            } else if (a instanceof StartYearAssumptionContext s) {
                startYear = year(s.NUMBER().getSymbol(), key);
            } else if (a instanceof CpoAdoptionAssumptionContext c) {
                adoption = money(c.quantity(), key, 0, 1e9);
            }
        }
        return new Assumptions(electricity, pue, lifetime, discount, gpuHour, restart, rates, startYear, adoption, figures);
    }

    /** The units a value may carry: what the language writes after a number. */
    private static final Set<Integer> UNIT_TOKENS = Set.of(CpoLexer.G, CpoLexer.T, CpoLexer.W, CpoLexer.KW, CpoLexer.MW,
            CpoLexer.MIN, CpoLexer.H, CpoLexer.YEAR, CpoLexer.YEARS, CpoLexer.PJ_PER_BIT, CpoLexer.PERCENT, CpoLexer.CUR_CODE);

    /**
     * The model figure ({@link ModelFigure}) an item of {@code assumptions} sets, when it has a
     * figure's shape: the figure's word, a number and at most one unit (`10 %`, `2000 USD`,
     * `2025`; any unit, so that a wrong one is named as such). Otherwise {@code null}: the item
     * is reported as a malformed property.
     */
    private ModelFigure figureOf(OtherPropertyContext o) {
        ModelFigure f = context.figures.apply(o.key.getText()).orElse(null);
        if (f == null || o.skippedBlock() != null) return null;
        List<OtherValueContext> v = o.otherValue();
        if (v.isEmpty() || v.get(0).NUMBER() == null) return null;
        if (v.size() == 1) return f;
        Token unit = v.get(1).start;
        if (v.size() == 2) return UNIT_TOKENS.contains(unit.getType()) ? f : null;
        // `USD/kWh`: an energy price, one unit of two tokens
        return v.size() == 3 && unit.getType() == CpoLexer.CUR_CODE && v.get(2).PER_KWH() != null
                && glued(unit, v.get(2).start) ? f : null;
    }

    private static boolean glued(Token a, Token b) {
        return a.getLine() == b.getLine() && a.getStopIndex() + 1 == b.getStartIndex();
    }

    /**
     * A word right after a figure's lone number, on its line (`fibre 60 dollars`): not a
     * property of its own but an unknown unit of that figure. Marks the word's item skipped.
     */
    private Map<OtherPropertyContext, Token> strayFigureUnits(List<AssumptionContext> items, Set<ParserRuleContext> skipped) {
        Map<OtherPropertyContext, Token> out = new IdentityHashMap<>();
        for (int i = 1; i < items.size(); i++) {
            if (!(items.get(i - 1) instanceof OtherAssumptionContext prev) || !(items.get(i) instanceof OtherAssumptionContext word)) continue;
            OtherPropertyContext figure = prev.otherProperty();
            OtherPropertyContext stray = word.otherProperty();
            if (figureOf(figure) == null || figure.otherValue().size() != 1 || skipped.contains(items.get(i))) continue;
            if (stray.key.IDENT() == null || figureOf(stray) != null || stray.key.start.getLine() != figure.stop.getLine()) continue;
            if (!stray.otherValue().stream().allMatch(v -> v.PER_KWH() != null || v.PJ_PER_BIT() != null)) continue;
            out.put(figure, stray.key.start);
            strayText.put(stray.key.start, stray.getText());
            skipped.add(items.get(i));
        }
        return out;
    }

    /**
     * The value of a model figure (docs/language.md, `assumptions`), checked as its kind says:
     * the unit, then the range of its row. {@code stray} is an unknown word that stood where
     * the unit goes.
     */
    private Double figure(OtherPropertyContext o, ModelFigure f, Token stray) {
        String key = f.name();
        OtherValueContext value = o.otherValue().get(0);
        Token number = value.NUMBER().getSymbol();
        Token unit = o.otherValue().size() > 1 ? o.otherValue().get(1).start : null;
        String unitText = o.otherValue().size() > 1 ? o.getText().substring(o.key.getText().length() + number.getText().length()) : null;
        String written = "`" + key + " " + f.example() + "`";
        BigDecimal n = number(number);
        if (n == null) return null;
        if (unit == null && stray != null) {
            List<String> units = switch (f.kind()) {
                case SHARE -> List.of("%");
                case MONEY -> moneyUnits();
                default -> List.of();
            };
            report(Code.CPO107, "unknown unit `" + strayText.get(stray) + "`", stray, hintOr(Suggest.didYouMean(strayText.get(stray), units),
                    units.isEmpty() ? "`" + key + "` takes a plain number: " + written : "write it as " + written));
            return null;
        }
        switch (f.kind()) {
            case SHARE -> {
                if (unit == null) {
                    report(Code.CPO108, "`" + key + "` needs a unit: it is a share, written with %", number, "write it as " + written);
                    return null;
                }
                if (unit.getType() != CpoLexer.PERCENT) {
                    report(Code.CPO212, "`" + key + "` is a share, not a value in " + unitText, unit, "write it with %, as " + written);
                    return null;
                }
                double v = n.movePointLeft(2).doubleValue();
                if (v < f.min() || v > f.max()) {
                    report(Code.CPO204, "`" + key + "` must lie between " + percent(BigDecimal.valueOf(f.min())) + " and "
                            + percent(BigDecimal.valueOf(f.max())) + ", not " + percent(n.movePointLeft(2)), number, null);
                    return null;
                }
                return v;
            }
            case MONEY -> {
                if (unit == null) {
                    report(Code.CPO108, "`" + key + "` needs a currency: it is an amount of money", number,
                            "write it as `" + key + " " + number.getText() + " " + context.currency + "`");
                    return null;
                }
                if (unit.getType() != CpoLexer.CUR_CODE || o.otherValue().size() > 2) {
                    report(Code.CPO212, "`" + key + "` is an amount of money, not a value in " + unitText, unit,
                            "write it as `" + key + " " + number.getText() + " " + context.currency + "`");
                    return null;
                }
                BigDecimal amount = toCurrency(n, unit.getText(), unit);
                if (amount == null) return null;
                return range(amount.doubleValue(), f.min(), f.max(), key, value, " " + context.currency);
            }
            case YEAR -> {
                if (unit != null) {
                    report(Code.CPO212, "`" + key + "` is a year, without `" + unitText + "`", unit, "write it as " + written);
                    return null;
                }
                Integer y = integer(number, key, (int) Math.ceil(f.min()), (int) Math.floor(f.max()));
                return y == null ? null : y.doubleValue();
            }
            default -> {
                if (unit != null) {
                    report(Code.CPO212, "`" + key + "` takes a plain number, without `" + unitText + "`", unit, "write it as " + written);
                    return null;
                }
                return range(n.doubleValue(), f.min(), f.max(), key, value, "");
            }
        }
    }

    /** The currencies an amount may be written in: the file's and those with a rate. */
    private List<String> moneyUnits() {
        List<String> units = new ArrayList<>();
        units.add(context.currency);
        context.rates.keySet().stream().sorted().filter(c -> !c.equals(context.currency)).forEach(units::add);
        return units;
    }

    private Policy policy(PolicyBlockContext block) {
        Integer minGpus = null;
        Double minLink = null, minEw = null, minSaving = null, maxPayback = null;
        YearRange pilot = null, scale = null;
        Boolean liquid = null;
        Integer pilotSwitches = null;
        Integer minModules = null;
        List<String> vendors = null;
        Boolean familyChange = null;
        Map<String, Token> seen = new HashMap<>();
        List<PolicyRuleContext> items = block.policyRule();
        Set<ParserRuleContext> skipped = foldStrays(items, p -> p instanceof OtherPolicyContext o ? o.otherProperty() : null);
        for (PolicyRuleContext p : items) {
            if (skipped.contains(p)) continue;
            if (p instanceof OtherPolicyContext o) {
                other(o.otherProperty(), "policy", Words.POLICY);
                continue;
            }
            String key = p.start.getText();
            if (!once(seen, key, p.start, "policy")) continue;
            context.sources.put(at(p), "policy", key);
            if (p instanceof MinGpusPolicyContext m) {
                Double v = plain(m.quantity(), key, 1, MAX_GPUS);
                minGpus = v == null ? null : whole(v, m.quantity(), key);
            } else if (p instanceof MinModulesPolicyContext m) {
                Double v = plain(m.quantity(), key, 0, MAX_MIN_MODULES);
                minModules = v == null ? null : whole(v, m.quantity(), key);
            } else if (p instanceof MinLinkPolicyContext m) {
                minLink = bandwidth(m.quantity(), key);
            } else if (p instanceof MinEastWestPolicyContext m) {
                minEw = share(m.quantity(), key);
            } else if (p instanceof MinSavingPolicyContext m) {
                minSaving = share(m.quantity(), key);
            } else if (p instanceof MaxPaybackPolicyContext m) {
                maxPayback = years(m.quantity(), key, 0.1, 30);
            } else if (p instanceof PilotWindowPolicyContext w) {
                pilot = yearRange(w.yearRange(), key);
            } else if (p instanceof ScaleWindowPolicyContext w) {
                scale = yearRange(w.yearRange(), key);
            } else if (p instanceof RequireLiquidCoolingPolicyContext r) {
                liquid = bool(r.value, key);
            } else if (p instanceof PilotSwitchesPolicyContext m) {
                Double v = plain(m.quantity(), key, 1, MAX_PILOT_SWITCHES);
                pilotSwitches = v == null ? null : whole(v, m.quantity(), key);
            } else if (p instanceof VendorsPolicyContext v) {
                vendors = vendors(v);
            } else if (p instanceof AllowFamilyChangePolicyContext f) {
                familyChange = bool(f.value, key);
            }
        }
        return new Policy(minGpus, minLink, minEw, minSaving, maxPayback, pilot, scale, liquid, pilotSwitches, vendors,
                minModules, familyChange);
    }

    /**
     * The switch vendors a CPO option may come from: quoted names, as the switch entries'
     * {@code vendor} writes them. A name listed twice is kept once, with a warning; a list
     * with no name left (every one malformed) is {@code null}, as if not given.
     */
    private List<String> vendors(VendorsPolicyContext v) {
        List<String> names = new ArrayList<>();
        for (TerminalNode s : v.STRING()) {
            String name = name(s.getSymbol());
            if (name == null) continue;
            if (names.contains(name)) {
                report(Code.CPO209, "vendor `" + name + "` is listed twice", s.getSymbol(), "list each vendor once");
                continue;
            }
            names.add(name);
        }
        return names.isEmpty() ? null : names;
    }

    private static Map<String, Double> figures(Map<String, Double> under, Map<String, Double> over) {
        Map<String, Double> m = new LinkedHashMap<>(under);
        m.putAll(over);
        return m;
    }

    static Assumptions merge(Assumptions under, Assumptions over) {
        if (under == null) return over;
        Map<String, Double> rates = new LinkedHashMap<>(under.rates());
        rates.putAll(over.rates());
        return new Assumptions(
                pick(over.electricityPrice(), under.electricityPrice()),
                pick(over.pue(), under.pue()),
                pick(over.lifetimeYears(), under.lifetimeYears()),
                pick(over.discountRate(), under.discountRate()),
                pick(over.gpuHourCost(), under.gpuHourCost()),
                pick(over.jobRestartMinutes(), under.jobRestartMinutes()),
                rates,
                pick(over.startYear(), under.startYear()),
                pick(over.cpoAdoption(), under.cpoAdoption()),
                figures(under.figures(), over.figures()));
    }

    static Policy merge(Policy under, Policy over) {
        return over.over(under);
    }

    private static <T> T pick(T over, T under) {
        return over != null ? over : under;
    }

    // ------------------------------------------------------------------ catalog

    private void catalog(CatalogBlockContext block, List<CatalogEntry> out) {
        List<CatalogItemContext> items = block.catalogItem();
        Set<ParserRuleContext> skipped = foldStrays(items, c -> c instanceof OtherCatalogItemContext o ? o.otherProperty() : null);
        for (CatalogItemContext item : items) {
            if (skipped.contains(item)) continue;
            if (item instanceof OtherCatalogItemContext o) {
                other(o.otherProperty(), "catalog", Words.CATALOG);
                continue;
            }
            CatalogEntryContext e = (CatalogEntryContext) item;
            String kind = e.kind.getText();
            String id = name(e.id);
            if (id == null) continue;
            String key = kind + "\u001f" + id;
            SourceLocation previous = context.catalogIdsInFile.get(key);
            if (previous != null) {
                report(Code.CPO202, "the catalog defines " + kind + " `" + id + "` twice", e.id,
                        "first defined at line " + previous.line() + "; give each entry its own id");
                continue;
            }
            context.catalogIdsInFile.put(key, at(e.id));
            context.sources.put(at(e.id), "catalog", kind, id);
            CatalogEntry entry = switch (kind) {
                case "switch" -> switchEntry(e, id);
                case "optic" -> opticEntry(e, id);
                case "laser" -> laserEntry(e, id);
                default -> acceleratorEntry(e, id);
            };
            if (entry != null) {
                out.add(entry);
            }
        }
    }

    /** Fields of one entry, checked against what its kind accepts; returns them by keyword. */
    private Map<String, CatalogValueContext> fields(CatalogEntryContext e, String id, Map<String, String> accepted,
                                                    String blockWord, Map<String, String> sources) {
        Map<String, CatalogValueContext> fields = new LinkedHashMap<>();
        Map<String, Token> seen = new HashMap<>();
        List<CatalogFieldContext> items = e.catalogField();
        Set<ParserRuleContext> skipped = foldStrays(items, f -> f.catalogValue() instanceof OtherFieldContext o ? o.otherProperty() : null);
        for (CatalogFieldContext f : items) {
            if (skipped.contains(f)) continue;
            CatalogValueContext v = f.catalogValue();
            if (v instanceof OtherFieldContext o) {
                String malformed = other(o.otherProperty(), blockWord, accepted);
                if (malformed != null) {
                    seen.putIfAbsent(malformed, o.start);
                    this.malformed.add(malformed);
                }
                continue;
            }
            String key = v.start.getText();
            if (!accepted.containsKey(key)) {
                report(Code.CPO201, "`" + key + "` is not a field of " + blockWord, v.start,
                        "fields of " + blockWord + ": " + String.join(", ", accepted.keySet()));
                continue;
            }
            if (!once(seen, key, v.start, blockWord)) continue;
            fields.put(key, v);
            context.sources.put(at(v), "catalog", e.kind.getText(), id, key);
            if (f.source != null) {
                String text = name(f.source);
                if (text != null) sources.put(key, text);
            }
        }
        return fields;
    }

    private boolean require(Map<String, CatalogValueContext> fields, String field, CatalogEntryContext e, String what) {
        if (malformed.remove(field)) {
            return false; // reported where it stands
        }
        if (!fields.containsKey(field)) {
            report(Code.CPO210, what + " `" + name(e.id) + "` needs `" + field + "`", e.id,
                    "add `" + field + " " + (e.kind.getType() == CpoLexer.SWITCH ? Words.SWITCH : Words.OPTIC).get(field) + "`");
            return false;
        }
        return true;
    }

    private SwitchPlatform switchEntry(CatalogEntryContext e, String id) {
        Map<String, String> sources = new HashMap<>();
        Map<String, CatalogValueContext> f = fields(e, id, Words.SWITCH, "a switch entry", sources);
        boolean ok = require(f, "ports", e, "switch");
        ok &= require(f, "optics", e, "switch");
        Integer ports = null;
        Double portGbps = null;
        if (f.get("ports") instanceof PortsFieldContext p) {
            ports = integer(p.count, "ports", 1, 4096);
            portGbps = bandwidth(p.speed, "ports");
        }
        SwitchOptics optics = f.get("optics") instanceof OpticsFieldContext o ? word(SwitchOptics.class, o.value, "optics") : null;
        Double capacity = ports != null && portGbps != null ? ports * portGbps : null;
        Double power = f.get("power") instanceof PowerFieldContext p ? power(p.quantity(), "power", capacity) : null;
        Double price = f.get("price") instanceof PriceFieldContext p ? money(p.quantity(), "price", 0, 1e9) : null;
        Integer available = f.get("available") instanceof AvailableFieldContext a ? year(a.NUMBER().getSymbol(), "available") : null;
        Cooling cooling = f.get("cooling") instanceof CoolingFieldContext c ? word(Cooling.class, c.value, "cooling") : null;
        Double portFit = f.get("port-fit") instanceof PortFitFieldContext p ? fit(p.quantity(), "port-fit") : null;
        Double laserPower = f.get("laser-power") instanceof LaserPowerFieldContext p ? power(p.quantity(), "laser-power", null) : null;
        Double laserFit = f.get("laser-fit") instanceof LaserFitFieldContext p ? fit(p.quantity(), "laser-fit") : null;
        Integer lasers = f.get("lasers") instanceof LasersFieldContext l ? integer(l.NUMBER().getSymbol(), "lasers", 0, 4096) : null;
        Double repair = f.get("repair") instanceof RepairFieldContext r ? money(r.quantity(), "repair", 0, 1e9) : null;
        Boolean replaceable = f.get("field-replaceable-lasers") instanceof FieldReplaceableLasersFieldContext r ? bool(r.value, "field-replaceable-lasers") : null;
        String laser = null;
        if (f.get("laser") instanceof LaserFieldContext l) {
            laser = ref(l.ref());
            // a diagnostic about the id (the validator's: no such laser entry) points at the id
            context.sources.put(at(l.ref()), "catalog", "switch", id, "laser");
        }
        String partNumber = partNumber(f);
        Family family = f.get("family") instanceof FamilyFieldContext fa ? word(Family.class, fa.value, "family") : null;
        String vendor = f.get("vendor") instanceof VendorFieldContext v ? name(v.value) : null;
        Integer rackUnits = f.get("rack-units") instanceof RackUnitsFieldContext r
                ? integer(r.NUMBER().getSymbol(), "rack-units", 1, 60) : null;
        Double lane = f.get("lane") instanceof LaneFieldContext l ? lane(l.quantity(), "lane", portGbps) : null;
        if (optics == SwitchOptics.PLUGGABLE) {
            for (String cpoOnly : List.of("port-fit", "laser-power", "laser-fit", "laser", "lasers", "repair", "field-replaceable-lasers")) {
                if (f.containsKey(cpoOnly)) {
                    context.diagnostics.add(Diagnostic.of(Code.CPO213, "`" + cpoOnly + "` describes co-packaged optics, but switch `"
                                    + id + "` is pluggable: it is ignored", at(f.get(cpoOnly)))
                            .withSeverity(org.cpoadvisor.dsl.diag.Severity.WARNING)
                            .withHint("remove it, or write `optics cpo`"));
                }
            }
        }
        if (!ok || ports == null || portGbps == null || optics == null) {
            return null;
        }
        return new SwitchPlatform(id, ports, portGbps, optics, power, price, available, cooling, portFit, laserPower,
                laserFit, lasers, repair, replaceable, laser, partNumber, family, vendor, rackUnits, lane,
                e.source == null ? null : name(e.source), sources);
    }

    private OpticModule opticEntry(CatalogEntryContext e, String id) {
        Map<String, String> sources = new HashMap<>();
        Map<String, CatalogValueContext> f = fields(e, id, Words.OPTIC, "an optic entry", sources);
        boolean ok = require(f, "speed", e, "optic");
        ok &= require(f, "kind", e, "optic");
        Double speed = f.get("speed") instanceof SpeedFieldContext s ? bandwidth(s.quantity(), "speed") : null;
        ModuleKind kind = f.get("kind") instanceof KindFieldContext k ? word(ModuleKind.class, k.value, "kind") : null;
        Double power = f.get("power") instanceof PowerFieldContext p ? power(p.quantity(), "power", speed) : null;
        Double price = f.get("price") instanceof PriceFieldContext p ? money(p.quantity(), "price", 0, 1e9) : null;
        Double fit = f.get("fit") instanceof FitFieldContext p ? fit(p.quantity(), "fit") : null;
        Integer available = f.get("available") instanceof AvailableFieldContext a ? year(a.NUMBER().getSymbol(), "available") : null;
        String partNumber = partNumber(f);
        Double lane = f.get("lane") instanceof LaneFieldContext l ? lane(l.quantity(), "lane", speed) : null;
        OpticInterface iface = f.get("interface") instanceof InterfaceFieldContext i
                ? word(OpticInterface.class, i.value, "interface") : null;
        if (!ok || speed == null || kind == null) {
            return null;
        }
        return new OpticModule(id, speed, kind, power, price, fit, available, partNumber, lane, iface,
                e.source == null ? null : name(e.source), sources);
    }

    private LaserSource laserEntry(CatalogEntryContext e, String id) {
        Map<String, String> sources = new HashMap<>();
        Map<String, CatalogValueContext> f = fields(e, id, Words.LASER, "a laser entry", sources);
        Double power = f.get("power") instanceof PowerFieldContext p ? power(p.quantity(), "power", null) : null;
        Double price = f.get("price") instanceof PriceFieldContext p ? money(p.quantity(), "price", 0, 1e9) : null;
        Double fit = f.get("fit") instanceof FitFieldContext p ? fit(p.quantity(), "fit") : null;
        Integer available = f.get("available") instanceof AvailableFieldContext a ? year(a.NUMBER().getSymbol(), "available") : null;
        String partNumber = partNumber(f);
        return new LaserSource(id, power, price, fit, available, partNumber, e.source == null ? null : name(e.source), sources);
    }

    /** The maker's part number: any text but an empty one (a quoted string, so that `960-12345 A1` fits). */
    private String partNumber(Map<String, CatalogValueContext> fields) {
        return fields.get("part-number") instanceof PartNumberFieldContext p ? name(p.value) : null;
    }

    private Accelerator acceleratorEntry(CatalogEntryContext e, String id) {
        Map<String, String> sources = new HashMap<>();
        Map<String, CatalogValueContext> f = fields(e, id, Words.ACCELERATOR, "an accelerator entry", sources);
        Double nic = f.get("nic") instanceof NicFieldContext n ? bandwidth(n.quantity(), "nic") : null;
        Integer perNode = f.get("gpus-per-node") instanceof GpusPerNodeFieldContext g ? integer(g.NUMBER().getSymbol(), "gpus-per-node", 1, 1024) : null;
        Double power = f.get("power") instanceof PowerFieldContext p ? power(p.quantity(), "power", null) : null;
        Double nicLane = f.get("nic-lane") instanceof NicLaneFieldContext l ? lane(l.quantity(), "nic-lane", nic) : null;
        return new Accelerator(id, nic, perNode, power, nicLane, e.source == null ? null : name(e.source), sources);
    }

    // ------------------------------------------------------------------ sites and clusters

    private Site site(SiteContext s) {
        String name = name(s.name);
        if (name == null) return null;
        SourceLocation previous = context.siteNames.get(name);
        if (previous != null) {
            report(Code.CPO202, "site `" + name + "` is defined twice", s.name,
                    "first defined at " + previous + "; site names are unique in an architecture");
            return null;
        }
        context.siteNames.put(name, at(s.name));
        context.sources.put(at(s.name), "site", name);
        String region = null;
        Double electricity = null, pue = null, powerCap = null;
        Cooling cooling = null;
        Staff staff = null;
        List<Cluster> clusters = new ArrayList<>();
        int clusterBlocks = 0;
        int unknownBlocks = 0;
        Map<String, SourceLocation> clusterNames = new HashMap<>();
        Map<String, Token> seen = new HashMap<>();
        List<SiteItemContext> items = s.siteItem();
        Set<ParserRuleContext> skipped = foldStrays(items, i -> i instanceof OtherSitePropertyContext o ? o.otherProperty() : null);
        for (SiteItemContext item : items) {
            if (skipped.contains(item)) continue;
            if (item instanceof ClusterItemContext c) {
                clusterBlocks++;
                Cluster cluster = cluster(c.cluster(), name, clusterNames);
                if (cluster != null) clusters.add(cluster);
                continue;
            }
            if (item instanceof OtherSitePropertyContext o) {
                other(o.otherProperty(), "a site", Words.SITE);
                if (o.otherProperty().skippedBlock() != null) unknownBlocks++;
                continue;
            }
            String key = item.start.getText();
            if (!once(seen, key, item.start, "site `" + name + "`")) continue;
            context.sources.put(at(item), "site", name, key);
            if (item instanceof RegionPropertyContext r) {
                region = r.value.getText();
            } else if (item instanceof SiteElectricityPropertyContext e) {
                electricity = energyPrice(e.quantity(), key);
            } else if (item instanceof SitePuePropertyContext p) {
                pue = plain(p.quantity(), key, 1.0, 3.0);
            } else if (item instanceof SiteCoolingPropertyContext c) {
                cooling = word(Cooling.class, c.value, key);
            } else if (item instanceof PowerCapPropertyContext p) {
                powerCap = power(p.quantity(), key, null);
            } else if (item instanceof StaffPropertyContext st) {
                staff = word(Staff.class, st.value, key);
            }
        }
        if (clusterBlocks == 0 && unknownBlocks == 0) {
            report(Code.CPO210, "site `" + name + "` has no cluster", s.name,
                    "add `cluster \"name\" { gpus 1024 x H100 }`");
        }
        return new Site(name, region, electricity, pue, cooling, powerCap, staff, clusters);
    }

    private Cluster cluster(ClusterContext c, String site, Map<String, SourceLocation> names) {
        String name = name(c.name);
        if (name == null) return null;
        SourceLocation previous = names.get(name);
        if (previous != null) {
            report(Code.CPO202, "cluster `" + name + "` is defined twice in site `" + site + "`", c.name,
                    "first defined at line " + previous.line() + "; cluster names are unique in their site");
            return null;
        }
        names.put(name, at(c.name));
        context.sources.put(at(c.name), "site", site, name);
        Workload workload = null;
        Integer gpus = null, perNode = null, online = null;
        String accelerator = null, switchId = null;
        Double nic = null, growth = null;
        Fabric fabric = null;
        OpticsKind optics = null;
        Traffic traffic = null;
        Plan plan = null;
        Map<String, Token> seen = new HashMap<>();
        List<ClusterPropertyContext> items = c.clusterProperty();
        Set<ParserRuleContext> skipped = foldStrays(items, i -> i instanceof OtherClusterPropertyContext o ? o.otherProperty() : null);
        for (ClusterPropertyContext p : items) {
            if (skipped.contains(p)) continue;
            if (p instanceof OtherClusterPropertyContext o) {
                String bad = other(o.otherProperty(), "a cluster", Words.CLUSTER);
                if (bad != null) seen.putIfAbsent(bad, o.start);
                continue;
            }
            String key = p.start.getText();
            if (!once(seen, key, p.start, "cluster `" + site + "." + name + "`")) continue;
            context.sources.put(at(p), "site", site, name, key);
            if (p instanceof WorkloadPropertyContext w) {
                workload = word(Workload.class, w.value, key);
            } else if (p instanceof GpusPropertyContext g) {
                gpus = integer(g.count, key, 1, MAX_GPUS);
                accelerator = ref(g.model);
                context.sources.put(at(g.model), "site", site, name, "accelerator");
            } else if (p instanceof GpusPerNodePropertyContext g) {
                perNode = integer(g.NUMBER().getSymbol(), key, 1, 1024);
            } else if (p instanceof NicPropertyContext n) {
                nic = bandwidth(n.quantity(), key);
            } else if (p instanceof FabricPropertyContext f) {
                fabric = fabric(f);
            } else if (p instanceof SwitchPropertyContext s) {
                switchId = ref(s.ref());
                context.sources.put(at(s.ref()), "site", site, name, "switch");
            } else if (p instanceof ClusterOpticsPropertyContext o) {
                optics = word(OpticsKind.class, o.value, key);
            } else if (p instanceof TrafficPropertyContext t) {
                traffic = traffic(t);
            } else if (p instanceof GrowthPropertyContext g) {
                growth = share(g.quantity(), key, 10.0);
                String period = g.period.getText();
                if (!period.equals("year")) {
                    report(Code.CPO208, "growth is given per year, not per `" + period + "`", g.period.start, "write `per year`");
                }
            } else if (p instanceof OnlinePropertyContext o) {
                if (o.year != null) {
                    online = year(o.year, key);
                } else if (!o.value.getText().equals("existing")) {
                    report(Code.CPO208, "`online` takes a year or `existing`, not `" + o.value.getText() + "`", o.value.start,
                            Suggest.didYouMean(o.value.getText(), List.of("existing")));
                }
            } else if (p instanceof PlanPropertyContext pl) {
                plan = plan(pl);
            }
        }
        if (gpus == null && !seen.containsKey("gpus")) {
            report(Code.CPO210, "cluster `" + site + "." + name + "` needs `gpus`", c.name,
                    "add `gpus 1024 x H100`: how many GPUs, of which accelerator");
        }
        return new Cluster(name, workload, gpus == null ? 0 : gpus, accelerator, perNode, nic, fabric, switchId, optics,
                traffic, growth, online, plan);
    }

    private Fabric fabric(FabricPropertyContext f) {
        Topology topology = Topology.FAT_TREE;
        Integer tiers = null;
        Ratio ratio = null;
        Integer planes = null;
        boolean rail = false;
        Map<String, Token> seen = new HashMap<>();
        if (f.topology != null && f.topology.start.getType() == CpoLexer.RAIL_OPTIMIZED) {
            // `fabric rail-optimized planes 2`: the topology may be left out, and the grammar's
            // optional topology takes the first word when that parses too; it is the option
            rail = true;
            seen.put("rail-optimized", f.topology.start);
        } else if (f.topology != null) {
            Topology t = word(Topology.class, f.topology, "fabric");
            if (t != null) topology = t;
        }
        for (FabricOptionContext o : f.fabricOption()) {
            if (!once(seen, o.start.getText(), o.start, "this fabric")) continue;
            if (o instanceof TiersOptionContext t) {
                tiers = integer(t.NUMBER().getSymbol(), "tiers", 1, 3);
            } else if (o instanceof OversubscriptionOptionContext r) {
                Integer a = integer(r.ratio().a, "oversubscription", 1, 100);
                Integer b = integer(r.ratio().b, "oversubscription", 1, 100);
                if (a != null && b != null) ratio = new Ratio(a, b);
            } else if (o instanceof PlanesOptionContext p) {
                planes = integer(p.NUMBER().getSymbol(), "planes", 1, MAX_PLANES,
                        "a fabric is built as 1 to " + MAX_PLANES + " parallel planes; leave `planes` out for one");
            } else {
                rail = true;
            }
        }
        return new Fabric(topology, tiers, ratio, rail, planes);
    }

    private Traffic traffic(TrafficPropertyContext t) {
        Double ew = null, ns = null;
        for (TrafficShareContext s : t.trafficShare()) {
            boolean east = s.direction.getType() == CpoLexer.EAST_WEST;
            if ((east && ew != null) || (!east && ns != null)) {
                report(Code.CPO209, "`" + s.direction.getText() + "` is given twice in this traffic mix", s.direction, null);
                continue;
            }
            Double v = share(s.quantity(), s.direction.getText());
            if (v == null) return null;
            if (east) ew = v; else ns = v;
        }
        if (ew == null && ns == null) return null;
        if (ew == null) ew = BigDecimal.ONE.subtract(BigDecimal.valueOf(ns)).doubleValue();
        if (ns == null) ns = BigDecimal.ONE.subtract(BigDecimal.valueOf(ew)).doubleValue();
        BigDecimal sum = BigDecimal.valueOf(ew).add(BigDecimal.valueOf(ns));
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            report(Code.CPO205, "traffic shares add up to " + percent(sum) + ", not 100 %", t.start,
                    "east-west and north-south are the two halves of one mix: make them add up to 100 %");
            return null;
        }
        return new Traffic(ew, ns);
    }

    private Plan plan(PlanPropertyContext p) {
        PlanIntent intent = word(PlanIntent.class, p.intent, "plan");
        if (intent == null) return null;
        Integer from = p.year == null ? null : year(p.year, "plan");
        List<Tier> tiers = new ArrayList<>();
        for (IdentContext t : p.ident().subList(1, p.ident().size())) {
            Tier tier = word(Tier.class, t, "tiers");
            if (tier == null) continue;
            if (tiers.contains(tier)) {
                report(Code.CPO209, "tier `" + tier.word() + "` is listed twice", t.start, null);
                continue;
            }
            tiers.add(tier);
        }
        if (intent == PlanIntent.PLUGGABLE && (p.year != null || !tiers.isEmpty())) {
            report(Code.CPO213, "`plan pluggable` takes no year and no tiers", p.intent.start,
                    "write `plan pluggable`, or `plan cpo from 2027 tiers spine`");
            return new Plan(intent, null, List.of());
        }
        tiers.sort(null);
        return new Plan(intent, from, tiers);
    }

    // ------------------------------------------------------------------ values

    private record Quantity(BigDecimal number, String unit, QuantityContext ctx) {
    }

    private Quantity quantity(QuantityContext q) {
        BigDecimal n = number(q.NUMBER().getSymbol());
        String unit = q.unit() == null ? null : q.unit().getText();
        return n == null ? null : new Quantity(n, unit, q);
    }

    private BigDecimal number(Token t) {
        if (t.getText().length() > MAX_NUMBER_LENGTH) {
            // parsing takes time quadratic in the digits: a number of millions would hang the read
            report(Code.CPO106, "bad number `" + t.getText().substring(0, 12) + "…`: it has " + t.getText().length()
                    + " characters", t, "numbers are written with at most " + MAX_NUMBER_LENGTH + " characters");
            return null;
        }
        try {
            return new BigDecimal(t.getText().replace("_", ""));
        } catch (NumberFormatException e) {
            report(Code.CPO106, "bad number `" + t.getText() + "`", t, null);
            return null;
        }
    }

    /** A quantity that must carry one of the units in {@code factors}; returns the value in the base unit. */
    private Double convert(QuantityContext ctx, String property, String kind, Map<String, BigDecimal> factors, String example) {
        Quantity q = quantity(ctx);
        if (q == null) return null;
        if (q.unit == null) {
            Token stray = strayUnits.get(ctx);
            if (stray != null) {
                report(Code.CPO107, "unknown unit `" + strayText.get(stray) + "`", stray,
                        hintOr(Suggest.didYouMean(strayText.get(stray), factors.keySet()), "`" + property + "` takes " + String.join(", ", factors.keySet())));
            } else {
                report(Code.CPO108, "`" + property + "` needs a unit: it is " + kind, ctx.NUMBER().getSymbol(),
                        "write it as `" + property + " " + example + "`");
            }
            return null;
        }
        BigDecimal factor = factors.get(q.unit);
        if (factor == null) {
            report(Code.CPO212, "`" + property + "` is " + kind + ", not a value in " + q.unit, ctx.unit().start,
                    "use " + String.join(" or ", factors.keySet()) + ", e.g. `" + property + " " + example + "`");
            return null;
        }
        return q.number.multiply(factor).doubleValue();
    }

    /** Units and their factors in the order messages list them (a {@code Map.of} has no fixed order). */
    private static Map<String, BigDecimal> ordered(String unit, BigDecimal factor, String other, BigDecimal otherFactor) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put(unit, factor);
        m.put(other, otherFactor);
        return m;
    }

    private Double bandwidth(QuantityContext q, String property) {
        Double v = convert(q, property, "a bandwidth", ordered("G", BigDecimal.ONE, "T", THOUSAND), "800G");
        return range(v, 1, 102_400, property, q, " Gb/s");
    }

    /** The lane rates the language knows, in Gb/s (docs/language.md, `lane`). */
    static final List<Double> LANES = List.of(25.0, 50.0, 100.0, 200.0);

    /**
     * A lane rate: a bandwidth that is one of {@link #LANES} and, where the port's speed is known, divides it
     * (a port is a whole number of lanes).
     */
    private Double lane(QuantityContext q, String property, Double portGbps) {
        Double v = convert(q, property, "a bandwidth", ordered("G", BigDecimal.ONE, "T", THOUSAND), "200G");
        if (v == null) return null;
        if (!LANES.contains(v)) {
            report(Code.CPO204, "`" + property + "` must be a lane rate: 25G, 50G, 100G or 200G, not " + q.getText(), q.start,
                    "a lane is one SerDes or optical lane of a port, e.g. `" + property + " 200G` for 800G as 4 x 200G");
            return null;
        }
        if (portGbps != null && (v > portGbps || Math.abs(portGbps / v - Math.rint(portGbps / v)) > 1e-9)) {
            report(Code.CPO207, "`" + property + " " + q.getText() + "` does not divide the entry's "
                    + bandwidthText(portGbps) + " ports: a port is a whole number of lanes", q.start,
                    "write the rate of one lane, e.g. `" + property + " 100G` for 800G as 8 x 100G");
            return null;
        }
        return v;
    }

    private static String bandwidthText(double gbps) {
        return gbps >= 1000 && gbps % 100 == 0 ? BigDecimal.valueOf(gbps / 1000).stripTrailingZeros().toPlainString() + "T"
                : BigDecimal.valueOf(gbps).stripTrailingZeros().toPlainString() + "G";
    }

    /** Power in W; {@code pJ/bit} is accepted when the capacity in Gb/s is known. */
    private Double power(QuantityContext q, String property, Double capacityGbps) {
        Map<String, BigDecimal> factors = new LinkedHashMap<>();
        factors.put("W", BigDecimal.ONE);
        factors.put("kW", THOUSAND);
        factors.put("MW", BigDecimal.valueOf(1_000_000));
        if (capacityGbps != null) {
            // pJ/bit × Gb/s = 1e-12 J/bit × 1e9 bit/s = 1e-3 W
            factors.put("pJ/bit", BigDecimal.valueOf(capacityGbps).movePointLeft(3));
        }
        Double v = convert(q, property, "a power", factors, "750 W");
        return range(v, 0, 1e10, property, q, " W");
    }

    private Double share(QuantityContext q, String property) {
        return share(q, property, 1.0);
    }

    private Double share(QuantityContext q, String property, double max) {
        Double v = convert(q, property, "a share", Map.of("%", BigDecimal.ONE.movePointLeft(2)), "40 %");
        if (v != null && (v < 0 || v > max)) {
            report(Code.CPO204, "`" + property + "` must lie between 0 % and " + percent(BigDecimal.valueOf(max)) + ", not "
                    + (Double.isFinite(v) ? percent(BigDecimal.valueOf(v)) : TOO_LARGE), q.start, null);
            return null;
        }
        return v;
    }

    private Double years(QuantityContext q, String property, double min, double max) {
        Double v = convert(q, property, "a duration in years", ordered("year", BigDecimal.ONE, "years", BigDecimal.ONE), "5 years");
        return range(v, min, max, property, q, " years");
    }

    private Double minutes(QuantityContext q, String property) {
        Double v = convert(q, property, "a duration", ordered("min", BigDecimal.ONE, "h", BigDecimal.valueOf(60)), "25 min");
        return range(v, 0, 7 * 24 * 60, property, q, " min");
    }

    private Double fit(QuantityContext q, String property) {
        Quantity v = quantity(q);
        if (v == null) return null;
        if (v.unit != null && !v.unit.equals("fit")) {
            report(Code.CPO212, "`" + property + "` is a failure rate in fit, not a value in " + v.unit, q.unit().start,
                    "write `" + property + " 100 fit`");
            return null;
        }
        return range(v.number.doubleValue(), 0, 1e7, property, q, " fit");
    }

    /** A number without a unit. */
    private Double plain(QuantityContext q, String property, double min, double max) {
        Quantity v = quantity(q);
        if (v == null) return null;
        if (v.unit != null) {
            report(Code.CPO212, "`" + property + "` takes a plain number, without `" + v.unit + "`", q.unit().start, null);
            return null;
        }
        if (strayUnits.containsKey(q)) {
            Token stray = strayUnits.get(q);
            report(Code.CPO107, "unknown unit `" + strayText.get(stray) + "`", stray, "`" + property + "` takes a plain number");
            return null;
        }
        return range(v.number.doubleValue(), min, max, property, q, "");
    }

    /** Money in the architecture's currency: converted with the rates of the assumptions. */
    private Double money(QuantityContext q, String property, double min, double max) {
        Quantity v = quantity(q);
        if (v == null) return null;
        if (v.unit == null || !v.unit.matches("[A-Z]{3}")) {
            if (v.unit == null && strayUnits.containsKey(q)) {
                Token stray = strayUnits.get(q);
                report(Code.CPO107, "unknown unit `" + strayText.get(stray) + "`", stray,
                        "amounts carry a three-letter currency code: `" + property + " 520 " + context.currency + "`");
            } else if (v.unit == null) {
                report(Code.CPO108, "`" + property + "` needs a currency: it is an amount of money", q.NUMBER().getSymbol(),
                        "write it as `" + property + " " + q.NUMBER().getText() + " " + context.currency + "`");
            } else {
                report(Code.CPO212, "`" + property + "` is an amount of money, not a value in " + v.unit, q.unit().start,
                        "write it as `" + property + " " + q.NUMBER().getText() + " " + context.currency + "`");
            }
            return null;
        }
        BigDecimal amount = toCurrency(v.number, v.unit, q.unit().start);
        return amount == null ? null : range(amount.doubleValue(), min, max, property, q, " " + context.currency);
    }

    private Double energyPrice(QuantityContext q, String property) {
        Quantity v = quantity(q);
        if (v == null) return null;
        if (v.unit == null || !v.unit.matches("[A-Z]{3}/kWh")) {
            String example = "`" + property + " 0.08 " + context.currency + "/kWh`";
            if (v.unit == null && strayUnits.containsKey(q)) {
                report(Code.CPO107, "unknown unit `" + strayText.get(strayUnits.get(q)) + "`", strayUnits.get(q), "an energy price is written " + example);
            } else if (v.unit == null) {
                report(Code.CPO108, "`" + property + "` needs a unit: it is an energy price", q.NUMBER().getSymbol(), "write it as " + example);
            } else {
                report(Code.CPO212, "`" + property + "` is an energy price per kWh, not a value in " + v.unit, q.unit().start, "write it as " + example);
            }
            return null;
        }
        BigDecimal amount = toCurrency(v.number, v.unit.substring(0, 3), q.unit().start);
        if (amount == null) return null;
        return range(amount.doubleValue(), 1e-6, 1000, property, q, " " + context.currency + "/kWh");
    }

    private BigDecimal toCurrency(BigDecimal amount, String currency, Token at) {
        if (currency.equals(context.currency)) {
            return amount;
        }
        Double rate = context.rates.get(currency);
        if (rate == null) {
            report(Code.CPO206, "amount in " + currency + " but no rate from " + currency + " to " + context.currency, at,
                    "add `rate " + currency + " X` to assumptions: X " + currency + " per one " + context.currency);
            return null;
        }
        return amount.divide(BigDecimal.valueOf(rate), MathContext.DECIMAL64);
    }

    private Double range(Double v, double min, double max, String property, ParserRuleContext at, String unit) {
        if (v == null) return null;
        if (v < min || v > max) {
            report(Code.CPO204, "`" + property + "` is out of range: " + (Double.isFinite(v) ? plainNumber(v) + unit : TOO_LARGE)
                    + " is not within "
                    + plainNumber(min) + ".." + plainNumber(max) + unit, at.start, null);
            return null;
        }
        return v;
    }

    private Integer integer(Token t, String property, int min, int max) {
        return integer(t, property, min, max, null);
    }

    /** A whole number in {@code min..max}; {@code hint} goes with an out-of-range diagnostic. */
    private Integer integer(Token t, String property, int min, int max, String hint) {
        BigDecimal n = number(t);
        if (n == null) return null;
        if (n.stripTrailingZeros().scale() > 0) {
            report(Code.CPO108, "`" + property + "` needs a whole number, not " + t.getText(), t, null);
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            report(Code.CPO204, "`" + property + "` is out of range: " + t.getText() + " is not within " + min + ".." + max, t, hint);
            return null;
        }
        return n.intValueExact();
    }

    private Integer whole(double v, QuantityContext q, String property) {
        if (v != Math.rint(v)) {
            report(Code.CPO108, "`" + property + "` needs a whole number, not " + q.getText(), q.start, null);
            return null;
        }
        return (int) v;
    }

    private Integer year(Token t, String property) {
        return integer(t, property, MIN_YEAR, MAX_YEAR);
    }

    private YearRange yearRange(YearRangeContext r, String property) {
        Integer from = year(r.from, property);
        Integer to = r.to == null ? from : year(r.to, property);
        if (from == null || to == null) return null;
        if (to < from) {
            report(Code.CPO204, "`" + property + "` runs backwards: " + from + ".." + to, r.start, "write it as " + to + ".." + from);
            return null;
        }
        return new YearRange(from, to);
    }

    private Boolean bool(IdentContext v, String property) {
        return switch (v.getText()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                report(Code.CPO208, "`" + property + "` is true or false, not `" + v.getText() + "`", v.start,
                        Suggest.didYouMean(v.getText(), List.of("true", "false")));
                yield null;
            }
        };
    }

    private <E extends Enum<E> & Keyword> E word(Class<E> type, IdentContext v, String property) {
        String text = v.getText();
        E e = Keyword.parse(type, text).orElse(null);
        if (e == null) {
            List<String> words = Keyword.words(type);
            report(Code.CPO208, "unknown " + property + " `" + text + "`", v.start,
                    hintOr(Suggest.didYouMean(text, words), "`" + property + "` is one of: " + String.join(", ", words)));
        }
        return e;
    }

    private String ref(RefContext r) {
        return r.STRING() != null ? name(r.STRING().getSymbol()) : r.getText();
    }

    /** The text of a quoted name, with {@code \"} and {@code \\} resolved. */
    private String name(Token t) {
        if (t == null || t.getText() == null || t.getText().length() < 2 || t.getType() != CpoLexer.STRING) {
            return null;
        }
        String raw = t.getText().substring(1, t.getText().length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '\\') {
                char next = raw.charAt(++i);
                if (next == '"' || next == '\\') {
                    sb.append(next);
                } else {
                    report(Code.CPO109, "unknown escape `\\" + next + "` in a string", t, "only \\\" and \\\\ are escapes");
                    return null;
                }
            } else if (Character.isISOControl(ch)) {
                // an escape character in a name would drive the terminal that prints the advice
                report(Code.CPO105, "a string cannot hold the control character U+" + String.format("%04X", (int) ch), t,
                        "remove it: names, paths and sources are plain text");
                return null;
            } else if (Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < raw.length()
                    && Character.isLowSurrogate(raw.charAt(i + 1)))) {
                // half a pair (from a JSON or YAML escape, or a Java string): no report could write it as UTF-8
                report(Code.CPO105, "a string cannot hold half a surrogate pair (U+" + String.format("%04X", (int) ch) + ")", t,
                        "remove it: names, paths and sources are plain text");
                return null;
            } else if (Character.isHighSurrogate(ch)) {
                sb.append(ch).append(raw.charAt(++i));
            } else {
                sb.append(ch);
            }
        }
        if (sb.toString().isBlank() && t.getType() == CpoLexer.STRING) {
            report(Code.CPO108, "an empty string is not allowed here", t, "write a name, a path or a source text between the quotes");
            return null;
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ unknown and malformed properties

    /**
     * Marks same-line leftovers: a word right after a number (`800 Gb`) is an unknown
     * unit of that number; a word after an unknown property on its line is part of
     * that mistake. Returns the items that need no diagnostic of their own.
     */
    private <T extends ParserRuleContext> Set<ParserRuleContext> foldStrays(List<T> items, Function<T, OtherPropertyContext> other) {
        Set<ParserRuleContext> skip = new HashSet<>();
        for (int i = 1; i < items.size(); i++) {
            OtherPropertyContext o = other.apply(items.get(i));
            if (o == null || o.skippedBlock() != null) continue;
            T previous = items.get(i - 1);
            if (previous.stop == null || o.key.start.getLine() != previous.stop.getLine()) continue;
            if (other.apply(previous) != null) {
                skip.add(items.get(i));
                continue;
            }
            QuantityContext q = lastQuantity(previous);
            boolean unitLike = o.otherValue().stream().allMatch(v -> v.PER_KWH() != null || v.PJ_PER_BIT() != null);
            if (q != null && q.unit() == null && unitLike && o.key.IDENT() != null) {
                strayUnits.put(q, o.key.start);
                strayText.put(o.key.start, o.getText());
                skip.add(items.get(i));
            }
        }
        return skip;
    }

    private static QuantityContext lastQuantity(ParseTree tree) {
        if (tree instanceof QuantityContext q) return q;
        for (int i = tree.getChildCount() - 1; i >= 0; i--) {
            ParseTree child = tree.getChild(i);
            if (child instanceof TerminalNode) {
                if (i == tree.getChildCount() - 1) continue;
                return null;
            }
            return lastQuantity(child);
        }
        return null;
    }

    /** Where the words inside values belong, for a word that ended up standing on its own. */
    private static final Map<String, String> VALUE_WORD_OWNERS = Map.of(
            "tiers", "fabric fat-tree tiers 2` or `plan cpo from 2027 tiers spine",
            "oversubscription", "fabric fat-tree oversubscription 1:1",
            "rail-optimized", "fabric fat-tree rail-optimized",
            "planes", "fabric fat-tree planes 2",
            "east-west", "traffic east-west 85 % north-south 15 %",
            "north-south", "traffic east-west 85 % north-south 15 %",
            "per", "growth 40 % per year",
            "from", "plan cpo from 2027");

    /**
     * Reports an item the grammar could only take as "something else". Returns the key
     * when it names a property of this block (whose value was malformed), so that the
     * block does not also report that property as missing.
     */
    private String other(OtherPropertyContext o, String block, Map<String, String> known) {
        String key = o.key.getText();
        Token t = o.key.start;
        for (OtherValueContext v : o.otherValue()) {
            if (v.BAD_NUMBER() != null) {
                report(Code.CPO106, "bad number `" + v.getText() + "`", v.start, "write numbers as 16384, 0.065 or 1_000_000");
                return known.containsKey(key) ? key : null;
            }
        }
        if (key.equals("source") && known.containsKey("source")) {
            report(Code.CPO108, "a `source` stands right after the field it documents, or right after the entry's `{`; "
                    + "each has one", t, "merge the two sources into one text");
            return null;
        }
        if (known.containsKey(key)) {
            String example = known.get(key);
            Token next = nextToken(o.stop);
            String hint = null;
            if (next != null && next.getLine() == o.stop.getLine() && next.getText().matches("x[0-9].*")) {
                report(Code.CPO108, "`" + next.getText() + "` in the value of `" + key + "`", next, "put spaces around `x`: `64 x 800G`");
                return key;
            }
            if (example.startsWith("\"") && next != null && next.getLine() == t.getLine()
                    && next.getText().matches("[a-zA-Z][a-zA-Z0-9_.\\-]*")) {
                // `vendor NVIDIA`, `part-number PN-1`, `vendors "A", B`: a word where quoted text stands
                report(Code.CPO108, "`" + key + "` takes quoted text: `" + next.getText() + "` is not quoted", t,
                        "quote it, `\"" + next.getText() + "\"`, as in `" + key + " " + example + "`");
                return key;
            }
            if (next != null && next.getType() == CpoLexer.IDENT && next.getLine() == t.getLine()) {
                hint = Suggest.didYouMean(next.getText(), VALUE_WORDS);
            }
            if (hint != null) {
                report(Code.CPO108, "unexpected `" + next.getText() + "` in the value of `" + key + "`", next, hint);
            } else {
                report(Code.CPO108, "`" + key + "` is missing its value or has one of the wrong shape", t,
                        "write it as `" + key + " " + example + "`");
            }
            return key;
        }
        if (VALUE_WORD_OWNERS.containsKey(key)) {
            report(Code.CPO108, "`" + key + "` stands outside a value it could belong to", t,
                    "it is part of a value such as `" + VALUE_WORD_OWNERS.get(key) + "`: check the words before it");
            return null;
        }
        List<String> elsewhere = Words.blocksWith(key);
        if (!elsewhere.isEmpty()) {
            report(Code.CPO201, "`" + key + "` is not a property of " + block, t,
                    "`" + key + "` belongs in " + String.join(" or ", elsewhere));
            return null;
        }
        String what = block.equals("the file") ? "unknown statement `" + key + "`" : "unknown property `" + key + "` in " + block;
        String hint = Suggest.didYouMean(key, known.keySet());
        if (hint == null) {
            String word = Suggest.closest(key, VALUE_WORDS).orElse(null);
            if (word != null && VALUE_WORD_OWNERS.containsKey(word)) {
                hint = "did you mean `" + word + "`, as in `" + VALUE_WORD_OWNERS.get(word) + "`?";
            }
        }
        report(Code.CPO201, what, t, hintOr(hint,
                (block.equals("the file") ? "a file holds " : block + " takes ") + String.join(", ", known.keySet())));
        return null;
    }

    // ------------------------------------------------------------------ helpers

    /** The words that stand inside values, for hints on misspelt ones. */
    private static final List<String> VALUE_WORDS = List.of("east-west", "north-south", "tiers", "oversubscription",
            "rail-optimized", "planes", "per", "from", "x");

    private Token nextToken(Token after) {
        for (int i = after.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t.getType() == Token.EOF ? null : t;
            }
        }
        return null;
    }

    private boolean once(Map<String, Token> seen, String key, Token at, String where) {
        Token first = seen.putIfAbsent(key, at);
        if (first != null) {
            report(Code.CPO209, "`" + key + "` is set twice in " + where + "; the first value is kept", at,
                    "first set at line " + first.getLine() + "; remove one of them");
            return false;
        }
        return true;
    }

    private static String hintOr(String hint, String fallback) {
        return hint != null ? hint : fallback;
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** How a number past the range of a double (more than 308 digits) is shown. */
    private static final String TOO_LARGE = "a number too large to hold";

    static String plainNumber(double v) {
        if (!Double.isFinite(v)) return TOO_LARGE;
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private SourceLocation at(Token t) {
        int length = t.getType() == Token.EOF ? 1 : t.getText().codePointCount(0, t.getText().length());
        return new SourceLocation(source.name(), t.getLine(), t.getCharPositionInLine() + 1, length);
    }

    private SourceLocation at(ParserRuleContext ctx) {
        Token start = ctx.start;
        int length = 1;
        if (ctx.stop != null && ctx.stop.getLine() == start.getLine() && ctx.stop.getStopIndex() >= start.getStartIndex()) {
            length = ctx.stop.getCharPositionInLine() + ctx.stop.getText().length() - start.getCharPositionInLine();
        } else {
            length = start.getText().length();
        }
        return new SourceLocation(source.name(), start.getLine(), start.getCharPositionInLine() + 1, length);
    }

    private void report(Code code, String message, Token at, String hint) {
        context.diagnostics.add(Diagnostic.of(code, message, at(at)).withHint(hint));
    }
}
