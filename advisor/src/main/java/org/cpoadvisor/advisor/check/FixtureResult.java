package org.cpoadvisor.advisor.check;

import org.cpoadvisor.advisor.advice.Advice;

import java.nio.file.Path;
import java.util.List;

/**
 * One test fixture run ({@code cpo test}, {@code Advisor.test}): the advice on the file and how its
 * findings meet the file's {@link Expectations}.
 *
 * @param problems what keeps the fixture from being judged, each a sentence: a malformed
 *                 expectation line, or errors in the file (so that there is no advice)
 */
public record FixtureResult(Path file, Advice advice, Expectations expectations, Expectations.Outcome outcome,
                            List<String> problems) {

    public FixtureResult {
        problems = List.copyOf(problems);
    }

    /** Whether the advice carries exactly what the file expects, and the file could be judged. */
    public boolean passed() {
        return problems.isEmpty() && outcome.passed();
    }
}
