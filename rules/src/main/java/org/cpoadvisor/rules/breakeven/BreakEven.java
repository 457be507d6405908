package org.cpoadvisor.rules.breakeven;

import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.Evaluator;
import org.cpoadvisor.rules.cost.OptionCost;
import org.cpoadvisor.rules.cost.OptionKind;
import org.cpoadvisor.rules.cost.OptionResult;
import org.cpoadvisor.rules.cost.Savings;
import org.cpoadvisor.rules.model.Economics;
import org.cpoadvisor.rules.model.ResolvedCluster;

import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * The break-even points of docs/model.md section 4, found on the model itself: by
 * bisection for the GPU count, exactly for the electricity price (TCO is linear in it), by a scan of the horizon's
 * years for the first year. The option and its CPO platform stay as evaluated.
 */
public final class BreakEven {

    /** The largest GPU count searched. */
    public static final int MAX_GPUS = 1 << 20;
    /** The highest electricity price searched, in USD per kWh (converted to the file's currency). */
    public static final double MAX_PRICE_USD = 1.0;

    private final OptionCost cost;
    private final Evaluator evaluator;

    public BreakEven(OptionCost cost, Evaluator evaluator) {
        this.cost = cost;
        this.evaluator = evaluator;
    }

    /** The GPU count from which the option saves at least {@code target}. */
    public BreakEvenPoint gpus(Evaluation e, OptionResult option, double target) {
        ResolvedCluster c = e.cluster();
        int step = Math.max(1, c.gpusPerNode());
        long lo = 1;
        long hi = MAX_GPUS / step;
        DoubleFunction<Double> saving = n -> saving(c, option, (int) n * step, e.reference(), c.economics());
        return search(option.kind(), "gpus", lo, hi, saving, target, true, step);
    }

    /**
     * The electricity price from which the option saves at least {@code target}. Every TCO is
     * linear in the price (only energy depends on it, W · PUE · 8760 h · price, discounted like
     * the rest of the opex), so the option reaches the target where (1 − target) · TCO(baseline)
     * − TCO(option), a straight line, is not negative: two pricings, at no cost of energy and at
     * the top of the range, give the line, and the point is where it crosses zero, exactly.
     * The relative saving tends to the power saving 1 − W(option)/W(baseline) as the price
     * grows; where it falls, dear energy erodes a capex advantage, and the point is a price UP
     * TO which the option reaches the target ({@code until}).
     */
    public BreakEvenPoint electricity(Evaluation e, OptionResult option, double target) {
        ResolvedCluster c = e.cluster();
        double max = MAX_PRICE_USD * c.economics().usdRate();
        String kind = option.kind().word();
        Priced atZero = priced(c, option, c.gpus(), e.reference(), c.economics().withElectricityPrice(0));
        Priced atMax = priced(c, option, c.gpus(), e.reference(), c.economics().withElectricityPrice(max));
        if (atZero == null || atMax == null) return new BreakEvenPoint(kind, "electricity", "none", null, 0, max);
        boolean reachesAtZero = atZero.saving() >= target;
        boolean reachesAtMax = atMax.saving() >= target;
        if (reachesAtZero && reachesAtMax) return new BreakEvenPoint(kind, "electricity", "always", 0.0, 0, max);
        if (!reachesAtZero && !reachesAtMax) return new BreakEvenPoint(kind, "electricity", "none", null, 0, max);
        double marginAtZero = (1 - target) * atZero.baseline().tco() - atZero.option().tco();
        double marginAtMax = (1 - target) * atMax.baseline().tco() - atMax.option().tco();
        double price = Math.min(max, Math.max(0, max * marginAtZero / (marginAtZero - marginAtMax)));
        return reachesAtMax ? new BreakEvenPoint(kind, "electricity", "found", price, 0, max)
                : new BreakEvenPoint(kind, "electricity", "until", price, 0, max);
    }

    /** The first year of the horizon in which the best CPO option saves at least {@code target}. */
    public BreakEvenPoint firstYear(Evaluation e, OptionKind kind, double target, int from, int to) {
        ResolvedCluster c = e.cluster();
        for (int year = from; year <= to; year++) {
            Optional<OptionResult> o = evaluator.best(c, kind, year, c.gpus(), c.economics());
            // the reference bought the same year: each year's platforms and prices for both (docs/model.md section 3)
            Optional<OptionResult> base = evaluator.reference(c, year, c.gpus(), c.economics());
            if (o.isPresent() && base.isPresent() && Savings.saving(base.get(), o.get()) >= target) {
                return new BreakEvenPoint(kind.word(), "year", year == from ? "always" : "found", (double) year, from, to);
            }
        }
        return new BreakEvenPoint(kind.word(), "year", "none", null, from, to);
    }

    private Double saving(ResolvedCluster c, OptionResult option, int gpus, OptionResult reference, Economics eco) {
        Priced both = priced(c, option, gpus, reference, eco);
        return both == null ? null : both.saving();
    }

    /** The baseline and an option priced alike. */
    private record Priced(OptionResult baseline, OptionResult option) {
        double saving() {
            return Savings.saving(baseline, option);
        }
    }

    /**
     * The reference (the cheaper of today's platform and the best pluggable one of the year, docs/model.md section 3,
     * on the platform chosen at the cluster's own size and prices) and the option priced for another size or
     * economics; {@code null} when either cannot be built. Both keep their platforms, so that every TCO stays
     * linear in the electricity price.
     */
    private Priced priced(ResolvedCluster c, OptionResult option, int gpus, OptionResult reference, Economics eco) {
        Optional<OptionResult> base = cost.evaluate(c, reference.kind(), reference.leaf(), reference.upper(), reference.year(),
                gpus, eco);
        Optional<OptionResult> opt = cost.evaluate(c, option.kind(), option.leaf(), option.upper(), option.year(), gpus, eco);
        if (base.isEmpty() || opt.isEmpty()) return null;
        return new Priced(base.get(), opt.get());
    }

    /**
     * Bisection over whole steps: the smallest step count whose saving reaches the target,
     * given that the low end does not and the high end does. A size the fabric cannot hold
     * counts as not reaching it.
     */
    private static BreakEvenPoint search(OptionKind kind, String quantity, long lo, long hi, DoubleFunction<Double> saving,
                                         double target, boolean whole, int step) {
        Double atLo = saving.apply(lo);
        if (atLo != null && atLo >= target) {
            return new BreakEvenPoint(kind.word(), quantity, "always", (double) lo * step, lo * step, hi * step);
        }
        long top = hi;
        Double atHi = saving.apply(top);
        while (atHi == null && top > lo + 1) {
            top = (lo + top) / 2;
            atHi = saving.apply(top);
        }
        if (atHi == null || atHi < target) {
            return new BreakEvenPoint(kind.word(), quantity, "none", null, lo * step, hi * step);
        }
        long a = lo;
        long b = top;
        while (b - a > 1) {
            long mid = (a + b) >>> 1;
            Double s = saving.apply(mid);
            if (s != null && s >= target) b = mid; else a = mid;
        }
        return new BreakEvenPoint(kind.word(), quantity, "found", (double) b * step, lo * step, hi * step);
    }
}
