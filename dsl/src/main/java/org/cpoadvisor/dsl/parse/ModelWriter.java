package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Fabric;
import org.cpoadvisor.dsl.model.Keyword;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.Plan;
import org.cpoadvisor.dsl.model.PlanIntent;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Tier;

import java.math.BigDecimal;
import java.util.Map;
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
    private int indent;

    private ModelWriter(String currency) {
        this.currency = currency;
    }

    /** One catalog entry in the language, as {@code cpo catalog show} prints it. */
    public static String write(CatalogEntry e, String currency) {
        ModelWriter w = new ModelWriter(currency);
        w.entry(e);
        return w.out.toString();
    }

    public static String write(Architecture a) {
        ModelWriter w = new ModelWriter(a.currency());
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
        prop("electricity", a.electricityPrice(), v -> num(v) + " " + currency + "/kWh");
        prop("pue", a.pue(), ModelWriter::num);
        prop("lifetime", a.lifetimeYears(), v -> num(v) + " years");
        prop("discount-rate", a.discountRate(), ModelWriter::percent);
        prop("gpu-hour", a.gpuHourCost(), v -> num(v) + " " + currency);
        prop("job-restart", a.jobRestartMinutes(), v -> num(v) + " min");
        for (Map.Entry<String, Double> r : a.rates().entrySet()) {
            line("rate " + r.getKey() + " " + num(r.getValue()));
        }
        prop("start-year", a.startYear(), String::valueOf);
        prop("cpo-adoption", a.cpoAdoption(), v -> num(v) + " " + currency);
        for (ModelFigure f : ModelFigure.ALL) {
            prop(f.name(), a.figure(f.name()), v -> figure(f, v, currency));
        }
        close();
    }

    /** A model figure's value as the language writes it: {@code 10 %}, {@code 2000 USD}, {@code 2025}, {@code 1.5}. */
    static String figure(ModelFigure f, double v, String currency) {
        return switch (f.kind()) {
            case SHARE -> percent(v);
            case MONEY -> num(v) + " " + currency;
            case YEAR -> String.valueOf(Math.round(v));
            case NUMBER -> num(v);
        };
    }

    private void policy(Policy p) {
        if (p.equals(Policy.NONE)) return;
        open("policy");
        prop("min-gpus", p.minGpus(), String::valueOf);
        prop("min-modules", p.minModules(), String::valueOf);
        prop("min-link", p.minLinkGbps(), ModelWriter::bandwidth);
        prop("min-east-west", p.minEastWest(), ModelWriter::percent);
        prop("min-saving", p.minSaving(), ModelWriter::percent);
        prop("max-payback", p.maxPaybackYears(), v -> num(v) + " years");
        prop("pilot-window", p.pilotWindow(), r -> r.from() + ".." + r.to());
        prop("scale-window", p.scaleWindow(), r -> r.from() + ".." + r.to());
        prop("require-liquid-cooling", p.requireLiquidCooling(), String::valueOf);
        prop("pilot-switches", p.pilotSwitches(), String::valueOf);
        prop("allow-family-change", p.allowFamilyChange(), String::valueOf);
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
            field(e, "optics", s.optics().word());
            field(e, "power", s.powerW() == null ? null : power(s.powerW()));
            field(e, "price", s.price() == null ? null : num(s.price()) + " " + currency);
            field(e, "available", s.available() == null ? null : s.available().toString());
            field(e, "cooling", s.cooling() == null ? null : s.cooling().word());
            field(e, "port-fit", s.portFit() == null ? null : num(s.portFit()) + " fit");
            field(e, "laser-power", s.laserPowerW() == null ? null : power(s.laserPowerW()));
            field(e, "laser-fit", s.laserFit() == null ? null : num(s.laserFit()) + " fit");
            field(e, "laser", s.laser() == null ? null : ref(s.laser()));
            field(e, "lasers", s.lasers() == null ? null : s.lasers().toString());
            field(e, "repair", s.repairCost() == null ? null : num(s.repairCost()) + " " + currency);
            field(e, "field-replaceable-lasers", s.fieldReplaceableLasers() == null ? null : s.fieldReplaceableLasers().toString());
            field(e, "part-number", s.partNumber() == null ? null : quote(s.partNumber()));
            field(e, "family", s.family() == null ? null : s.family().word());
            field(e, "vendor", s.vendor() == null ? null : quote(s.vendor()));
            field(e, "rack-units", s.rackUnits() == null ? null : s.rackUnits().toString());
            field(e, "lane", s.laneGbps() == null ? null : bandwidth(s.laneGbps()));
        } else if (e instanceof OpticModule o) {
            field(e, "speed", bandwidth(o.speedGbps()));
            field(e, "kind", o.moduleKind().word());
            field(e, "power", o.powerW() == null ? null : power(o.powerW()));
            field(e, "price", o.price() == null ? null : num(o.price()) + " " + currency);
            field(e, "fit", o.fit() == null ? null : num(o.fit()) + " fit");
            field(e, "available", o.available() == null ? null : o.available().toString());
            field(e, "part-number", o.partNumber() == null ? null : quote(o.partNumber()));
            field(e, "lane", o.laneGbps() == null ? null : bandwidth(o.laneGbps()));
            field(e, "interface", o.iface() == null ? null : o.iface().word());
        } else if (e instanceof LaserSource l) {
            field(e, "power", l.powerW() == null ? null : power(l.powerW()));
            field(e, "price", l.price() == null ? null : num(l.price()) + " " + currency);
            field(e, "fit", l.fit() == null ? null : num(l.fit()) + " fit");
            field(e, "available", l.available() == null ? null : l.available().toString());
            field(e, "part-number", l.partNumber() == null ? null : quote(l.partNumber()));
        } else if (e instanceof Accelerator a) {
            field(e, "nic", a.nicGbps() == null ? null : bandwidth(a.nicGbps()));
            field(e, "gpus-per-node", a.gpusPerNode() == null ? null : a.gpusPerNode().toString());
            field(e, "power", a.powerW() == null ? null : power(a.powerW()));
            field(e, "nic-lane", a.nicLaneGbps() == null ? null : bandwidth(a.nicLaneGbps()));
        }
        close();
    }

    private void field(CatalogEntry e, String name, String value) {
        if (value == null) return;
        String own = e.sources().get(name);
        line(name + " " + value + (own == null ? "" : " source " + quote(own)));
    }

    private void site(Site s) {
        blank();
        open("site " + quote(s.name()));
        prop("region", s.region(), v -> v);
        prop("electricity", s.electricityPrice(), v -> num(v) + " " + currency + "/kWh");
        prop("pue", s.pue(), ModelWriter::num);
        prop("cooling", s.cooling(), Keyword::word);
        prop("power-cap", s.powerCapW(), ModelWriter::power);
        prop("staff", s.staff(), Keyword::word);
        for (Cluster c : s.clusters()) {
            blank();
            cluster(c);
        }
        close();
    }

    private void cluster(Cluster c) {
        open("cluster " + quote(c.name()));
        prop("workload", c.workload(), Keyword::word);
        line("gpus " + c.gpus() + " x " + ref(c.accelerator()));
        prop("gpus-per-node", c.gpusPerNode(), String::valueOf);
        prop("nic", c.nicGbps(), ModelWriter::bandwidth);
        prop("fabric", c.fabric(), ModelWriter::fabric);
        prop("switch", c.switchId(), ModelWriter::ref);
        prop("optics", c.optics(), Keyword::word);
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

    /** A quoted name, escaping {@code "} and {@code \}. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A catalog id bare when it is an identifier, quoted otherwise. */
    static String ref(String id) {
        return id.matches("[a-zA-Z][a-zA-Z0-9_.\\-]*") ? id : quote(id);
    }

    // ------------------------------------------------------------------ layout

    private <T> void prop(String name, T value, java.util.function.Function<T, String> text) {
        if (value != null) line(name + " " + text.apply(value));
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
