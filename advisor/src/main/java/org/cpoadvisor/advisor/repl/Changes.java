package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.report.DiffText;

import java.util.List;

/** The verdicts an edit or an undo moved, as the shared diff ({@link Advisor#diff}, {@link DiffText}) words them. */
final class Changes {

    private Changes() {
    }

    /** One line per cluster whose verdict moved, came or went; empty when none did, or when either advice is missing. */
    static List<String> verdicts(Advice before, Advice after) {
        if (before == null || after == null) return List.of();
        return DiffText.verdictChanges(Advisor.diff(before, after));
    }
}
