package org.cpoadvisor.advisor.check;

import org.cpoadvisor.dsl.diag.SourceLocation;

/**
 * Something a CI check reports: a diagnostic of a file or a finding of the advice,
 * with keys that stay the same when lines move (for baselines).
 *
 * @param kind     {@code diagnostic} or {@code finding}
 * @param id       the code ({@code CPO201}) or the finding id ({@code cooling-prerequisite})
 * @param severity {@code error}, {@code warning} or {@code note}
 * @param subject  the cluster or site a finding is about; for a diagnostic, its message
 * @param anchor   what a baseline knows the problem by besides its id and file: a finding's subject; a
 *                 diagnostic's source line, stripped (else its JSON path, else empty): the text the user wrote,
 *                 never the tool's message
 */
public record Problem(String file, String kind, String id, String severity, String subject, String message,
                      SourceLocation location, String anchor) {

    public Problem {
        if (anchor == null) anchor = "diagnostic".equals(kind) ? "" : subject;
    }

    /** A problem whose anchor is its subject (a finding) or nothing (a diagnostic). */
    public Problem(String file, String kind, String id, String severity, String subject, String message,
                   SourceLocation location) {
        this(file, kind, id, severity, subject, message, location, null);
    }

    /** The same problem in a later run, wherever its line moved to: the key of a {@code cpo-baseline/1} entry. */
    public String fingerprint() {
        return file + "|" + id + "|" + subject;
    }
}
