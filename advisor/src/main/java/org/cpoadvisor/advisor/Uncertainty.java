package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.advice.UncertainFigure;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.Analyst;
import org.cpoadvisor.rules.uncertain.Scenarios;
import org.cpoadvisor.rules.uncertain.UncertainInput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sensitivity and sweeps for the {@link Advisor} (docs/model.md section 9): the scenarios come from
 * the engine ({@link Scenarios}), each priced and judged by the advisor's analyst as a file with
 * those figures would be ({@link Analyst#outcomes}).
 */
final class Uncertainty {

    private Uncertainty() {
    }

    /** Flip points are found to this share of a range's width. */
    static final double FLIP_TOLERANCE = 1e-3;

    // ------------------------------------------------------------------ sensitivity

    static Sensitivity sensitivity(Advisor advisor, ReadResult read) {
        if (read.hasErrors() || read.architecture() == null) {
            return new Sensitivity(name(read), file(read), currency(read), List.of(), List.of(), read.diagnostics());
        }
        Architecture a = advisor.withPolicy(read.architecture());
        Scenarios scenarios = new Scenarios(a, advisor.builtin());
        Analyst analyst = advisor.analyst();
        List<UncertainInput> inputs = scenarios.inputs();
        double[] values = scenarios.values();
        List<Analyst.Outcome> base = analyst.outcomes(scenarios.at(values), false);
        List<List<Analyst.Outcome>> atLow = new ArrayList<>();
        List<List<Analyst.Outcome>> atHigh = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            atLow.add(analyst.outcomes(scenarios.at(moved(values, i, inputs.get(i).range().low())), false));
            atHigh.add(analyst.outcomes(scenarios.at(moved(values, i, inputs.get(i).range().high())), false));
        }
        List<Sensitivity.ClusterSensitivity> clusters = new ArrayList<>();
        for (int c = 0; c < base.size(); c++) {
            Analyst.Outcome b = base.get(c);
            List<Sensitivity.Swing> swings = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                UncertainInput in = inputs.get(i);
                Analyst.Outcome lo = atLow.get(i).get(c);
                Analyst.Outcome hi = atHigh.get(i).get(c);
                double effect = Math.abs(orZero(hi.saving()) - orZero(lo.saving()));
                boolean verdictMoves = lo.decision() != b.decision() || hi.decision() != b.decision();
                if (effect < 1e-12 && !verdictMoves) continue;
                List<Sensitivity.Flip> flips = new ArrayList<>();
                if (lo.decision() != b.decision()) {
                    flips.add(flip(analyst, scenarios, values, i, c, in.range().low(), lo.decision(), in.value(), b.decision()));
                }
                if (hi.decision() != b.decision()) {
                    flips.add(flip(analyst, scenarios, values, i, c, in.value(), b.decision(), in.range().high(), hi.decision()));
                }
                swings.add(new Sensitivity.Swing(in.ref().label(), in.range().low(), in.range().high(), lo.saving(), hi.saving(),
                        verdict(lo), verdict(hi), effect, flips));
            }
            // the tornado: the largest effect on the saving first; a verdict that moves counts before one that does not
            swings.sort(Comparator.comparing((Sensitivity.Swing s) -> s.flips().isEmpty())
                    .thenComparing(Comparator.comparingDouble(Sensitivity.Swing::effect).reversed())
                    .thenComparing(Sensitivity.Swing::figure));
            clusters.add(new Sensitivity.ClusterSensitivity(b.path(), verdict(b), b.option(), b.saving(), swings));
        }
        return new Sensitivity(a.name(), file(read), a.currency(), figures(inputs), clusters, read.diagnostics());
    }

    /**
     * Bisection between a value with one verdict and a value with another: the value, to a thousandth of
     * the range's width, from which cluster {@code c}'s verdict is {@code to}'s (where {@code from} < {@code to}).
     */
    private static Sensitivity.Flip flip(Analyst analyst, Scenarios scenarios, double[] values, int i, int c,
                                         double from, org.cpoadvisor.rules.judge.Verdict.Decision atFrom,
                                         double to, org.cpoadvisor.rules.judge.Verdict.Decision atTo) {
        UncertainInput in = scenarios.inputs().get(i);
        double tolerance = (in.range().high() - in.range().low()) * FLIP_TOLERANCE;
        double a = from;
        double b = to;
        org.cpoadvisor.rules.judge.Verdict.Decision below = atFrom;
        org.cpoadvisor.rules.judge.Verdict.Decision above = atTo;
        while (b - a > tolerance) {
            double mid = (a + b) / 2;
            org.cpoadvisor.rules.judge.Verdict.Decision d = analyst.outcomes(scenarios.at(moved(values, i, mid)), false).get(c).decision();
            if (d == atFrom) {
                a = mid;
            } else {
                b = mid;
                above = d;
            }
        }
        return new Sensitivity.Flip(b, Verdict.valueOf(below.name()), Verdict.valueOf(above.name()));
    }

    private static double[] moved(double[] values, int i, double v) {
        double[] m = values.clone();
        m[i] = v;
        return m;
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static Verdict verdict(Analyst.Outcome o) {
        return Verdict.valueOf(o.decision().name());
    }

    // ------------------------------------------------------------------ sweeps

    /** Scenarios per task when a sweep is split over threads. */
    static final int CHUNK = 50;

    static SweepSummary sweep(Advisor advisor, ReadResult read, SweepOptions options) {
        if (read.hasErrors() || read.architecture() == null) {
            return new SweepSummary(name(read), file(read), currency(read), options.scenarios(), options.seed(), List.of(),
                    List.of(), options.breakEvenShare(), read.diagnostics());
        }
        Architecture a = advisor.withPolicy(read.architecture());
        Scenarios scenarios = new Scenarios(a, advisor.builtin());
        long n = options.scenarios();
        SweepTally whole;
        if (options.threads() == 1 || n <= CHUNK) {
            whole = tally(advisor.analyst(), scenarios, options, 0, n);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
                Thread t = new Thread(r, "cpo-sweep");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<SweepTally>> parts = new ArrayList<>();
                for (long from = 0; from < n; from += CHUNK) {
                    long f = from;
                    long to = Math.min(n, from + CHUNK);
                    parts.add(pool.submit(() -> tally(advisor.analyst(), scenarios, options, f, to)));
                }
                whole = parts.get(0).get();
                for (Future<SweepTally> p : parts.subList(1, parts.size())) {
                    whole.absorb(p.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the sweep was interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return summary(advisor, read, a, scenarios, options, whole);
    }

    static SweepTally part(Advisor advisor, ReadResult read, SweepOptions options, long from, long to) {
        if (read.hasErrors() || read.architecture() == null) {
            throw new IllegalArgumentException("the architecture has errors: nothing to sweep");
        }
        if (from < 0 || to > options.scenarios() || from > to) {
            throw new IllegalArgumentException("scenarios " + from + ".." + to + " are not within 0.." + options.scenarios());
        }
        Architecture a = advisor.withPolicy(read.architecture());
        return tally(advisor.analyst(), new Scenarios(a, advisor.builtin()), options, from, to);
    }

    static SweepSummary summarize(Advisor advisor, ReadResult read, SweepOptions options, SweepTally tally) {
        if (read.hasErrors() || read.architecture() == null) {
            return sweep(advisor, read, options);
        }
        if (tally.scenarios() != options.scenarios()) {
            throw new IllegalArgumentException("the tally holds " + tally.scenarios() + " scenarios, the sweep "
                    + options.scenarios());
        }
        Architecture a = advisor.withPolicy(read.architecture());
        return summary(advisor, read, a, new Scenarios(a, advisor.builtin()), options, tally);
    }

    private static SweepTally tally(Analyst analyst, Scenarios scenarios, SweepOptions options, long from, long to) {
        SweepTally tally = null;
        for (long k = from; k < to; k++) {
            List<Analyst.Outcome> outcomes = analyst.outcomes(scenarios.at(scenarios.draw(options.seed(), k)),
                    k < options.breakEvenShare());
            if (tally == null) tally = new SweepTally(outcomes.stream().map(Analyst.Outcome::path).toList());
            for (int c = 0; c < outcomes.size(); c++) {
                Analyst.Outcome o = outcomes.get(c);
                tally.add(c, verdict(o), o.saving());
                if (k < options.breakEvenShare()) {
                    tally.addBreakEven(c, o.gpus() == null || o.gpus().value() == null ? null : o.gpus().value());
                }
            }
            tally.countScenario();
        }
        if (tally == null) {
            tally = new SweepTally(analyst.outcomes(scenarios.at(scenarios.values()), false).stream()
                    .map(Analyst.Outcome::path).toList());
        }
        return tally;
    }

    private static SweepSummary summary(Advisor advisor, ReadResult read, Architecture a, Scenarios scenarios,
                                        SweepOptions options, SweepTally whole) {
        List<Verdict> atValues = advisor.analyst().outcomes(scenarios.at(scenarios.values()), false).stream()
                .map(Uncertainty::verdict).toList();
        return new SweepSummary(a.name(), file(read), a.currency(), options.scenarios(), options.seed(),
                figures(scenarios.inputs()), whole.clusterSweeps(atValues), options.breakEvenShare(), read.diagnostics());
    }

    // ------------------------------------------------------------------ shared

    private static List<UncertainFigure> figures(List<UncertainInput> inputs) {
        return inputs.stream().map(in -> new UncertainFigure(in.ref().label(), in.unit(), in.value(), in.range().low(),
                in.range().high(), in.range().shape().word(), in.range().group(), in.origin(), in.source())).toList();
    }

    private static String name(ReadResult read) {
        return read.architecture() == null ? "" : read.architecture().name();
    }

    private static String currency(ReadResult read) {
        return read.architecture() == null ? "USD" : read.architecture().currency();
    }

    private static String file(ReadResult read) {
        return read.files().isEmpty() ? "" : read.files().get(0).toString();
    }
}
