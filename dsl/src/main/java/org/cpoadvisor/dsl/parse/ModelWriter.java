package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.lang.Language.Form;
import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Fabric;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Keyword;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.Plan;
import org.cpoadvisor.dsl.model.PlanIntent;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Tier;
import org.cpoadvisor.dsl.model.YearRange;

import static org.cpoadvisor.dsl.lang.Language.Block.ACCELERATOR;
import static org.cpoadvisor.dsl.lang.Language.Block.ASSUMPTIONS;
import static org.cpoadvisor.dsl.lang.Language.Block.CLUSTER;
import static org.cpoadvisor.dsl.lang.Language.Block.LASER;
import static org.cpoadvisor.dsl.lang.Language.Block.OPTIC;
import static org.cpoadvisor.dsl.lang.Language.Block.POLICY;
import static org.cpoadvisor.dsl.lang.Language.Block.SITE;
import static org.cpoadvisor.dsl.lang.Language.Block.SWITCH;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a model as a {@code .cpo} file in canonical layout: how the REPL saves an
 * architecture changed by what-ifs, and how generated models become text. Reading
 * the output gives an equal model (a property test holds this). Comments are not
 * part of a model; to keep a file's comments, format its text with
 * {@link CanonicalFormatter} instead.
 */
public final class ModelWriter {

    private final StringBuilder out = new StringBuilder();
    private final String currency;
    /** The ranges of the figures written: each follows its figure's value. */
    private final Map<FigureRef, Range> ranges;
    private int indent;

    private ModelWriter(String currency, Map<FigureRef, Range> ranges) {
        this.currency = currency;
        this.ranges = ranges;
    }

    /** One catalog entry in the language, as {@code cpo catalog show} prints it. */
    public static String write(CatalogEntry e, String currency) {
        return write(e, currency, Map.of());
    }

    /** One catalog entry with the ranges of its figures ({@link org.cpoadvisor.dsl.model.Catalog#ranges()}). */
    public static String write(CatalogEntry e, String currency, Map<FigureRef, Range> ranges) {
        ModelWriter w = new ModelWriter(currency, ranges);
        w.entry(e);
        return w.out.toString();
    }

    public static String write(Architecture a) {
        ModelWriter w = new ModelWriter(a.currency(), a.ranges());
        w.architecture(a);
        return w.out.toString();
    }

    private void architecture(Architecture a) {
        line("architecture " + quote(a.name()));
        if (a.horizon() != null) line("horizon " + a.horizon().from() + ".." + a.horizon().to());
        line("currency " + a.currency());
        assumptions(a.assumptions());
        policy(a.policy());
        if (!a.catalog().isEmpty()) {
            open("catalog");
            boolean first = true;
            for (CatalogEntry e : a.catalog()) {
                if (!first) blank();
                first = false;
                entry(e);
            }
            close();
        }
        for (Site s : a.sites()) {
            site(s);
        }
    }

    private void assumptions(Assumptions a) {
        if (a.equals(Assumptions.NONE)) return;
        open("assumptions");
        prop(ASSUMPTIONS, "electricity", a.electricityPrice(), null);
        prop(ASSUMPTIONS, "pue", a.pue(), null);
        prop(ASSUMPTIONS, "lifetime", a.lifetimeYears());
        prop(ASSUMPTIONS, "discount-rate", a.discountRate(), null);
        prop(ASSUMPTIONS, "gpu-hour", a.gpuHourCost(), null);
        prop(ASSUMPTIONS, "job-restart", a.jobRestartMinutes(), null);
        for (Map.Entry<String, Double> r : a.rates().entrySet()) {
            line("rate " + r.getKey() + " " + num(r.getValue()));
        }
        prop(ASSUMPTIONS, "start-year", a.startYear());
        prop(ASSUMPTIONS, "cpo-adoption", a.cpoAdoption(), null);
        for (ModelFigure f : ModelFigure.ALL) {
            prop(f.name(), a.figure(f.name()), v -> figure(f, v, currency)
                    + range(Language.formOf(f.kind()), v, ranges.get(FigureRef.assumption(f.name()))));
        }
        close();
    }

