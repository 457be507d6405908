package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.diag.Suggest;
import org.cpoadvisor.dsl.diag.Suppression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Weighs the {@code // cpo-ignore:} comments of a read against the advice: the advice carries them, and a
 * suppression that silences no finding is a warning, CPO231 when its id is no finding's (a typo: did you
 * mean …?) or CPO232 when the finding is not raised there (stale). Only known once the rules have run: the
 * reader does not know the finding ids, and a rule pack's ids are known from the findings it raised.
 */
final class SuppressionCheck {

    private SuppressionCheck() {
    }

    /** The advice with the suppressions and a warning for each that silences nothing. */
    static Advice apply(Advice advice, List<Suppression> suppressions, boolean rulePacks) {
        if (suppressions.isEmpty()) return advice;
        Advice with = advice.withSuppressions(suppressions);
        if (advice.hasErrors()) return with; // no findings to weigh them against
        Set<String> builtin = new TreeSet<>();
        Advisor.findingKinds().forEach(k -> builtin.add(k.id()));
        Set<String> known = new TreeSet<>(builtin);
        Map<String, Set<String>> subjects = new HashMap<>();
        for (Advice.FindingAdvice f : advice.findings()) {
            known.add(f.id());
            subjects.computeIfAbsent(f.id(), k -> new LinkedHashSet<>()).add(f.subject());
        }
        List<Diagnostic> added = new ArrayList<>();
        Map<String, List<String>> files = new HashMap<>();
        for (Suppression s : suppressions) {
            String id = s.finding();
            boolean silences = advice.findings().stream().anyMatch(f -> with.silences(s, f));
            if (silences) continue;
            Diagnostic d;
            if (!known.contains(id)) {
                String hint = Suggest.didYouMean(id, known);
                d = Diagnostic.of(Code.CPO231, "`" + id + "` is the id of no finding" + (rulePacks
                                ? " of the built-in rules, and no rule pack raised it here" : ""), s.location())
                        .withHint(hint != null ? hint : "the finding ids are in the report (`warning power-cap: …`) and in docs/advice.md");
            } else {
                Set<String> where = subjects.getOrDefault(id, Set.of());
                d = Diagnostic.of(Code.CPO232, "the suppression of `" + id + "` on " + s.describe()
                                + " silences nothing: there is no such finding there", s.location())
                        .withHint(where.isEmpty() ? "remove it: the finding is gone"
                                : "remove it, or move it to what the finding is about: " + String.join(", ", where));
            }
            SourceLocation at = s.location();
            added.add(at == null ? d : d.withSourceLine(Architectures.sourceLine(at, files)));
        }
        if (added.isEmpty()) return with;
        List<Diagnostic> all = new ArrayList<>(advice.diagnostics());
        all.addAll(added);
        all.sort(Diagnostic.ORDER);
        return with.withDiagnostics(all);
    }
}
