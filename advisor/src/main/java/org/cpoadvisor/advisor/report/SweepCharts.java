package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.SweepSummary.ClusterSweep;
import org.cpoadvisor.advisor.advice.SweepSummary.Histogram;
import org.cpoadvisor.advisor.advice.SweepSummary.Spread;
import org.cpoadvisor.advisor.advice.Verdict;

import java.util.List;

import static org.cpoadvisor.advisor.report.Html.esc;
import static org.cpoadvisor.advisor.report.Html.num;

/**
 * The charts of one cluster of a sweep, as inline SVG: a bar per verdict with its probability
 * over the scenarios, and the histogram of the saving with its 5th, 50th and 95th percentiles
 * marked. The sweep counted and ranked everything; the charts only place it.
 */
final class SweepCharts {

    static final String SAVES = "#0d9488";
    static final String COSTS = "#94a3b8";

    private SweepCharts() {
    }

    /** The colour of a verdict's bar. */
    static String colour(Verdict v) {
        return switch (v) {
            case ADOPT -> "#15803d";
            case PILOT -> "#f59e0b";
            case PREPARE -> "#7c3aed";
            case WAIT -> "#64748b";
        };
    }

    // ------------------------------------------------------------------ verdicts

    private static final int VW = 500, VLEFT = 84, VRIGHT = 320, VTOP = 10, VROW = 30;

