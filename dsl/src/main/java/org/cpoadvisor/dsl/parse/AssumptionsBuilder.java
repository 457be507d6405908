package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Suggest;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@code assumptions} block: the named assumptions, the exchange rates and the
 * model figures ({@link ModelFigure}), each checked where it stands; and merges the
 * assumptions of several blocks and files, setting by setting.
 */
final class AssumptionsBuilder {

    private final ValueReader values;
    private final Leftovers leftovers;
    private final ReadContext context;

    AssumptionsBuilder(ValueReader values, Leftovers leftovers) {
        this.values = values;
        this.leftovers = leftovers;
        this.context = values.context;
    }

    Assumptions assumptions(AssumptionsBlockContext block) {
        Double electricity = null, pue = null, lifetime = null, discount = null, gpuHour = null, restart = null;
        Integer startYear = null;
        Double adoption = null;
        Map<String, Double> rates = new LinkedHashMap<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, Token> seen = new HashMap<>();
        Map<FigureRef, org.cpoadvisor.dsl.model.Range> rangesBefore = new HashMap<>(values.ranges);
        List<AssumptionContext> items = block.assumption();
        // a model figure is a property of this block, not a stray: `fibre 60 USD laser-spares 5 %` on one line is two
        Set<ParserRuleContext> skipped = leftovers.foldStrays(items,
                a -> a instanceof OtherAssumptionContext o && figureOf(o.otherProperty()) == null ? o.otherProperty() : null);
        Map<OtherPropertyContext, Token> strayFigureUnits = strayFigureUnits(items, skipped);
        for (AssumptionContext a : items) {
            if (skipped.contains(a)) continue;
            if (a instanceof RateAssumptionContext r) {
                String code = r.code.getText();
                if (!code.matches("[A-Z]{3}")) {
                    values.report(Code.CPO208, "`" + code + "` is not a currency code", r.code.start,
                            "use a three-letter ISO 4217 code such as CNY");
                    continue;
                }
                if (rates.containsKey(code)) {
                    values.report(Code.CPO209, "the rate of " + code + " is set twice; the later value wins", r.start, null);
                }
                Double rate = values.plain(r.quantity(), "rate", 1e-9, 1e9);
                if (rate != null) {
                    rates.put(code, rate);
                    context.sources.put(values.at(r), "assumptions", "rate", code);
                }
                continue;
            }
            if (a instanceof OtherAssumptionContext o) {
                ModelFigure figure = figureOf(o.otherProperty());
                if (figure != null) {
                    String key = figure.name();
                    if (!values.once(seen, key, a.start, "assumptions")) continue;
                    Double v = figure(o.otherProperty(), figure, strayFigureUnits.get(o.otherProperty()));
                    figureRange(o.otherProperty(), figure, v);
                    if (v != null) {
                        figures.put(key, v);
                        context.sources.put(values.at(a), "assumptions", key);
                    }
                } else {
                    leftovers.other(o.otherProperty(), Block.ASSUMPTIONS);
                }
                continue;
            }
            String key = a.start.getText();
            if (!values.once(seen, key, a.start, "assumptions")) continue;
            context.sources.put(values.at(a), "assumptions", key);
            FigureRef ref = FigureRef.assumption(key);
            if (a instanceof ElectricityAssumptionContext e) {
                electricity = values.energyPrice(e.quantity(), key);
                values.range(e.quantity(), electricity, ref);
            } else if (a instanceof PueAssumptionContext p) {
                pue = values.plain(p.quantity(), key, 1.0, 3.0);
                values.range(p.quantity(), pue, ref);
            } else if (a instanceof LifetimeAssumptionContext l) {
                lifetime = values.years(l.quantity(), key, 1, 30);
            } else if (a instanceof DiscountRateAssumptionContext d) {
                discount = values.share(d.quantity(), key);
                values.range(d.quantity(), discount, ref);
            } else if (a instanceof GpuHourAssumptionContext g) {
                gpuHour = values.money(g.quantity(), key, 0, 1e6);
                values.range(g.quantity(), gpuHour, ref);
            } else if (a instanceof JobRestartAssumptionContext j) {
                restart = values.minutes(j.quantity(), key);
                values.range(j.quantity(), restart, ref);
            } else if (a instanceof StartYearAssumptionContext s) {
                startYear = values.year(s.NUMBER().getSymbol(), key);
            } else if (a instanceof CpoAdoptionAssumptionContext c) {
                adoption = values.money(c.quantity(), key, 0, 1e9);
                values.range(c.quantity(), adoption, ref);
            }
        }
        Assumptions read = new Assumptions(electricity, pue, lifetime, discount, gpuHour, restart, rates, startYear, adoption, figures);
        // a figure an earlier block of the file set with a range and this one sets again: the range went with the value
        for (String name : figuresSet(read)) {
            FigureRef ref = FigureRef.assumption(name);
            if (rangesBefore.containsKey(ref) && values.ranges.get(ref) == rangesBefore.get(ref)) values.ranges.remove(ref);
        }
        return read;
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
            values.strayText.put(stray.key.start, stray.getText());
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
        String unitText = unitText(o);
        String written = "`" + key + " " + f.example() + "`";
        BigDecimal n = values.number(number);
        if (n == null) return null;
        if (unit == null && stray != null) {
            List<String> units = switch (f.kind()) {
                case SHARE -> List.of("%");
                case MONEY -> values.moneyUnits();
                default -> List.of();
            };
            values.report(Code.CPO107, "unknown unit `" + values.strayText.get(stray) + "`", stray, ValueReader.hintOr(Suggest.didYouMean(values.strayText.get(stray), units),
                    units.isEmpty() ? "`" + key + "` takes a plain number: " + written : "write it as " + written));
            return null;
        }
        switch (f.kind()) {
            case SHARE -> {
                if (unit == null) {
                    values.report(Code.CPO108, "`" + key + "` needs a unit: it is a share, written with %", number, "write it as " + written);
                    return null;
                }
                if (unit.getType() != CpoLexer.PERCENT) {
                    values.report(Code.CPO212, "`" + key + "` is a share, not a value in " + unitText, unit, "write it with %, as " + written);
                    return null;
                }
                double v = n.movePointLeft(2).doubleValue();
                if (v < f.min() || v > f.max()) {
                    values.report(Code.CPO204, "`" + key + "` must lie between " + ValueReader.percent(BigDecimal.valueOf(f.min())) + " and "
                            + ValueReader.percent(BigDecimal.valueOf(f.max())) + ", not " + ValueReader.percent(n.movePointLeft(2)), number, null);
                    return null;
                }
                return v;
            }
            case MONEY -> {
                if (unit == null) {
                    values.report(Code.CPO108, "`" + key + "` needs a currency: it is an amount of money", number,
                            "write it as `" + key + " " + number.getText() + " " + context.currency + "`");
                    return null;
                }
                if (unit.getType() != CpoLexer.CUR_CODE || o.otherValue().size() > 2) {
                    values.report(Code.CPO212, "`" + key + "` is an amount of money, not a value in " + unitText, unit,
                            "write it as `" + key + " " + number.getText() + " " + context.currency + "`");
                    return null;
                }
                BigDecimal amount = values.toCurrency(n, unit.getText(), unit);
                if (amount == null) return null;
                return values.range(amount.doubleValue(), f.min(), f.max(), key, value, " " + context.currency);
            }
            case YEAR -> {
                if (unit != null) {
                    values.report(Code.CPO212, "`" + key + "` is a year, without `" + unitText + "`", unit, "write it as " + written);
                    return null;
                }
                Integer y = values.integer(number, key, (int) Math.ceil(f.min()), (int) Math.floor(f.max()));
                return y == null ? null : y.doubleValue();
            }
            default -> {
                if (unit != null) {
                    values.report(Code.CPO212, "`" + key + "` takes a plain number, without `" + unitText + "`", unit, "write it as " + written);
                    return null;
                }
                return values.range(n.doubleValue(), f.min(), f.max(), key, value, "");
            }
        }
    }

