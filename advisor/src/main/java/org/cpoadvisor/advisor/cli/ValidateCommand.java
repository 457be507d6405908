package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.advisor.Architectures;
import picocli.CommandLine.Command;
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
        footer = {"", "Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files, folders or globs")
    List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths;
        try {
            paths = Inputs.expand(files);
        } catch (IOException e) {
            err.println("cpo: " + e.getMessage());
            return 2;
        }
        long errors = 0;
        long warnings = 0;
        List<Architectures.Checked> checked = Architectures.readAll(paths);
        for (Architectures.Checked c : checked) {
            out.print(DiagnosticPrinter.render(c.result().diagnostics()));
            errors += c.result().count(Severity.ERROR);
            warnings += c.result().count(Severity.WARNING);
        }
        out.println(Architectures.summary(checked.size(), errors, warnings));
        return errors > 0 ? 1 : 0;
    }
}
