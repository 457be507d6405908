package org.cpoadvisor.sweep.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.SweepOptions;
import org.cpoadvisor.advisor.SweepTally;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Monte Carlo sweep (docs/model.md section 9) as a Spark job: the scenarios {@code [0, N)} split into
 * ranges, one task a range; each task reads the architecture's text in its executor (once per JVM, with
 * one advisor per JVM) and tallies its scenarios with {@link Advisor#sweepPart}; the tallies merge in a
 * tree and the driver summarises them. The summary {@code equals} the in-process
 * {@link Advisor#sweep} of the same text, name, setup and seed, whatever the number of ranges.
 *
 * <pre>{@code
 * JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
 * SweepSummary s = SparkSweep.run(sc, Files.readString(file), file.toString(), SweepOptions.of(100_000, 7));
 * }</pre>
 *
 * <p>Only text in the language is read ({@link Advisor#read(String, String)}): a file that imports
 * others gives an error. A file with errors is not swept: the summary holds its diagnostics only,
 * as the in-process sweep's does, and no task runs.
 */
public final class SparkSweep {

    /** How many ranges per unit of Spark's default parallelism when none are asked for. */
    public static final int SLICES_PER_CORE = 4;

    /**
     * How much more a scenario whose break-even GPU count is searched costs than another, about: measured some
     * 10x on samples/ai-factory.cpo (2,000 scenarios: 2.4 ms each, 26 ms with the search).
     */
    static final long BREAK_EVEN_WEIGHT = 10;

    private SparkSweep() {
    }

    /** The sweep with the built-in advisor, in {@link #defaultSlices} ranges. */
    public static SweepSummary run(JavaSparkContext sc, String source, String name, SweepOptions options) {
        return run(sc, new Job(source, name, options, AdvisorSetup.BUILT_IN), 0);
    }

    /**
     * The sweep of {@code job} in {@code slices} ranges ({@code 0}: {@link #defaultSlices}; never more
     * than there are scenarios).
     */
    public static SweepSummary run(JavaSparkContext sc, Job job, int slices) {
        Objects.requireNonNull(sc, "sc");
        Objects.requireNonNull(job, "job");
        if (slices < 0) throw new IllegalArgumentException("slices must not be negative: " + slices);
        Advisor advisor = ExecutorState.advisor(job.setup());
        ReadResult read = ExecutorState.read(job.setup(), job.source(), job.name());
        SweepOptions options = job.options();
        if (read.hasErrors()) {
            return advisor.sweep(read, options.withThreads(1)); // the diagnostics only: nothing is drawn
        }
        int n = slices == 0 ? defaultSlices(sc, options.scenarios()) : (int) Math.min(slices, options.scenarios());
        JavaRDD<Range> ranges = sc.parallelize(ranges(options.scenarios(), n, options.breakEvenShare()), n);
        SweepTally whole = ranges.map(job::part).treeReduce(SweepTally::merge);
        return advisor.summarize(read, options, whole);
    }

    /** Spark's default parallelism times {@link #SLICES_PER_CORE}, at most one range per scenario. */
    public static int defaultSlices(JavaSparkContext sc, long scenarios) {
        return (int) Math.max(1, Math.min((long) sc.defaultParallelism() * SLICES_PER_CORE, scenarios));
    }

    /**
     * {@code [0, scenarios)} in {@code n} consecutive, non-empty ranges of about equal work: a scenario among the
     * first {@code breakEvenShare} (where the break-even GPU count is searched) weighs {@link #BREAK_EVEN_WEIGHT}
     * more than another, so that the first tasks are not the stragglers of the job.
     */
    static List<Range> ranges(long scenarios, int n, long breakEvenShare) {
        if (n < 1 || n > scenarios) throw new IllegalArgumentException("cannot split " + scenarios + " scenarios in " + n + " ranges");
        long share = Math.max(0, Math.min(breakEvenShare, scenarios));
        long k = BREAK_EVEN_WEIGHT;
        long total = scenarios + k * share; // the work of [0, x) is x + k * min(x, share)
        List<Range> out = new ArrayList<>(n);
        long from = 0;
        for (int j = 1; j <= n; j++) {
            long to;
            if (j == n) {
                to = scenarios;
            } else {
                long target = j * total; // the end x of range j: the least x with n * work(x) >= j * total
                to = target <= (1 + k) * share * n ? ceilDiv(target, (1 + k) * n) : ceilDiv(target - k * share * n, n);
                to = Math.max(from + 1, Math.min(to, scenarios - (n - j)));
            }
            out.add(new Range(from, to));
            from = to;
        }
        return out;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** Scenarios {@code from} (inclusive) to {@code to} (exclusive): one task's share. */
    public record Range(long from, long to) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What every task needs, sent with it: the architecture's text and name, the sweep's options
     * (as numbers: {@link SweepOptions} is not serializable) and the advisor's setup.
     */
    public record Job(String source, String name, long scenarios, long seed, long breakEvenShare, AdvisorSetup setup)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public Job {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(setup, "setup");
            new SweepOptions(scenarios, seed, 1, breakEvenShare); // checks them
        }

        public Job(String source, String name, SweepOptions options, AdvisorSetup setup) {
            this(source, name, options.scenarios(), options.seed(), options.breakEvenShare(), setup);
        }

        /** The options, on one thread (a task tallies on its own thread; the count has no effect on the result). */
        public SweepOptions options() {
            return new SweepOptions(scenarios, seed, 1, breakEvenShare);
        }

        /** One task: its range tallied with this JVM's advisor and read. */
        SweepTally part(Range r) {
            ReadResult read = ExecutorState.read(setup, source, name);
            return ExecutorState.advisor(setup).sweepPart(read, options(), r.from(), r.to());
        }
    }
}
