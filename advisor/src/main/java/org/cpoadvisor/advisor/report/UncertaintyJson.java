package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.advice.UncertainFigure;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.diag.Diagnostic;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * A {@link Sensitivity} ({@code cpo sensitivity --format json}) and a {@link SweepSummary}
 * ({@code cpo sweep --format json}) as JSON for tools, in the versioned schemas {@value #SENSITIVITY_SCHEMA}
 * and {@value #SWEEP_SCHEMA}; their JSON Schemas ship in the jar as {@value #SENSITIVITY_SCHEMA_RESOURCE}
 * and {@value #SWEEP_SCHEMA_RESOURCE}. As in {@code cpo-advice/2} and {@code cpo-diff/1}: camelCase
 * properties that always appear (an absent value is {@code null}), two-space indentation, LF line ends
 * and a final newline, no exponents; the same result gives the same bytes. Savings and probabilities
 * are fractions (0.2416 = 24.16 %), savings rounded to 4 decimals, probabilities to 6; a figure's
 * value and range as the model holds them, in the figure's unit; a flip point to 6 significant digits
 * (it is found to a thousandth of its range); a histogram's edges unrounded, so that its bins add up.
 * Within each version, fields are only ever added.
 */
public final class UncertaintyJson {

    /** The schema id written at the top of every sensitivity document. */
    public static final String SENSITIVITY_SCHEMA = "cpo-sensitivity/1";

    /** The class-path resource holding the JSON Schema of {@link #SENSITIVITY_SCHEMA}. */
    public static final String SENSITIVITY_SCHEMA_RESOURCE = "/org/cpoadvisor/advisor/report/cpo-sensitivity-1.schema.json";

    /** The schema id written at the top of every sweep document. */
    public static final String SWEEP_SCHEMA = "cpo-sweep/1";

    /** The class-path resource holding the JSON Schema of {@link #SWEEP_SCHEMA}. */
    public static final String SWEEP_SCHEMA_RESOURCE = "/org/cpoadvisor/advisor/report/cpo-sweep-1.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private UncertaintyJson() {
    }

    /** The sensitivity document. */
    public static String sensitivity(Sensitivity s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SENSITIVITY_SCHEMA);
            head(g, s.architecture(), s.file(), s.currency(), s.hasErrors(), s.diagnostics());
            figures(g, s.figures());
            g.writeArrayFieldStart("clusters");
            for (Sensitivity.ClusterSensitivity c : s.clusters()) {
                g.writeStartObject();
                g.writeStringField("cluster", c.cluster());
                g.writeStringField("verdict", c.verdict().word());
                g.writeStringField("option", c.option());
                number(g, "saving", c.saving(), 4);
                g.writeArrayFieldStart("swings");
                for (Sensitivity.Swing w : c.swings()) swing(g, w);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** The sweep document. */
    public static String sweep(SweepSummary s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SWEEP_SCHEMA);
            head(g, s.architecture(), s.file(), s.currency(), s.hasErrors(), s.diagnostics());
            g.writeNumberField("scenarios", s.scenarios());
            g.writeNumberField("seed", s.seed());
            g.writeNumberField("breakEvenShare", s.breakEvenShare());
            figures(g, s.figures());
            g.writeArrayFieldStart("clusters");
            for (SweepSummary.ClusterSweep c : s.clusters()) cluster(g, c, s.scenarios());
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    // ------------------------------------------------------------------ parts

    private static JsonGenerator generator(StringWriter out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setCharacterEscapes(JsonEscapes.INSTANCE);
        g.setPrettyPrinter(JsonRenderer.printer());
        return g;
    }

    private static void head(JsonGenerator g, String architecture, String file, String currency, boolean errors,
                             List<Diagnostic> diagnostics) throws IOException {
        g.writeStringField("architecture", architecture == null || architecture.isEmpty() ? null : architecture);
        g.writeStringField("file", file);
        g.writeStringField("currency", currency);
        g.writeBooleanField("hasErrors", errors);
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : diagnostics.stream().sorted(Diagnostic.ORDER).toList()) JsonRenderer.diagnostic(g, d);
        g.writeEndArray();
    }

    private static void figures(JsonGenerator g, List<UncertainFigure> figures) throws IOException {
        g.writeArrayFieldStart("figures");
        for (UncertainFigure f : figures) {
            g.writeStartObject();
            g.writeStringField("figure", f.figure());
            g.writeStringField("unit", f.unit() == null ? "" : f.unit());
            exact(g, "value", f.value());
            exact(g, "low", f.low());
            exact(g, "high", f.high());
            g.writeStringField("shape", f.shape());
            g.writeStringField("group", f.group());
            g.writeStringField("origin", f.origin());
            g.writeStringField("source", f.source());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void swing(JsonGenerator g, Sensitivity.Swing w) throws IOException {
        g.writeStartObject();
        g.writeStringField("figure", w.figure());
        exact(g, "low", w.low());
        exact(g, "high", w.high());
        number(g, "savingAtLow", w.savingAtLow(), 4);
        number(g, "savingAtHigh", w.savingAtHigh(), 4);
        g.writeStringField("verdictAtLow", w.verdictAtLow().word());
        g.writeStringField("verdictAtHigh", w.verdictAtHigh().word());
        number(g, "effect", w.effect(), 4);
        g.writeArrayFieldStart("flips");
        for (Sensitivity.Flip f : w.flips()) {
            g.writeStartObject();
            significant(g, "at", f.at(), 6);
            g.writeStringField("below", f.below().word());
            g.writeStringField("above", f.above().word());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void cluster(JsonGenerator g, SweepSummary.ClusterSweep c, long scenarios) throws IOException {
        g.writeStartObject();
        g.writeStringField("cluster", c.cluster());
        g.writeStringField("verdict", c.verdict().word());
        g.writeObjectFieldStart("verdicts");
        for (Verdict v : Verdict.values()) {
            g.writeObjectFieldStart(v.word());
            g.writeNumberField("count", c.verdicts().getOrDefault(v, 0L));
            number(g, "probability", c.probability(v, scenarios), 6);
            g.writeEndObject();
        }
        g.writeEndObject();
        spread(g, "saving", c.saving(), 4);
        g.writeNumberField("noOption", c.noOption());
        spread(g, "breakEvenGpus", c.breakEvenGpus(), 1);
        g.writeNumberField("breakEvenSearched", (c.breakEvenGpus() == null ? 0 : c.breakEvenGpus().count()) + c.breakEvenNone());
        g.writeNumberField("breakEvenNone", c.breakEvenNone());
        SweepSummary.Histogram h = c.histogram();
        if (h == null) {
            g.writeNullField("histogram");
        } else {
            g.writeObjectFieldStart("histogram");
            exact(g, "from", h.from());
            exact(g, "width", h.width());
            exact(g, "to", h.from() + h.width() * h.counts().size());
            g.writeArrayFieldStart("counts");
            for (long n : h.counts()) g.writeNumber(n);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void spread(JsonGenerator g, String name, SweepSummary.Spread p, int decimals) throws IOException {
        if (p == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeNumberField("count", p.count());
        number(g, "mean", p.mean(), decimals);
        number(g, "min", p.min(), decimals);
        number(g, "p5", p.p5(), decimals);
        number(g, "p10", p.p10(), decimals);
        number(g, "p25", p.p25(), decimals);
        number(g, "p50", p.p50(), decimals);
        number(g, "p75", p.p75(), decimals);
        number(g, "p90", p.p90(), decimals);
        number(g, "p95", p.p95(), decimals);
        number(g, "max", p.max(), decimals);
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ numbers

    /** A number rounded half up to {@code decimals} decimals, as the other JSON reports write them. */
    private static void number(JsonGenerator g, String name, Double value, int decimals) throws IOException {
        g.writeFieldName(name);
        if (value == null || !Double.isFinite(value)) {
            g.writeNull();
            return;
        }
        plain(g, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A number to {@code digits} significant digits. */
    private static void significant(JsonGenerator g, String name, double value, int digits) throws IOException {
        g.writeFieldName(name);
        if (!Double.isFinite(value)) {
            g.writeNull();
            return;
        }
        plain(g, BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_UP)));
    }

    /** A number as the model holds it: the shortest decimal that reads back as the same double. */
    private static void exact(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        if (!Double.isFinite(value)) {
            g.writeNull();
            return;
        }
        plain(g, BigDecimal.valueOf(value));
    }

    private static void plain(JsonGenerator g, BigDecimal d) throws IOException {
        BigDecimal s = d.stripTrailingZeros();
        if (s.signum() == 0) g.writeNumber(0);
        else if (s.scale() <= 0) g.writeNumber(s.toBigIntegerExact());
        else g.writeNumber(s.toPlainString());
    }
}
