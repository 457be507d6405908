package org.cpoadvisor.advisor.fuzz;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.StageKind;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Regressions of what the fuzz suite and the scale benchmarks found beyond the reader
 * (the reader's own are in dsl's LimitsAndHardeningTest). The timeouts are hang guards.
 */
class FoundByFuzzingTest {

    private static final Duration HANG = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** Regression: each sizing diagnostic (CPO214) read the whole file again for its source line: quadratic. */
    @Test
    void thousandsOfSizingDiagnosticsReadTheFileOnce() throws IOException {
        StringBuilder b = new StringBuilder("architecture \"too few tiers\"\n");
        for (int s = 0; s < 50; s++) {
            b.append("site \"s").append(s).append("\" {\n");
            for (int c = 0; c < 100; c++) {
                b.append("  cluster \"c").append(c).append("\" {\n    gpus 16384 x B300\n    nic 800G\n"
                        + "    fabric fat-tree tiers 1\n    // ").append("padding ".repeat(20)).append("\n  }\n");
            }
            b.append("}\n");
        }
        Path file = Files.writeString(dir.resolve("tiers.cpo"), b);
        Advice a = assertTimeoutPreemptively(HANG, () -> Robustness.ADVISOR.advise(file));
        assertThat(a.diagnostics()).hasSize(5_000).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo(Code.CPO214);
            assertThat(d.sourceLine()).isEqualTo("    fabric fat-tree tiers 1");
        });
    }

    /**
     * Regression: the pilot rule fired again for every new best as verdicts came in, and for
     * every tie: a site of n identical clusters got n(n+1)/2 pilots (80,200 for 400), and past
     * about 450 the bound on rule firings cut the verdicts short.
     */
    @Test
    void aSiteOfIdenticalClustersPilotsOnce() {
        StringBuilder b = new StringBuilder("architecture \"pods\"\nhorizon 2025..2030\nsite \"campus\" {\n  cooling liquid\n");
        for (int i = 0; i < 600; i++) {
            b.append("  cluster \"pod-").append(i).append("\" {\n    gpus 16384 x B300\n    nic 800G\n"
                    + "    growth 20 % per year\n    online 2026\n  }\n");
        }
        b.append("}\n");
        Advice a = assertTimeoutPreemptively(HANG, () -> Robustness.ADVISOR.advise(b.toString(), "pods.cpo"));
        assertThat(a.diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.CPO311);
        assertThat(a.clusters()).hasSize(600).allSatisfy(c -> assertThat(c.verdict()).isNotNull());
        assertThat(a.roadmap()).singleElement().satisfies(site -> assertThat(site.stages().stream()
                .filter(s -> s.kind() == StageKind.PILOT).mapToLong(s -> s.actions().size()).sum()).isEqualTo(1));
    }

    /**
     * Jackson's limits are reported in the user's words, without the name of Jackson's API; since
     * issue 13 the language's own nesting limit (64 levels) comes first, placed where it is crossed.
     */
    @Test
    void jsonNestedPastJacksonsLimitIsASyntaxErrorInPlainWords() throws IOException {
        Path file = Files.writeString(dir.resolve("deep.json"), "{\"architecture\": \"x\", \"sites\": " + "[".repeat(5000)
                + "]".repeat(5000) + "}");
        Advice a = Robustness.advise(file, "");
        assertThat(a.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.CPO110);
            assertThat(d.message()).isEqualTo("the document nests deeper than 64 levels");
            assertThat(d.location().column()).isEqualTo(31 + 64); // 31 characters before the first `[`, which is level 2
        });
    }

    /**
     * Regression (random seed 5928283470147792084, after issue 13): a JSON document's field named by
     * half a surrogate pair (a JSON escape, so the document itself is valid) came back in the JSON
     * report's diagnostic raw, which UTF-8 cannot hold. The JSON reports now escape every surrogate
     * half; an escaped pair reads back as the character it was.
     */
    @Test
    void halfASurrogatePairInADiagnosticIsEscapedInTheJsonReports() throws IOException {
        Path file = Files.writeString(dir.resolve("half.json"), "{\"architecture\": \"x\", \"\\ud83d\": 1, \"name\": \"\\ud83d\\ude00\"}");
        Advice a = Robustness.advise(file, "");
        assertThat(a.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("`\ud83d`"));
        for (String format : List.of("json", "sarif")) {
            String report = Advisor.render(a, format);
            assertThat(report).as(format).doesNotContain("\ud83d").contains("\\uD83D");
            assertThat(report.chars().noneMatch(c -> Character.isSurrogate((char) c))).as(format).isTrue();
        }
    }
}
