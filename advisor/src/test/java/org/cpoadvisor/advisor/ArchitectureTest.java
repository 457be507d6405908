package org.cpoadvisor.advisor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import org.cpoadvisor.advisor.advice.BrokenShapeFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code (README, "Layout"), held by ArchUnit: the language knows nothing of
 * the engine, the engine nothing of the advisor; only the judging package uses Drools;
 * reports read only the Advice; front ends use only the public API; no package cycles.
 * Each rule is also shown to fail, on test-only classes that break it
 * ({@link BrokenShapeFixtures}), so that none of them can pass by matching nothing.
 */
class ArchitectureTest {

    /** The rules compiled from DRL at build time: Drools' own code, in packages named P00…PFF and lambda classes. */
    private static final Pattern GENERATED = Pattern.compile(".*/org/cpoadvisor/rules/judge/(P[0-9A-F]{2}/.*|.*(Lambda|Rules)[A-Za-z0-9]*\\.class)$");

    private static final ImportOption NOT_GENERATED = (Location l) -> !l.matches(GENERATED);

    /** The main classes of dsl, rules and advisor (the Maven plugin holds its own test). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NOT_GENERATED)
            .importPackages("org.cpoadvisor");

    static final ArchRule LAYERS = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("language").definedBy("org.cpoadvisor.dsl..")
            .layer("engine").definedBy("org.cpoadvisor.rules..")
            .layer("api").definedBy("org.cpoadvisor.advisor", "org.cpoadvisor.advisor.check..")
            .layer("advice").definedBy("org.cpoadvisor.advisor.advice..")
            .layer("reports").definedBy("org.cpoadvisor.advisor.report..")
            .layer("io").definedBy("org.cpoadvisor.advisor.io..")
            .layer("front ends").definedBy("org.cpoadvisor.advisor.cli..", "org.cpoadvisor.advisor.repl..")
            .whereLayer("front ends").mayOnlyBeAccessedByLayers("front ends")
            .whereLayer("api").mayOnlyBeAccessedByLayers("front ends")
            .whereLayer("reports").mayOnlyBeAccessedByLayers("api", "front ends")
            .whereLayer("advice").mayOnlyBeAccessedByLayers("api", "reports", "front ends")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("api")
            .whereLayer("io").mayOnlyBeAccessedByLayers("api", "reports", "front ends")
            .because("dsl <- rules <- advisor, and within advisor: advice <- reports <- API <- front ends");

    static final ArchRule ONLY_JUDGE_USES_DROOLS = noClasses()
            .that().resideOutsideOfPackage("org.cpoadvisor.rules.judge..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .because("the judging package is the one place that knows the rule engine; the API shows no Drools type");

    static final ArchRule REPORTS_READ_ONLY_THE_ADVICE = classes()
            .that().resideInAPackage("org.cpoadvisor.advisor.report..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.cpoadvisor.advisor.report..",
                    "org.cpoadvisor.advisor.advice..", "org.cpoadvisor.advisor.io..", "org.cpoadvisor.dsl.diag..",
                    "java..", "com.fasterxml.jackson..")
            .because("a report draws the Advice: it computes nothing and reads no model, engine or API class");

    static final ArchRule FRONT_ENDS_USE_THE_PUBLIC_API = noClasses()
            .that().resideInAnyPackage("org.cpoadvisor.advisor.cli..", "org.cpoadvisor.advisor.repl..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cpoadvisor.rules..")
            .because("the command line and the REPL advise through the Advisor API, as embedders do");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.cpoadvisor.(**)")
            .should().beFreeOfCycles()
            .because("a package cycle is two packages that can only change together");

    @Test
    void theLayersDependOneWay() {
        LAYERS.check(MAIN);
    }

    @Test
    void onlyTheJudgingPackageUsesDrools() {
        ONLY_JUDGE_USES_DROOLS.check(MAIN);
    }

    @Test
    void reportsReadOnlyTheAdvice() {
        REPORTS_READ_ONLY_THE_ADVICE.check(MAIN);
    }

    @Test
    void frontEndsUseOnlyThePublicApi() {
        FRONT_ENDS_USE_THE_PUBLIC_API.check(MAIN);
    }

    @Test
    void noPackageCycles() {
        NO_PACKAGE_CYCLES.check(MAIN);
    }

    /** Rooms stay small: no main source file of any module over 600 lines (README, "Layout of the code"). */
    @Test
    void noMainClassIsOver600Lines() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> large = new ArrayList<>();
        for (String module : List.of("dsl", "rules", "advisor", "maven-plugin", "benchmarks")) {
            Path main = root.resolve(module).resolve("src/main/java");
            assertThat(main).as(module).isDirectory();
            try (Stream<Path> files = Files.walk(main)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    long lines;
                    try (Stream<String> l = Files.lines(f)) {
                        lines = l.count();
                    }
                    if (lines > 600) large.add(root.relativize(f) + ": " + lines + " lines");
                }
            }
        }
        assertThat(large).as("split these by what they do").isEmpty();
    }

    /** Every rule fails on classes that break it: none passes by matching nothing. */
    @Test
    void eachRuleFailsOnClassesThatBreakIt() {
        JavaClasses broken = new ClassFileImporter().importClasses(BrokenShapeFixtures.all());
        assertThat(LAYERS.evaluate(broken).hasViolation()).as("layers").isTrue();
        assertThat(ONLY_JUDGE_USES_DROOLS.evaluate(broken).hasViolation()).as("drools").isTrue();
        assertThat(REPORTS_READ_ONLY_THE_ADVICE.evaluate(broken).hasViolation()).as("reports").isTrue();
        assertThat(FRONT_ENDS_USE_THE_PUBLIC_API.evaluate(broken).hasViolation()).as("front ends").isTrue();
        assertThat(NO_PACKAGE_CYCLES.evaluate(broken).hasViolation()).as("cycles").isTrue();
        // and the real classes are more than the few that make the rules' subjects
        assertThat(MAIN.size()).isGreaterThan(200);
    }
}
