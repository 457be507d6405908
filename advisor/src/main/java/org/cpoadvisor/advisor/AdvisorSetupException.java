package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.diag.Diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@link Advisor} could not be built: an extra catalog or a policy does not read, or
 * a rule pack does not compile (CPO310). Carries every problem found, as diagnostics
 * with file, line and column; the message has one line per diagnostic
 * ({@code min-nic.drl:7:23: error CPO310: rule pack does not compile: …}).
 */
public final class AdvisorSetupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public AdvisorSetupException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::summary).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem found, in the order found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
