package org.cpoadvisor.advisor.advice;

import org.cpoadvisor.dsl.diag.Diagnostic;

import java.util.List;
import java.util.Set;

/**
 * What a CI check with a baseline found about an advice: which of its diagnostics and findings the
 * baseline accepts (they are {@code unchanged}; every other one is {@code new}), and the entries of the
 * baseline that match no problem of the check any more (stale). Reports mark results with it (SARIF's
 * {@code baselineState}); it is set only on the advices of a check made with a baseline.
 *
 * @param baseline    the baseline's name as given ({@code cpo-baseline.json}), for messages
 * @param diagnostics the diagnostics the baseline accepts
 * @param findings    the findings the baseline accepts
 * @param stale       the baseline's entries that match nothing, one line each
 *                    ({@code finding power-cap [sh-01] in estate.cpo}); carried by the check's first advice only
 */
public record BaselineMarks(String baseline, Set<Diagnostic> diagnostics, Set<Advice.FindingAdvice> findings,
                            List<String> stale) {

    public BaselineMarks {
        diagnostics = Set.copyOf(diagnostics);
        findings = Set.copyOf(findings);
        stale = List.copyOf(stale);
    }

    /** Whether the baseline accepts the diagnostic. */
    public boolean accepts(Diagnostic d) {
        return diagnostics.contains(d);
    }

    /** Whether the baseline accepts the finding. */
    public boolean accepts(Advice.FindingAdvice f) {
        return findings.contains(f);
    }
}
