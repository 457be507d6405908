package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.AdviceDiff;
import org.cpoadvisor.advisor.advice.AdviceDiff.BillChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.Change;
import org.cpoadvisor.advisor.advice.AdviceDiff.ClusterChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.ClusterState;
import org.cpoadvisor.advisor.advice.AdviceDiff.Figures;
import org.cpoadvisor.advisor.advice.AdviceDiff.FindingChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.SiteChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.SiteTotals;
import org.cpoadvisor.dsl.diag.Diagnostic;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An {@link AdviceDiff} as JSON for tools ({@code cpo diff --format json}), in the versioned
 * schema {@value #SCHEMA}; its JSON Schema ships in the jar as {@value #SCHEMA_RESOURCE}.
 * As in {@code cpo-advice/2}: camelCase properties that always appear (an absent value is
 * {@code null}), money rounded to cents, power to 0.1 W, savings to 4 decimals, two-space
 * indentation, LF line ends and a final newline; the same diff gives the same bytes.
 * Within {@code cpo-diff/1}, fields are only ever added.
 */
public final class DiffJson {

    /** The schema id written at the top of every document. */
    public static final String SCHEMA = "cpo-diff/1";

    /** The class-path resource holding the JSON Schema of {@link #SCHEMA}. */
    public static final String SCHEMA_RESOURCE = "/org/cpoadvisor/advisor/report/cpo-diff-1.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private DiffJson() {
    }

    /** The document; {@code base} and {@code head} name the two sides (file names, {@code REV:path}). */
    public static String render(AdviceDiff d, String base, String head) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCharacterEscapes(JsonEscapes.INSTANCE);
            g.setPrettyPrinter(JsonRenderer.printer());
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            side(g, "base", base, d.before());
            side(g, "head", head, d.after());
            g.writeStringField("architecture", d.after().architecture() != null ? d.after().architecture() : d.before().architecture());
            g.writeStringField("currency", d.after().currency());
            g.writeBooleanField("comparable", d.comparable());
            g.writeBooleanField("changed", d.changed());
            g.writeArrayFieldStart("clusters");
            for (ClusterChange c : d.clusters()) cluster(g, c);
            g.writeEndArray();
            g.writeArrayFieldStart("sites");
            for (SiteChange s : d.sites()) site(g, s);
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (FindingChange f : d.findings()) finding(g, f);
            g.writeEndArray();
            g.writeArrayFieldStart("bills");
            for (BillChange b : d.bills()) bill(g, b);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void side(JsonGenerator g, String name, String label, Advice a) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("name", label);
        g.writeArrayFieldStart("files");
        for (String f : a.files()) g.writeString(f);
        g.writeEndArray();
        g.writeBooleanField("hasErrors", a.hasErrors());
        g.writeArrayFieldStart("errors");
        for (Diagnostic x : a.diagnostics()) {
            if (!x.isError()) continue;
            g.writeStartObject();
            g.writeStringField("code", x.code().name());
            g.writeStringField("message", x.message());
            g.writeStringField("file", x.location() == null ? null : x.location().file());
            if (x.location() == null) {
                g.writeNullField("line");
            } else {
                g.writeNumberField("line", x.location().line());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void cluster(JsonGenerator g, ClusterChange c) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", c.path());
        g.writeStringField("site", c.site());
        g.writeStringField("change", c.change().word());
        g.writeBooleanField("verdictMoved", c.verdictMoved());
        state(g, "before", c.before());
        state(g, "after", c.after());
        Figures a = c.before() == null ? null : c.before().best();
        Figures b = c.after() == null ? null : c.after().best();
        if (a == null || b == null) {
            g.writeNullField("bestDelta");
        } else {
            g.writeObjectFieldStart("bestDelta");
            number(g, "saving", a.saving() == null || b.saving() == null ? null : b.saving() - a.saving(), 4);
            number(g, "capex", b.capex() - a.capex(), 2);
            number(g, "tco", b.tco() - a.tco(), 2);
            number(g, "powerW", b.powerW() - a.powerW(), 1);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void state(JsonGenerator g, String name, ClusterState s) throws IOException {
        if (s == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("verdict", s.verdict().word());
        g.writeStringField("option", s.option());
        if (s.year() == null) g.writeNullField("year");
        else g.writeNumberField("year", s.year());
        figures(g, "best", s.best());
        figures(g, "advised", s.advised());
        g.writeEndObject();
    }

    private static void figures(JsonGenerator g, String name, Figures f) throws IOException {
        if (f == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("option", f.option());
        number(g, "saving", f.saving(), 4);
        number(g, "capex", f.capex(), 2);
        number(g, "tco", f.tco(), 2);
        number(g, "powerW", f.powerW(), 1);
        g.writeEndObject();
    }

    private static void site(JsonGenerator g, SiteChange s) throws IOException {
        g.writeStartObject();
        g.writeStringField("site", s.site());
        g.writeStringField("change", s.change().word());
        totals(g, "before", s.before());
        totals(g, "after", s.after());
        g.writeEndObject();
    }

    private static void totals(JsonGenerator g, String name, SiteTotals t) throws IOException {
        if (t == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        number(g, "roadmapCapex", t.roadmapCapex(), 2);
        number(g, "capex", t.capex(), 2);
        number(g, "tco", t.tco(), 2);
        number(g, "powerW", t.powerW(), 1);
        g.writeNumberField("clusters", t.clusters());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, FindingChange f) throws IOException {
        g.writeStartObject();
        g.writeStringField("change", f.change() == Change.CHANGED ? "reworded" : f.change().word());
        g.writeStringField("id", f.finding().id());
        g.writeStringField("severity", f.finding().severity().word());
        g.writeStringField("subject", f.finding().subject());
        g.writeStringField("message", f.finding().message());
        g.writeStringField("previousMessage", f.previousMessage());
        g.writeEndObject();
    }

    private static void bill(JsonGenerator g, BillChange b) throws IOException {
        g.writeStartObject();
        g.writeStringField("cluster", b.cluster());
        g.writeStringField("change", b.change().word());
        g.writeStringField("optionBefore", b.optionBefore());
        g.writeStringField("optionAfter", b.optionAfter());
        g.writeStringField("category", b.category());
        g.writeStringField("catalogId", b.catalogId());
        g.writeStringField("partNumber", b.partNumber());
        g.writeStringField("place", b.place());
        g.writeStringField("description", b.description());
        g.writeNumberField("quantityBefore", b.quantityBefore());
        g.writeNumberField("quantityAfter", b.quantityAfter());
        number(g, "extendedPriceBefore", b.extendedPriceBefore(), 2);
        number(g, "extendedPriceAfter", b.extendedPriceAfter(), 2);
        number(g, "powerWBefore", b.powerWBefore(), 1);
        number(g, "powerWAfter", b.powerWAfter(), 1);
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Double value, int decimals) throws IOException {
        g.writeFieldName(name);
        if (value == null || !Double.isFinite(value)) {
            g.writeNull();
            return;
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) g.writeNumber(0);
        else if (d.scale() <= 0) g.writeNumber(d.toBigIntegerExact());
        else g.writeNumber(d.toPlainString());
    }
}
