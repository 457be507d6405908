package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.SweepOptions;
import org.cpoadvisor.advisor.advice.SweepSummary;
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

/** {@code cpo sweep FILE --scenarios N --seed S}: a Monte Carlo sweep over every range at once. */
@Command(name = "sweep", description = "Draw every figure with a range at once, N times: per cluster how often each verdict"
        + " comes out, and how the saving and the break-even GPU count are spread. The same seed gives the same report"
        + " on any number of threads.",
        footer = {"", "Examples:",
                "  cpo sweep samples/ai-factory.cpo --scenarios 10000 --seed 42",
                "  cpo sweep samples/ai-factory.cpo --format json -o sweep.json",
                "", "Exit codes: 0 done, 1 the file has errors (they are printed), 2 usage or I/O error."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the architecture (.cpo, .json, .yaml)")
    Path file;

    @Option(names = "--scenarios", paramLabel = "N", description = "how many scenarios to draw (default: 1000)")
    long scenarios = SweepOptions.DEFAULT_SCENARIOS;

    @Option(names = "--seed", paramLabel = "S", description = "the seed of the draws (default: 1)")
    long seed = SweepOptions.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "T", description = "threads to price on (default: one per core); the report does not change")
    Integer threads;

    @Option(names = "--break-even-scenarios", paramLabel = "K",
            description = "search the break-even GPU count in the first K scenarios (default: 200; 0: none)")
    long breakEven = SweepOptions.DEFAULT_BREAK_EVEN_SHARE;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json (schema cpo-sweep/1) or html (default: ${DEFAULT-VALUE})")
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
        SweepOptions options;
        try {
            int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            options = new SweepOptions(scenarios, seed, t, breakEven);
        } catch (IllegalArgumentException e) {
            err.println("cpo sweep: " + e.getMessage());
            return 2;
        }
        int[] exit = new int[1];
        UncertaintyOutput.Read r = UncertaintyOutput.read("sweep", format, file, advisorOptions, out, err, exit);
        if (r == null) return exit[0];
        SweepSummary s = r.advisor().sweep(r.read(), options);
        return UncertaintyOutput.write("sweep", UncertaintyReports.sweep(s, format), output, r.read(), advisorOptions, out, err);
    }
}
