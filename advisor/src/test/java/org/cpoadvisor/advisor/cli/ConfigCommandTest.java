package org.cpoadvisor.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code .cpo.yaml} through the real command line: found from the checked file, flags over
 * {@code CPO_*} variables over the file, per-finding severities, bad files, several reports in one run.
 */
class ConfigCommandTest {

    @TempDir
    Path repo;

    /** Air-cooled site with a CPO plan: one error finding (cooling-prerequisite), four notes. */
    Path air;
    /** No errors: a warning (power-cap) and notes. */
    Path edge;

    @BeforeEach
    void aRepository() throws IOException {
        Files.createDirectory(repo.resolve(".git"));
        Path arch = Files.createDirectories(repo.resolve("arch/site"));
        air = Files.copy(Path.of(CheckCommandTest.AIR), arch.resolve("air.cpo"));
        edge = Files.copy(Path.of(CheckCommandTest.EDGE), arch.resolve("edge.cpo"));
    }

    /** The command line with an empty environment: the settings come from the test's files and flags only. */
    static CliTest.Run cpo(String... args) {
        return CliTest.cpo(Map.of(), args);
    }

    static CliTest.Run cpo(Map<String, String> env, String... args) {
        return CliTest.cpo(env, args);
    }

    private void config(String yaml) throws IOException {
        Files.writeString(repo.resolve(".cpo.yaml"), yaml);
    }

    @Test
    void aFindingsSeverityChangesTheExitCodeOfCheck() throws IOException {
        assertThat(cpo("check", air.toString()).exit()).as("cooling-prerequisite is an error").isEqualTo(1);

        config("findings:\n  cooling-prerequisite: warning\n");
        CliTest.Run relaxed = cpo("check", air.toString());
        assertThat(relaxed.exit()).as(relaxed.out() + relaxed.err()).isZero();
        assertThat(relaxed.out()).contains("warning cooling-prerequisite:").endsWith("1 file, 0 errors, 1 warning, 4 notes\n");
        assertThat(cpo("check", air.toString(), "--fail-on", "warning").exit()).isEqualTo(1);

        config("findings:\n  pluggable-refresh: error\n  cooling-prerequisite: note\n");
        CliTest.Run raised = cpo("check", air.toString());
        assertThat(raised.exit()).isEqualTo(1);
        assertThat(raised.out()).contains("error pluggable-refresh:").endsWith("1 file, 1 error, 0 warnings, 4 notes\n");
    }

