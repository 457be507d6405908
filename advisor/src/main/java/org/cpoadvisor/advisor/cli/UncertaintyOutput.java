package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.cpoadvisor.advisor.report.UncertaintyReports;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code cpo sensitivity} and {@code cpo sweep} share: the format checked, the project configuration
 * and the advisor, the file read (its errors printed), and the report put on standard output or in a file
 * replaced atomically.
 */
final class UncertaintyOutput {

    private UncertaintyOutput() {
    }

    /** A file read without errors, and the advisor that read it. */
    record Read(Advisor advisor, ReadResult read) {
    }

    /**
     * Checks the format, reads the configuration and the file; on a problem prints it and gives the exit code
     * ({@code exit[0]}: 2 usage or I/O, 1 the file has errors) and {@code null}.
     */
    static Read read(String command, String format, Path file, AdvisorOptions options, PrintWriter out, PrintWriter err,
                     int[] exit) {
        exit[0] = 2;
        if (!UncertaintyReports.FORMATS.contains(format)) {
            err.println("cpo " + command + ": unknown format `" + format + "`; formats: " + String.join(", ", UncertaintyReports.FORMATS));
            return null;
        }
        if (options.config(file, err) == null) return null;
        Advisor advisor = options.advisor(err);
        if (advisor == null) return null;
        ReadResult read = advisor.read(file);
        if (read.hasErrors()) {
            out.print(DiagnosticPrinter.render(read.diagnostics()));
            out.flush();
            exit[0] = read.unreadable() ? 2 : 1;
            return null;
        }
        exit[0] = 0;
        return new Read(advisor, read);
    }

    static int write(String command, String report, Path output, ReadResult read, AdvisorOptions options, PrintWriter out,
                     PrintWriter err) {
        if (output == null || SafeFiles.isStandardOutput(output)) {
            SafePrintWriter.printExact(out, report);
            out.flush();
            return 0;
        }
        List<Path> inputs = new ArrayList<>();
        read.files().forEach(f -> inputs.add(Path.of(f)));
        inputs.addAll(options.files());
        if (!OutputOptions.notAnInput("-o", output, inputs, err)) return 2;
        try {
            SafeFiles.write(output, report);
        } catch (IOException e) {
            err.println("cpo " + command + ": cannot write " + output + ": " + e.getMessage());
            return 2;
        }
        return 0;
    }
}
