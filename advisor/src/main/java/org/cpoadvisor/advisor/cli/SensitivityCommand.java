package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.report.UncertaintyReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cpo sensitivity FILE}: what each uncertain figure does to the advice on its own. */
@Command(name = "sensitivity", description = "For each cluster, each figure with a range moved alone to its low and high end:"
        + " the saving and verdict at each end, largest effect first (a tornado), and where the verdict flips.",
        footer = {"", "Figures get ranges in the file (`electricity 0.08 USD/kWh range 0.05..0.14`), from the built-in",
                "catalog and from the defaults (docs/model.md section 9).", "", "Examples:",
                "  cpo sensitivity samples/ai-factory.cpo",
                "  cpo sensitivity samples/ai-factory.cpo --format html -o tornado.html",
                "", "Exit codes: 0 done, 1 the file has errors (they are printed), 2 usage or I/O error."})
final class SensitivityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the architecture (.cpo, .json, .yaml)")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json (schema cpo-sensitivity/1) or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the report to FILE instead of standard output (replaced atomically)")
    Path output;

    @Mixin
    AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] exit = new int[1];
        UncertaintyOutput.Read r = UncertaintyOutput.read("sensitivity", format, file, advisorOptions, out, err, exit);
        if (r == null) return exit[0];
        Sensitivity s = r.advisor().sensitivity(r.read());
        return UncertaintyOutput.write("sensitivity", UncertaintyReports.sensitivity(s, format), output, r.read(), advisorOptions,
                out, err);
    }
}
