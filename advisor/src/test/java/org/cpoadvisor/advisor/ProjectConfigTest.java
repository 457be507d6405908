package org.cpoadvisor.advisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.FailOn;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.json.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code .cpo.yaml} through the API: discovery, reading, its diagnostics, the shipped schema, and severities in a check. */
class ProjectConfigTest {

    static final String SCHEMA_RESOURCE = "/org/cpoadvisor/advisor/cpo-config.schema.json";
    static final Path AIR = Path.of("../samples/air-cooled-cpo-plan.cpo");

    @Test
    void aConfigurationTwoFoldersUpIsFound(@TempDir Path dir) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectory(repo.resolve(".git"));
        Path deep = Files.createDirectories(repo.resolve("arch/site-a"));
        Path file = Files.writeString(deep.resolve("estate.cpo"), "architecture \"x\"\n");
        Files.writeString(repo.resolve(".cpo.yaml"), "fail-on: warning\n");

        assertThat(ProjectConfig.discover(file).map(p -> p.toAbsolutePath().normalize())).contains(repo.resolve(".cpo.yaml"));
        assertThat(ProjectConfig.discover(deep).map(p -> p.toAbsolutePath().normalize())).contains(repo.resolve(".cpo.yaml"));
        assertThat(ProjectConfig.find(file).failOn()).isEqualTo(FailOn.WARNING);
    }

    @Test
    void aConfigurationAboveTheRepositoryRootIsNotFound(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".cpo.yaml"), "fail-on: warning\n");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve(".git"), "gitdir: /elsewhere\n"); // a worktree's .git is a file
        Path file = Files.writeString(Files.createDirectories(repo.resolve("arch")).resolve("estate.cpo"), "architecture \"x\"\n");

        assertThat(ProjectConfig.discover(file)).isEmpty();
        assertThat(ProjectConfig.find(file)).isSameAs(ProjectConfig.NONE);
        // outside a repository the search goes on up: the same file is found
        Path loose = Files.writeString(Files.createDirectories(dir.resolve("loose/arch")).resolve("estate.cpo"), "x");
        assertThat(ProjectConfig.discover(loose).map(p -> p.toAbsolutePath().normalize())).contains(dir.resolve(".cpo.yaml"));
    }

    @Test
    void dotCpoYamlWinsOverDotCpoYmlInOneFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".cpo.yml"), "fail-on: note\n");
        assertThat(ProjectConfig.find(dir).failOn()).isEqualTo(FailOn.NOTE);
        Files.writeString(dir.resolve(".cpo.yaml"), "fail-on: never\n");
        assertThat(ProjectConfig.find(dir).failOn()).isEqualTo(FailOn.NEVER);
    }

    @Test
    void everySettingIsReadAndPathsAreRelativeToTheFilesFolder(@TempDir Path dir) throws IOException {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(conf.resolve("rules"));
        Files.createDirectories(conf.resolve("catalog"));
        Files.writeString(conf.resolve("rules/acme.drl"), "package acme;\n");
        Files.writeString(conf.resolve("catalog/acme.cpo"), "catalog { }\n");
        Path file = conf.resolve(".cpo.yaml");
        Files.copy(Path.of("src/test/resources/config/full.cpo.yaml"), file);

        ProjectConfig c = ProjectConfig.read(file);
        assertThat(c.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(c.outputs()).extracting(ProjectConfig.Output::format).containsExactly("sarif", "junit", "text");
        assertThat(c.outputs().get(0).file().toAbsolutePath()).isEqualTo(conf.resolve("cpo.sarif"));
        assertThat(c.outputs().get(2).file()).isNull();
        assertThat(c.rules()).hasSize(1);
        assertThat(c.rules().get(0).toAbsolutePath()).isEqualTo(conf.resolve("rules/acme.drl"));
        assertThat(c.catalog().toAbsolutePath()).isEqualTo(conf.resolve("catalog/acme.cpo"));
        assertThat(c.baseline().toAbsolutePath()).isEqualTo(conf.resolve("cpo-baseline.json"));
        assertThat(c.policy()).containsExactly(Map.entry("min-gpus", "2048"), Map.entry("min-saving", "5 %"),
                Map.entry("require-liquid-cooling", "false"));
        assertThat(c.findings()).containsOnly(Map.entry("maintenance-risk", FindingSeverity.NOTE),
                Map.entry("assumed-figures", FindingSeverity.OFF));
        assertThat(c.checkOptions().failOn()).isEqualTo(FailOn.WARNING);
        assertThat(c.checkOptions().severities()).isEqualTo(c.findings());
    }

    @Test
    void anEmptyFileSetsNothing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(".cpo.yaml"), "# nothing yet\n");
        ProjectConfig c = ProjectConfig.read(file);
        assertThat(c.failOn()).isNull();
        assertThat(c.outputs()).isEmpty();
        assertThat(c.checkOptions()).isEqualTo(CheckOptions.DEFAULT);
    }

    @Test
    void aBadConfigurationHasEveryProblemWithLineColumnCodeAndHint() {
        Path file = Path.of("src/test/resources/config/bad.cpo.yaml");
        assertThatThrownBy(() -> ProjectConfig.read(file)).isInstanceOfSatisfying(ProjectConfigException.class, e -> {
            List<String> lines = e.diagnostics().stream().map(d -> d.summary() + " | " + d.hint()).toList();
            assertThat(lines).containsExactly(
                    file + ":1:1: $.fail_on: error CPO320: unknown key `fail_on` | did you mean `fail-on`?",
                    file + ":2:20: $.outputs[0].format: error CPO321: a format is text, markdown, json, sarif, github, junit, csv"
                            + " or html, not `sariff` | did you mean `sarif`?",
                    file + ":3:12: $.findings.maintenance-risc: error CPO321: unknown finding id `maintenance-risc`"
                            + " | did you mean `maintenance-risk`?",
                    file + ":3:53: $.findings.assumed-figures: error CPO321: a finding's severity is error, warning, note or off,"
                            + " not `info` | one of error, warning, note, off");
            assertThat(e.diagnostics()).allMatch(d -> d.sourceLine() != null);
        });
    }

    @Test
    void yamlSyntaxAndWrongKindsAreDiagnosticsToo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(".cpo.yaml"), "fail-on: [warning\n");
        assertThatThrownBy(() -> ProjectConfig.read(file)).isInstanceOfSatisfying(ProjectConfigException.class,
                e -> assertThat(e.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO101"));
        Files.writeString(file, "outputs: sarif\nrules: [missing.drl]\npolicy: {min-gpuz: 2048}\n");
        assertThatThrownBy(() -> ProjectConfig.read(file)).isInstanceOfSatisfying(ProjectConfigException.class, e ->
                assertThat(e.diagnostics()).extracting(d -> d.code().name() + "@" + d.location().line() + ":" + d.location().column())
                        .containsExactly("CPO321@1:10", "CPO301@2:9", "CPO201@3:10"));
        assertThatThrownBy(() -> ProjectConfig.read(dir.resolve("none.yaml"))).isInstanceOfSatisfying(ProjectConfigException.class,
                e -> assertThat(e.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO301"));
    }

    @Test
    void aRulePacksOwnFindingIdIsTakenOnlyWhenTheFileNamesAPack(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("acme.drl"), "package acme;\n");
        Path file = Files.writeString(dir.resolve(".cpo.yaml"), "rules: acme.drl\nfindings: {acme-power-headroom: warning}\n");
        assertThat(ProjectConfig.read(file).findings()).containsEntry("acme-power-headroom", FindingSeverity.WARNING);
        Files.writeString(file, "findings: {acme-power-headroom: warning}\n");
        assertThatThrownBy(() -> ProjectConfig.read(file)).isInstanceOf(ProjectConfigException.class)
                .hasMessageContaining("unknown finding id `acme-power-headroom`");
    }

    // ------------------------------------------------------------------ severities in the check

    @Test
    void aSeverityOverrideChangesWhatTheCheckCountsAndFails() {
        Advisor advisor = new Advisor();
        CheckResult plain = advisor.check(List.of(AIR), CheckOptions.DEFAULT);
        assertThat(plain.errors()).isEqualTo(1);
        assertThat(plain.fails()).isTrue();

        CheckResult relaxed = advisor.check(List.of(AIR), CheckOptions.DEFAULT
                .withSeverities(Map.of("cooling-prerequisite", FindingSeverity.WARNING)));
        assertThat(relaxed.errors()).isZero();
        assertThat(relaxed.warnings()).isEqualTo(plain.warnings() + 1);
        assertThat(relaxed.fails()).isFalse();
        Advice.FindingAdvice f = relaxed.advices().get(0).findings().stream()
                .filter(x -> x.id().equals("cooling-prerequisite")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        // the fail-on level weighs the new severity; the options keep it when changed
        assertThat(advisor.check(List.of(AIR), relaxed.options().withFailOn(FailOn.WARNING)).fails()).isTrue();
    }

    @Test
    void anOffFindingIsNotReportedAtAll() {
        CheckResult r = new Advisor().check(List.of(AIR), CheckOptions.DEFAULT
                .withSeverities(Map.of("vendor-change", FindingSeverity.OFF)));
        CheckResult plain = new Advisor().check(List.of(AIR), CheckOptions.DEFAULT);
        assertThat(plain.advices().get(0).findings()).anyMatch(f -> f.id().equals("vendor-change"));
        assertThat(r.advices().get(0).findings()).noneMatch(f -> f.id().equals("vendor-change"));
        assertThat(r.items()).noneMatch(i -> i.finding() != null && i.finding().id().equals("vendor-change"));
        assertThat(r.notes()).isEqualTo(plain.notes() - 1);
        assertThat(Advisor.render(r.advices().get(0), "sarif")).doesNotContain("\"ruleId\": \"vendor-change\"")
                .contains("\"ruleId\": \"pluggable-refresh\"");
    }

    // ------------------------------------------------------------------ the schema

    @Test
    void theSchemaIsAValidDraft202012SchemaAndItsFormatsAreTheTools() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = schemaNode();
        assertThat(meta.validate(schema)).isEmpty();
        List<String> formats = new ArrayList<>();
        schema.at("/properties/outputs/items/properties/format/enum").forEach(n -> formats.add(n.asText()));
        assertThat(formats).as("the schema's formats are Advisor.formats()").containsExactlyElementsOf(Advisor.formats());
        List<String> keys = new ArrayList<>();
        schema.at("/properties").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(ProjectConfigReader.KEYS);
    }

    @Test
    void theSampleConfigurationsMeetTheSchemaAndTheBadOneDoesNot() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
        for (String name : List.of("full", "minimal", "rules-as-text")) {
            assertThat(schema.validate(asJson(Path.of("src/test/resources/config/" + name + ".cpo.yaml")))).as(name).isEmpty();
        }
        // every example of docs/config.md
        String docs = Files.readString(Path.of("../docs/config.md"));
        int examples = 0;
        for (int at = docs.indexOf("```yaml\n"); at >= 0; at = docs.indexOf("```yaml\n", at + 1)) {
            String yaml = docs.substring(at + 8, docs.indexOf("```", at + 8));
            assertThat(schema.validate(asJson(yaml, "docs/config.md"))).as(yaml).isEmpty();
            examples++;
        }
        assertThat(examples).isPositive();
        assertThat(schema.validate(asJson(Path.of("src/test/resources/config/bad.cpo.yaml"))))
                .extracting(m -> m.getInstanceLocation().toString())
                .contains("$", "$.outputs[0].format", "$.findings.assumed-figures");
    }

    private static JsonNode schemaNode() throws IOException {
        try (InputStream in = ProjectConfig.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("the schema ships in the jar at " + SCHEMA_RESOURCE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    /** A YAML file as JSON, read as the tool reads it (YAML 1.2: `off` is text, not false). */
    private static JsonNode asJson(Path file) throws IOException {
        return asJson(Files.readString(file), file.toString());
    }

    private static JsonNode asJson(String yaml, String name) {
        List<Diagnostic> problems = new ArrayList<>();
        Tree.Read read = Tree.yaml(yaml, name, 1 << 20, problems);
        assertThat(problems).isEmpty();
        return json(read.root());
    }

    private static JsonNode json(Tree.Node n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Tree.Obj o) {
            ObjectNode out = f.objectNode();
            o.fields().forEach((k, v) -> out.set(k, json(v)));
            return out;
        }
        if (n instanceof Tree.Arr a) {
            ArrayNode out = f.arrayNode();
            a.items().forEach(v -> out.add(json(v)));
            return out;
        }
        Object v = ((Tree.Scalar) n).value();
        if (v instanceof BigDecimal d) return f.numberNode(d);
        if (v instanceof Boolean b) return f.booleanNode(b);
        return v == null ? f.nullNode() : f.textNode((String) v);
    }
}
