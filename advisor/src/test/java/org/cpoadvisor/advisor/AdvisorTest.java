package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.report.TextRenderer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AdvisorTest {

    private static final Advisor ADVISOR = new Advisor();

    @Test
    void theTextReportOfTheInferenceSampleIsTheReviewedOne() throws IOException {
        String text = new TextRenderer().render(ADVISOR.advise(Path.of("../samples/inference-edge.cpo")));
        Path file = Path.of("src/test/resources/golden/inference-edge.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, text.replace("../samples/", "samples/"));
        }
        assertThat(text.replace("../samples/", "samples/")).as("golden/inference-edge.txt (rewrite with -Dgolden.update=true, then review)")
                .isEqualTo(Files.readString(file));
    }

    @Test
    void theSameInputGivesByteIdenticalAdviceTwice() {
        TextRenderer text = new TextRenderer();
        for (String sample : new String[]{"ai-factory.cpo", "mid-size-cloud.cpo", "hyperscale-cn/hyperscale-cn.cpo"}) {
            Path p = Path.of("../samples", sample);
            String first = text.render(ADVISOR.advise(p));
            String second = text.render(new Advisor().advise(p));
            assertThat(second).as(sample).isEqualTo(first);
            assertThat(ADVISOR.advise(p)).isEqualTo(ADVISOR.advise(p));
        }
    }

    /** Clusters share their list of catalog sources only when they rest on the same accelerator, platforms and modules. */
    @Test
    void eachClusterCitesTheSourcesOfItsOwnFigures() {
        Advice a = ADVISOR.advise("""
                architecture "x"
                site "s" {
                  cooling liquid
                  cluster "a" { gpus 16384 x B300 nic 800G }
                  cluster "b" { gpus 16384 x B300 nic 800G }
                  cluster "h" { gpus 2048 x H100 nic 400G switch tomahawk4-400g }
                }
                """, "x.cpo");
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        Advice.ClusterAdvice first = a.clusters().get(0), twin = a.clusters().get(1), other = a.clusters().get(2);
        assertThat(twin.sources()).isEqualTo(first.sources());
        assertThat(first.sources()).anyMatch(s -> s.startsWith("B300 ")).noneMatch(s -> s.startsWith("H100 "));
        assertThat(other.sources()).anyMatch(s -> s.startsWith("H100 ")).anyMatch(s -> s.startsWith("tomahawk4-400g "))
                .noneMatch(s -> s.startsWith("B300 "));
    }

    @Test
    void aFileWithErrorsGetsItsDiagnosticsAndNoAdvice() {
        Advice a = ADVISOR.advise("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H10 } }\n", "bad.cpo");
        assertThat(a.hasErrors()).isTrue();
        assertThat(a.clusters()).isEmpty();
        assertThat(a.roadmap()).isEmpty();
        assertThat(new TextRenderer().render(a)).contains("bad.cpo:2:35: error CPO203: unknown accelerator `H10`")
                .endsWith("no advice: the files have errors\n");
    }

    @Test
    void aFixedTierCountThatIsTooFewIsADiagnosticWithTheCountNeeded() {
        // 16384 GPUs at 800G on 64 x 800G: k = 64, d = 32; two tiers hold 32 x 64 = 2048 endpoints, three 32 x 32 x 64 = 65536
        Advice a = ADVISOR.advise("architecture \"t\"\nsite \"s\" {\n  cluster \"c\" {\n    gpus 16384 x B300\n"
                + "    fabric fat-tree tiers 2\n    switch spectrum-4-800g\n  }\n}\n", "tiers.cpo");
        assertThat(a.diagnostics()).extracting(d -> d.code().name() + " " + d.location().line() + ":" + d.location().column())
                .containsExactly("CPO214 5:5");
        assertThat(a.diagnostics().get(0).message()).contains("need 3 tiers").contains("not 2");
        assertThat(a.clusters()).isEmpty();
    }

    @Test
    void aClusterTooLargeForThreeTiersIsADiagnostic() {
        // three tiers of 64 x 800G at 800G hold 65536 endpoints
        Advice a = ADVISOR.advise("architecture \"t\"\nsite \"s\" { cluster \"c\" { gpus 65544 x B300 switch spectrum-4-800g } }\n",
                "big.cpo");
        assertThat(a.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO215");
    }

    @Test
    void everyVerdictAndFindingIsExplained() {
        Advice a = ADVISOR.advise(Path.of("../samples/ai-factory.cpo"));
        assertThat(a.clusters()).allSatisfy(c -> {
            assertThat(c.explanation().rule()).isNotBlank();
            assertThat(c.explanation().facts()).anyMatch(f -> f.startsWith("cluster " + c.path()));
            assertThat(c.explanation().facts()).anyMatch(f -> f.startsWith("policy "));
            assertThat(c.reasons()).isNotEmpty();
            assertThat(c.location()).isNotNull();
        });
        assertThat(a.findings()).allSatisfy(f -> {
            assertThat(f.explanation().rule()).isNotBlank();
            assertThat(f.reasons()).isNotEmpty();
        });
        assertThat(a.roadmap()).allSatisfy(r -> assertThat(r.stages()).allSatisfy(s ->
                assertThat(s.actions()).allSatisfy(x -> assertThat(x.explanation().rule()).isNotBlank())));
    }

    @Test
    void roadmapTotalsAddUp() {
        Advice a = ADVISOR.advise(Path.of("../samples/ai-factory.cpo"));
        for (Advice.SiteRoadmap r : a.roadmap()) {
            double stages = 0;
            for (Advice.Stage s : r.stages()) {
                double lines = 0;
                for (Advice.BomLine l : s.lines()) {
                    assertThat(l.extendedPrice()).isEqualTo(l.quantity() * l.unitPrice());
                    lines += l.extendedPrice();
                }
                assertThat(s.capex()).isCloseTo(lines, org.assertj.core.data.Offset.offset(1e-6));
                stages += s.capex();
            }
            assertThat(r.capex()).isCloseTo(stages, org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(a.roadmap()).extracting(Advice.SiteRoadmap::site).containsExactly("dal-1", "phx-2", "osl-3");
    }
}
