package org.cpoadvisor.rules.cost;

/** Saving and payback of an option against the baseline (docs/model.md section 3). */
public final class Savings {

    private Savings() {
    }

    /** 1 − TCO(option) / TCO(baseline). */
    public static double saving(OptionResult baseline, OptionResult option) {
        return 1 - option.tco() / baseline.tco();
    }

    /**
     * Years until the cumulative discounted saving in opex covers the extra capex;
     * 0 when the option costs no more up front; {@code null} when it never does within
     * the lifetime. Within a year the saving is taken as earned evenly.
     */
    public static Double payback(OptionResult baseline, OptionResult option, double discountRate, int lifetimeYears) {
        double extra = option.capex() - baseline.capex();
        if (extra <= 0) return 0.0;
        double yearly = baseline.opexPerYear() - option.opexPerYear();
        if (yearly <= 0) return null;
        double cumulative = 0;
        for (int t = 1; t <= lifetimeYears; t++) {
            double thisYear = yearly / Math.pow(1 + discountRate, t);
            if (cumulative + thisYear >= extra) {
                return (t - 1) + (extra - cumulative) / thisYear;
            }
            cumulative += thisYear;
        }
        return null;
    }
}
