package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.diag.Diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A project configuration ({@code .cpo.yaml}) does not read: YAML syntax, an unknown key
 * (CPO320), a value of the wrong kind or an unknown format, finding id or severity (CPO321),
 * a policy setting that does not read, a file it names that does not exist. Carries every
 * problem found, as diagnostics with file, line and column; the message has one line per diagnostic.
 */
public final class ProjectConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public ProjectConfigException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::summary).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem found, in the order of the file. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
