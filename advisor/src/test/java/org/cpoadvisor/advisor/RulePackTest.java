package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.cli.Main;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** User rule packs: extra DRL compiled at run time that adds findings, with clear diagnostics when it goes wrong. */
class RulePackTest {

    static final Path PACK = Path.of("../samples/rule-packs/min-nic.drl");
    static final Path LARGE_200G = Path.of("../samples/large-training-200g.cpo");
    static final Path AI_FACTORY = Path.of("../samples/ai-factory.cpo");

    private static final String HEADER = "package com.example.cpo;\n\nimport org.cpoadvisor.rules.judge.*;\nimport org.cpoadvisor.rules.model.Thresholds;\n";

    @Test
    void theSamplePackAddsItsFindingsToTheBuiltInOnes() {
        long start = System.nanoTime();
        Advisor advisor = Advisor.builder().rulePack(PACK).build();
        System.out.printf("rule pack %s compiled in %d ms%n", PACK, (System.nanoTime() - start) / 1_000_000);
        assertThat(advisor.rulePacks()).containsExactly(PACK.toString());

        Advice plain = new Advisor().advise(LARGE_200G);
        Advice a = advisor.advise(LARGE_200G);
        assertThat(a.findings()).containsAll(plain.findings());
        assertThat(a.clusters()).isEqualTo(plain.clusters());
        assertThat(a.roadmap()).isEqualTo(plain.roadmap());
        List<Advice.FindingAdvice> added = a.findings().stream().filter(f -> f.id().startsWith("acme-")).toList();
        assertThat(added).isNotEmpty().allSatisfy(f -> {
            assertThat(f.id()).isEqualTo("acme-min-nic");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("below Acme's minimum of 400G");
            assertThat(f.explanation().rule()).isEqualTo("Acme: training clusters need at least 400G per GPU");
            assertThat(f.explanation().facts()).anyMatch(x -> x.startsWith("cluster " + f.subject()));
            assertThat(f.location()).as("placed at its cluster").isNotNull();
        });
        // the pack's findings are in every report, SARIF included (a rule of their own)
        assertThat(Advisor.render(a, "sarif")).contains("\"ruleId\": \"acme-min-nic\"");
    }

    @Test
    void thePackInTheDocumentationCompilesAndRuns() throws IOException {
        String doc = Files.readString(Path.of("../docs/rule-packs.md"));
        int start = doc.indexOf("```drl\n") + "```drl\n".length();
        String drl = doc.substring(start, doc.indexOf("```", start));
        Advisor advisor = Advisor.builder().rulePack(drl, "rule-packs.md").build();
        // ai-factory's sites have power caps; whatever the pack finds, it runs cleanly on every sample
        for (Path p : List.of(AI_FACTORY, LARGE_200G)) {
            assertThat(advisor.advise(p).hasErrors()).isFalse();
        }
    }

    @Test
    void aPackSeesTheBuiltInVerdicts() {
        Advisor advisor = Advisor.builder().rulePack(PACK).build();
        String drl = HEADER + """
                rule "count verdicts"
                when
                    $v : Verdict( decision != Verdict.Decision.WAIT )
                    $c : ClusterFact( path == $v.path )
                    Thresholds( $c.gpus >= minGpus )
                then
                    insert( Checks.finding("cpo-pays", "note", $v.getPath(), "CPO pays: " + $v.getSummary()) );
                end
                """;
        Advice a = Advisor.builder().rulePack(drl, "verdicts.drl").build().advise(AI_FACTORY);
        List<String> positive = a.clusters().stream().filter(c -> c.verdict() != Verdict.WAIT).map(Advice.ClusterAdvice::path).toList();
        assertThat(positive).isNotEmpty();
        assertThat(a.findings().stream().filter(f -> f.id().equals("cpo-pays")).map(Advice.FindingAdvice::subject))
                .containsExactlyInAnyOrderElementsOf(positive);
        assertThat(advisor.advise(AI_FACTORY).findings()).noneMatch(f -> f.id().equals("cpo-pays"));
    }

