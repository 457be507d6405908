package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.Crossing;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.CrossingStatus;
import org.cpoadvisor.advisor.advice.OptionKind;

import java.util.ArrayList;
import java.util.List;

import static org.cpoadvisor.advisor.report.Html.esc;
import static org.cpoadvisor.advisor.report.Html.num;

/**
 * The cumulative-cost chart of one cluster, as inline SVG: one line per option over the
 * lifetime, through the yearly points the advice carries
 * ({@link OptionFigures#cumulativeCost()}: capex at year 0, then the yearly opex
 * discounted to present value, ending at the option's TCO), and a marker where an
 * option's line crosses the baseline's ({@link OptionFigures#crossing()}). The engine
 * works out both; the chart only draws them.
 */
final class CostChart {

    /** The lifetime in whole years and the yearly discount rate the curves use. */
    record Basis(int years, double rate) {
    }

    private static final int W = 760, H = 360;
    private static final int LEFT = 78, RIGHT = 560, TOP = 22, BOTTOM = 300;

    private CostChart() {
    }

    /** The lifetime and discount rate behind a cluster's TCO figures, as the advice carries them. */
    static Basis basis(ClusterAdvice c) {
        return new Basis(c.lifetimeYears(), c.discountRate());
    }

    /** Whether the chart can be drawn: every option carries its curve over the lifetime. */
    static boolean drawable(ClusterAdvice c) {
        return !c.options().isEmpty() && c.options().stream().allMatch(o -> o.cumulativeCost().size() == c.lifetimeYears() + 1);
    }

    /** A crossing in words, as the caption and the description say it. */
    static String describe(Crossing x) {
        return switch (x.status()) {
            case BREAK_EVEN -> "break-even in year " + Html.trim(x.year(), 1);
            case FROM_START -> "no crossing: cheaper from the start";
            case UNTIL -> "cheaper at first, dearer from year " + Html.trim(x.year(), 1);
            case NEVER -> "no crossing: never cheaper within the lifetime";
        };
    }

    /** A crossing in the legend, on one or two lines. */
    private static List<String> legend(Crossing x) {
        return switch (x.status()) {
            case BREAK_EVEN -> List.of("break-even in year " + Html.trim(x.year(), 1));
            case FROM_START -> List.of("no crossing: cheaper", "from the start");
            case UNTIL -> List.of("cheaper at first,", "dearer from year " + Html.trim(x.year(), 1));
            case NEVER -> List.of("no crossing: never", "cheaper in the lifetime");
        };
    }

    /** Whether the chart marks the point: a break-even, or where a cheaper start is overtaken. */
    private static boolean marked(Crossing x) {
        return x.status() == CrossingStatus.BREAK_EVEN || x.status() == CrossingStatus.UNTIL;
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

    static String color(OptionFigures o, int index) {
        OptionKind kind = o.kind();
        if (kind != null) {
            switch (kind) {
                case BASELINE -> { return "#64748b"; }
                case LPO -> { return "#9333ea"; }
                case CPO_SPINE -> { return "#2563eb"; }
                case CPO_ALL -> { return "#0d9488"; }
                default -> { }
            }
        }
        return new String[]{"#9333ea", "#ea580c", "#be123c", "#4d7c0f"}[index % 4];
    }

    private static boolean dashed(OptionFigures o) {
        return o.kind() == OptionKind.BASELINE;
    }

    /** The chart as an {@code <svg>} element; {@code id} must be unique in the page. */
    static String svg(ClusterAdvice c, String currency, String id, Basis b) {
        List<OptionFigures> options = c.options();
        List<double[]> curves = new ArrayList<>();
        double max = 0, min = Double.MAX_VALUE;
        for (OptionFigures o : options) {
            double[] cv = o.cumulativeCost().stream().mapToDouble(Double::doubleValue).toArray();
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
        for (int i = 0; i < options.size(); i++) {
            OptionFigures o = options.get(i);
            double[] cv = curves.get(i);
            s.append(esc(o.option())).append(": from ").append(Html.money(cv[0])).append(" to ").append(Html.money(cv[n]))
                    .append(' ').append(esc(currency)).append(". ");
        }
        for (OptionFigures o : options) {
            if (o.crossing() != null) s.append(esc(o.option())).append(": ").append(describe(o.crossing())).append(". ");
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
            String color = color(o, i);
            s.append("<g class=\"series\" data-option=\"").append(esc(o.option())).append("\">");
            s.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2.5\"")
                    .append(dashed(o) ? " stroke-dasharray=\"7 4\"" : "").append(" points=\"");
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
        for (OptionFigures o : options) {
            Crossing x = o.crossing();
            if (x == null || !marked(x)) continue;
            double cx = x(x.year(), n), cy = y(x.cost(), range);
            s.append("<g class=\"break-even\"><line x1=\"").append(num(cx)).append("\" x2=\"").append(num(cx))
                    .append("\" y1=\"").append(num(cy)).append("\" y2=\"").append(BOTTOM).append("\"/>")
                    .append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"7\"/>")
                    // the label sits by the foot of the marker line, on the side with room
                    .append("<text x=\"").append(num(cx > (LEFT + RIGHT) / 2.0 ? cx - 6 : cx + 6)).append("\" y=\"")
                    .append(BOTTOM - 8).append("\" text-anchor=\"").append(cx > (LEFT + RIGHT) / 2.0 ? "end" : "start").append("\">")
                    .append(esc(o.option())).append(x.status() == CrossingStatus.UNTIL ? " dearer from year " : " break-even, year ")
                    .append(Html.trim(x.year(), 1))
                    .append("</text></g>\n");
        }

        // legend
        int ly = TOP + 6;
        s.append("<g class=\"legend\">\n");
        for (int i = 0; i < options.size(); i++) {
            OptionFigures o = options.get(i);
            String color = color(o, i);
            s.append("<line x1=\"").append(RIGHT + 24).append("\" x2=\"").append(RIGHT + 52).append("\" y1=\"").append(ly)
                    .append("\" y2=\"").append(ly).append("\" stroke=\"").append(color).append("\" stroke-width=\"3\"")
                    .append(dashed(o) ? " stroke-dasharray=\"7 4\"" : "").append("/>");
            s.append("<text x=\"").append(RIGHT + 60).append("\" y=\"").append(ly + 4).append("\" class=\"legend-name\">")
                    .append(esc(o.option())).append("</text>\n");
            List<String> notes = new ArrayList<>();
            notes.add("TCO " + Html.shortMoney(o.tco()));
            if (o.crossing() != null) notes.addAll(legend(o.crossing()));
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
