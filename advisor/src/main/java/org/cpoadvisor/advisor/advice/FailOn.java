package org.cpoadvisor.advisor.advice;

import org.cpoadvisor.dsl.diag.Severity;

import java.util.Locale;

/** The lowest severity that fails a check: {@code error}, {@code warning}, {@code note}, or {@code never}. */
public enum FailOn {
    ERROR, WARNING, NOTE, NEVER;

    /** Whether a problem of this severity fails the check. */
    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> severity != Severity.NOTE;
            case NOTE -> true;
            case NEVER -> false;
        };
    }

    /**
     * Whether a problem of this severity ({@code error}, {@code warning}, {@code note}) fails the check;
     * a word that is none of them counts as a note.
     */
    public boolean fails(String severity) {
        return fails(severityOf(severity));
    }

    /** The severity of a word ({@code error}, {@code warning}, any case); anything else is a note. */
    static Severity severityOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> Severity.NOTE;
        };
    }

    public static FailOn parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