    @Test
    void aPackThatDoesNotCompileIsADiagnosticAtItsFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.drl");
        Files.writeString(broken, HEADER + """
                rule "min nic"
                when
                    $c : ClusterFact( nicGbpz < 800 )
                then
                    insert( Checks.finding("x", "note", $c.getPath(), "slow") );
                end
                """);
        assertThatThrownBy(() -> Advisor.builder().rulePack(broken).build())
                .isInstanceOfSatisfying(AdvisorSetupException.class, e -> {
                    assertThat(e.diagnostics()).hasSize(1);
                    Diagnostic d = e.diagnostics().get(0);
                    assertThat(d.code().name()).isEqualTo("CPO310");
                    assertThat(d.isError()).isTrue();
                    assertThat(d.location().file()).isEqualTo(broken.toString());
                    assertThat(d.location().line()).isEqualTo(7);
                    assertThat(d.location().column()).isEqualTo(23);
                    assertThat(d.message()).startsWith("rule pack does not compile: ").contains("nicGbpz");
                    assertThat(d.sourceLine()).contains("ClusterFact( nicGbpz < 800 )");
                    assertThat(e.getMessage()).startsWith(broken + ":7:23: error CPO310: rule pack does not compile");
                });
    }

    @Test
    void syntaxErrorsAndUnknownTypesAreDiagnosticsToo() {
        String missingParen = HEADER + "rule \"a\"\nwhen\n    $c : ClusterFact( gpus > 1\nthen\nend\n";
        assertThatThrownBy(() -> Advisor.builder().rulePack(missingParen, "syntax.drl").build())
                .isInstanceOfSatisfying(AdvisorSetupException.class, e -> assertThat(e.diagnostics())
                        .allSatisfy(d -> assertThat(d.code().name()).isEqualTo("CPO310"))
                        .anySatisfy(d -> assertThat(d.location().toString()).startsWith("syntax.drl:8:")));
        String unknownType = HEADER + "rule \"a\"\nwhen\n    $c : ClusterFakt( gpus > 1 )\nthen\nend\n";
        assertThatThrownBy(() -> Advisor.builder().rulePack(unknownType, "type.drl").build())
                .isInstanceOfSatisfying(AdvisorSetupException.class, e -> {
                    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                        assertThat(d.location()).hasToString("type.drl:7:10");
                        assertThat(d.message()).contains("ClusterFakt");
                    });
                });
    }

    @Test
    void aRunawayPackIsStoppedAndReportedNotLeftToHang() {
        String drl = HEADER + """
                declare Counter
                    n : int
                end

                rule "start"
                when
                    not Counter()
                then
                    insert( new Counter(0) );
                end

                rule "count forever"
                when
                    $k : Counter( n >= 0 )
                then
                    modify( $k ) { setN( $k.getN() + 1 ) }
                end
                """;
        Advisor advisor = Advisor.builder().rulePack(drl, "runaway.drl").build();
        long start = System.nanoTime();
        Advice a = advisor.advise(AI_FACTORY);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(a.hasErrors()).isTrue();
        assertThat(a.clusters()).isEmpty();
        assertThat(a.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code().name()).isEqualTo("CPO311");
            assertThat(d.location()).hasToString("runaway.drl:16:1");
            assertThat(d.message()).contains("stopped after 100000 rule firings").contains("\"count forever\"");
            assertThat(d.hint()).contains("not Finding(");
        });
        assertThat(ms).as("stopped within seconds").isLessThan(30_000);

        Advice bounded = Advisor.builder().rulePack(drl, "runaway.drl").maxRuleFirings(500).build().advise(AI_FACTORY);
        assertThat(bounded.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("after 500 rule firings"));
    }

    @Test
    void aRuleThatThrowsOrABadFindingIsADiagnosticAtTheRule() {
        String throwing = HEADER + "rule \"divide\"\nwhen\n    $c : ClusterFact()\nthen\n    int x = 1 / ($c.getGpus() - $c.getGpus());\nend\n";
        Advice a = Advisor.builder().rulePack(throwing, "throws.drl").build().advise(AI_FACTORY);
        assertThat(a.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code().name()).isEqualTo("CPO311");
            assertThat(d.location()).hasToString("throws.drl:5:1");
            assertThat(d.message()).contains("\"divide\"").contains("ArithmeticException");
        });
        String badSeverity = HEADER + "rule \"loud\"\nwhen\n    $c : ClusterFact()\nthen\n"
                + "    insert( Checks.finding(\"loud\", \"critical\", $c.getPath(), \"!\") );\nend\n";
        Advice b = Advisor.builder().rulePack(badSeverity, "severity.drl").build().advise(AI_FACTORY);
        assertThat(b.diagnostics()).first().satisfies(d -> {
            assertThat(d.code().name()).isEqualTo("CPO311");
            assertThat(d.message()).contains("severity `critical`");
        });
    }

    @Test
    void theCommandLineTakesRulePacks(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"check", LARGE_200G.toString(), "--rules", PACK.toString(), "--fail-on", "never"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("warning acme-min-nic");

        out = new StringWriter();
        code = Main.run(new String[]{"advise", LARGE_200G.toString(), "--rules", PACK.toString(), "--format", "json"},
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"id\": \"acme-min-nic\"");

        Path broken = dir.resolve("broken.drl");
        Files.writeString(broken, HEADER + "rule \"a\"\nwhen\n    $c : ClusterFact( nicGbpz < 800 )\nthen\nend\n");
        err = new StringWriter();
        code = Main.run(new String[]{"check", LARGE_200G.toString(), "--rules", broken.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(broken + ":7:23: error CPO310: rule pack does not compile").contains("nicGbpz");
    }
}
