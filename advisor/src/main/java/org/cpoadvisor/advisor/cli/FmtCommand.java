package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.JsonArchitectureReader;
import org.cpoadvisor.dsl.json.JsonTranslation;
import org.cpoadvisor.dsl.parse.CanonicalFormatter;
import org.cpoadvisor.dsl.parse.Limits;
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

/** {@code cpo fmt FILE… [--check | --write]}: the canonical layout. */
@Command(name = "fmt", description = "Print files in canonical layout (comments kept), check or rewrite them.",
        footer = {"", "Without --check or --write, prints the formatted text of each file.",
                "Exit codes: 0 fine, 1 a file is not canonical (--check) or has syntax errors, 2 usage or I/O error."})
final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, folders or globs")
    List<String> files;

    @Option(names = "--check", description = "list the files that are not in canonical layout; change nothing")
    boolean check;

    @Option(names = "--write", description = "rewrite files in place (atomically, keeping their permissions)")
    boolean write;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (check && write) {
            err.println("cpo fmt: choose --check or --write, not both");
            return 2;
        }
        List<Path> paths;
        try {
            paths = Inputs.expand(files);
        } catch (IOException e) {
            err.println("cpo: " + e.getMessage());
            return 2;
        }
        int status = 0;
        for (Path p : paths) {
            Syntax syntax = JsonTranslation.syntaxOf(String.valueOf(p.getFileName()));
            if (syntax != null) {
                // said, not done silently: a JSON or YAML file is a tool's output, and YAML's comments would be lost
                err.println(p + ": left as it is: cpo fmt lays out the .cpo language; a " + syntax
                        + " file keeps the layout of the tool that wrote it (cpo validate checks it)");
                continue;
            }
            SourceFiles.Loaded loaded = SourceFiles.load(p.toAbsolutePath(), p.toString(), null, Limits.DEFAULT);
            if (loaded.problem() != null) {
                out.print(DiagnosticPrinter.render(List.of(loaded.problem())));
                status = Math.max(status, 1);
                continue;
            }
            String original = loaded.text().text();
            CanonicalFormatter.Result r = CanonicalFormatter.format(original, p.toString());
            if (!r.ok()) {
                out.print(DiagnosticPrinter.render(r.diagnostics().stream()
                        .map(d -> d.withSourceLine(loaded.text().line(d.location().line()))).toList()));
                status = Math.max(status, 1);
                continue;
            }
            if (check) {
                if (!r.text().equals(original)) {
                    out.println(p + ": not in canonical layout");
                    status = Math.max(status, 1);
                }
            } else if (write) {
                if (!r.text().equals(original)) {
                    try {
                        SafeFiles.write(p, r.text());
                        out.println(p + ": formatted");
                    } catch (IOException e) {
                        err.println("cpo fmt: cannot write " + p + ": " + e.getMessage());
                        return 2;
                    }
                }
            } else if (System.console() == null) {
                // into a pipe or a file the formatted file is data: exactly its text (`cpo fmt a.cpo > b.cpo`)
                SafePrintWriter.printExact(out, r.text());
            } else {
                out.print(r.text()); // on a terminal, as everything cpo prints there: no control or bidi character raw
            }
        }
        return status;
    }
}