    /**
     * A value as the language writes it, by the form of its row in {@link Language}: {@code 800G},
     * {@code 8.5 W}, {@code 10 %}, {@code 2000 USD}, {@code 5 years}, {@code 2025}, {@code "text"}, …
     */
    private String text(Block block, String name, Object value) {
        return text(Language.property(block, name).orElseThrow(() -> new IllegalArgumentException(name)).form(), value, currency);
    }

    /** A model figure's value as the language writes it: {@code 10 %}, {@code 2000 USD}, {@code 2025}, {@code 1.5}. */
    static String figure(ModelFigure f, double v, String currency) {
        return text(Language.formOf(f.kind()), v, currency);
    }

    private static String text(Form form, Object value, String currency) {
        return switch (form) {
            case BANDWIDTH, LANE -> bandwidth(number(value));
            case POWER, POWER_OF_CAPACITY -> power(number(value));
            case ENERGY_PRICE -> num(number(value)) + " " + currency + Language.PER_KWH;
            case MONEY -> num(number(value)) + " " + currency;
            case SHARE -> percent(number(value));
            case YEARS, MINUTES, FIT -> num(number(value)) + " " + Language.baseUnit(form.dimension());
            case NUMBER -> num(number(value));
            case YEAR -> String.valueOf(Math.round(number(value)));
            case WHOLE, BOOLEAN, IDENT, CURRENCY -> String.valueOf(value);
            case YEAR_RANGE -> ((YearRange) value).from() + ".." + ((YearRange) value).to();
            case WORD -> ((Keyword) value).word();
            case TEXT -> quote((String) value);
            case REF -> ref((String) value);
            case BLOCK, SPECIAL -> throw new IllegalArgumentException(form + " is written by its own rule");
        };
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private void policy(Policy p) {
        if (p.equals(Policy.NONE)) return;
        open("policy");
        prop(POLICY, "min-gpus", p.minGpus());
        prop(POLICY, "min-modules", p.minModules());
        prop(POLICY, "min-link", p.minLinkGbps());
        prop(POLICY, "min-east-west", p.minEastWest());
        prop(POLICY, "min-saving", p.minSaving());
        prop(POLICY, "max-payback", p.maxPaybackYears());
        prop(POLICY, "pilot-window", p.pilotWindow());
        prop(POLICY, "scale-window", p.scaleWindow());
        prop(POLICY, "require-liquid-cooling", p.requireLiquidCooling());
        prop(POLICY, "pilot-switches", p.pilotSwitches());
        prop(POLICY, "allow-family-change", p.allowFamilyChange());
        // an empty list says nothing (the language has no way to write one): any vendor
        prop("vendors", p.vendors() == null || p.vendors().isEmpty() ? null : p.vendors(),
                v -> v.stream().map(ModelWriter::quote).collect(Collectors.joining(", ")));
        close();
    }

    private void entry(CatalogEntry e) {
        open(e.kind() + " " + quote(e.id()));
        if (e.source() != null) line("source " + quote(e.source()));
        if (e instanceof SwitchPlatform s) {
            field(e, "ports", s.ports() + " x " + bandwidth(s.portGbps()));
            field(e, SWITCH, "optics", s.optics());
            field(e, SWITCH, "power", s.powerW());
            field(e, SWITCH, "price", s.price());
            field(e, SWITCH, "available", s.available());
            field(e, SWITCH, "cooling", s.cooling());
            field(e, SWITCH, "port-fit", s.portFit());
            field(e, SWITCH, "laser-power", s.laserPowerW());
            field(e, SWITCH, "laser-fit", s.laserFit());
            field(e, SWITCH, "laser", s.laser());
            field(e, SWITCH, "lasers", s.lasers());
            field(e, SWITCH, "repair", s.repairCost());
            field(e, SWITCH, "field-replaceable-lasers", s.fieldReplaceableLasers());
            field(e, SWITCH, "part-number", s.partNumber());
            field(e, SWITCH, "family", s.family());
            field(e, SWITCH, "vendor", s.vendor());
            field(e, SWITCH, "rack-units", s.rackUnits());
            field(e, SWITCH, "lane", s.laneGbps());
        } else if (e instanceof OpticModule o) {
            field(e, OPTIC, "speed", o.speedGbps());
            field(e, OPTIC, "kind", o.moduleKind());
            field(e, OPTIC, "power", o.powerW());
            field(e, OPTIC, "price", o.price());
            field(e, OPTIC, "fit", o.fit());
            field(e, OPTIC, "available", o.available());
            field(e, OPTIC, "part-number", o.partNumber());
            field(e, OPTIC, "lane", o.laneGbps());
            field(e, OPTIC, "interface", o.iface());
        } else if (e instanceof LaserSource l) {
            field(e, LASER, "power", l.powerW());
            field(e, LASER, "price", l.price());
            field(e, LASER, "fit", l.fit());
            field(e, LASER, "available", l.available());
            field(e, LASER, "part-number", l.partNumber());
        } else if (e instanceof Accelerator a) {
            field(e, ACCELERATOR, "nic", a.nicGbps());
            field(e, ACCELERATOR, "gpus-per-node", a.gpusPerNode());
            field(e, ACCELERATOR, "power", a.powerW());
            field(e, ACCELERATOR, "nic-lane", a.nicLaneGbps());
        }
        close();
    }

    private void field(CatalogEntry e, Block block, String name, Object value) {
        if (value == null) return;
        String text = text(block, name, value);
        Range r = ranges.get(FigureRef.catalog(e.kind(), e.id(), name));
        if (r != null && value instanceof Number n) text += range(Language.property(block, name).orElseThrow().form(), n.doubleValue(), r);
        field(e, name, text);
    }

    private void field(CatalogEntry e, String name, String value) {
        if (value == null) return;
        String own = e.sources().get(name);
        line(name + " " + value + (own == null ? "" : " source " + quote(own)));
    }

    private void site(Site s) {
        blank();
        open("site " + quote(s.name()));
        prop(SITE, "region", s.region());
        prop(SITE, "electricity", s.electricityPrice(), s.name());
        prop(SITE, "pue", s.pue(), s.name());
        prop(SITE, "cooling", s.cooling());
        prop(SITE, "power-cap", s.powerCapW());
        prop(SITE, "staff", s.staff());
        for (Cluster c : s.clusters()) {
            blank();
            cluster(c);
        }
        close();
    }

    private void cluster(Cluster c) {
        open("cluster " + quote(c.name()));
        prop(CLUSTER, "workload", c.workload());
        line("gpus " + c.gpus() + " x " + ref(c.accelerator()));
        prop(CLUSTER, "gpus-per-node", c.gpusPerNode());
        prop(CLUSTER, "nic", c.nicGbps());
        prop("fabric", c.fabric(), ModelWriter::fabric);
        prop(CLUSTER, "switch", c.switchId());
        prop(CLUSTER, "optics", c.optics());
        prop("traffic", c.traffic(), t -> "east-west " + percent(t.eastWest()) + " north-south " + percent(t.northSouth()));
        prop("growth", c.growth(), g -> percent(g) + " per year");
        prop("online", c.onlineYear(), String::valueOf);
        prop("plan", c.plan(), ModelWriter::plan);
        close();
    }

    private static String fabric(Fabric f) {
        StringBuilder sb = new StringBuilder(f.topology().word());
        if (f.tiers() != null) sb.append(" tiers ").append(f.tiers());
        if (f.oversubscription() != null) sb.append(" oversubscription ").append(f.oversubscription());
        if (f.planes() != null) sb.append(" planes ").append(f.planes());
        if (f.railOptimized()) sb.append(" rail-optimized");
        return sb.toString();
    }

    private static String plan(Plan p) {
        StringBuilder sb = new StringBuilder(p.intent().word());
        if (p.intent() == PlanIntent.CPO) {
            if (p.fromYear() != null) sb.append(" from ").append(p.fromYear());
            if (!p.tiers().isEmpty()) {
                sb.append(" tiers ").append(p.tiers().stream().map(Tier::word).collect(Collectors.joining(", ")));
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ values

    /** A number as plain decimal text: exactly the double, no exponent. */
    static String num(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    /** A bandwidth as the language writes it: {@code 400G}, {@code 1.6T}. */
    public static String bandwidth(double gbps) {
        BigDecimal g = BigDecimal.valueOf(gbps);
        if (gbps >= 1000) {
            return g.movePointLeft(3).stripTrailingZeros().toPlainString() + "T";
        }
        return g.stripTrailingZeros().toPlainString() + "G";
    }

    static String power(double watts) {
        BigDecimal w = BigDecimal.valueOf(watts);
        if (watts >= 1_000_000) return w.movePointLeft(6).stripTrailingZeros().toPlainString() + " MW";
        if (watts >= 10_000) return w.movePointLeft(3).stripTrailingZeros().toPlainString() + " kW";
        return w.stripTrailingZeros().toPlainString() + " W";
    }

    /** A quoted name, escaping {@code "} and {@code \} ({@link Language#quote}). */
    public static String quote(String s) {
        return Language.quote(s);
    }

    /** A catalog id bare when it is an identifier, quoted otherwise. */
    static String ref(String id) {
        return Language.isIdentifier(id) ? id : quote(id);
    }

    // ------------------------------------------------------------------ layout

    private <T> void prop(String name, T value, Function<T, String> text) {
        if (value != null) line(name + " " + text.apply(value));
    }

    /**
     * A figure that may carry a range, written as its row's form says, its range after it: an
     * assumption's ({@code site} null) or a site's.
     */
    private void prop(Block block, String name, Double value, String site) {
        if (value == null) return;
        Range r = ranges.get(site == null ? FigureRef.assumption(name) : FigureRef.site(site, name));
        line(name + " " + text(block, name, value)
                + (r == null ? "" : range(Language.property(block, name).orElseThrow().form(), value, r)));
    }

    /**
     * A range as the language writes it after its figure's value, its ends in the unit the value is
     * written in: {@code  range 10..15} after {@code 12 kW}, {@code  range 6..12} after {@code 8 %};
     * empty without a range.
     */
    static String range(Form form, double value, Range r) {
        if (r == null) return "";
        String low;
        String high;
        switch (form) {
            case POWER, POWER_OF_CAPACITY -> {
                int shift = value >= 1_000_000 ? 6 : value >= 10_000 ? 3 : 0;
                low = BigDecimal.valueOf(r.low()).movePointLeft(shift).stripTrailingZeros().toPlainString();
                high = BigDecimal.valueOf(r.high()).movePointLeft(shift).stripTrailingZeros().toPlainString();
            }
            case SHARE -> {
                low = BigDecimal.valueOf(r.low()).movePointRight(2).stripTrailingZeros().toPlainString();
                high = BigDecimal.valueOf(r.high()).movePointRight(2).stripTrailingZeros().toPlainString();
            }
            default -> {
                low = num(r.low());
                high = num(r.high());
            }
        }
        return " " + Language.RANGE + " " + low + ".." + high + (r.shape() == Range.Shape.UNIFORM ? " " + r.shape().word() : "")
                + (r.group() == null ? "" : " moves-with " + r.group());
    }

    /** A property written as its row's form says. */
    private void prop(Block block, String name, Object value) {
        if (value != null) line(name + " " + text(block, name, value));
    }

    private void open(String header) {
        line(header + " {");
        indent++;
    }

    private void close() {
        indent--;
        line("}");
    }

    private void blank() {
        if (out.length() > 0 && !endsWith("{\n") && !endsWith("\n\n")) {
            out.append('\n');
        }
    }

    private boolean endsWith(String s) {
        int n = out.length();
        return n >= s.length() && out.substring(n - s.length()).equals(s);
    }

    private void line(String text) {
        if (indent == 0 && out.length() > 0 && text.endsWith("{") && !endsWith("\n\n")) {
            out.append('\n');
        }
        out.append("  ".repeat(indent)).append(text).append('\n');
    }
}
