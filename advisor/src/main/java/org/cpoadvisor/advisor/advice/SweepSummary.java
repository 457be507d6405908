package org.cpoadvisor.advisor.advice;

import org.cpoadvisor.dsl.diag.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * A Monte Carlo sweep over every uncertain figure at once (docs/model.md section 9): per cluster
 * how often each verdict comes out, and how the saving and the break-even GPU count are spread.
 * The same seed gives the same summary, byte for byte in every report, on any number of threads
 * and on Spark. Made by {@code Advisor.sweep(...)}; drawn by {@code cpo sweep} and the REPL's
 * {@code sweep} (text, Markdown, JSON, HTML).
 *
 * @param architecture   the architecture's name
 * @param file           the file read
 * @param currency       the currency of every amount
 * @param scenarios      how many scenarios were drawn
 * @param seed           the seed they were drawn from
 * @param figures        every uncertain figure drawn
 * @param clusters       every cluster, in file order
 * @param breakEvenShare of how many scenarios the break-even GPU count was searched (the first ones drawn)
 * @param diagnostics    what reading the file said; with an error, nothing was drawn
 */
public record SweepSummary(String architecture, String file, String currency, long scenarios, long seed,
                           List<UncertainFigure> figures, List<ClusterSweep> clusters, long breakEvenShare,
                           List<Diagnostic> diagnostics) {

    public SweepSummary {
        figures = List.copyOf(figures);
        clusters = List.copyOf(clusters);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * One cluster over the scenarios.
     *
     * @param cluster       the cluster's path
     * @param verdict       the verdict with every figure at its value (the advice's)
     * @param verdicts      how many scenarios gave each verdict (every verdict present, maybe 0), strongest first
     * @param saving        the spread of the best CPO option's saving (a fraction of TCO) over the scenarios that
     *                      had one; {@code null} when none had
     * @param noOption      scenarios in which no CPO option could be built
     * @param breakEvenGpus the spread of the GPU count from which the best CPO option saves the policy's
     *                      {@code min-saving}, over the searched scenarios in which one was found; {@code null}: none
     * @param breakEvenNone searched scenarios in which no GPU count reached it
     * @param histogram     the savings in {@link #BINS} bins of equal width from the lowest to the highest; {@code null}
     *                      when no scenario had a CPO option
     */
    public record ClusterSweep(String cluster, Verdict verdict, Map<Verdict, Long> verdicts, Spread saving, long noOption,
                               Spread breakEvenGpus, long breakEvenNone, Histogram histogram) {
        public ClusterSweep {
            verdicts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(verdicts));
        }

        /** The share of scenarios that gave a verdict. */
        public double probability(Verdict v, long scenarios) {
            return scenarios == 0 ? 0 : verdicts.getOrDefault(v, 0L) / (double) scenarios;
        }
    }

    /** The bins of a saving's histogram. */
    public static final int BINS = 20;

    /**
     * Counts of values in bins of equal width: bin {@code i} holds {@code from + i * width <= v < from + (i + 1) * width},
     * the last bin its upper edge too.
     */
    public record Histogram(double from, double width, List<Long> counts) {
        public Histogram {
            counts = List.copyOf(counts);
        }
    }

    /**
     * How a figure is spread over scenarios: its count, mean and percentiles (the nearest-rank value).
     */
    public record Spread(long count, double mean, double min, double p5, double p10, double p25, double p50, double p75,
                         double p90, double p95, double max) {
    }
}
