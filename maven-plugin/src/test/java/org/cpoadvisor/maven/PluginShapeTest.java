package org.cpoadvisor.maven;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin is a front end like the command line: it checks through cpo-advisor's public
 * API (the {@code Advisor} and its check, the {@code Advice}, the renderers, safe writes) and
 * the language's diagnostics, never through the engine (README, "Layout of the code").
 */
class PluginShapeTest {

    static final ArchRule ONLY_THE_PUBLIC_API = classes().that().resideInAPackage("org.cpoadvisor.maven..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.cpoadvisor.maven..", "org.cpoadvisor.advisor",
                    "org.cpoadvisor.advisor.advice..", "org.cpoadvisor.advisor.check..", "org.cpoadvisor.advisor.report..",
                    "org.cpoadvisor.advisor.io..", "org.cpoadvisor.dsl.diag..", "org.apache.maven..", "java..")
            .because("the plugin's check is the library's: the same files, fail-on and reports as `cpo check`");

    @Test
    void thePluginUsesOnlyThePublicApi() {
        JavaClasses plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cpoadvisor.maven");
        assertThat(plugin.size()).isPositive();
        ONLY_THE_PUBLIC_API.check(plugin);
    }

    /** The rule fails on a class that reaches into the engine (this test class holds such a field). */
    @Test
    void theRuleFailsOnAClassThatUsesTheEngine() {
        JavaClasses broken = new ClassFileImporter().importClasses(ReachesIntoTheEngine.class);
        assertThat(ONLY_THE_PUBLIC_API.evaluate(broken).hasViolation()).isTrue();
    }

    /** Test-only: what the plugin must not do. */
    static final class ReachesIntoTheEngine {
        org.cpoadvisor.rules.Analyst analyst;
    }
}
