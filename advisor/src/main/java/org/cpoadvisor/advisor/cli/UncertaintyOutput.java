package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where {@code cpo sensitivity} and {@code cpo sweep} put their report: standard output, or a file replaced atomically. */
final class UncertaintyOutput {

    private UncertaintyOutput() {
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
