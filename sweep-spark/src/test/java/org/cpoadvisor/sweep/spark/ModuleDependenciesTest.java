package org.cpoadvisor.sweep.spark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.cpoadvisor.advisor.report.UncertaintyReports;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The Spark job is a front end of the public API, as the command line is: of cpo-advisor it uses the
 * advisor's and the advice's types, {@code ReadResult} and the sweep's reports only, never the rules' (or Drools').
 */
class ModuleDependenciesTest {

    /** The module's own classes, from its output folder (scanning the class path, Spark's 130 jars, takes seconds). */
    private static final JavaClasses JOB = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void onlyThePublicApi() {
        org.assertj.core.api.Assertions.assertThat(JOB.contain(SparkSweep.class)).isTrue();
        classes().should().onlyDependOnClassesThat(
                        resideInAnyPackage("java..", "scala..", "org.apache.spark..", "org.cpoadvisor.sweep.spark..",
                                "org.cpoadvisor.advisor", "org.cpoadvisor.advisor.advice")
                                .or(equivalentTo(ReadResult.class))
                                // the sweep's reports, as cpo sweep draws them
                                .or(equivalentTo(UncertaintyReports.class)))
                .check(JOB);
    }

    @Test
    void neverTheRules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.cpoadvisor.rules..", "org.drools..", "org.kie..")
                .check(JOB);
    }
}
