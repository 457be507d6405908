package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.Action;
import org.cpoadvisor.advisor.advice.Advice.BomLine;
import org.cpoadvisor.advisor.advice.Advice.BreakEven;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.Explanation;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.LinkFigures;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.advisor.advice.Advice.TierFigures;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The advice as JSON for tools, in the versioned schema {@value #SCHEMA}: its JSON
 * Schema ships in the jar as {@value #SCHEMA_RESOURCE} and documents every field.
 *
 * <pre>{@code
 * {
 *   "schema": "cpo-advice/2",
 *   "reports": [ { "architecture": ..., "currency": ..., "files": [...], "hasErrors": false,
 *                  "diagnostics": [...], "policy": [...], "clusters": [...], "findings": [...],
 *                  "roadmap": [...], "assumptions": [...] } ]
 * }
 * }</pre>
 *
 * <p>One report per {@link Advice}, in the order given. Property names are camelCase
 * and always appear, in the schema's order; an absent value is {@code null}, never
 * a missing property. Lists keep the advice's order (clusters and sites in file
 * order, findings by subject and id); diagnostics are sorted by file, line, column
 * and code. Numbers are JSON numbers, rounded so that the output is stable: money
 * to cents, power to 0.1 W, shares (savings) to 4 decimals, other fractional
 * figures as the schema says. No timestamps: the same advice gives the same bytes.
 * Pretty-printed with two spaces, LF line ends and a final newline.
 *
 * <p>Compatibility: within {@code cpo-advice/2}, fields are only ever added; a
 * rename, removal or change of meaning makes {@code cpo-advice/3}. What changed from
 * {@code cpo-advice/1} is in {@code docs/reports.md} ("Migrating from cpo-advice/1").
 */
public final class JsonRenderer implements Renderer {

    /** The schema id written at the top of every document. */
    public static final String SCHEMA = "cpo-advice/2";

    /** The class-path resource holding the JSON Schema of {@link #SCHEMA}. */
    public static final String SCHEMA_RESOURCE = "/org/cpoadvisor/advisor/report/cpo-advice-2.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String render(List<Advice> advices) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCharacterEscapes(JsonEscapes.INSTANCE); // no control or bidi character raw; read back exactly
            g.setPrettyPrinter(printer());
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeArrayFieldStart("reports");
            for (Advice a : advices) {
                report(g, a);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** The layout of the project's JSON documents (advice, diff, sensitivity, sweep): two spaces, `name: value`. */
    static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    private static void report(JsonGenerator g, Advice a) throws IOException {
        g.writeStartObject();
        g.writeStringField("architecture", a.architecture());
        g.writeStringField("currency", a.currency());
        strings(g, "files", a.files());
        g.writeBooleanField("hasErrors", a.hasErrors());
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : a.diagnostics().stream().sorted(Diagnostic.ORDER).toList()) {
            diagnostic(g, d);
        }
        g.writeEndArray();
        strings(g, "policy", a.policy());
        g.writeArrayFieldStart("clusters");
        for (ClusterAdvice c : a.clusters()) {
            cluster(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (FindingAdvice f : a.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("roadmap");
        for (SiteRoadmap r : a.roadmap()) {
            site(g, r);
        }
        g.writeEndArray();
        strings(g, "assumptions", a.assumptions());
        g.writeEndObject();
    }

    /** A diagnostic as {@code cpo-advice/2} writes it (also the sensitivity and sweep documents). */
    static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
        SourceLocation l = d.location();
        g.writeStartObject();
        g.writeStringField("file", l == null ? null : l.file());
        integer(g, "line", l == null ? null : l.line());
        integer(g, "column", l == null ? null : l.column());
        integer(g, "length", l == null ? null : l.length());
        g.writeStringField("code", d.code().name());
        g.writeStringField("title", d.code().title());
        g.writeStringField("severity", d.severity().word());
        g.writeStringField("message", d.message());
        g.writeStringField("hint", d.hint());
        g.writeStringField("path", d.path());
        g.writeEndObject();
    }

    private static void cluster(JsonGenerator g, ClusterAdvice c) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", c.path());
        g.writeStringField("site", c.site());
        g.writeStringField("cluster", c.cluster());
        g.writeStringField("workload", c.workload());
        g.writeNumberField("gpus", c.gpus());
        g.writeStringField("accelerator", c.accelerator());
        number(g, "nicGbps", c.nicGbps(), 1);
        g.writeStringField("platform", c.platform());
        g.writeStringField("verdict", c.verdict().word());
        g.writeStringField("option", c.option());
        g.writeStringField("cpoPlatform", c.cpoPlatform());
        integer(g, "year", c.year());
        g.writeStringField("summary", c.summary());
        strings(g, "reasons", c.reasons());
        explanation(g, c.explanation());
        g.writeArrayFieldStart("options");
        for (OptionFigures o : c.options()) {
            option(g, o);
        }
        g.writeEndArray();
        g.writeNumberField("lifetimeYears", c.lifetimeYears());
        number(g, "discountRate", c.discountRate(), 6);
        number(g, "paybackYears", c.payback(), 2);
        integer(g, "cpoYear", c.cpoYear());
        integer(g, "adoptionYear", c.adoptionYear());
        strings(g, "candidates", c.candidates());
        g.writeArrayFieldStart("breakEvens");
        for (BreakEven b : c.breakEvens()) {
            breakEven(g, b);
        }
        g.writeEndArray();
        strings(g, "defaulted", c.defaulted());
        location(g, c.location());
        g.writeEndObject();
    }

    private static void option(JsonGenerator g, OptionFigures o) throws IOException {
        g.writeStartObject();
        g.writeStringField("option", o.option());
        g.writeStringField("leafPlatform", o.leafPlatform());
        g.writeStringField("upperPlatform", o.upperPlatform());
        g.writeNumberField("tiers", o.tiers());
        g.writeNumberField("switches", o.switches());
        g.writeNumberField("modules", o.modules());
        g.writeNumberField("enginePorts", o.enginePorts());
        g.writeNumberField("links", o.links());
        number(g, "powerW", o.powerW(), 1);
        number(g, "capex", o.capex(), 2);
        number(g, "energyPerYear", o.energyPerYear(), 2);
        number(g, "failuresPerYear", o.failuresPerYear(), 4);
        number(g, "lostGpuHoursPerYear", o.lostGpuHoursPerYear(), 1);
        number(g, "opexPerYear", o.opexPerYear(), 2);
        g.writeObjectFieldStart("running");
        number(g, "energy", o.running().energy(), 2);
        number(g, "interruptions", o.running().interruptions(), 2);
        number(g, "repair", o.running().repair(), 2);
        number(g, "support", o.running().support(), 2);
        number(g, "space", o.running().space(), 2);
        number(g, "flapsPerYear", o.running().flapsPerYear(), 4);
        number(g, "interruptionsPerYear", o.running().interruptionsPerYear(), 4);
        g.writeNumberField("rackUnits", o.running().rackUnits());
        g.writeEndObject();
        number(g, "tco", o.tco(), 2);
        number(g, "saving", o.saving(), 4);
        g.writeNumberField("year", o.year());
        g.writeNumberField("planes", o.planes());
        g.writeArrayFieldStart("tierCounts");
        for (TierFigures t : o.tierCounts()) {
            g.writeStartObject();
            g.writeStringField("tier", t.tier());
            g.writeStringField("platform", t.platform());
            g.writeBooleanField("cpo", t.cpo());
            g.writeNumberField("switches", t.switches());
            g.writeNumberField("portsUsed", t.portsUsed());
            g.writeNumberField("linksDown", t.linksDown());
            g.writeNumberField("linksUp", t.linksUp());
            g.writeNumberField("modules", t.modules());
            g.writeNumberField("enginePorts", t.enginePorts());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("boundaries");
        for (LinkFigures b : o.boundaries()) {
            g.writeStartObject();
            g.writeStringField("boundary", b.boundary());
            g.writeNumberField("links", b.links());
            g.writeNumberField("modules", b.modules());
            g.writeNumberField("enginePorts", b.enginePorts());
            g.writeEndObject();
        }
        g.writeEndArray();
        lines(g, "bill", o.bill());
        g.writeArrayFieldStart("cumulativeCost");
        for (double v : o.cumulativeCost()) value(g, v, 2);
        g.writeEndArray();
        if (o.crossing() == null) {
            g.writeNullField("crossing");
        } else {
            g.writeObjectFieldStart("crossing");
            g.writeStringField("status", o.crossing().status().word());
            number(g, "year", o.crossing().year(), 2);
            number(g, "cost", o.crossing().cost(), 2);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void lines(JsonGenerator g, String name, List<BomLine> lines) throws IOException {
        g.writeArrayFieldStart(name);
        for (BomLine l : lines) {
            g.writeStartObject();
            g.writeStringField("category", l.category());
            g.writeStringField("catalogId", l.catalogId());
            g.writeStringField("partNumber", l.partNumber());
            g.writeStringField("place", l.place());
            g.writeStringField("description", l.description());
            g.writeNumberField("quantity", l.quantity());
            number(g, "unitPrice", l.unitPrice(), 2);
            number(g, "extendedPrice", l.extendedPrice(), 2);
            number(g, "unitPowerW", l.unitPowerW(), 1);
            number(g, "powerW", l.powerW(), 1);
            if (l.cluster() != null) g.writeStringField("cluster", l.cluster());
            if (l.option() != null) g.writeStringField("option", l.option());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void breakEven(JsonGenerator g, BreakEven b) throws IOException {
        g.writeStartObject();
        g.writeStringField("option", b.option());
        g.writeStringField("quantity", b.quantity().word());
        g.writeStringField("status", b.status().word());
        number(g, "value", b.value(), 4);
        number(g, "low", b.low(), 4);
        number(g, "high", b.high(), 4);
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, FindingAdvice f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("severity", f.severity().word());
        g.writeStringField("subject", f.subject());
        g.writeStringField("message", f.message());
        strings(g, "reasons", f.reasons());
        explanation(g, f.explanation());
        location(g, f.location());
        g.writeEndObject();
    }

    private static void site(JsonGenerator g, SiteRoadmap r) throws IOException {
        g.writeStartObject();
        g.writeStringField("site", r.site());
        number(g, "capex", r.capex(), 2);
        g.writeArrayFieldStart("stages");
        for (Stage s : r.stages()) {
            g.writeStartObject();
            g.writeStringField("name", s.kind().word());
            g.writeNumberField("year", s.year());
            number(g, "capex", s.capex(), 2);
            number(g, "opexChangePerYear", s.opexChangePerYear(), 2);
            g.writeArrayFieldStart("actions");
            for (Action x : s.actions()) {
                g.writeStartObject();
                g.writeStringField("text", x.text());
                g.writeStringField("cluster", x.cluster());
                explanation(g, x.explanation());
                g.writeEndObject();
            }
            g.writeEndArray();
            lines(g, "lines", s.lines());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void explanation(JsonGenerator g, Explanation x) throws IOException {
        g.writeObjectFieldStart("explanation");
        g.writeStringField("rule", x == null ? null : x.rule());
        strings(g, "facts", x == null ? List.of() : x.facts());
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, SourceLocation l) throws IOException {
        if (l == null) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        g.writeStringField("file", l.file());
        g.writeNumberField("line", l.line());
        g.writeNumberField("column", l.column());
        g.writeNumberField("length", l.length());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void integer(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value.intValue());
        }
    }

    /**
     * Writes {@code value} rounded half-up to {@code decimals} places, as a plain
     * number without trailing zeros ({@code 967040}, {@code 0.2353}); {@code null}
     * (and, defensively, a non-finite value) as {@code null}.
     */
    private static void number(JsonGenerator g, String name, Double value, int decimals) throws IOException {
        g.writeFieldName(name);
        value(g, value, decimals);
    }

    /** A number rounded to {@code decimals}, without trailing zeros; null where there is none or it is not finite. */
    private static void value(JsonGenerator g, Double value, int decimals) throws IOException {
        if (value == null || !Double.isFinite(value)) {
            g.writeNull();
            return;
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            g.writeNumber(0);
        } else if (d.scale() <= 0) {
            g.writeNumber(d.toBigIntegerExact());
        } else {
            g.writeNumber(d.toPlainString());
        }
    }
}
