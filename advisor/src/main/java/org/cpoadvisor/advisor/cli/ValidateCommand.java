package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.advisor.Architectures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cpo validate FILE…}: reads files and reports every problem in them. */
@Command(name = "validate", description = "Check architecture files (.cpo, .json, .yaml) for mistakes.",
        footer = {"", "Examples:",
                "  cpo validate arch/ other/*.cpo",
                "  generate-estate | cpo validate -    standard input (--stdin-syntax: its syntax)",
                "", "Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error: a file named",
                "  is missing, unreadable or not UTF-8 (its diagnostic is printed too, with",
                "  the other files' problems; 2 wins over 1)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, folders or globs; `-` for standard input")
    List<String> files;

    @Mixin
    StandardInput stdin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Boolean fromStdin = StandardInput.named(files, err);
        if (fromStdin == null) return 2;
        List<Architectures.Checked> checked;
        if (fromStdin) {
            checked = List.of(new Architectures.Checked(Path.of(StandardInput.NAME), stdin.read(System.in,
                    (text, syntax) -> Architectures.read(text, StandardInput.NAME, StandardInput.importBase(), syntax))));
        } else {
            try {
                checked = Architectures.readAll(Inputs.expand(files));
            } catch (IOException e) {
                err.println("cpo: " + e.getMessage());
                return 2;
            }
        }
        long errors = 0;
        long warnings = 0;
        boolean unreadable = false;
        for (Architectures.Checked c : checked) {
            out.print(DiagnosticPrinter.render(c.result().diagnostics()));
            errors += c.result().count(Severity.ERROR);
            warnings += c.result().count(Severity.WARNING);
            unreadable |= c.result().unreadable();
        }
        out.println(Architectures.summary(checked.size(), errors, warnings));
        return unreadable ? 2 : errors > 0 ? 1 : 0;
    }
}
