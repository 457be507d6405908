package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.Architectures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JsonRendererTest {

    private static final Advisor ADVISOR = new Advisor();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonRenderer JSON = new JsonRenderer();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = JsonRenderer.class.getResourceAsStream(JsonRenderer.SCHEMA_RESOURCE)) {
            assertThat(in).as("the schema ships in the jar at " + JsonRenderer.SCHEMA_RESOURCE).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every root sample: the .cpo files that no other sample imports. */
    static Stream<Path> samples() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(Path.of("../samples"))) {
            all = s.filter(p -> p.toString().endsWith(".cpo")).sorted().toList();
        }
        return Architectures.readAll(all).stream().map(Architectures.Checked::file);
    }

    private static Set<String> violations(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void theJsonOfTheAiFactorySampleIsTheReviewedOne() throws IOException {
        Golden.assertMatches("ai-factory.json", JSON.render(ADVISOR.advise(Path.of("../samples/ai-factory.cpo"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theJsonOfEverySampleIsValidAgainstTheSchema(Path sample) throws IOException {
        Advice advice = ADVISOR.advise(sample);
        JsonNode doc = MAPPER.readTree(JSON.render(advice));
        assertThat(violations(doc)).isEmpty();
        assertThat(doc.get("schema").asText()).isEqualTo("cpo-advice/2");
        JsonNode report = doc.get("reports").get(0);
        assertThat(report.get("clusters")).hasSize(advice.clusters().size());
        assertThat(report.get("hasErrors").asBoolean()).isFalse();
        // the numbers are JSON numbers, rounded as documented
        for (int i = 0; i < advice.clusters().size(); i++) {
            Advice.OptionFigures o = advice.clusters().get(i).options().get(0);
            JsonNode n = report.get("clusters").get(i).get("options").get(0);
            assertThat(n.get("tco").isNumber()).isTrue();
            assertThat(n.get("tco").asDouble()).isCloseTo(o.tco(), within(0.005));
            assertThat(n.get("powerW").asDouble()).isCloseTo(o.powerW(), within(0.05));
            assertThat(n.get("saving").isNull()).as("baseline has no saving").isTrue();
        }
    }

    @Test
    void aFileWithErrorsGivesItsDiagnosticsInValidJson() throws IOException {
        Advice a = ADVISOR.advise("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H10 } }\n", "bad.cpo");
        JsonNode doc = MAPPER.readTree(JSON.render(a));
        assertThat(violations(doc)).isEmpty();
        JsonNode report = doc.get("reports").get(0);
        assertThat(report.get("hasErrors").asBoolean()).isTrue();
        assertThat(report.get("clusters")).isEmpty();
        JsonNode d = report.get("diagnostics").get(0);
        assertThat(d.get("file").asText()).isEqualTo("bad.cpo");
        assertThat(d.get("line").asInt()).isEqualTo(2);
        assertThat(d.get("column").asInt()).isEqualTo(35);
        assertThat(d.get("code").asText()).isEqualTo("CPO203");
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("message").asText()).contains("H10");
        assertThat(d.has("hint")).isTrue();
        assertThat(d.get("path").isNull()).isTrue();
    }

    @Test
    void aDiagnosticOfJsonInputCarriesItsJsonPath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"architecture\": \"j\", \"sites\": [{\"name\": \"s\", \"pue\": 9,"
                + " \"clusters\": [{\"name\": \"c\", \"gpus\": 8, \"accelerator\": \"H100\"}]}]}");
        Advice a = ADVISOR.advise(file);
        JsonNode doc = MAPPER.readTree(JSON.render(a));
        assertThat(violations(doc)).isEmpty();
        assertThat(doc.at("/reports/0/diagnostics").findValuesAsText("path")).contains("$.sites[0].pue");
    }

    @Test
    void aFileThatCannotBeReadIsValidJsonWithoutArchitecture() throws IOException {
        Advice a = ADVISOR.advise(Path.of("../samples/no-such-file.cpo"));
        JsonNode doc = MAPPER.readTree(JSON.render(a));
        assertThat(violations(doc)).isEmpty();
        assertThat(doc.at("/reports/0/architecture").isNull()).isTrue();
        assertThat(doc.at("/reports/0/hasErrors").asBoolean()).isTrue();
    }

    @Test
    void oneDocumentHoldsTheReportsOfEveryFileInOrder() throws IOException {
        Advice first = ADVISOR.advise(Path.of("../samples/inference-edge.cpo"));
        Advice second = ADVISOR.advise(Path.of("../samples/ai-factory.cpo"));
        JsonNode doc = MAPPER.readTree(JSON.render(List.of(first, second)));
        assertThat(violations(doc)).isEmpty();
        assertThat(doc.get("reports")).extracting(r -> r.get("architecture").asText())
                .containsExactly(first.architecture(), second.architecture());
        assertThat(MAPPER.readTree(JSON.render(List.of())).get("reports")).isEmpty();
    }

    @Test
    void theSameAdviceGivesTheSameBytes() {
        Path p = Path.of("../samples/hyperscale-cn/hyperscale-cn.cpo");
        String once = JSON.render(ADVISOR.advise(p));
        assertThat(new JsonRenderer().render(new Advisor().advise(p))).isEqualTo(once);
        assertThat(once).endsWith("}\n").doesNotContain("\r").doesNotContain("E+").doesNotContain("E-");
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        try (InputStream in = JsonRenderer.class.getResourceAsStream(JsonRenderer.SCHEMA_RESOURCE)) {
            JsonNode schema = MAPPER.readTree(in);
            assertThat(meta.validate(schema)).isEmpty();
            assertThat(schema.at("/properties/schema/const").asText()).isEqualTo(JsonRenderer.SCHEMA);
        }
    }

    @Test
    void theSchemaRejectsWrongDocuments() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.render(ADVISOR.advise(Path.of("../samples/ai-factory.cpo"))));
        assertThat(violations(doc)).isEmpty();

        ObjectNode maybe = doc.deepCopy();
        ((ObjectNode) maybe.at("/reports/0/clusters/0")).put("verdict", "maybe");
        assertThat(violations(maybe)).anyMatch(m -> m.contains("verdict"));

        ObjectNode version = doc.deepCopy();
        version.put("schema", "cpo-advice/1");
        assertThat(violations(version)).isNotEmpty();

        ObjectNode noPart = doc.deepCopy();
        ((ObjectNode) noPart.at("/reports/0/clusters/0/options/0/bill/0")).remove("partNumber");
        assertThat(violations(noPart)).anyMatch(m -> m.contains("partNumber"));

        ObjectNode tier = doc.deepCopy();
        ((ObjectNode) tier.at("/reports/0/clusters/0/options/0/tierCounts/0")).put("tier", "top-of-rack");
        assertThat(violations(tier)).anyMatch(m -> m.contains("tier"));

        ObjectNode missing = doc.deepCopy();
        ((ObjectNode) missing.at("/reports/0/roadmap/0/stages/0")).remove("capex");
        assertThat(violations(missing)).anyMatch(m -> m.contains("capex"));

        ObjectNode extra = doc.deepCopy();
        ((ObjectNode) extra.at("/reports/0/findings/0")).put("colour", "red");
        assertThat(violations(extra)).anyMatch(m -> m.contains("colour"));

        ObjectNode text = doc.deepCopy();
        ((ObjectNode) text.at("/reports/0/clusters/0/options/0")).put("capex", "967040");
        assertThat(violations(text)).anyMatch(m -> m.contains("capex"));

        ObjectNode subCent = doc.deepCopy();
        ((ObjectNode) subCent.at("/reports/0/clusters/0/options/0")).put("tco", 1.001);
        assertThat(violations(subCent)).anyMatch(m -> m.contains("tco"));
    }
}
