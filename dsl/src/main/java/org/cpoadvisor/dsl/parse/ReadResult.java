package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.model.Architecture;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading an architecture: the model (absent when a file could not
 * be read or parsed), where its parts were written, every diagnostic sorted by
 * place, and the files read (the root first).
 */
public record ReadResult(Architecture architecture, SourceMap sources, List<Diagnostic> diagnostics, List<String> files) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** The model, when the files hold no error: only such a model may be advised on. */
    public Optional<Architecture> valid() {
        return hasErrors() ? Optional.empty() : Optional.ofNullable(architecture);
    }
}
