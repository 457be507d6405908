package org.cpoadvisor.rules.cost;

/**
 * How an option's cost builds up over the lifetime (docs/model.md section 3): its capex
 * at year 0, then each year's opex discounted to present value, so that the last point
 * is the option's TCO; and where that curve crosses the baseline's. Between whole years
 * the curves are taken as straight (the saving is earned evenly within a year, as the
 * payback takes it).
 */
public final class CostCurve {

    private CostCurve() {
    }

    /**
     * Where an option's cumulative cost drops below the baseline's.
     *
     * @param status how the curves meet
     * @param year   the year of the crossing ({@link Status#BREAK_EVEN}, {@link Status#UNTIL}), 0 otherwise
     * @param cost   the cumulative cost there; for {@link Status#FROM_START} the option's capex; 0 for {@link Status#NEVER}
     */
    public record Crossing(Status status, double year, double cost) {
    }

    /** How an option's curve meets the baseline's within the lifetime. */
    public enum Status {
        /** Dearer up front, cheaper from {@code year} on: the break-even. */
        BREAK_EVEN,
        /** Cheaper from year 0 to the end of the lifetime. */
        FROM_START,
        /** Cheaper at first, dearer from {@code year}: a lower capex that its running costs overtake. */
        UNTIL,
        /** Never cheaper within the lifetime. */
        NEVER
    }

    /** The cumulative cost at the end of each year 0..{@code years}: capex, then plus each year's discounted opex. */
    public static double[] cumulative(OptionResult o, double discountRate, int years) {
        double[] c = new double[years + 1];
        c[0] = o.capex();
        for (int t = 1; t <= years; t++) {
            c[t] = c[t - 1] + o.opexPerYear() / Math.pow(1 + discountRate, t);
        }
        return c;
    }

    /** Where {@code curve} first drops below {@code baseline} (or, cheaper at first, where it rises above it). */
    public static Crossing crossing(double[] baseline, double[] curve) {
        int n = Math.min(baseline.length, curve.length);
        if (n > 0 && curve[0] < baseline[0]) {
            // cheaper up front: does its running cost overtake the baseline's within the lifetime?
            for (int t = 1; t < n; t++) {
                double d = curve[t] - baseline[t];
                if (d > 0) return between(Status.UNTIL, baseline, curve, t, d);
            }
            return new Crossing(Status.FROM_START, 0, curve[0]);
        }
        for (int t = 0; t < n; t++) {
            double d = curve[t] - baseline[t];
            if (d < 0) {
                if (t == 0) return new Crossing(Status.FROM_START, 0, curve[0]);
                double prev = curve[t - 1] - baseline[t - 1];
                if (prev == 0 && t == 1) return new Crossing(Status.FROM_START, 0, curve[0]);
                return between(Status.BREAK_EVEN, baseline, curve, t, d);
            }
        }
        return new Crossing(Status.NEVER, 0, 0);
    }

    /** The crossing within year {@code t}, where the difference of the curves goes from last year's to {@code d}. */
    private static Crossing between(Status status, double[] baseline, double[] curve, int t, double d) {
        double prev = curve[t - 1] - baseline[t - 1];
        double x = (t - 1) + prev / (prev - d);
        double cost = baseline[t - 1] + (baseline[t] - baseline[t - 1]) * (x - (t - 1));
        return new Crossing(status, x, cost);
    }
}