    /** The unit of a model figure's value as written ({@code %}, {@code USD}), {@code null} without one. */
    private static String unitText(OtherPropertyContext o) {
        List<OtherValueContext> v = o.otherValue();
        if (v.size() < 2) return null;
        StringBuilder sb = new StringBuilder();
        for (OtherValueContext u : v.subList(1, v.size())) sb.append(u.getText());
        return sb.toString();
    }

    /** The range of a model figure, if it has one: a year takes none. */
    private void figureRange(OtherPropertyContext o, ModelFigure f, Double value) {
        RangeSpecContext r = o.rangeSpec();
        if (r == null) return;
        if (f.kind() == ModelFigure.Kind.YEAR) {
            values.report(Code.CPO244, "`" + f.name() + "` takes no range", r.RANGE().getSymbol(), ValueReader.rangeHint(Block.ASSUMPTIONS));
            return;
        }
        values.range(r, o.otherValue().get(0).start, unitText(o), value, FigureRef.assumption(f.name()), null);
    }

    private static Map<String, Double> figures(Map<String, Double> under, Map<String, Double> over) {
        Map<String, Double> m = new LinkedHashMap<>(under);
        m.putAll(over);
        return m;
    }

    /** The names of the figures an assumptions block sets: {@code electricity}, {@code support}, … */
    static Set<String> figuresSet(Assumptions a) {
        Set<String> set = new java.util.HashSet<>(a.figures().keySet());
        if (a.electricityPrice() != null) set.add("electricity");
        if (a.pue() != null) set.add("pue");
        if (a.lifetimeYears() != null) set.add("lifetime");
        if (a.discountRate() != null) set.add("discount-rate");
        if (a.gpuHourCost() != null) set.add("gpu-hour");
        if (a.jobRestartMinutes() != null) set.add("job-restart");
        if (a.startYear() != null) set.add("start-year");
        if (a.cpoAdoption() != null) set.add("cpo-adoption");
        return set;
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

    private static <T> T pick(T over, T under) {
        return over != null ? over : under;
    }
}
