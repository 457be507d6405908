package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.Suppression;
import org.cpoadvisor.dsl.model.Architecture;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading an architecture: the model (absent when a file could not
 * be read or parsed), where its parts were written, every diagnostic sorted by
 * place, the files read (the root first), and the findings the files accept ({@code // cpo-ignore:}
 * comments, in file order; none for JSON and YAML).
 */
public record ReadResult(Architecture architecture, SourceMap sources, List<Diagnostic> diagnostics, List<String> files,
                         List<Suppression> suppressions) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    /** A read without suppressions. */
    public ReadResult(Architecture architecture, SourceMap sources, List<Diagnostic> diagnostics, List<String> files) {
        this(architecture, sources, diagnostics, files, List.of());
    }

    /** The same read with other diagnostics (its suppressions kept). */
    public ReadResult withDiagnostics(List<Diagnostic> others) {
        return new ReadResult(architecture, sources, others, files, suppressions);
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
