package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.advisor.advice.Advice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpoadvisor.dsl.model.Architecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedding API: built with defaults or a builder, three ways to advise, every report. */
class EmbeddingApiTest {

    private static final Advisor ADVISOR = new Advisor();
    private static final Path AI_FACTORY = Path.of("../samples/ai-factory.cpo");

    private static List<String> verdicts(Advice a) {
        return a.clusters().stream().map(c -> c.path() + " " + c.verdict() + " " + c.option() + " " + c.year()).toList();
    }

    @Test
    void aBuilderWithNothingSetAdvisesAsTheDefaultAdvisor() {
        Advisor built = Advisor.builder().build();
        assertThat(built.advise(AI_FACTORY)).isEqualTo(ADVISOR.advise(AI_FACTORY));
        assertThat(built.rulePacks()).isEmpty();
    }

    @Test
    void aPathTextAndAModelGiveTheSameVerdicts() throws IOException {
        Advice byPath = ADVISOR.advise(AI_FACTORY);
        Advice byText = ADVISOR.advise(Files.readString(AI_FACTORY), "ai-factory.cpo");
        Architecture model = Architectures.read(AI_FACTORY).architecture();
        Advice byModel = ADVISOR.advise(model);

        assertThat(byPath.hasErrors()).isFalse();
        assertThat(verdicts(byPath)).isNotEmpty();
        assertThat(verdicts(byText)).isEqualTo(verdicts(byPath));
        assertThat(verdicts(byModel)).isEqualTo(verdicts(byPath));
        assertThat(byText.findings()).extracting(Advice.FindingAdvice::id)
                .isEqualTo(byPath.findings().stream().map(Advice.FindingAdvice::id).toList());
        assertThat(byText.files()).containsExactly("ai-factory.cpo");
        // a model built in code has no places in any file
        assertThat(byModel.clusters()).allSatisfy(c -> assertThat(c.location()).isNull());
    }

    @Test
    void toJsonParsesAndIsTheJsonReport() throws IOException {
        Advice a = ADVISOR.advise(AI_FACTORY);
        JsonNode json = new ObjectMapper().readTree(Advisor.render(a, "json"));
        assertThat(json.path("schema").asText()).isEqualTo("cpo-advice/2");
        assertThat(json.path("reports").get(0).path("architecture").asText()).isEqualTo(a.architecture());
        assertThat(json.path("reports").get(0).path("clusters").size()).isEqualTo(a.clusters().size());
        assertThat(Advisor.render(a, "json")).isEqualTo(Advisor.render(a, "json")).isEqualTo(Advisor.renderer("json").render(a));
    }

