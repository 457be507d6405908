package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Markdown, JSON and HTML reports of a sensitivity run and of a sweep: the sample's real results
 * (goldens of the Markdown, the JSON valid against its schema) and results made by hand for the exact
 * cases the sample does not have (flips, an end with no CPO option, a cluster no figure moves, a cluster
 * without any CPO option, text that needs escaping, a file with errors).
 */
class UncertaintyReportsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // ------------------------------------------------------------------ Markdown

    @Test
    void theSamplesMarkdownIsTheReviewedOne() throws IOException {
        Golden.assertMatches("sensitivity-ai-factory.md", UncertaintyReports.sensitivity(UncertaintyFixture.sensitivity(), "markdown"));
        Golden.assertMatches("sweep-ai-factory.md", UncertaintyReports.sweep(UncertaintyFixture.sweep(), "markdown"));
    }

    @Test
    void theSensitivityMarkdownShowsFlipsAndEscapesTheFilesText() {
        String md = UncertaintyReports.sensitivity(UncertaintyFixture.handMadeSensitivity(), "markdown");
        assertThat(md).startsWith("# Sensitivity of Hand \\<made>\n\n");
        // a flip, written in the figure's unit; the verdict at an end that differs from the advice's in bold
        assertThat(md).contains("| site dal-1 electricity | 0.030 USD/kWh | 0.200 USD/kWh | 1.0 % | 18.0 % | wait | **pilot** | "
                + "0.112 USD/kWh (wait → pilot) |");
        // a name with a pipe and HTML stays in its cell and renders as written; an end with no CPO option
        assertThat(md).contains("| switch q\\|\\<b>x\\</b> price | 60,000 USD | 110,000 USD | 12.0 % | no option | **pilot** | wait | "
                + "66,000 USD (pilot → wait) |");
        assertThat(md).contains("| vendor \\*list\\* 2026 |");
        assertThat(md).contains("### osl-3.serve: prepare\n\nWith every figure at its value, cpo-all saves 20.0 %.\n\n"
                + "No figure moves its saving or verdict.\n");
        // every table row has as many cells as its header
        for (String line : md.lines().filter(l -> l.startsWith("| figure | low")).toList()) {
            assertThat(cells(line)).isEqualTo(8);
        }
        md.lines().filter(l -> l.startsWith("| site dal-1") || l.startsWith("| switch") || l.startsWith("| discount"))
                .forEach(l -> assertThat(cells(l)).as(l).isIn(7, 8));
    }

    @Test
    void theSweepMarkdownGivesProbabilitiesAndPercentiles() {
        String md = UncertaintyReports.sweep(UncertaintyFixture.handMadeSweep(), "markdown");
        assertThat(md).contains("1,000 scenarios drawn from seed 42 over 3 uncertain figures at once; the break-even GPU count "
                + "searched in the first 200.");
        assertThat(md).contains("| dal-1.train | **wait** | 10.0 % | 25.0 % | - | 65.0 % |");
        assertThat(md).contains("| osl-3.serve | **wait** | - | - | - | 100.0 % |");
        assertThat(md).contains("| dal-1.train | -8.0 % | 3.0 % | 12.0 % | 3.1 % | 10 |");
        assertThat(md).contains("| osl-3.serve | - | - | - | - | 1,000 |");
        assertThat(md).contains("| dal-1.train | 600 | 1,024 | 8,192 | 200 | 50 |");
        assertThat(md).contains("| osl-3.serve | - | - | - | 200 | 200 |");
    }

    private static int cells(String row) {
        return row.replace("\\|", "").split("\\|", -1).length - 2;
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void theSamplesJsonIsValidAgainstItsSchemas() throws IOException {
        JsonNode sens = MAPPER.readTree(UncertaintyReports.sensitivity(UncertaintyFixture.sensitivity(), "json"));
        assertThat(violations(UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, sens)).isEmpty();
        assertThat(sens.get("schema").asText()).isEqualTo("cpo-sensitivity/1");
        assertThat(sens.get("clusters")).hasSize(4);
        JsonNode b300 = sens.get("clusters").get(1);
        assertThat(b300.get("cluster").asText()).isEqualTo("phx-2.b300-train");
        assertThat(b300.get("swings").get(0).get("figure").asText()).isEqualTo("switch spectrum-x-photonics-409t price");
        assertThat(b300.get("swings").get(0).get("low").asDouble()).isEqualTo(100000);
        assertThat(b300.get("swings").get(0).get("savingAtLow").asDouble()).isEqualTo(0.7179);

        JsonNode sweep = MAPPER.readTree(UncertaintyReports.sweep(UncertaintyFixture.sweep(), "json"));
        assertThat(violations(UncertaintyJson.SWEEP_SCHEMA_RESOURCE, sweep)).isEmpty();
        assertThat(sweep.get("schema").asText()).isEqualTo("cpo-sweep/1");
        assertThat(sweep.get("scenarios").asLong()).isEqualTo(300);
        for (JsonNode c : sweep.get("clusters")) {
            long sum = 0;
            for (String v : List.of("adopt", "pilot", "prepare", "wait")) sum += c.at("/verdicts/" + v + "/count").asLong();
            assertThat(sum).isEqualTo(300);
            long binned = 0;
            for (JsonNode n : c.at("/histogram/counts")) binned += n.asLong();
            assertThat(binned).isEqualTo(c.at("/saving/count").asLong());
            assertThat(c.at("/histogram/counts")).hasSize(SweepSummary.BINS);
        }
    }

    @Test
    void theJsonHoldsNumbersAsNumbersAndEveryCase() throws IOException {
        String text = UncertaintyReports.sensitivity(UncertaintyFixture.handMadeSensitivity(), "json");
        JsonNode sens = MAPPER.readTree(text);
        assertThat(violations(UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, sens)).isEmpty();
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("E-").doesNotContain("E+");
        JsonNode f = sens.get("figures").get(0);
        assertThat(f.get("unit").asText()).isEqualTo("share");
        assertThat(f.get("value").isNumber()).isTrue();
        assertThat(f.get("value").asDouble()).isEqualTo(0.08);
        assertThat(f.get("group").isNull()).isTrue();
        assertThat(sens.get("figures").get(2).get("figure").asText()).isEqualTo("switch q|<b>x</b> price");
        JsonNode flip = sens.at("/clusters/0/swings/0/flips/0");
        assertThat(flip.get("at").decimalValue()).isEqualByComparingTo("0.112346");
        assertThat(flip.get("below").asText()).isEqualTo("wait");
        assertThat(flip.get("above").asText()).isEqualTo("pilot");
        assertThat(sens.at("/clusters/0/swings/1/savingAtHigh").isNull()).isTrue();
        assertThat(sens.at("/clusters/0/swings/1/flips/0/at").asLong()).isEqualTo(66000);
        assertThat(sens.at("/clusters/1/swings")).isEmpty();

        JsonNode sweep = MAPPER.readTree(UncertaintyReports.sweep(UncertaintyFixture.handMadeSweep(), "json"));
        assertThat(violations(UncertaintyJson.SWEEP_SCHEMA_RESOURCE, sweep)).isEmpty();
        assertThat(sweep.at("/clusters/0/verdicts/pilot/probability").asDouble()).isEqualTo(0.25);
        assertThat(sweep.at("/clusters/0/saving/mean").asDouble()).isEqualTo(0.0312);
        assertThat(sweep.at("/clusters/0/breakEvenGpus/mean").asDouble()).isEqualTo(1234.6);
        assertThat(sweep.at("/clusters/0/breakEvenSearched").asLong()).isEqualTo(200);
        assertThat(sweep.at("/clusters/0/histogram/to").asDouble()).isEqualTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(sweep.at("/clusters/1/saving").isNull()).isTrue();
        assertThat(sweep.at("/clusters/1/histogram").isNull()).isTrue();
        assertThat(sweep.at("/clusters/1/noOption").asLong()).isEqualTo(1000);
    }

    @Test
    void theSchemasAreValidDraft202012SchemasOfTheirVersion() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String[] r : new String[][]{{UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, UncertaintyJson.SENSITIVITY_SCHEMA},
                {UncertaintyJson.SWEEP_SCHEMA_RESOURCE, UncertaintyJson.SWEEP_SCHEMA}}) {
            try (InputStream in = UncertaintyJson.class.getResourceAsStream(r[0])) {
                assertThat(in).as("the schema ships in the jar at " + r[0]).isNotNull();
                JsonNode schema = MAPPER.readTree(in);
                assertThat(meta.validate(schema)).isEmpty();
                assertThat(schema.at("/properties/schema/const").asText()).isEqualTo(r[1]);
            }
        }
    }

    @Test
    void theSchemasRejectWrongDocuments() throws IOException {
        ObjectNode sens = (ObjectNode) MAPPER.readTree(UncertaintyReports.sensitivity(UncertaintyFixture.handMadeSensitivity(), "json"));
        assertThat(violations(UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, sens)).isEmpty();

        ObjectNode maybe = sens.deepCopy();
        ((ObjectNode) maybe.at("/clusters/0/swings/0")).put("verdictAtHigh", "maybe");
        assertThat(violations(UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, maybe)).anyMatch(m -> m.contains("verdictAtHigh"));

        ObjectNode percent = sens.deepCopy();
        ((ObjectNode) percent.at("/clusters/0")).put("saving", "5.0 %");
        assertThat(violations(UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, percent)).anyMatch(m -> m.contains("saving"));

        ObjectNode noUnit = sens.deepCopy();
        ((ObjectNode) noUnit.at("/figures/0")).remove("unit");
        assertThat(violations(UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, noUnit)).anyMatch(m -> m.contains("unit"));

        ObjectNode version = sens.deepCopy();
        version.put("schema", "cpo-sensitivity/2");
        assertThat(violations(UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, version)).isNotEmpty();

        ObjectNode sweep = (ObjectNode) MAPPER.readTree(UncertaintyReports.sweep(UncertaintyFixture.handMadeSweep(), "json"));
        assertThat(violations(UncertaintyJson.SWEEP_SCHEMA_RESOURCE, sweep)).isEmpty();

        ObjectNode extra = sweep.deepCopy();
        ((ObjectNode) extra.at("/clusters/0/saving")).put("p99", 0.3);
        assertThat(violations(UncertaintyJson.SWEEP_SCHEMA_RESOURCE, extra)).anyMatch(m -> m.contains("p99"));

        ObjectNode noVerdict = sweep.deepCopy();
        ((ObjectNode) noVerdict.at("/clusters/0/verdicts")).remove("prepare");
        assertThat(violations(UncertaintyJson.SWEEP_SCHEMA_RESOURCE, noVerdict)).anyMatch(m -> m.contains("prepare"));

        ObjectNode fractional = sweep.deepCopy();
        ((ObjectNode) fractional.at("/clusters/0")).put("noOption", 2.5);
        assertThat(violations(UncertaintyJson.SWEEP_SCHEMA_RESOURCE, fractional)).anyMatch(m -> m.contains("noOption"));

        ObjectNode shape = sweep.deepCopy();
        ((ObjectNode) shape.at("/figures/0")).put("shape", "normal");
        assertThat(violations(UncertaintyJson.SWEEP_SCHEMA_RESOURCE, shape)).anyMatch(m -> m.contains("shape"));
    }

    private static List<String> violations(String resource, JsonNode doc) throws IOException {
        try (InputStream in = UncertaintyJson.class.getResourceAsStream(resource)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(doc).stream().map(ValidationMessage::getMessage).toList();
        }
    }

    // ------------------------------------------------------------------ HTML

    @Test
    void theSensitivityPageHasATornadoPerClusterThatAFigureMoves() {
        Sensitivity s = UncertaintyFixture.handMadeSensitivity();
        String html = UncertaintyReports.sensitivity(s, "html");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("<script").doesNotContain("http://www.w3.org/1999");
        assertThat(count(html, "<svg class=\"tornado\"")).isEqualTo(1);
        assertThat(count(html, "<g class=\"swing\"")).isEqualTo(3);
        assertThat(count(html, "<table class=\"data tornado-table\"")).isEqualTo(1);
        // the two ends whose verdict differs are marked, and the legend's diamond
        assertThat(count(html, "<path class=\"flip-mark\"")).isEqualTo(3);
        assertThat(html).contains("flips at 0.112\u00a0USD/kWh (wait\u2192pilot)");
        assertThat(html).contains("high end: no CPO option (wait)");
        // the file's text is escaped wherever it goes, the chart's labels included
        assertThat(html).contains("switch q|&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
        assertThat(html).contains("<title>Sensitivity: Hand &lt;made&gt;</title>");
        assertThat(html).contains("No uncertain figure moves this cluster\u2019s saving or verdict.");
        // the bars start at the saving at the values: the low end of electricity (1 %) lies left of it, the high end right
        Matcher base = Pattern.compile("<g class=\"base-saving\"><line x1=\"([0-9.]+)\"").matcher(html);
        assertThat(base.find()).isTrue();
        Matcher low = Pattern.compile("<rect class=\"bar-low\" x=\"([0-9.]+)\" y=\"[0-9]+\" width=\"([0-9.]+)\"").matcher(html);
        Matcher high = Pattern.compile("<rect class=\"bar-high\" x=\"([0-9.]+)\"").matcher(html);
        assertThat(low.find()).isTrue();
        assertThat(high.find()).isTrue();
        double b = Double.parseDouble(base.group(1));
        assertThat(Double.parseDouble(low.group(1)) + Double.parseDouble(low.group(2))).isCloseTo(b, org.assertj.core.api.Assertions.within(0.02));
        assertThat(Double.parseDouble(high.group(1))).isCloseTo(b, org.assertj.core.api.Assertions.within(0.02));
        assertThat(UncertaintyReports.sensitivity(s, "html")).as("the same result, the same bytes").isEqualTo(html);
    }

    @Test
    void theSweepPageHasAVerdictChartAndAHistogramPerCluster() {
        String html = UncertaintyReports.sweep(UncertaintyFixture.handMadeSweep(), "html");
        assertThat(html).doesNotContain("<script");
        assertThat(count(html, "<svg class=\"verdict-chart\"")).isEqualTo(2);
        // the cluster without a CPO option has no histogram, and says why
        assertThat(count(html, "<svg class=\"histogram\"")).isEqualTo(1);
        assertThat(count(html, "<rect class=\"bin\"")).isEqualTo(SweepSummary.BINS);
        assertThat(count(html, "<g class=\"percentile\"")).isEqualTo(3);
        assertThat(html).contains("No scenario had a CPO option");
        assertThat(html).contains("data-percentile=\"p50\"").contains("p50 3.0\u00a0%");
        assertThat(html).contains("<td class=\"num\">25.0\u00a0%</td>");
        // bins below 0 grey, above teal
        assertThat(html).contains("fill=\"" + SweepCharts.COSTS + "\"").contains("fill=\"" + SweepCharts.SAVES + "\"");
    }

    // ------------------------------------------------------------------ errors and formats

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "json", "html"})
    void aFileWithErrorsGivesItsDiagnosticsAndNoResults(String format) throws IOException {
        String sens = UncertaintyReports.sensitivity(UncertaintyFixture.brokenSensitivity(), format);
        String sweep = UncertaintyReports.sweep(UncertaintyFixture.brokenSweep(), format);
        for (String out : List.of(sens, sweep)) {
            assertThat(out).contains("CPO208").contains("liqud");
        }
        if (format.equals("json")) {
            JsonNode s = MAPPER.readTree(sens);
            assertThat(violations(UncertaintyJson.SENSITIVITY_SCHEMA_RESOURCE, s)).isEmpty();
            assertThat(s.get("hasErrors").asBoolean()).isTrue();
            assertThat(s.get("architecture").isNull()).isTrue();
            assertThat(violations(UncertaintyJson.SWEEP_SCHEMA_RESOURCE, MAPPER.readTree(sweep))).isEmpty();
        }
        if (format.equals("markdown")) assertThat(sens).contains("**No results: `broken.cpo` has errors.**");
        if (format.equals("html")) assertThat(sens).contains("No results: the file has errors").doesNotContain("<svg");
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> UncertaintyReports.sensitivity(UncertaintyFixture.handMadeSensitivity(), "sarif"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text, markdown, json, html");
        assertThatThrownBy(() -> UncertaintyReports.sweep(UncertaintyFixture.handMadeSweep(), "csv"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
