package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.Suppression;
import org.cpoadvisor.dsl.model.Architecture;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of reading an architecture: the model (absent when a file could not
 * be read or parsed), where its parts were written, every diagnostic sorted by
 * place, the files read (the root first), and the findings the files accept ({@code // cpo-ignore:}
 * comments, in file order; none for JSON and YAML).
 *
 * @param unreadable whether the root file itself could not be read as text: it does not exist, is not a
 *                   regular file, cannot be read, or is not UTF-8 ({@link #UNREADABLE}: CPO301, CPO307,
 *                   CPO306). Nothing else was read, and the one diagnostic says why. A command line takes
 *                   it as an I/O error (exit 2), not as a problem in a file (exit 1). An empty or too large
 *                   root file, and an import that cannot be read, are problems in the files: not this.
 */
public record ReadResult(Architecture architecture, SourceMap sources, List<Diagnostic> diagnostics, List<String> files,
                         List<Suppression> suppressions, boolean unreadable) {

    /** The codes of a file whose text could not be had: missing, not readable, not UTF-8. */
    public static final Set<Code> UNREADABLE = Set.of(Code.CPO301, Code.CPO306, Code.CPO307);

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    /** A read of a root file that could be read (or of text), without suppressions. */
    public ReadResult(Architecture architecture, SourceMap sources, List<Diagnostic> diagnostics, List<String> files) {
        this(architecture, sources, diagnostics, files, List.of(), false);
    }

    /** A read of a root file that could be read (or of text), with the suppressions its comments hold. */
    public ReadResult(Architecture architecture, SourceMap sources, List<Diagnostic> diagnostics, List<String> files,
                      List<Suppression> suppressions) {
        this(architecture, sources, diagnostics, files, suppressions, false);
    }

    /** A read without suppressions; {@code unreadable} as {@link #unreadable()} says. */
    public ReadResult(Architecture architecture, SourceMap sources, List<Diagnostic> diagnostics, List<String> files,
                      boolean unreadable) {
        this(architecture, sources, diagnostics, files, List.of(), unreadable);
    }

    /**
     * A root file (or standard input) named {@code name} that could not be loaded, and the problem that
     * kept it from being read; {@link #unreadable()} when the problem is one of {@link #UNREADABLE}.
     */
    public static ReadResult notLoaded(String name, Diagnostic problem) {
        return new ReadResult(null, SourceMap.EMPTY, List.of(problem), List.of(name), UNREADABLE.contains(problem.code()));
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

    /** This result with other diagnostics (sorted as given), the rest kept. */
    public ReadResult withDiagnostics(List<Diagnostic> all) {
        return new ReadResult(architecture, sources, all, files, suppressions, unreadable);
    }
}
