package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;

import java.util.ArrayList;
import java.util.List;

import static org.cpoadvisor.advisor.report.Html.esc;
import static org.cpoadvisor.advisor.report.Html.num;

/**
 * The cumulative-cost chart of one cluster, as inline SVG: capex at year 0, then the
 * yearly opex discounted to present value, one line per option over the lifetime, so
 * that each line ends at the option's TCO. The break-even of a CPO option is where its
 * line drops below the baseline's; the lines are straight between whole years (the
 * saving is taken as earned evenly within a year, as the payback is).
 */
final class CostChart {

    /** The lifetime in whole years and the yearly discount rate the curves use. */
    record Basis(int years, double rate) {
    }

    /**
     * Where a CPO option's cumulative cost drops below the baseline's.
     *
     * @param status {@code crossing} (cheaper from {@code year}), {@code start} (cheaper from year 0 to the
     *               end), {@code until} (cheaper at first, dearer from {@code year}: a lower capex that its running
     *               costs overtake) or {@code never} (not within the lifetime)
     */
    record Crossing(String option, String status, double year, double cost) {
        String describe() {
            return switch (status) {
                case "crossing" -> "break-even in year " + Html.trim(year, 1);
                case "start" -> "no crossing: cheaper from the start";
                case "until" -> "cheaper at first, dearer from year " + Html.trim(year, 1);
                default -> "no crossing: never cheaper within the lifetime";
            };
        }

        /** Whether the chart marks the point: a break-even, or where a cheaper start is overtaken. */
        boolean marked() {
            return status.equals("crossing") || status.equals("until");
        }
    }

    private static final int W = 760, H = 360;
    private static final int LEFT = 78, RIGHT = 560, TOP = 22, BOTTOM = 300;

    private CostChart() {
    }

    /** The lifetime and discount rate behind a cluster's TCO figures, as the advice carries them. */
    static Basis basis(ClusterAdvice c) {
        return new Basis(c.lifetimeYears(), c.discountRate());
    }

    /** Cumulative cost at the end of each year 0..n: capex, then plus discounted opex. */
    static double[] curve(OptionFigures o, Basis b) {
        double[] c = new double[b.years() + 1];
        c[0] = o.capex();
        for (int t = 1; t <= b.years(); t++) {
            c[t] = c[t - 1] + o.opexPerYear() / Math.pow(1 + b.rate(), t);
        }
        return c;
    }

    /** Where {@code option}'s curve first drops below the baseline's. */
    static Crossing crossing(String option, double[] baseline, double[] curve) {
        int n = Math.min(baseline.length, curve.length);
        if (n > 0 && curve[0] < baseline[0]) {
            // cheaper up front: does its running cost overtake the baseline's within the lifetime?
            for (int t = 1; t < n; t++) {
                double d = curve[t] - baseline[t];
                if (d > 0) {
                    double prev = curve[t - 1] - baseline[t - 1];
                    double x = (t - 1) + prev / (prev - d);
                    double cost = baseline[t - 1] + (baseline[t] - baseline[t - 1]) * (x - (t - 1));
                    return new Crossing(option, "until", x, cost);
                }
            }
            return new Crossing(option, "start", 0, curve[0]);
        }
        for (int t = 0; t < n; t++) {
            double d = curve[t] - baseline[t];
            if (d < 0) {
                if (t == 0) return new Crossing(option, "start", 0, curve[0]);
                double prev = curve[t - 1] - baseline[t - 1];
                if (prev == 0 && t == 1) return new Crossing(option, "start", 0, curve[0]);
                double x = (t - 1) + prev / (prev - d);
                double cost = baseline[t - 1] + (baseline[t] - baseline[t - 1]) * (x - (t - 1));
                return new Crossing(option, "crossing", x, cost);
            }
        }
        return new Crossing(option, "never", 0, 0);
    }

    /** The crossings of every CPO option of a cluster against its baseline, in option order. */
    static List<Crossing> crossings(ClusterAdvice c, Basis b) {
        List<Crossing> out = new ArrayList<>();
        OptionFigures base = baseline(c);
        if (base == null) return out;
        double[] baseCurve = curve(base, b);
        for (OptionFigures o : c.options()) {
            if (o == base) continue;
            out.add(crossing(o.option(), baseCurve, curve(o, b)));
        }
        return out;
    }

    static OptionFigures baseline(ClusterAdvice c) {
        for (OptionFigures o : c.options()) {
            if (o.option().equals("baseline")) return o;
        }
        return c.options().isEmpty() ? null : c.options().get(0);
    }

