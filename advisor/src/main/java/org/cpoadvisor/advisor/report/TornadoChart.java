package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Sensitivity.ClusterSensitivity;
import org.cpoadvisor.advisor.advice.Sensitivity.Flip;
import org.cpoadvisor.advisor.advice.Sensitivity.Swing;
import org.cpoadvisor.advisor.advice.UncertainFigure;

import java.util.ArrayList;
import java.util.List;

import static org.cpoadvisor.advisor.report.Html.esc;
import static org.cpoadvisor.advisor.report.Html.num;

/**
 * One cluster's tornado as inline SVG: a row per figure in the order of the result (the figures
 * that change the verdict first, then the largest effect on the saving), each with a bar from the
 * saving at the figures' values to the saving with the figure at the low end of its range (blue) and
 * one to the saving at the high end (orange); a dashed line at the saving at the values; a diamond
 * at an end whose verdict differs, and the flip values under the figure's name. The engine works out
 * every number; the chart only places them.
 */
final class TornadoChart {

    /** The rows drawn at most; the table beside the chart lists every figure. */
    static final int MAX_ROWS = 15;

    static final String LOW = "#2563eb";
    static final String HIGH = "#ea580c";

    private static final int W = 760;
    private static final int LEFT = 280, RIGHT = 712, TOP = 58, ROW = 50;

    private TornadoChart() {
    }

    /** The chart as an {@code <svg>} element; {@code id} must be unique in the page. */
    static String svg(ClusterSensitivity c, List<UncertainFigure> figures, String id) {
        List<Swing> rows = c.swings().subList(0, Math.min(MAX_ROWS, c.swings().size()));
        int bottom = TOP + rows.size() * ROW;
        int h = bottom + 44;
        Double base = c.saving();

        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        List<Double> all = new ArrayList<>();
        if (base != null) all.add(base);
        for (Swing w : rows) {
            if (w.savingAtLow() != null) all.add(w.savingAtLow());
            if (w.savingAtHigh() != null) all.add(w.savingAtHigh());
        }
        for (double v : all) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (all.isEmpty()) {
            min = -0.1;
            max = 0.1;
        }
        // room for the labels at the ends of the bars
        double pad = Math.max((max - min) * 0.22, 0.002);
        double[] ticks = ticks(min - pad, max + pad, 6);
        double[] range = {ticks[0], ticks[ticks.length - 1]};

        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"tornado\" id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(W).append(' ').append(h).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" data-swings=\"").append(rows.size()).append("\">\n");
        s.append("<title id=\"").append(id).append("-title\">Tornado of ").append(esc(c.cluster()))
                .append(": the TCO saving with each uncertain figure at the low and at the high end of its range</title>\n");
        s.append("<desc id=\"").append(id).append("-desc\">");
        s.append(base == null ? "No CPO option at the figures' values. "
                : "At the figures' values " + esc(c.option()) + " saves " + Html.pct(base) + ". ");
        for (Swing w : rows) {
            UncertainFigure f = UncertaintyReports.figure(figures, w.figure());
            s.append(esc(w.figure())).append(": ").append(esc(value(f, w.low()))).append(" gives ")
                    .append(saving(w.savingAtLow())).append(" (").append(w.verdictAtLow().word()).append("), ")
                    .append(esc(value(f, w.high()))).append(" gives ").append(saving(w.savingAtHigh())).append(" (")
                    .append(w.verdictAtHigh().word()).append(')');
            for (Flip flip : w.flips()) {
                s.append("; the verdict turns ").append(flip.above().word()).append(" at ").append(esc(value(f, flip.at())));
            }
            s.append(". ");
        }
        s.setLength(s.length() - 1);
        s.append("</desc>\n");

        // legend
        s.append("<g class=\"legend\">");
        s.append("<rect x=\"12\" y=\"6\" width=\"14\" height=\"12\" rx=\"2\" fill=\"").append(LOW).append("\"/>")
                .append("<text x=\"32\" y=\"16\">figure at the low end of its range</text>");
        s.append("<rect x=\"262\" y=\"6\" width=\"14\" height=\"12\" rx=\"2\" fill=\"").append(HIGH).append("\"/>")
                .append("<text x=\"282\" y=\"16\">at the high end</text>");
        s.append("<path class=\"flip-mark\" d=\"").append(diamond(408, 12)).append("\"/>")
                .append("<text x=\"420\" y=\"16\">the verdict differs at that end</text>");
        s.append("</g>\n");