    @Test
    void offHidesAFindingAndReportsShowTheNewSeverity() throws IOException {
        config("findings: {vendor-change: off, cooling-prerequisite: note}\n");
        Path sarif = repo.resolve("cpo.sarif");
        CliTest.Run r = cpo("check", air.toString(), "-f", "sarif", "-o", sarif.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("1 file, 0 errors, 0 warnings, 4 notes\n");
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results");
        assertThat(results.findValuesAsText("ruleId")).contains("cooling-prerequisite").doesNotContain("vendor-change");
        for (JsonNode result : results) {
            if (result.path("ruleId").asText().equals("cooling-prerequisite")) assertThat(result.path("level").asText()).isEqualTo("note");
        }
        assertThat(cpo("check", air.toString()).out()).doesNotContain("vendor-change");
        assertThat(cpo("check", air.toString(), "--no-config").out()).contains("vendor-change");
    }

    @Test
    void failOnComesFromTheFlagThenTheEnvironmentThenTheConfiguration() throws IOException {
        String file = edge.toString();
        assertThat(cpo("check", file).exit()).as("default: error; the file has a warning").isZero();
        config("fail-on: warning\n");
        assertThat(cpo("check", file).exit()).as("config").isEqualTo(1);
        assertThat(cpo(Map.of("CPO_FAIL_ON", "error"), "check", file).exit()).as("env over config").isZero();
        assertThat(cpo(Map.of("CPO_FAIL_ON", "error"), "check", file, "--fail-on", "warning").exit()).as("flag over env").isEqualTo(1);
        assertThat(cpo("check", file, "--fail-on", "never").exit()).as("flag over config").isZero();
        CliTest.Run bad = cpo(Map.of("CPO_FAIL_ON", "sometimes"), "check", file);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("CPO_FAIL_ON takes error, warning, note or never, not `sometimes`");
    }

    @Test
    void theReportsComeFromTheFlagsThenTheEnvironmentThenTheConfiguration() throws IOException {
        config("outputs: [{format: json, file: out/cpo.json}]\n");
        Path json = repo.resolve("out/cpo.json");
        CliTest.Run fromConfig = cpo("check", edge.toString());
        assertThat(fromConfig.exit()).isZero();
        assertThat(json).isRegularFile();
        assertThat(Files.readString(json)).startsWith("{").contains("\"schema\": \"cpo-advice/2\"");
        assertThat(fromConfig.out()).as("a report into a file: the summary alone").isEqualTo("1 file, 0 errors, 1 warning, 3 notes\n");
        Files.delete(json);

        CliTest.Run fromEnv = cpo(Map.of("CPO_FORMAT", "sarif"), "check", edge.toString());
        assertThat(fromEnv.out()).startsWith("{").contains("\"version\": \"2.1.0\"");
        assertThat(fromEnv.err()).isEqualTo("1 file, 0 errors, 1 warning, 3 notes\n");
        assertThat(json).doesNotExist();

        CliTest.Run fromFlag = cpo(Map.of("CPO_FORMAT", "sarif"), "check", edge.toString(), "-f", "markdown");
        assertThat(fromFlag.out()).startsWith("# ");
        assertThat(json).doesNotExist();
    }

    @Test
    void severalReportsInOneRunAreEachWhatASingleRunWrites() throws IOException {
        Path sarif = repo.resolve("cpo.sarif");
        Path junit = repo.resolve("TEST-cpo.xml");
        CliTest.Run r = cpo("check", air.toString(), "-f", "sarif", "-o", sarif.toString(), "-f", "junit", "-o", junit.toString(),
                "-f", "text");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        CliTest.Run listing = cpo("check", air.toString());
        assertThat(r.out()).as("the text listing on standard output, as without the files").isEqualTo(listing.out());

        Path alone = repo.resolve("alone.sarif");
        cpo("check", air.toString(), "--format", "sarif", "-o", alone.toString());
        assertThat(Files.readString(sarif)).isEqualTo(Files.readString(alone));
        assertThat(Files.readString(junit)).isEqualTo(cpo("check", air.toString(), "-f", "junit").out());

        // the output before the format works too, and advise takes pairs as well
        Path md = repo.resolve("advice.md");
        Path csv = repo.resolve("bom.csv");
        CliTest.Run advise = cpo("advise", edge.toString(), "-o", md.toString(), "-f", "markdown", "-f", "csv", "-o", csv.toString());
        assertThat(advise.exit()).as(advise.err()).isZero();
        assertThat(advise.out()).isEmpty();
        assertThat(Files.readString(md)).isEqualTo(cpo("advise", edge.toString(), "-f", "markdown").out());
        assertThat(Files.readString(csv)).isEqualTo(cpo("advise", edge.toString(), "-f", "csv").out());
    }

    @Test
    void severalReportsMustNotShareStandardOutputOrAFile() {
        CliTest.Run twice = cpo("check", air.toString(), "-f", "sarif", "-f", "json");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("only one report can go to standard output");
        Path f = repo.resolve("x.json");
        CliTest.Run same = cpo("check", air.toString(), "-f", "sarif", "-o", f.toString(), "-f", "json", "-o", f.toString());
        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("two reports to " + f);
        CliTest.Run unknown = cpo("check", air.toString(), "-f", "sarif", "-o", f.toString(), "-f", "yaml");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format `yaml`");
        assertThat(f).doesNotExist();
    }

    @Test
    void aBadConfigurationIsADiagnosticWithLineAndColumnAndExitsTwo() throws IOException {
        config("# settings\nfail-on: warnin\noutput: [{format: sarif}]\n");
        Path file = repo.resolve(".cpo.yaml").toAbsolutePath();
        for (String command : new String[]{"check", "advise"}) {
            CliTest.Run r = cpo(command, air.toString());
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err())
                    .contains(file + ":2:10: $.fail-on: error CPO321: fail-on is error, warning, note or never, not `warnin`\n"
                            + "   2 | fail-on: warnin\n     |          ^\n  hint: did you mean `warning`?\n")
                    .contains(file + ":3:1: $.output: error CPO320: unknown key `output`\n"
                            + "   3 | output: [{format: sarif}]\n     | ^^^^^^\n  hint: did you mean `outputs`?\n")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(cpo("check", air.toString(), "--no-config").exit()).as("--no-config reads none").isEqualTo(1);
    }

    @Test
    void configAndCpoConfigNameTheFile(@TempDir Path elsewhere) throws IOException {
        config("fail-on: never\n");
        Path other = Files.writeString(elsewhere.resolve("strict.yaml"), "fail-on: note\n");
        assertThat(cpo("check", edge.toString()).exit()).isZero();
        assertThat(cpo("check", edge.toString(), "--config", other.toString()).exit()).isEqualTo(1);
        assertThat(cpo(Map.of("CPO_CONFIG", other.toString()), "check", edge.toString()).exit()).isEqualTo(1);
        assertThat(cpo(Map.of("CPO_CONFIG", other.toString()), "check", edge.toString(), "--no-config").exit()).isZero();
        CliTest.Run missing = cpo("check", edge.toString(), "--config", elsewhere.resolve("none.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("error CPO301: configuration file not found");
        CliTest.Run both = cpo("check", edge.toString(), "--config", other.toString(), "--no-config");
        assertThat(both.exit()).isEqualTo(2);
    }

    @Test
    void theConfigurationsRulePacksCatalogAndPolicyApplyToAdviseAndExplain() throws IOException {
        Files.copy(Path.of(AdvisorOptionsTest.RULES), repo.resolve("min-nic.drl"));
        Path large = Files.copy(Path.of(AdvisorOptionsTest.LARGE_200G), repo.resolve("arch/large.cpo"));
        config("rules: [min-nic.drl]\n");
        assertThat(cpo("advise", large.toString()).out()).contains("acme-min-nic");
        assertThat(cpo("advise", large.toString(), "--no-config").out()).doesNotContain("acme-min-nic");
        CliTest.Run explain = cpo("explain", large.toString(), "--finding", "acme-min-nic");
        assertThat(explain.exit()).as(explain.err()).isZero();

        config("policy: {require-liquid-cooling: false}\n");
        assertThat(cpo("check", air.toString()).exit()).as("the policy relaxes the error").isZero();
        assertThat(cpo("check", air.toString(), "--policy", "require-liquid-cooling true").exit()).as("the flag wins").isEqualTo(1);
    }

    @Test
    void theReplReadsTheConfigurationOnStart() throws IOException {
        Files.copy(Path.of(AdvisorOptionsTest.RULES), repo.resolve("min-nic.drl"));
        Path large = Files.copy(Path.of(AdvisorOptionsTest.LARGE_200G), repo.resolve("arch/large.cpo"));
        config("rules: [min-nic.drl]\n");
        CliTest.Run with = CliTest.replScript("advise\n", large.toString());
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(with.out()).contains("acme-min-nic");
        assertThat(CliTest.replScript("advise\n", large.toString(), "--no-config").out()).doesNotContain("acme-min-nic");

        config("rules: [nothing-here.drl]\n");
        CliTest.Run bad = CliTest.replScript("advise\n", large.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains(".cpo.yaml:1:9: $.rules[0]: error CPO301: a rule pack (DRL file) not found");
    }
}