    /** The caption's sentence on how the curves are built. */
    static String basisText(Basis b, String currency) {
        String money = esc(currency);
        String life = b.years() + "-year lifetime";
        if (b.rate() == 0) {
            return "Cumulative cost in " + money + ", not discounted: capex at year 0, then opex added each year over the "
                    + life + "; each line ends at the option\u2019s TCO.";
        }
        return "Cumulative cost in " + money + ", discounted at " + Html.trim(b.rate() * 100, 4)
                + "\u00a0% a year to present value: capex at year 0, then each year\u2019s opex over the " + life
                + "; each line ends at the option\u2019s TCO.";
    }

    static String color(String option, int index) {
        return switch (option) {
            case "baseline" -> "#64748b";
            case "lpo" -> "#9333ea";
            case "cpo-spine" -> "#2563eb";
            case "cpo-all" -> "#0d9488";
            default -> new String[]{"#9333ea", "#ea580c", "#be123c", "#4d7c0f"}[index % 4];
        };
    }

    /** The chart as an {@code <svg>} element; {@code id} must be unique in the page. */
    static String svg(ClusterAdvice c, String currency, String id, Basis b) {
        List<OptionFigures> options = c.options();
        List<double[]> curves = new ArrayList<>();
        double max = 0, min = Double.MAX_VALUE;
        for (OptionFigures o : options) {
            double[] cv = curve(o, b);
            curves.add(cv);
            for (double v : cv) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        double[] ticks = niceTicks(min, max);
        double[] range = {ticks[0], ticks[ticks.length - 1]};
        int n = b.years();

        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"cost-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">\n");
        s.append("<title id=\"").append(id).append("-title\">Cumulative cost per option of ").append(esc(c.path()))
                .append(" over ").append(n).append(" years</title>\n");
        s.append("<desc id=\"").append(id).append("-desc\">");
        List<Crossing> crossings = crossings(c, b);
        for (int i = 0; i < options.size(); i++) {
            OptionFigures o = options.get(i);
            double[] cv = curves.get(i);
            s.append(esc(o.option())).append(": from ").append(Html.money(cv[0])).append(" to ").append(Html.money(cv[n]))
                    .append(' ').append(esc(currency)).append(". ");
        }
        for (Crossing x : crossings) {
            s.append(esc(x.option())).append(": ").append(x.describe()).append(". ");
        }
        s.setLength(s.length() - 1);
        s.append("</desc>\n");

        // grid and y axis
        s.append("<g class=\"axis y\">\n");
        for (double t : ticks) {
            double y = y(t, range);
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\" class=\"").append(t == ticks[0] ? "base" : "grid").append("\"/>");
            s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(num(y + 4)).append("\" text-anchor=\"end\">")
                    .append(esc(Html.shortMoney(t))).append("</text>\n");
        }
        s.append("<text class=\"axis-title\" transform=\"translate(18 ").append((TOP + BOTTOM) / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">cumulative cost (").append(esc(currency)).append(")</text>\n");
        s.append("</g>\n");

        // x axis
        int step = n <= 12 ? 1 : n <= 30 ? 5 : 10;
        s.append("<g class=\"axis x\">\n");
        s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(BOTTOM).append("\" class=\"base\"/>\n");
        for (int t = 0; t <= n; t += step) {
            double x = x(t, n);
            s.append("<line x1=\"").append(num(x)).append("\" x2=\"").append(num(x)).append("\" y1=\"").append(BOTTOM)
                    .append("\" y2=\"").append(BOTTOM + 5).append("\" class=\"base\"/>");
            s.append("<text x=\"").append(num(x)).append("\" y=\"").append(BOTTOM + 20).append("\" text-anchor=\"middle\">")
                    .append(t).append("</text>\n");
        }
        s.append("<text class=\"axis-title\" x=\"").append((LEFT + RIGHT) / 2).append("\" y=\"").append(BOTTOM + 44)
                .append("\" text-anchor=\"middle\">years after purchase (year 0 = capex)</text>\n");
        s.append("</g>\n");

        // one line per option, with a dot per year
        for (int i = 0; i < options.size(); i++) {
            OptionFigures o = options.get(i);
            double[] cv = curves.get(i);
            String color = color(o.option(), i);
            s.append("<g class=\"series\" data-option=\"").append(esc(o.option())).append("\">");
            s.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2.5\"")
                    .append(o.option().equals("baseline") ? " stroke-dasharray=\"7 4\"" : "").append(" points=\"");
            for (int t = 0; t <= n; t++) {
                if (t > 0) s.append(' ');
                s.append(num(x(t, n))).append(',').append(num(y(cv[t], range)));
            }
            s.append("\"/>");
            for (int t = 0; t <= n; t++) {
                s.append("<circle cx=\"").append(num(x(t, n))).append("\" cy=\"").append(num(y(cv[t], range)))
                        .append("\" r=\"3\" fill=\"").append(color).append("\"/>");
            }
            s.append("</g>\n");
        }

