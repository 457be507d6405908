package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.diag.Severity;

import java.util.Locale;
import java.util.Optional;

/**
 * The severity a project gives a kind of finding instead of its own ({@link CheckOptions#severities()},
 * the {@code findings} of {@code .cpo.yaml}): {@code error}, {@code warning}, {@code note}, or {@code off}
 * (the finding is not reported at all).
 */
public enum FindingSeverity {
    ERROR, WARNING, NOTE, OFF;

    /** The severity a finding takes; empty for {@link #OFF}. */
    public Optional<Severity> severity() {
        return switch (this) {
            case ERROR -> Optional.of(Severity.ERROR);
            case WARNING -> Optional.of(Severity.WARNING);
            case NOTE -> Optional.of(Severity.NOTE);
            case OFF -> Optional.empty();
        };
    }

    /** The word as written: {@code error}, {@code warning}, {@code note} or {@code off}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code error}, {@code warning}, {@code note} or {@code off}, in any case.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static FindingSeverity parse(String word) {
        for (FindingSeverity s : values()) {
            if (s.word().equalsIgnoreCase(word.strip())) return s;
        }
        throw new IllegalArgumentException("a finding's severity is error, warning, note or off, not `" + word + "`");
    }
}
