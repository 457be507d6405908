package org.cpoadvisor.advisor.check;

import java.util.Locale;

/** The lowest severity that fails a check. */
public enum FailOn {
    ERROR, WARNING, NOTE, NEVER;

    /** Whether a problem of this severity ({@code error}, {@code warning}, {@code note}) fails the check. */
    public boolean fails(String severity) {
        int rank = switch (severity.toLowerCase(Locale.ROOT)) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
        return switch (this) {
            case ERROR -> rank <= 0;
            case WARNING -> rank <= 1;
            case NOTE -> rank <= 2;
            case NEVER -> false;
        };
    }

    public static FailOn parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