        // break-even markers
        for (Crossing x : crossings) {
            if (!x.marked()) continue;
            double cx = x(x.year(), n), cy = y(x.cost(), range);
            s.append("<g class=\"break-even\"><line x1=\"").append(num(cx)).append("\" x2=\"").append(num(cx))
                    .append("\" y1=\"").append(num(cy)).append("\" y2=\"").append(BOTTOM).append("\"/>")
                    .append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"7\"/>")
                    // the label sits by the foot of the marker line, on the side with room
                    .append("<text x=\"").append(num(cx > (LEFT + RIGHT) / 2.0 ? cx - 6 : cx + 6)).append("\" y=\"")
                    .append(BOTTOM - 8).append("\" text-anchor=\"").append(cx > (LEFT + RIGHT) / 2.0 ? "end" : "start").append("\">")
                    .append(esc(x.option())).append(x.status().equals("until") ? " dearer from year " : " break-even, year ")
                    .append(Html.trim(x.year(), 1))
                    .append("</text></g>\n");
        }

        // legend
        int ly = TOP + 6;
        s.append("<g class=\"legend\">\n");
        for (int i = 0; i < options.size(); i++) {
            OptionFigures o = options.get(i);
            String color = color(o.option(), i);
            s.append("<line x1=\"").append(RIGHT + 24).append("\" x2=\"").append(RIGHT + 52).append("\" y1=\"").append(ly)
                    .append("\" y2=\"").append(ly).append("\" stroke=\"").append(color).append("\" stroke-width=\"3\"")
                    .append(o.option().equals("baseline") ? " stroke-dasharray=\"7 4\"" : "").append("/>");
            s.append("<text x=\"").append(RIGHT + 60).append("\" y=\"").append(ly + 4).append("\" class=\"legend-name\">")
                    .append(esc(o.option())).append("</text>\n");
            List<String> notes = new ArrayList<>();
            notes.add("TCO " + Html.shortMoney(o.tco()));
            for (Crossing x : crossings) {
                if (!x.option().equals(o.option())) continue;
                switch (x.status()) {
                    case "crossing" -> notes.add("break-even in year " + Html.trim(x.year(), 1));
                    case "start" -> notes.addAll(List.of("no crossing: cheaper", "from the start"));
                    case "until" -> notes.addAll(List.of("cheaper at first,", "dearer from year " + Html.trim(x.year(), 1)));
                    default -> notes.addAll(List.of("no crossing: never", "cheaper in the lifetime"));
                }
            }
            for (String note : notes) {
                ly += 16;
                s.append("<text x=\"").append(RIGHT + 60).append("\" y=\"").append(ly + 4).append("\" class=\"legend-note\">")
                        .append(esc(note)).append("</text>\n");
            }
            ly += 30;
        }
        s.append("</g>\n");
        s.append("</svg>");
        return s.toString();
    }

    private static double x(double year, int years) {
        return LEFT + (RIGHT - LEFT) * (years == 0 ? 0 : year / years);
    }

    private static double y(double value, double[] range) {
        double span = range[1] - range[0];
        return BOTTOM - (BOTTOM - TOP) * (span <= 0 ? 0 : (value - range[0]) / span);
    }

    /**
     * Round ticks (4 to 7 of them) around [min, max]. The axis starts at 0 unless every
     * value lies high above it: then it starts at a round value below the lowest, so that
     * lines a few per cent apart stay apart (the ticks say where the axis starts).
     */
    static double[] niceTicks(double min, double max) {
        if (!(max > 0)) return new double[]{0, 1};
        double low = min > 0.45 * max ? min : 0;
        double raw = (max - low) / 5;
        if (!(raw > 0)) raw = max / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * 10;
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double from = low == 0 ? 0 : Math.floor(low / step - 1e-9) * step;
        int count = (int) Math.ceil((max - from) / step - 1e-9);
        double[] ticks = new double[count + 1];
        for (int i = 0; i <= count; i++) ticks[i] = from + i * step;
        return ticks;
    }
}