        // grid and axis
        s.append("<g class=\"axis\">\n");
        for (double t : ticks) {
            double x = x(t, range);
            s.append("<line x1=\"").append(num(x)).append("\" x2=\"").append(num(x)).append("\" y1=\"").append(TOP - 8)
                    .append("\" y2=\"").append(bottom).append("\" class=\"").append(Math.abs(t) < 1e-12 ? "zero" : "grid")
                    .append("\"/><text x=\"").append(num(x)).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\">").append(tick(t)).append("</text>\n");
        }
        s.append("<text class=\"axis-title\" x=\"").append((LEFT + RIGHT) / 2).append("\" y=\"").append(bottom + 36)
                .append("\" text-anchor=\"middle\">TCO saving of the best CPO option against the best pluggable purchase</text>\n");
        s.append("</g>\n");

        // the rows
        for (int i = 0; i < rows.size(); i++) {
            Swing w = rows.get(i);
            UncertainFigure f = UncertaintyReports.figure(figures, w.figure());
            int y0 = TOP + i * ROW;
            s.append("<g class=\"swing\" data-figure=\"").append(esc(w.figure())).append("\">");
            if (i % 2 == 1) {
                s.append("<rect class=\"band\" x=\"4\" y=\"").append(y0).append("\" width=\"").append(W - 8)
                        .append("\" height=\"").append(ROW).append("\"/>");
            }
            // the figure, its ends and its flips, at the left
            // a long name gives its last word (the field) to the line of the range
            String name = w.figure();
            String ends = value(f, w.low()) + " \u2013 " + value(f, w.high());
            int cut = name.lastIndexOf(' ');
            if (name.length() > 30 && cut > 0) {
                ends = name.substring(cut + 1) + ": " + ends;
                name = name.substring(0, cut);
            }
            if (name.length() > 40) name = name.substring(0, 39) + "\u2026";
            s.append("<text class=\"figure-name\" x=\"").append(LEFT - 12).append("\" y=\"").append(y0 + 17)
                    .append("\" text-anchor=\"end\"><title>").append(esc(w.figure())).append("</title>").append(esc(name))
                    .append("</text>");
            s.append("<text class=\"figure-range\" x=\"").append(LEFT - 12).append("\" y=\"").append(y0 + 31)
                    .append("\" text-anchor=\"end\">").append(esc(ends)).append("</text>");
            if (!w.flips().isEmpty()) {
                List<String> at = new ArrayList<>();
                for (Flip flip : w.flips()) at.add(value(f, flip.at()) + " (" + flip.below().word() + "\u2192" + flip.above().word() + ")");
                s.append("<text class=\"flip-text\" x=\"").append(LEFT - 12).append("\" y=\"").append(y0 + 44)
                        .append("\" text-anchor=\"end\">flips at ").append(esc(String.join(", ", at))).append("</text>");
            }
            bars(s, w, c, base, range, y0);
            s.append("</g>\n");
        }

        // the saving at the figures' values, over the rows
        if (base != null) {
            double bx = x(base, range);
            s.append("<g class=\"base-saving\"><line x1=\"").append(num(bx)).append("\" x2=\"").append(num(bx)).append("\" y1=\"")
                    .append(TOP - 14).append("\" y2=\"").append(bottom).append("\"/><text x=\"").append(num(bx)).append("\" y=\"")
                    .append(TOP - 18).append("\" text-anchor=\"middle\">at the values: ").append(Html.pct(base))
                    .append("</text></g>\n");
        }
        s.append("</svg>");
        return s.toString();
    }

    /** A row's two bars: full height where they point different ways, in two halves where they point the same way. */
    private static void bars(StringBuilder s, Swing w, ClusterSensitivity c, Double base, double[] range, int y0) {
        Double lo = w.savingAtLow();
        Double hi = w.savingAtHigh();
        double from = base == null ? 0 : base;
        boolean sameSide = lo != null && hi != null && Math.signum(lo - from) == Math.signum(hi - from);
        int top = y0 + 9, full = ROW - 18, half = full / 2;
        boolean loRight = rightward(lo, hi, from, range, false);
        boolean hiRight = rightward(hi, lo, from, range, true);
        end(s, "low", LOW, lo, from, base == null, range, top, sameSide ? half : full, w.verdictAtLow() != c.verdict(),
                w.verdictAtLow().word(), loRight);
        end(s, "high", HIGH, hi, from, base == null, range, sameSide ? top + full - half : top, sameSide ? half : full,
                w.verdictAtHigh() != c.verdict(), w.verdictAtHigh().word(), hiRight);
    }

    /**
     * Whether an end's label goes to the right of the saving at the values: the way its bar points; for an end that
     * does not move the saving visibly, or has no CPO option, away from the other end's bar (where neither bar shows,
     * the higher saving's to the right, else the low end's to the left).
     */
    private static boolean rightward(Double v, Double other, double from, double[] range, boolean high) {
        boolean shows = v != null && Math.abs(x(v, range) - x(from, range)) >= 1;
        if (shows) return v >= from;
        boolean otherShows = other != null && Math.abs(x(other, range) - x(from, range)) >= 1;
        if (otherShows) return other < from;
        if (v != null && other != null && !v.equals(other)) return v > other;
        return high;
    }

    private static void end(StringBuilder s, String which, String colour, Double saving, double from, boolean dot,
                            double[] range, int y, int height, boolean flips, String verdict, boolean right) {
        double x0 = x(from, range);
        if (saving == null) {
            s.append("<text class=\"no-option\" x=\"").append(num(right ? x0 + 6 : x0 - 6)).append("\" y=\"")
                    .append(y + height / 2 + 4).append("\" text-anchor=\"").append(right ? "start" : "end").append("\">")
                    .append(which).append(" end: no CPO option (").append(verdict).append(")</text>");
            return;
        }
        double x1 = x(saving, range);
        double left = Math.min(x0, x1);
        double width = Math.max(Math.abs(x1 - x0), 1.5);
        if (dot) {
            s.append("<circle class=\"bar-").append(which).append("\" cx=\"").append(num(x1)).append("\" cy=\"").append(y + height / 2)
                    .append("\" r=\"5\" fill=\"").append(colour).append("\"/>");
        } else {
            s.append("<rect class=\"bar-").append(which).append("\" x=\"").append(num(left)).append("\" y=\"").append(y)
                    .append("\" width=\"").append(num(width)).append("\" height=\"").append(height).append("\" fill=\"")
                    .append(colour).append("\"><title>").append(which).append(" end: ").append(Html.pct(saving)).append(", ")
                    .append(verdict).append("</title></rect>");
        }
        double tx = right ? x1 + 5 : x1 - 5;
        if (flips) {
            double mx = right ? x1 + 8 : x1 - 8;
            s.append("<path class=\"flip-mark\" d=\"").append(diamond(mx, y + height / 2.0)).append("\"/>");
            tx = right ? x1 + 19 : x1 - 19;
        }
        s.append("<text class=\"end-label\" x=\"").append(num(tx)).append("\" y=\"").append(num(y + height / 2.0 + 4))
                .append("\" text-anchor=\"").append(right ? "start" : "end").append("\">").append(Html.pct(saving));
        if (flips) s.append(" <tspan class=\"end-verdict\">").append(verdict).append("</tspan>");
        s.append("</text>");
    }

    private static String diamond(double cx, double cy) {
        return "M" + num(cx) + " " + num(cy - 6) + "L" + num(cx + 6) + " " + num(cy) + "L" + num(cx) + " " + num(cy + 6)
                + "L" + num(cx - 6) + " " + num(cy) + "Z";
    }

    private static double x(double v, double[] range) {
        double span = range[1] - range[0];
        return LEFT + (RIGHT - LEFT) * (span <= 0 ? 0.5 : (v - range[0]) / span);
    }

    private static String value(UncertainFigure f, double v) {
        return UncertaintyReports.value(f, v).replace(' ', '\u00a0');
    }

    private static String saving(Double v) {
        return v == null ? "no CPO option" : Html.pct(v);
    }

    /** A tick of a saving axis: a percentage with as few decimals as it needs. */
    static String tick(double fraction) {
        String t = Html.trim(fraction * 100, 2);
        return (t.startsWith("-") ? "\u2212" + t.substring(1) : t) + "\u00a0%";
    }

    /**
     * Round ticks, about {@code count} of them, whose first and last enclose [min, max]: steps of 1, 2, 2.5 or 5
     * times a power of ten; 0 is a tick whenever the range spans it.
     */
    static double[] ticks(double min, double max, int count) {
        if (!(max > min)) {
            double d = Math.max(Math.abs(min) * 0.1, 1e-3);
            min -= d;
            max += d;
        }
        double raw = (max - min) / Math.max(1, count - 1);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * 10;
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        long first = (long) Math.floor(min / step + 1e-9);
        long last = (long) Math.ceil(max / step - 1e-9);
        double[] t = new double[(int) (last - first) + 1];
        for (int i = 0; i < t.length; i++) {
            // rounded to the step's decimals, so that 0.30000000000000004 is 0.3 and 0 is exactly 0
            t[i] = Math.round((first + i) * step / mag * 1000) / 1000.0 * mag;
        }
        return t;
    }
}