    /** A bar per verdict, strongest first: its share of the scenarios. */
    static String verdicts(ClusterSweep c, long scenarios, String id) {
        Verdict[] all = Verdict.values();
        int h = VTOP + all.length * VROW + 26;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"verdict-chart\" id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(VW).append(' ').append(h).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\">\n");
        s.append("<title id=\"").append(id).append("-title\">Verdicts of ").append(esc(c.cluster())).append(" over ")
                .append(Html.count(scenarios)).append(" scenarios</title>\n<desc id=\"").append(id).append("-desc\">");
        for (int i = 0; i < all.length; i++) {
            s.append(i > 0 ? ", " : "").append(all[i].word()).append(' ').append(Html.pct(c.probability(all[i], scenarios)));
        }
        s.append(". The advice at the figures' values: ").append(c.verdict().word()).append(".</desc>\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = VLEFT + (VRIGHT - VLEFT) * pct / 100.0;
            s.append("<line class=\"grid\" x1=\"").append(num(x)).append("\" x2=\"").append(num(x)).append("\" y1=\"").append(VTOP)
                    .append("\" y2=\"").append(VTOP + all.length * VROW).append("\"/><text class=\"tick\" x=\"").append(num(x))
                    .append("\" y=\"").append(VTOP + all.length * VROW + 16).append("\" text-anchor=\"middle\">").append(pct)
                    .append("\u00a0%</text>\n");
        }
        for (int i = 0; i < all.length; i++) {
            Verdict v = all[i];
            double p = c.probability(v, scenarios);
            long n = c.verdicts().getOrDefault(v, 0L);
            int y = VTOP + i * VROW;
            boolean advice = v == c.verdict();
            s.append("<g class=\"verdict-row\" data-verdict=\"").append(v.word()).append("\">");
            s.append("<text class=\"verdict-name").append(advice ? " advice" : "").append("\" x=\"").append(VLEFT - 10)
                    .append("\" y=\"").append(y + 19).append("\" text-anchor=\"end\">").append(v.word()).append("</text>");
            double w = (VRIGHT - VLEFT) * p;
            s.append("<rect class=\"verdict-bar\" x=\"").append(VLEFT).append("\" y=\"").append(y + 5).append("\" width=\"")
                    .append(num(n > 0 ? Math.max(w, 2) : 0)).append("\" height=\"").append(VROW - 10).append("\" fill=\"")
                    .append(colour(v)).append("\"/>");
            s.append("<text class=\"verdict-share\" x=\"").append(num(VLEFT + Math.max(w, 0) + 6)).append("\" y=\"").append(y + 19)
                    .append("\">").append(Html.pct(p)).append(" (").append(Html.count(n)).append(')')
                    .append(advice ? " \u00b7 the advice" : "").append("</text>");
            s.append("</g>\n");
        }
        s.append("</svg>");
        return s.toString();
    }

    // ------------------------------------------------------------------ histogram

    private static final int HW = 620, HLEFT = 56, HRIGHT = 604, HTOP = 48, HBOTTOM = 236;

    /** The saving's histogram with its percentiles marked; {@code c.histogram()} must not be null. */
    static String histogram(ClusterSweep c, String id) {
        Histogram hist = c.histogram();
        Spread p = c.saving();
        List<Long> counts = hist.counts();
        int bins = counts.size();
        double from = hist.from();
        double to = hist.from() + hist.width() * bins;
        long most = counts.stream().mapToLong(Long::longValue).max().orElse(1);
        double[] xt = TornadoChart.ticks(from, to, 7);
        // the bars fill the plot: the axis is that of the values, its ticks only those within
        double[] xr = hist.width() > 0 ? new double[]{from, to} : new double[]{xt[0], xt[xt.length - 1]};
        double[] yt = countTicks(most);
        double ymax = yt[yt.length - 1];

        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"histogram\" id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(HW).append(' ').append(HBOTTOM + 46).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" data-bins=\"").append(bins).append("\">\n");
        s.append("<title id=\"").append(id).append("-title\">How the TCO saving of ").append(esc(c.cluster()))
                .append(" is spread over ").append(Html.count(p == null ? 0 : p.count())).append(" scenarios</title>\n");
        s.append("<desc id=\"").append(id).append("-desc\">Savings from ").append(Html.pct(from)).append(" to ").append(Html.pct(to))
                .append(" in ").append(bins).append(" bins");
        if (p != null) {
            s.append("; 5th percentile ").append(Html.pct(p.p5())).append(", median ").append(Html.pct(p.p50()))
                    .append(", 95th percentile ").append(Html.pct(p.p95())).append(", mean ").append(Html.pct(p.mean()));
        }
        s.append(".</desc>\n");

        // axes
        s.append("<g class=\"axis\">\n");
        for (double t : yt) {
            double y = y(t, ymax);
            s.append("<line class=\"").append(t == 0 ? "base" : "grid").append("\" x1=\"").append(HLEFT).append("\" x2=\"")
                    .append(HRIGHT).append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/><text x=\"")
                    .append(HLEFT - 8).append("\" y=\"").append(num(y + 4)).append("\" text-anchor=\"end\">")
                    .append(Html.count(Math.round(t))).append("</text>\n");
        }
        s.append("<text class=\"axis-title\" transform=\"translate(16 ").append((HTOP + HBOTTOM) / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">scenarios</text>\n");
        for (double t : xt) {
            if (t < xr[0] - 1e-12 || t > xr[1] + 1e-12) continue;
            double x = x(t, xr);
            s.append("<line class=\"").append(Math.abs(t) < 1e-12 ? "zero" : "tick-mark").append("\" x1=\"").append(num(x))
                    .append("\" x2=\"").append(num(x)).append("\" y1=\"").append(Math.abs(t) < 1e-12 ? HTOP : HBOTTOM)
                    .append("\" y2=\"").append(HBOTTOM + 5).append("\"/><text x=\"").append(num(x)).append("\" y=\"")
                    .append(HBOTTOM + 19).append("\" text-anchor=\"middle\">").append(TornadoChart.tick(t)).append("</text>\n");
        }
        s.append("<text class=\"axis-title\" x=\"").append((HLEFT + HRIGHT) / 2).append("\" y=\"").append(HBOTTOM + 40)
                .append("\" text-anchor=\"middle\">TCO saving of the best CPO option (below 0: CPO costs more)</text>\n");
        s.append("</g>\n");

        // the bins: teal where CPO saves, grey where it costs more
        s.append("<g class=\"bins\">\n");
        for (int i = 0; i < bins; i++) {
            long n = counts.get(i);
            double lo = from + i * hist.width();
            double hi = lo + hist.width();
            double x0, x1;
            if (hist.width() > 0) {
                x0 = x(lo, xr);
                x1 = x(hi, xr);
            } else {
                x0 = x(from, xr) - 8;
                x1 = x(from, xr) + 8;
            }
            double y = y(n, ymax);
            s.append("<rect class=\"bin\" data-count=\"").append(n).append("\" x=\"").append(num(x0 + 0.5)).append("\" y=\"")
                    .append(num(y)).append("\" width=\"").append(num(Math.max(x1 - x0 - 1, 1))).append("\" height=\"")
                    .append(num(HBOTTOM - y)).append("\" fill=\"").append((lo + hi) / 2 >= 0 ? SAVES : COSTS).append("\"><title>")
                    .append(Html.pct(lo)).append(" to ").append(Html.pct(hi)).append(": ").append(Html.count(n))
                    .append(n == 1 ? " scenario" : " scenarios").append("</title></rect>\n");
            if (hist.width() == 0) break;
        }
        s.append("</g>\n");

        // the percentiles
        if (p != null) {
            // each label on its own line: p5 to the right of its mark, p95 to the left, p50 centred
            mark(s, "p5", p.p5(), xr, "start", HTOP - 30);
            mark(s, "p50", p.p50(), xr, "middle", HTOP - 17);
            mark(s, "p95", p.p95(), xr, "end", HTOP - 4);
        }
        s.append("</svg>");
        return s.toString();
    }

    private static void mark(StringBuilder s, String name, double v, double[] xr, String anchor, int labelY) {
        double x = x(v, xr);
        double tx = anchor.equals("end") ? x - 4 : anchor.equals("start") ? x + 4 : x;
        s.append("<g class=\"percentile\" data-percentile=\"").append(name).append("\"><line x1=\"").append(num(x)).append("\" x2=\"")
                .append(num(x)).append("\" y1=\"").append(labelY + 4).append("\" y2=\"").append(HBOTTOM).append("\"/><text x=\"")
                .append(num(tx)).append("\" y=\"").append(labelY).append("\" text-anchor=\"").append(anchor).append("\">")
                .append(name).append(' ').append(Html.pct(v)).append("</text></g>\n");
    }

    private static double x(double v, double[] xr) {
        double span = xr[1] - xr[0];
        return HLEFT + (HRIGHT - HLEFT) * (span <= 0 ? 0.5 : (v - xr[0]) / span);
    }

    private static double y(double n, double ymax) {
        return HBOTTOM - (HBOTTOM - HTOP) * (ymax <= 0 ? 0 : n / ymax);
    }

    /** Whole-number ticks from 0 to at least {@code most}: steps of 1, 2 or 5 times a power of ten. */
    static double[] countTicks(long most) {
        if (most <= 0) return new double[]{0, 1};
        double raw = most / 4.0;
        double mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
        double step = mag * 10;
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        step = Math.max(1, step);
        int n = (int) Math.ceil(most / step);
        double[] t = new double[n + 1];
        for (int i = 0; i <= n; i++) t[i] = i * step;
        return t;
    }
}
