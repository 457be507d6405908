package org.cpoadvisor.dsl.diag;

import java.util.Objects;

/**
 * An accepted finding, written in the architecture file as a comment
 * {@code // cpo-ignore: FINDING-ID reason} on the line before (or at the end of) the line that opens
 * what it applies to: a cluster, a site (the site and its clusters), the {@code catalog} block (the
 * findings about the catalog) or the {@code architecture} statement (the whole architecture).
 * A suppressed finding stays in the advice; a CI check neither counts nor fails it.
 *
 * @param finding  the finding id it silences ({@code power-cap})
 * @param scope    what it applies to
 * @param subject  the cluster ({@code site.cluster}), the site, {@code catalog}, or for the whole
 *                 architecture its name
 * @param reason   why the finding is accepted (never blank)
 * @param location the comment's place
 */
public record Suppression(String finding, Scope scope, String subject, String reason, SourceLocation location) {

    /** What a suppression applies to. */
    public enum Scope {
        /** Every finding of its id in the architecture. */
        ARCHITECTURE,
        /** The findings of its id about the site and about the site's clusters. */
        SITE,
        /** The findings of its id about the cluster. */
        CLUSTER,
        /** The findings of its id about the catalog (such as {@code assumed-figures}). */
        CATALOG
    }

    public Suppression {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether it silences a finding of {@code id} about {@code subject}; {@code siteOfSubject} is the
     * site of a cluster subject ({@code null} when the subject is no cluster).
     */
    public boolean covers(String id, String subject, String siteOfSubject) {
        if (!finding.equals(id)) return false;
        return switch (scope) {
            case ARCHITECTURE -> true;
            case SITE -> this.subject.equals(subject) || this.subject.equals(siteOfSubject);
            case CLUSTER, CATALOG -> this.subject.equals(subject);
        };
    }

    /** {@code cluster sh-01.train-a}, {@code site sh-01}, {@code catalog}, {@code architecture}: for messages. */
    public String describe() {
        return switch (scope) {
            case ARCHITECTURE -> "the architecture";
            case SITE -> "site `" + subject + "`";
            case CLUSTER -> "cluster `" + subject + "`";
            case CATALOG -> "the catalog";
        };
    }
}
