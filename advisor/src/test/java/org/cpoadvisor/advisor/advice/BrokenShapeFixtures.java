package org.cpoadvisor.advisor.advice;

import org.cpoadvisor.advisor.cli.BrokenFrontEndFixture;
import org.cpoadvisor.advisor.report.BrokenReportFixture;
import org.cpoadvisor.dsl.model.BrokenCycleFixture;
import org.cpoadvisor.dsl.parse.BrokenCycleFixtureOther;

/**
 * Test-only classes that break each rule of {@code ArchitectureTest} on purpose, placed in
 * the packages the rules speak of. The real check imports no test class, so they are seen
 * only where they are asked for.
 */
public final class BrokenShapeFixtures {

    private BrokenShapeFixtures() {
    }

    /** The classes: a report that reads the engine, a front end that drives Drools, a package cycle in the language. */
    public static Class<?>[] all() {
        return new Class<?>[]{BrokenReportFixture.class, BrokenFrontEndFixture.class, BrokenCycleFixture.class,
                BrokenCycleFixtureOther.class, org.cpoadvisor.rules.Analyst.class, org.cpoadvisor.rules.judge.Judge.class,
                org.kie.api.KieServices.class};
    }
}
