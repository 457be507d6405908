package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Suggest;
import org.cpoadvisor.dsl.diag.SourceText;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Dimension;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Keyword;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.model.YearRange;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values of one file's parse tree, checking each where it stands: numbers, units
 * (from {@link Language#UNITS}), ranges, enumerated words, names; and says where a token or a
 * rule stands in the file. Every block builder of the file reads through one of these.
 */
final class ValueReader {

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    final SourceText source;
    final TokenStream tokens;
    final ReadContext context;
    /** Numbers followed on their line by a word that is no unit we know: `800 Gb`. */
    final Map<QuantityContext, Token> strayUnits = new IdentityHashMap<>();
    final Map<Token, String> strayText = new IdentityHashMap<>();

    /** The ranges of this file's figures ({@code price 30000 USD range 25000..40000}), in file order, in model units. */
    final Map<FigureRef, Range> ranges = new LinkedHashMap<>();

    ValueReader(ParsedFile file, ReadContext context) {
        this.source = file.source();
        this.tokens = file.tokens();
        this.context = context;
    }

    private record Quantity(BigDecimal number, String unit, QuantityContext ctx) {
    }

    private Quantity quantity(QuantityContext q) {
        BigDecimal n = number(q.NUMBER().getSymbol());
        String unit = q.unit() == null ? null : q.unit().getText();
        return n == null ? null : new Quantity(n, unit, q);
    }

    BigDecimal number(Token t) {
        if (t.getText().length() > Limits.MAX_NUMBER_LENGTH) {
            // parsing takes time quadratic in the digits: a number of millions would hang the read
            report(Code.CPO106, "bad number `" + t.getText().substring(0, 12) + "…`: it has " + t.getText().length()
                    + " characters", t, "numbers are written with at most " + Limits.MAX_NUMBER_LENGTH + " characters");
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

    /** The units of a dimension with their factors, in the table's order (the order messages list them); pJ/bit left out. */
    private static Map<String, BigDecimal> factors(Dimension dimension) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Language.Unit u : Language.units(dimension)) {
            if (!u.perCapacity()) m.put(u.word(), u.factor());
        }
        return m;
    }

    Double bandwidth(QuantityContext q, String property) {
        Double v = convert(q, property, "a bandwidth", factors(Dimension.BANDWIDTH), "800G");
        return range(v, 1, 102_400, property, q, " Gb/s");
    }

    /** The lane rates the language knows, in Gb/s (docs/language.md, `lane`). */
    static final List<Double> LANES = List.of(25.0, 50.0, 100.0, 200.0);

    /**
     * A lane rate: a bandwidth that is one of {@link #LANES} and, where the port's speed is known, divides it
     * (a port is a whole number of lanes).
     */
    Double lane(QuantityContext q, String property, Double portGbps) {
        Double v = convert(q, property, "a bandwidth", factors(Dimension.BANDWIDTH), "200G");
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
    Double power(QuantityContext q, String property, Double capacityGbps) {
        Map<String, BigDecimal> factors = factors(Dimension.POWER);
        if (capacityGbps != null) {
            for (Language.Unit u : Language.units(Dimension.POWER)) {
                if (u.perCapacity()) factors.put(u.word(), u.factor().multiply(BigDecimal.valueOf(capacityGbps)));
            }
        }
        Double v = convert(q, property, "a power", factors, "750 W");
        return range(v, 0, 1e10, property, q, " W");
    }

    Double share(QuantityContext q, String property) {
        return share(q, property, 1.0);
    }

    Double share(QuantityContext q, String property, double max) {
        Double v = convert(q, property, "a share", factors(Dimension.SHARE), "40 %");
        if (v != null && (v < 0 || v > max)) {
            report(Code.CPO204, "`" + property + "` must lie between 0 % and " + percent(BigDecimal.valueOf(max)) + ", not "
                    + (Double.isFinite(v) ? percent(BigDecimal.valueOf(v)) : TOO_LARGE), q.start, null);
            return null;
        }
        return v;
    }

    Double years(QuantityContext q, String property, double min, double max) {
        Double v = convert(q, property, "a duration in years", factors(Dimension.YEARS), "5 years");
        return range(v, min, max, property, q, " years");
    }

    Double minutes(QuantityContext q, String property) {
        Double v = convert(q, property, "a duration", factors(Dimension.DURATION), "25 min");
        return range(v, 0, 7 * 24 * 60, property, q, " min");
    }

    Double fit(QuantityContext q, String property) {
        Quantity v = quantity(q);
        if (v == null) return null;
        if (v.unit != null && !factors(Dimension.FAILURE_RATE).containsKey(v.unit)) {
            report(Code.CPO212, "`" + property + "` is a failure rate in fit, not a value in " + v.unit, q.unit().start,
                    "write `" + property + " 100 fit`");
            return null;
        }
        return range(v.number.doubleValue(), 0, 1e7, property, q, " fit");
    }

    /** A number without a unit. */
    Double plain(QuantityContext q, String property, double min, double max) {
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
    Double money(QuantityContext q, String property, double min, double max) {
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

    Double energyPrice(QuantityContext q, String property) {
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

    BigDecimal toCurrency(BigDecimal amount, String currency, Token at) {
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

    Double range(Double v, double min, double max, String property, ParserRuleContext at, String unit) {
        if (v == null) return null;
        if (v < min || v > max) {
            report(Code.CPO204, "`" + property + "` is out of range: " + (Double.isFinite(v) ? plainNumber(v) + unit : TOO_LARGE)
                    + " is not within "
                    + plainNumber(min) + ".." + plainNumber(max) + unit, at.start, null);
            return null;
        }
        return v;
    }

    Integer integer(Token t, String property, int min, int max) {
        return integer(t, property, min, max, null);
    }

    /** A whole number in {@code min..max}; {@code hint} goes with an out-of-range diagnostic. */
    Integer integer(Token t, String property, int min, int max, String hint) {
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

    Integer whole(double v, QuantityContext q, String property) {
        if (v != Math.rint(v)) {
            report(Code.CPO108, "`" + property + "` needs a whole number, not " + q.getText(), q.start, null);
            return null;
        }
        return (int) v;
    }

    Integer year(Token t, String property) {
        return integer(t, property, MIN_YEAR, MAX_YEAR);
    }

    YearRange yearRange(YearRangeContext r, String property) {
        Integer from = year(r.from, property);
        Integer to = r.to == null ? from : year(r.to, property);
        if (from == null || to == null) return null;
        if (to < from) {
            report(Code.CPO204, "`" + property + "` runs backwards: " + from + ".." + to, r.start, "write it as " + to + ".." + from);
            return null;
        }
        return new YearRange(from, to);
    }

    Boolean bool(IdentContext v, String property) {
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

    <E extends Enum<E> & Keyword> E word(Class<E> type, IdentContext v, String property) {
        String text = v.getText();
        E e = Keyword.parse(type, text).orElse(null);
        if (e == null) {
            List<String> words = Keyword.words(type);
            report(Code.CPO208, "unknown " + property + " `" + text + "`", v.start,
                    hintOr(Suggest.didYouMean(text, words), "`" + property + "` is one of: " + String.join(", ", words)));
        }
        return e;
    }

    String ref(RefContext r) {
        return r.STRING() != null ? name(r.STRING().getSymbol()) : r.getText();
    }

    /** The text of a quoted name, with {@code \"} and {@code \\} resolved. */
    String name(Token t) {
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

    /** The currencies an amount may be written in: the file's and those with a rate. */
    List<String> moneyUnits() {
        List<String> units = new ArrayList<>();
        units.add(context.currency);
        context.rates.keySet().stream().sorted().filter(c -> !c.equals(context.currency)).forEach(units::add);
        return units;
    }

    boolean once(Map<String, Token> seen, String key, Token at, String where) {
        Token first = seen.putIfAbsent(key, at);
        if (first != null) {
            report(Code.CPO209, "`" + key + "` is set twice in " + where + "; the first value is kept", at,
                    "first set at line " + first.getLine() + "; remove one of them");
            return false;
        }
        return true;
    }

    static String hintOr(String hint, String fallback) {
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

    SourceLocation at(Token t) {
        int length = t.getType() == Token.EOF ? 1 : t.getText().codePointCount(0, t.getText().length());
        return new SourceLocation(source.name(), t.getLine(), t.getCharPositionInLine() + 1, length);
    }

    SourceLocation at(ParserRuleContext ctx) {
        Token start = ctx.start;
        int length = 1;
        if (ctx.stop != null && ctx.stop.getLine() == start.getLine() && ctx.stop.getStopIndex() >= start.getStartIndex()) {
            length = ctx.stop.getCharPositionInLine() + ctx.stop.getText().length() - start.getCharPositionInLine();
        } else {
            length = start.getText().length();
        }
        return new SourceLocation(source.name(), start.getLine(), start.getCharPositionInLine() + 1, length);
    }

    void report(Code code, String message, Token at, String hint) {
        context.diagnostics.add(Diagnostic.of(code, message, at(at)).withHint(hint));
    }

    // ------------------------------------------------------------------ ranges

    /** The range a quantity carries, if any, for the figure {@code ref}: see {@link #range(RangeSpecContext, Token, String, Double, FigureRef, Double)}. */
    void range(QuantityContext q, Double value, FigureRef ref) {
        range(q, value, ref, null);
    }

    /** The same, for a power that may be written in pJ/bit of a capacity of {@code capacityGbps}. */
    void range(QuantityContext q, Double value, FigureRef ref, Double capacityGbps) {
        if (q != null && q.rangeSpec() != null) {
            range(q.rangeSpec(), q.NUMBER().getSymbol(), q.unit() == null ? null : q.unit().getText(), value, ref, capacityGbps);
        }
    }

    /**
     * Reads the range {@code r} of a figure whose value, {@code number} with {@code unit}, was read as
     * {@code value} in model units ({@code null} when it could not be, and was reported: its range is
     * then not checked). The ends are in the value's unit: an end may repeat it, but carry no other.
     * Puts the range, in model units, in {@link #ranges}; reports an end of another unit, ends the
     * wrong way round or equal, and a value outside its range.
     */
    void range(RangeSpecContext r, Token number, String unitText, Double value, FigureRef ref, Double capacityGbps) {
        if (value == null) return;
        String property = ref.field();
        boolean unitsOk = sameUnit(r.lowUnit, unitText, property);
        unitsOk &= sameUnit(r.highUnit, unitText, property);
        if (!unitsOk) return;
        BigDecimal n = number(number);
        BigDecimal low = number(r.low);
        BigDecimal high = number(r.high);
        if (n == null || low == null || high == null) return;
        String written = r.low.getText() + ".." + r.high.getText();
        int order = low.compareTo(high);
        if (order > 0) {
            report(Code.CPO240, "the range of `" + property + "` runs backwards: its low end, " + r.low.getText()
                    + ", is above its high end, " + r.high.getText(), r.low,
                    "write the low end first: `range " + r.high.getText() + ".." + r.low.getText() + "`");
            return;
        }
        if (order == 0) {
            report(Code.CPO241, "the range of `" + property + "` is empty: both its ends are " + r.low.getText(), r.low,
                    "a figure known exactly needs no range: remove it, or give two different ends");
            return;
        }
        String valueText = number.getText() + (unitText == null ? "" : (unitText.matches("[GT]") ? "" : " ") + unitText);
        if (n.compareTo(low) < 0 || n.compareTo(high) > 0) {
            report(Code.CPO243, "`" + property + " " + valueText + "` lies outside its range " + written, number,
                    "a range holds its figure's own value (a triangular one is most likely there): widen the range or correct the value");
            return;
        }
        Double lowValue = toModel(low, unitText, capacityGbps, r.low);
        Double highValue = toModel(high, unitText, capacityGbps, r.high);
        if (lowValue == null || highValue == null) return;
        if (!(lowValue < highValue)) {
            // ends that differ only past the precision of a double
            report(Code.CPO241, "the range of `" + property + "` is empty: its ends " + written + " are too close to tell apart", r.low,
                    "a figure known exactly needs no range: remove it, or give two different ends");
            return;
        }
        RangeBounds.Beyond beyond = RangeBounds.beyond(ref, unitText, lowValue, highValue);
        if (beyond != null) {
            // a sweep would draw values the figure cannot take (a PUE below 1, a share above 100 %)
            report(Code.CPO204, beyond.message(), beyond.low() ? r.low : r.high, beyond.hint());
            return;
        }
        Range.Shape shape = r.shape != null && r.shape.getType() == CpoLexer.UNIFORM ? Range.Shape.UNIFORM : Range.Shape.TRIANGULAR;
        ranges.put(ref, new Range(lowValue, highValue, shape, r.group == null ? null : r.group.getText()));
    }

    /** Whether an end's unit, if it has one, is the value's; reports it when not. */
    private boolean sameUnit(UnitContext end, String valueUnit, String property) {
        if (end == null || end.getText().equals(valueUnit)) return true;
        report(Code.CPO242, valueUnit == null
                        ? "`" + property + "` is a plain number, but an end of its range carries `" + end.getText() + "`"
                        : "an end of the range of `" + property + "` is in " + end.getText() + ", but the value is in " + valueUnit,
                end.start, "write the ends in the value's unit, or without a unit: `range 60000..110000` after `price 80000 USD`");
        return false;
    }

    /** A number in the unit of a value already read, in model units: as the value was converted. */
    private Double toModel(BigDecimal n, String unit, Double capacityGbps, Token at) {
        if (unit == null) return n.doubleValue();
        if (unit.matches("[A-Z]{3}(/kWh)?")) {
            BigDecimal amount = toCurrency(n, unit.substring(0, 3), at);
            return amount == null ? null : amount.doubleValue();
        }
        for (Language.Unit u : Language.UNITS) {
            if (!u.word().equals(unit)) continue;
            if (u.perCapacity()) {
                return capacityGbps == null ? null : n.multiply(u.factor().multiply(BigDecimal.valueOf(capacityGbps))).doubleValue();
            }
            return n.multiply(u.factor()).doubleValue();
        }
        return null;
    }

    /**
     * Reports every range of the file that stands on a figure taking none ({@link Language#takesRange}):
     * {@code min-gpus 4096 range 2048..8192}. The ranges of unknown or malformed properties are left to their own diagnostic.
     */
    void rangesWhereNoneIsAllowed(ParseTree tree) {
        if (tree instanceof RangeSpecContext r) {
            if (r.getParent() instanceof QuantityContext) {
                ParserRuleContext property = propertyOf(r);
                Block block = property == null ? null : blockOf(property);
                String name = property == null ? null : property.start.getText();
                if (block != null && !Language.takesRange(block, name)) {
                    report(Code.CPO244, "`" + name + "` takes no range", r.RANGE().getSymbol(), rangeHint(block));
                }
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            rangesWhereNoneIsAllowed(tree.getChild(i));
        }
    }

    /** The property a part of a value belongs to: its item in its block. */
    private static ParserRuleContext propertyOf(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (blockOf(c) != null) return c;
        }
        return null;
    }

    /** The block an item of a block stands in ({@code null} for anything else). */
    static Block blockOf(ParserRuleContext item) {
        if (item instanceof AssumptionContext) return Block.ASSUMPTIONS;
        if (item instanceof PolicyRuleContext) return Block.POLICY;
        if (item instanceof SiteItemContext) return Block.SITE;
        if (item instanceof ClusterPropertyContext) return Block.CLUSTER;
        if (item instanceof StatementContext) return Block.FILE;
        if (item instanceof CatalogItemContext) return Block.CATALOG;
        if ((item instanceof CatalogValueContext || item instanceof CatalogFieldContext)) {
            for (ParserRuleContext c = item; c != null; c = c.getParent()) {
                if (c instanceof CatalogEntryContext e) return Block.of(e.kind.getText()).orElse(null);
            }
        }
        return null;
    }

    /** What a diagnostic of a range where none is allowed suggests: the figures of the block that take one. */
    static String rangeHint(Block block) {
        List<String> ranged = Language.ranged(block);
        if (ranged.isEmpty()) {
            return "no figure of " + block.title() + " takes a range: ranges go on assumptions, a site's `electricity` and `pue`, "
                    + "and the prices, powers and failure rates of catalog entries";
        }
        return "in " + block.title() + ", a range may follow " + String.join(", ", ranged.stream().map(n -> "`" + n + "`").toList());
    }

    /** The token after {@code after} on the default channel, {@code null} at the end. */
    Token nextToken(Token after) {
        for (int i = after.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t.getType() == Token.EOF ? null : t;
            }
        }
        return null;
    }
}
