package org.cpoadvisor.dsl.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in an architecture file.
 *
 * @param code       the stable code
 * @param severity   error, warning or note
 * @param message    one line saying what is wrong
 * @param location   where, or {@code null} when the problem has no place (a missing file)
 * @param path       for JSON and YAML input, the JSON path of the value ({@code $.sites[0].pue}); else {@code null}
 * @param hint       what to do about it, or {@code null}
 * @param sourceLine the text of the line at {@code location}, for the caret display, or {@code null}
 */
public record Diagnostic(Code code, Severity severity, String message, SourceLocation location,
                         String path, String hint, String sourceLine) {

    /** Files first, then line, column and code: the order every report prints. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.location == null ? "" : d.location.file())
            .thenComparingInt(d -> d.location == null ? 0 : d.location.line())
            .thenComparingInt(d -> d.location == null ? 0 : d.location.column())
            .thenComparing(d -> d.code)
            .thenComparing(d -> d.message);

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic of(Code code, String message, SourceLocation location) {
        return new Diagnostic(code, code.defaultSeverity(), message, location, null, null, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(code, severity, message, location, path, newHint, sourceLine);
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, message, location, path, hint, sourceLine);
    }

    public Diagnostic withSourceLine(String line) {
        return new Diagnostic(code, severity, message, location, path, hint, line);
    }

    public Diagnostic withPath(String jsonPath) {
        return new Diagnostic(code, severity, message, location, jsonPath, hint, sourceLine);
    }

    public Diagnostic withLocation(SourceLocation newLocation) {
        return new Diagnostic(code, severity, message, newLocation, path, hint, sourceLine);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error CPO201: message} — one line, as Checkstyle and compilers print. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (location != null) {
            sb.append(location).append(": ");
        }
        if (path != null) {
            sb.append(path).append(": ");
        }
        sb.append(severity.word()).append(' ').append(code.name()).append(": ").append(message);
        return sb.toString();
    }
}
