package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.advice.UncertainFigure;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;

import java.util.ArrayList;
import java.util.List;

/**
 * The reports of a sensitivity run ({@code cpo sensitivity}) and of a sweep ({@code cpo sweep}):
 * text (here), Markdown ({@link UncertaintyMarkdown}), JSON ({@link UncertaintyJson}, schemas
 * {@code cpo-sensitivity/1} and {@code cpo-sweep/1}) and HTML ({@link UncertaintyHtml}, with a tornado
 * and a histogram per cluster); docs/reports.md. Like every report, they draw the result and compute nothing.
 */
public final class UncertaintyReports {

    private UncertaintyReports() {
    }

    /** The formats both reports come in. */
    public static final List<String> FORMATS = List.of("text", "markdown", "json", "html");

    public static String sensitivity(Sensitivity s, String format) {
        return switch (format) {
            case "text" -> sensitivityText(s);
            case "markdown" -> UncertaintyMarkdown.sensitivity(s);
            case "json" -> UncertaintyJson.sensitivity(s);
            case "html" -> UncertaintyHtml.sensitivity(s);
            default -> throw new IllegalArgumentException("sensitivity reports come as " + String.join(", ", FORMATS) + ": " + format);
        };
    }

    public static String sweep(SweepSummary s, String format) {
        return switch (format) {
            case "text" -> sweepText(s);
            case "markdown" -> UncertaintyMarkdown.sweep(s);
            case "json" -> UncertaintyJson.sweep(s);
            case "html" -> UncertaintyHtml.sweep(s);
            default -> throw new IllegalArgumentException("sweep reports come as " + String.join(", ", FORMATS) + ": " + format);
        };
    }

    // ------------------------------------------------------------------ text

    static String sensitivityText(Sensitivity s) {
        StringBuilder out = new StringBuilder();
        if (s.hasErrors()) return DiagnosticPrinter.render(s.diagnostics());
        out.append("Sensitivity of ").append(s.architecture()).append(" (").append(s.file()).append(")\n");
        out.append(s.figures().size()).append(" uncertain figures, each moved alone to the ends of its range\n");
        for (Sensitivity.ClusterSensitivity c : s.clusters()) {
            out.append('\n').append(c.cluster()).append(": ").append(c.verdict());
            if (c.option() != null) {
                out.append(", ").append(c.option()).append(" saves ").append(TextViews.pct(c.saving()));
                if (c.saving() != null && c.saving() < 0) out.append(" (it costs more than the best pluggable purchase)");
            } else {
                out.append(", no CPO option");
            }
            out.append('\n');
            if (c.swings().isEmpty()) {
                out.append("  no figure moves its saving or verdict\n");
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"figure", "low", "high", "saving at low", "saving at high", "verdict low..high", "flips at"});
            for (Sensitivity.Swing w : c.swings()) {
                UncertainFigure f = figure(s.figures(), w.figure());
                rows.add(new String[] {w.figure(), value(f, w.low()), value(f, w.high()), saving(w.savingAtLow()),
                        saving(w.savingAtHigh()), w.verdictAtLow() + ".." + w.verdictAtHigh(), flips(f, w)});
            }
            TextViews.table(out, rows, "  ", new boolean[] {false, true, true, true, true, false, false});
        }
        return out.toString();
    }

    static String sweepText(SweepSummary s) {
        if (s.hasErrors()) return DiagnosticPrinter.render(s.diagnostics());
        StringBuilder out = new StringBuilder();
        out.append("Sweep of ").append(s.architecture()).append(" (").append(s.file()).append("): ")
                .append(TextViews.count(s.scenarios())).append(" scenarios, seed ").append(s.seed()).append(", ")
                .append(s.figures().size()).append(" uncertain figures\n");
        for (SweepSummary.ClusterSweep c : s.clusters()) {
            out.append('\n').append(c.cluster()).append(" (advice: ").append(c.verdict()).append(")\n");
            out.append("  verdicts:");
            for (Verdict v : Verdict.values()) {
                out.append(' ').append(v).append(' ').append(TextViews.pct(c.probability(v, s.scenarios())));
            }
            out.append('\n');
            if (c.saving() != null) {
                SweepSummary.Spread p = c.saving();
                out.append("  saving: p5 ").append(TextViews.pct(p.p5())).append(", p50 ").append(TextViews.pct(p.p50()))
                        .append(", p95 ").append(TextViews.pct(p.p95())).append(", mean ").append(TextViews.pct(p.mean()));
                if (c.noOption() > 0) out.append(" (no CPO option in ").append(TextViews.count(c.noOption())).append(")");
                out.append('\n');
            } else {
                out.append("  saving: no CPO option in any scenario\n");
            }
            if (c.breakEvenGpus() != null) {
                SweepSummary.Spread b = c.breakEvenGpus();
                out.append("  break-even GPUs: p5 ").append(TextViews.count(Math.round(b.p5()))).append(", p50 ")
                        .append(TextViews.count(Math.round(b.p50()))).append(", p95 ").append(TextViews.count(Math.round(b.p95())))
                        .append(" (of ").append(TextViews.count(b.count() + c.breakEvenNone())).append(" searched");
                if (c.breakEvenNone() > 0) out.append(", none reached in ").append(TextViews.count(c.breakEvenNone()));
                out.append(")\n");
            } else if (s.breakEvenShare() > 0) {
                out.append("  break-even GPUs: none reached in ").append(TextViews.count(c.breakEvenNone())).append(" searched\n");
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ shared

    static UncertainFigure figure(List<UncertainFigure> figures, String name) {
        for (UncertainFigure f : figures) {
            if (f.figure().equals(name)) return f;
        }
        return null;
    }

    /** A figure's value as reports write it, in its unit. */
    static String value(UncertainFigure f, double v) {
        String unit = f == null ? "" : f.unit();
        if (unit.equals("share")) return TextViews.pct(v);
        if (unit.endsWith("/kWh")) return Numbers.fixed(v, 3) + " " + unit;
        if (unit.isEmpty()) return Numbers.fixed(v, Math.abs(v) >= 100 ? 0 : 3);
        // whole amounts without decimals (5 FIT, 60 USD), others to the cent or hundredth (3.50 W)
        return Numbers.grouped(v, Math.abs(v) >= 100 || v == Math.rint(v) ? 0 : 2) + " " + unit;
    }

    static String saving(Double s) {
        return s == null ? "no option" : TextViews.pct(s);
    }

    static String flips(UncertainFigure f, Sensitivity.Swing w) {
        if (w.flips().isEmpty()) return "-";
        List<String> parts = new ArrayList<>();
        for (Sensitivity.Flip flip : w.flips()) {
            parts.add(value(f, flip.at()) + " (" + flip.below() + " -> " + flip.above() + ")");
        }
        return String.join("; ", parts);
    }
}
