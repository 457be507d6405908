package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.advice.Verdict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What some scenarios of a sweep gave, cluster by cluster: the verdicts counted, the savings and
 * break-even GPU counts kept. Tallies of disjoint scenario ranges merge in any order into the tally
 * of their union, and a summary depends on the values only, never on the order they came in: so a
 * sweep split over threads, or over Spark's executors ({@code sweep-spark}), summarises to the same
 * bytes. Made by {@link Advisor#sweepPart}; summarised by {@link Advisor#summarize}.
 */
public final class SweepTally implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] clusters;
    private final long[][] verdicts;
    private final double[][] savings;
    private final int[] savingCount;
    private final long[] noOption;
    private final double[][] breakEvens;
    private final int[] breakEvenCount;
    private final long[] breakEvenNone;
    private long scenarios;

    /** An empty tally of these clusters (their paths, in file order). */
    public SweepTally(List<String> clusterPaths) {
        int n = clusterPaths.size();
        this.clusters = clusterPaths.toArray(String[]::new);
        this.verdicts = new long[n][Verdict.values().length];
        this.savings = new double[n][];
        this.savingCount = new int[n];
        this.noOption = new long[n];
        this.breakEvens = new double[n][];
        this.breakEvenCount = new int[n];
        this.breakEvenNone = new long[n];
        for (int i = 0; i < n; i++) {
            savings[i] = new double[16];
            breakEvens[i] = new double[4];
        }
    }

    public List<String> clusters() {
        return List.of(clusters);
    }

    /** How many scenarios this tally holds. */
    public long scenarios() {
        return scenarios;
    }

    /** Counts one scenario's outcome for cluster {@code i}; {@code saving} {@code null}: no CPO option. */
    void add(int i, Verdict verdict, Double saving) {
        verdicts[i][verdict.ordinal()]++;
        if (saving == null || saving.isNaN()) {
            noOption[i]++;
        } else {
            addSaving(i, saving);
        }
    }

    private void addSaving(int i, double saving) {
        if (savingCount[i] == savings[i].length) savings[i] = Arrays.copyOf(savings[i], savings[i].length * 2);
        savings[i][savingCount[i]++] = saving;
    }

    /** One searched scenario's break-even GPU count for cluster {@code i}; {@code null}: none reached. */
    void addBreakEven(int i, Double gpus) {
        if (gpus == null) {
            breakEvenNone[i]++;
        } else {
            if (breakEvenCount[i] == breakEvens[i].length) breakEvens[i] = Arrays.copyOf(breakEvens[i], breakEvens[i].length * 2);
            breakEvens[i][breakEvenCount[i]++] = gpus;
        }
    }

    void countScenario() {
        scenarios++;
    }

    /** This tally and another's (of other scenarios of the same sweep) in one new tally. */
    public SweepTally merge(SweepTally other) {
        if (!Arrays.equals(clusters, other.clusters)) {
            throw new IllegalArgumentException("tallies of different architectures do not merge");
        }
        SweepTally m = new SweepTally(List.of(clusters));
        m.absorb(this);
        m.absorb(other);
        return m;
    }

    /**
     * Adds another tally's scenarios to this one, in place: how a sweep on threads gathers its parts without
     * copying what it already holds at every step (as a chain of {@link #merge}s would).
     */
    void absorb(SweepTally t) {
        if (!Arrays.equals(clusters, t.clusters)) {
            throw new IllegalArgumentException("tallies of different architectures do not merge");
        }
        scenarios += t.scenarios;
        for (int i = 0; i < clusters.length; i++) {
            for (int v = 0; v < t.verdicts[i].length; v++) verdicts[i][v] += t.verdicts[i][v];
            noOption[i] += t.noOption[i];
            breakEvenNone[i] += t.breakEvenNone[i];
            for (int k = 0; k < t.savingCount[i]; k++) addSaving(i, t.savings[i][k]);
            for (int k = 0; k < t.breakEvenCount[i]; k++) addBreakEven(i, t.breakEvens[i][k]);
        }
    }

    /** The clusters' part of a summary, given each cluster's verdict with every figure at its value. */
    List<SweepSummary.ClusterSweep> clusterSweeps(List<Verdict> verdictsAtValues) {
        List<SweepSummary.ClusterSweep> out = new ArrayList<>(clusters.length);
        for (int i = 0; i < clusters.length; i++) {
            Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) counts.put(v, verdicts[i][v.ordinal()]);
            double[] s = Arrays.copyOf(savings[i], savingCount[i]);
            double[] b = Arrays.copyOf(breakEvens[i], breakEvenCount[i]);
            Arrays.sort(s);
            Arrays.sort(b);
            out.add(new SweepSummary.ClusterSweep(clusters[i], verdictsAtValues.get(i), counts, spread(s), noOption[i],
                    spread(b), breakEvenNone[i], histogram(s)));
        }
        return out;
    }

    /** Count, mean (summed in sorted order: the same bytes whatever order the values came in) and nearest-rank percentiles. */
    static SweepSummary.Spread spread(double[] sorted) {
        if (sorted.length == 0) return null;
        double sum = 0;
        for (double v : sorted) sum += v;
        return new SweepSummary.Spread(sorted.length, sum / sorted.length, sorted[0], rank(sorted, 5), rank(sorted, 10),
                rank(sorted, 25), rank(sorted, 50), rank(sorted, 75), rank(sorted, 90), rank(sorted, 95), sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} % of the values at or below it. */
    static double rank(double[] sorted, int p) {
        int k = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, k - 1))];
    }

    static SweepSummary.Histogram histogram(double[] sorted) {
        if (sorted.length == 0) return null;
        double lo = sorted[0];
        double hi = sorted[sorted.length - 1];
        double width = hi > lo ? (hi - lo) / SweepSummary.BINS : 0;
        long[] counts = new long[SweepSummary.BINS];
        for (double v : sorted) {
            int bin = width == 0 ? 0 : (int) Math.min(SweepSummary.BINS - 1, Math.floor((v - lo) / width));
            counts[bin]++;
        }
        List<Long> list = new ArrayList<>(counts.length);
        for (long c : counts) list.add(c);
        return new SweepSummary.Histogram(lo, width, list);
    }
}