    @Test
    void everyFormatRendersAndAnUnknownOneIsAClearError() {
        Advice a = ADVISOR.advise(AI_FACTORY);
        assertThat(Advisor.formats()).containsExactly("text", "markdown", "json", "sarif", "github", "junit", "csv", "html");
        for (String format : Advisor.formats()) {
            assertThat(Advisor.render(a, format)).as(format).isNotBlank();
            assertThat(Advisor.renderer(format).format()).isEqualTo(format);
        }
        assertThat(Advisor.render(a, "sarif")).contains("\"version\": \"2.1.0\"");
        assertThat(Advisor.render(a, "text")).doesNotContain("\u001b[");
        assertThat(Advisor.renderer("junit", "warning").render(List.of(a, a))).contains("<testsuite");
        assertThatThrownBy(() -> Advisor.render(a, "pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown format `pdf`").hasMessageContaining("sarif");
        assertThatThrownBy(() -> Advisor.renderer("junit", "sometimes")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAddDiagnosticsAndFindingsBySeverity() {
        Advice a = ADVISOR.advise(AI_FACTORY);
        long warnings = a.findings().stream().filter(f -> f.severity() == Severity.WARNING).count()
                + a.diagnostics().stream().filter(d -> d.severity().word().equals("warning")).count();
        assertThat(a.count(Severity.WARNING)).isEqualTo(warnings);
        Advice broken = ADVISOR.advise("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H10 } }\n", "bad.cpo");
        assertThat(broken.count(Severity.ERROR)).isEqualTo(1);
    }

    @Test
    void aPolicyOverrideWinsOverTheFilesPolicy() {
        Advice plain = ADVISOR.advise(AI_FACTORY);
        assertThat(plain.clusters()).anyMatch(c -> c.verdict() != Verdict.WAIT);

        // CPO pays only from min-link up: at 1.6T per GPU, every cluster of the sample waits
        Advisor strict = Advisor.builder().policy("min-link 1.6T\nmin-saving 50 %").build();
        Advice a = strict.advise(AI_FACTORY);
        assertThat(a.policy()).contains("min-link 1600G", "min-saving 50 %");
        assertThat(a.clusters()).isNotEmpty().allMatch(c -> c.verdict() == Verdict.WAIT);

        Advisor asMap = Advisor.builder().policy(Map.of("min-link", "1.6T", "min-saving", "50 %")).build();
        assertThat(asMap.advise(AI_FACTORY)).isEqualTo(a);
        Advisor asBlock = Advisor.builder().policy("policy {\n  min-link 1.6T\n  min-saving 50 %\n}\n").build();
        assertThat(asBlock.advise(AI_FACTORY)).isEqualTo(a);
        // later settings win
        Advisor twice = Advisor.builder().policy("min-link 1.6T").policy(Map.of("min-saving", "50 %")).build();
        assertThat(twice.advise(AI_FACTORY)).isEqualTo(a);
    }

    @Test
    void aPolicyThatDoesNotReadIsADiagnosticAtItsLine() {
        assertThatThrownBy(() -> Advisor.builder().policy("min-gpus 4096\nmin-savings 5 %").build())
                .isInstanceOfSatisfying(AdvisorSetupException.class, e -> {
                    assertThat(e.diagnostics()).hasSize(1);
                    assertThat(e.diagnostics().get(0).code().name()).isEqualTo("CPO201");
                    assertThat(e.diagnostics().get(0).location().line()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("policy:2:1: error CPO201");
                });
    }

    @Test
    void anExtraCatalogAddsEntriesForEveryFile(@TempDir Path dir) throws IOException {
        Path catalog = dir.resolve("acme-catalog.cpo");
        Files.writeString(catalog, """
                catalog {
                  accelerator "ACME-X1" {
                    nic 800G  source "Acme datasheet"
                    gpus-per-node 8
                    power 900 W
                  }
                }
                """);
        String estate = "architecture \"Acme\"\nsite \"s\" {\n  cooling liquid\n  cluster \"c\" {\n    gpus 8192 x ACME-X1\n"
                + "    traffic east-west 80 % north-south 20 %\n  }\n}\n";
        assertThat(ADVISOR.advise(estate, "acme.cpo").diagnostics()).extracting(d -> d.code().name()).contains("CPO203");

        Advisor acme = Advisor.builder().catalog(catalog).build();
        Advice a = acme.advise(estate, "acme.cpo");
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        assertThat(a.clusters()).singleElement().satisfies(c -> {
            assertThat(c.accelerator()).isEqualTo("ACME-X1");
            assertThat(c.nicGbps()).isEqualTo(800.0);
        });
        Path file = dir.resolve("acme.cpo");
        Files.writeString(file, estate);
        assertThat(acme.advise(file).clusters()).hasSize(1);
        assertThat(acme.adviseAll(List.of(file))).singleElement().satisfies(x -> assertThat(x.hasErrors()).isFalse());
    }

    @Test
    void aMissingCatalogOrPackIsADiagnosticNotAnIoException(@TempDir Path dir) {
        assertThatThrownBy(() -> Advisor.builder().catalog(dir.resolve("nope.cpo")).rulePack(dir.resolve("nope.drl")).build())
                .isInstanceOfSatisfying(AdvisorSetupException.class, e -> assertThat(e.diagnostics())
                        .extracting(d -> d.code().name()).containsExactly("CPO301", "CPO301"));
    }

    @Test
    void adviseAllChecksAnImportedFragmentAsPartOfItsImporter() {
        Path root = Path.of("../samples/hyperscale-cn/hyperscale-cn.cpo");
        Path fragment = Path.of("../samples/hyperscale-cn/common/policy.cpo");
        List<Advice> all = ADVISOR.adviseAll(List.of(fragment, root));
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.hasErrors()).isFalse();
            assertThat(a.files().get(0)).endsWith("hyperscale-cn.cpo");
        });
    }
}
