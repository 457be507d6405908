package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.cpoadvisor.dsl.diag.SafeText;
import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.json.JsonTranslation;
import org.cpoadvisor.dsl.parse.CanonicalFormatter;
import org.cpoadvisor.dsl.parse.Limits;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.parse.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cpo fmt FILE… [--check | --diff | --write]}: the canonical layout. */
@Command(name = "fmt", description = "Print files in canonical layout (comments kept), check or rewrite them.",
        footer = {"", "Without --check, --diff or --write, prints the formatted text of each file.",
                "--check and --diff without FILE take every .cpo file below the current",
                "folder. `-` reads the language from standard input (named <stdin>).",
                "", "Examples:",
                "  cpo fmt --check                   which files below here are out of layout?",
                "  cpo fmt --diff arch/ > fmt.patch  what --write would change (git apply it)",
                "  cpo fmt - < estate.cpo            the canonical text of standard input",
                "", "Exit codes: 0 fine, 1 a file is not canonical (--check, --diff) or has syntax",
                "  errors, 2 usage or I/O error: a file named is missing, unreadable or not",
                "  UTF-8 (its diagnostic is printed too; 2 wins over 1)."})
final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "files, folders or globs; `-` for standard input (with --check or --diff, default: the current folder)")
    List<String> files;

    @Option(names = "--check", description = "list the files that are not in canonical layout; change nothing")
    boolean check;

    @Option(names = "--diff", description = "print a unified diff (--- a/FILE, +++ b/FILE) of what --write would change; change nothing")
    boolean diff;

    @Option(names = "--write", description = "rewrite files in place (atomically, keeping their permissions)")
    boolean write;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (write && (check || diff)) {
            err.println("cpo fmt: choose --write, or --check and --diff, not both");
            return 2;
        }
        List<String> args = files == null ? List.of() : files;
        if (args.isEmpty()) {
            if (!check && !diff) {
                err.println("cpo fmt: name the files to " + (write ? "rewrite" : "print") + " (`.` for every .cpo file below here),"
                        + " or `-` for standard input");
                return 2;
            }
            args = Inputs.orCurrentFolder(args);
        }
        Boolean fromStdin = StandardInput.named(args, err);
        if (fromStdin == null) return 2;
        if (fromStdin) {
            if (write) {
                err.println("cpo fmt: --write rewrites files; standard input is printed formatted without it");
                return 2;
            }
            SourceFiles.Loaded loaded = SourceFiles.load(System.in, StandardInput.NAME, Limits.DEFAULT);
            return format(StandardInput.NAME, loaded, out, err);
        }
        List<Path> paths = Inputs.expand(args, err);
        if (paths == null) return 2;
        int status = 0;
        for (Path p : paths) {
            Syntax syntax = JsonTranslation.syntaxOf(String.valueOf(p.getFileName()));
            if (syntax != null) {
                // said, not done silently: a JSON or YAML file is a tool's output, and YAML's comments would be lost
                err.println(p + ": left as it is: cpo fmt lays out the .cpo language; a " + syntax
                        + " file keeps the layout of the tool that wrote it (cpo validate checks it)");
                continue;
            }
            int s = format(p.toString(), SourceFiles.load(p.toAbsolutePath(), p.toString(), null, Limits.DEFAULT), out, err);
            if (s == WRITE_FAILED) return 2;
            status = Math.max(status, s);
        }
        return status;
    }

    /** The status of a file whose rewrite failed: the command stops there. */
    private static final int WRITE_FAILED = -1;

    /** Formats one file (or standard input) as the options say; its status: 0, 1, 2, or {@link #WRITE_FAILED}. */
    private int format(String name, SourceFiles.Loaded loaded, PrintWriter out, PrintWriter err) {
        if (loaded.problem() != null) {
            out.print(DiagnosticPrinter.render(List.of(loaded.problem())));
            return ReadResult.UNREADABLE.contains(loaded.problem().code()) ? 2 : 1;
        }
        String original = loaded.text().text();
        CanonicalFormatter.Result r = CanonicalFormatter.format(original, name);
        if (!r.ok()) {
            out.print(DiagnosticPrinter.render(r.diagnostics().stream()
                    .map(d -> d.withSourceLine(loaded.text().line(d.location().line()))).toList()));
            return 1;
        }
        boolean canonical = r.text().equals(original);
        if (check || diff) {
            if (check && !canonical) out.println(name + ": not in canonical layout");
            if (diff && !canonical) data(out, UnifiedDiff.of(SafeText.line(name), original, r.text()));
            return canonical ? 0 : 1;
        }
        if (write) {
            if (canonical) return 0;
            try {
                SafeFiles.write(Path.of(name), r.text());
                out.println(name + ": formatted");
                return 0;
            } catch (IOException e) {
                err.println("cpo fmt: cannot write " + name + ": " + e.getMessage());
                return WRITE_FAILED;
            }
        }
        data(out, r.text());
        return 0;
    }

    /**
     * Prints a file's text (or a diff of it): into a pipe or a file it is data, exactly its text
     * ({@code cpo fmt a.cpo > b.cpo}); on a terminal, as everything cpo prints there, no control or
     * bidi character raw.
     */
    private static void data(PrintWriter out, String text) {
        if (System.console() == null) {
            SafePrintWriter.printExact(out, text);
        } else {
            out.print(text);
        }
    }
}
