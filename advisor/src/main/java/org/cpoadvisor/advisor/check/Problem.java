package org.cpoadvisor.advisor.check;

import org.cpoadvisor.dsl.diag.SourceLocation;

/**
 * Something a CI check reports: a diagnostic of a file or a finding of the advice,
 * with a fingerprint that stays the same when lines move (for baselines).
 *
 * @param kind     {@code diagnostic} or {@code finding}
 * @param id       the code ({@code CPO201}) or the finding id ({@code cooling-prerequisite})
 * @param severity {@code error}, {@code warning} or {@code note}
 * @param subject  the cluster or site a finding is about; for a diagnostic, its message
 */
public record Problem(String file, String kind, String id, String severity, String subject, String message,
                      SourceLocation location) {

    /** The same problem in a later run, wherever its line moved to. */
    public String fingerprint() {
        return file + "|" + id + "|" + subject;
    }
}
