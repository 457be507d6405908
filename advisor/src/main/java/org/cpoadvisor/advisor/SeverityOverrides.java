package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.dsl.diag.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's severities for kinds of findings ({@link CheckOptions#severities()}), laid on the advices
 * before a check weighs them: a finding takes the severity given for its id, or is left out for
 * {@code off}; every report then shows the advice as changed.
 */
final class SeverityOverrides {

    private SeverityOverrides() {
    }

    static List<Advice> apply(List<Advice> advices, Map<String, FindingSeverity> overrides) {
        if (overrides.isEmpty()) return advices;
        return advices.stream().map(a -> apply(a, overrides)).toList();
    }

    static Advice apply(Advice a, Map<String, FindingSeverity> overrides) {
        List<Advice.FindingAdvice> findings = new ArrayList<>();
        boolean changed = false;
        for (Advice.FindingAdvice f : a.findings()) {
            FindingSeverity given = overrides.get(f.id());
            if (given == null) {
                findings.add(f);
                continue;
            }
            changed = true;
            Optional<Severity> s = given.severity();
            s.ifPresent(severity -> findings.add(new Advice.FindingAdvice(f.id(), severity, f.subject(), f.message(),
                    f.reasons(), f.explanation(), f.location())));
        }
        if (!changed) return a;
        return new Advice(a.architecture(), a.currency(), a.files(), a.diagnostics(), a.policy(), a.clusters(), findings,
                a.roadmap(), a.assumptions());
    }
}
