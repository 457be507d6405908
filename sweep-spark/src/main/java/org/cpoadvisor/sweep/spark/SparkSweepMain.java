package org.cpoadvisor.sweep.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.AdvisorSetupException;
import org.cpoadvisor.advisor.SweepOptions;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.report.UncertaintyReports;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sweep as a {@code spark-submit} application:
 * {@code spark-submit --class org.cpoadvisor.sweep.spark.SparkSweepMain ... FILE [options]}. Run with
 * plain {@code java} (no {@code spark.master} set), it runs Spark in local mode on every core.
 * Exit codes: 0 swept; 1 the file (or a catalog, policy or rule pack) has errors; 2 bad arguments
 * or a file that cannot be read or written.
 */
public final class SparkSweepMain {

    static final String USAGE = String.join("\n",
            "usage: spark-submit --class org.cpoadvisor.sweep.spark.SparkSweepMain [spark options] cpo-sweep-spark.jar FILE [options]",
            "",
            "A Monte Carlo sweep of FILE (a .cpo architecture, no imports) over every uncertain figure, as a Spark job.",
            "",
            "options (as cpo sweep's):",
            "  --scenarios N               scenarios to draw (1.." + SweepOptions.MAX_SCENARIOS + "; default " + SweepOptions.DEFAULT_SCENARIOS + ")",
            "  --seed S                    the seed (default " + SweepOptions.DEFAULT_SEED + "); the same seed gives the same report",
            "  --break-even-scenarios K    search the break-even GPU count in the first K scenarios (default "
                    + SweepOptions.DEFAULT_BREAK_EVEN_SHARE + "; 0: none)",
            "  --partitions P              how many tasks split the scenarios (default: Spark's default parallelism x "
                    + SparkSweep.SLICES_PER_CORE + ")",
            "  --catalog FILE              an extra catalog (repeatable)",
            "  --policy TEXT               policy overrides, e.g. 'min-saving 5 %' (repeatable)",
            "  --rules FILE                a rule pack, DRL (repeatable)",
            "  -f, --format F              " + String.join(", ", UncertaintyReports.FORMATS) + " (default: text)",
            "  -o, --output FILE           write the report to FILE instead of standard output (also --out)",
            "  -h, --help                  this text");

    private SparkSweepMain() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) System.exit(code);
    }

    /** The application without its exit: what {@link #main} does, its output on {@code out} and {@code err}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, null);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, on {@code given} when not {@code null} (left running). */
    static int run(String[] args, PrintStream out, PrintStream err, JavaSparkContext given) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("cpo-sweep-spark: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (a == null) {
            out.println(USAGE);
            return 0;
        }
        String source;
        AdvisorSetup setup = AdvisorSetup.BUILT_IN;
        try {
            source = Files.readString(a.file(), StandardCharsets.UTF_8);
            for (Path c : a.catalogs()) setup = setup.withCatalog(AdvisorSetup.NamedText.of(c));
            for (String p : a.policies()) setup = setup.withPolicy(p);
            for (Path r : a.rulePacks()) setup = setup.withRulePack(AdvisorSetup.NamedText.of(r));
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("cpo-sweep-spark: cannot read " + (e instanceof IOException ? a.file() + ": " : "") + e.getMessage());
            return 2;
        }
        // everything is checked before Spark starts: a file with errors costs no cluster time
        Advisor advisor;
        try {
            advisor = ExecutorState.advisor(setup);
        } catch (AdvisorSetupException e) {
            err.println("cpo-sweep-spark: the advisor cannot be set up:");
            err.println(e.getMessage());
            return 1;
        }
        String name = a.file().toString();
        ReadResult read = ExecutorState.read(setup, source, name);
        if (read.hasErrors()) {
            err.println("cpo-sweep-spark: " + name + " has errors, so nothing was swept:");
            err.print(Advisor.render(advisor.advise(read), "text"));
            return 1;
        }
        SweepOptions options = new SweepOptions(a.scenarios(), a.seed(), 1, a.breakEvenShare());
        SweepSummary summary;
        SparkSweep.Job job = new SparkSweep.Job(source, name, options, setup);
        if (given != null) {
            summary = SparkSweep.run(given, job, a.partitions());
        } else {
            SparkConf conf = new SparkConf().setAppName("cpo-sweep " + a.file().getFileName()).setIfMissing("spark.master", "local[*]");
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                summary = SparkSweep.run(sc, job, a.partitions());
            }
        }
        String text;
        try {
            text = UncertaintyReports.sweep(summary, a.format());
        } catch (IllegalArgumentException e) {
            err.println("cpo-sweep-spark: " + e.getMessage());
            return 2;
        }
        if (a.out() == null) {
            out.print(text);
        } else {
            try {
                Files.writeString(a.out(), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("cpo-sweep-spark: cannot write " + a.out() + ": " + e.getMessage());
                return 2;
            }
            err.println("cpo-sweep-spark: the " + a.format() + " report is in " + a.out());
        }
        return 0;
    }
}
