package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.Sensitivity.ClusterSensitivity;
import org.cpoadvisor.advisor.advice.Sensitivity.Swing;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.advice.SweepSummary.ClusterSweep;
import org.cpoadvisor.advisor.advice.SweepSummary.Spread;
import org.cpoadvisor.advisor.advice.UncertainFigure;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.cpoadvisor.advisor.report.Html.esc;

/**
 * A sensitivity run and a sweep as self-contained HTML pages in the style of the advice's
 * ({@link HtmlRenderer}: inline CSS and SVG, no script, no external resource). Sensitivity: per
 * cluster a tornado ({@link TornadoChart}) and the same figures as a table. Sweep: an overview
 * table, then per cluster a bar chart of the verdicts' probabilities and the saving's histogram
 * ({@link SweepCharts}), each beside a table that says what it shows. Every text from a file is
 * escaped; the same result gives the same bytes.
 */
final class UncertaintyHtml {

    private UncertaintyHtml() {
    }

    /** What the two pages add to the advice's style sheet. */
    static final String CSS = """
            svg.tornado,svg.histogram,svg.verdict-chart{display:block;width:100%;height:auto;font-size:12px}
            svg.tornado{max-width:860px}svg.histogram{max-width:860px}svg.verdict-chart{max-width:520px}
            svg text{fill:#334155}
            svg .grid,svg .tick-mark{stroke:#e2e8f0;stroke-width:1}
            svg .base{stroke:#94a3b8;stroke-width:1}
            svg .zero{stroke:#475569;stroke-width:1.2}
            svg .axis-title{fill:#64748b;font-size:12px}
            svg.tornado .band{fill:#f8fafc}
            svg.tornado .figure-name{font-weight:600;font-size:12.5px;fill:#0f172a}
            svg.tornado .figure-range{fill:#64748b;font-size:11px}
            svg.tornado .flip-text{fill:#b91c1c;font-size:11px;font-weight:600}
            svg.tornado .flip-mark{fill:#b91c1c;stroke:#fff;stroke-width:1}
            svg.tornado .end-label{font-size:11.5px;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
            svg.tornado .end-verdict{fill:#b91c1c}
            svg.tornado .no-option{fill:#64748b;font-style:italic;font-size:11px}
            svg.tornado .base-saving line{stroke:#0f172a;stroke-width:1.5;stroke-dasharray:5 3}
            svg.tornado .base-saving text{font-weight:650;font-size:12px;fill:#0f172a}
            svg.verdict-chart .verdict-name{font-weight:600}
            svg.verdict-chart .verdict-name.advice{text-decoration:underline}
            svg.histogram .percentile line{stroke:#b91c1c;stroke-width:1.4;stroke-dasharray:4 3}
            svg.histogram .percentile text{fill:#b91c1c;font-weight:600;font-size:11.5px}
            .pair{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:8px 24px;align-items:start;margin:0 0 14px}
            .pair table.data{width:auto;min-width:100%}
            details.bins{margin:4px 0 0;font-size:13.5px}
            details.bins summary{cursor:pointer;color:var(--accent);font-weight:600}
            .how{color:var(--muted);font-size:13.5px;max-width:900px}
            @media (max-width:900px){.pair{grid-template-columns:1fr}}
            """;

    // ------------------------------------------------------------------ sensitivity

    static String sensitivity(Sensitivity s) {
        StringBuilder out = new StringBuilder(32 * 1024);
        String title = "Sensitivity: " + name(s.architecture(), s.file());
        open(out, title);
        meta(out, s.architecture(), s.file(), s.currency(), s.figures().size() + (s.figures().size() == 1 ? " uncertain figure"
                : " uncertain figures") + ", each moved alone to the ends of its range");
        if (diagnostics(out, s.diagnostics(), s.hasErrors())) return close(out);
        out.append("<p class=\"how\">Each bar starts at the best CPO option\u2019s TCO saving with every figure at its value ")
                .append("(the dashed line) and ends at the saving with one figure moved to the <strong style=\"color:")
                .append(TornadoChart.LOW).append("\">low</strong> or the <strong style=\"color:").append(TornadoChart.HIGH)
                .append("\">high</strong> end of its range, the others kept at their values. The figures that change the verdict ")
                .append("come first, then the one that moves the saving most. A diamond marks an end at which the verdict differs; ")
                .append("the value where it changes is written under the figure.</p>\n");
        out.append("<section class=\"clusters\">\n<h2 id=\"clusters\">Clusters</h2>\n");
        for (int i = 0; i < s.clusters().size(); i++) {
            tornado(out, s, s.clusters().get(i), "c" + (i + 1));
        }
        out.append("</section>\n");
        figures(out, s.figures());
        return close(out);
    }

    private static void tornado(StringBuilder out, Sensitivity s, ClusterSensitivity c, String id) {
        out.append("<section class=\"card cluster v-border-").append(Html.verdictClass(c.verdict())).append("\" id=\"").append(id)
                .append("\">\n<h3>").append(esc(c.cluster())).append(' ').append(Html.badge(c.verdict())).append("</h3>\n");
        out.append("<p class=\"summary\">").append(c.option() == null ? "No CPO option can be built with every figure at its value."
                : "With every figure at its value, " + esc(c.option()) + " saves " + Html.pct(c.saving()) + " of TCO"
                + (c.saving() < 0 ? " (it costs more than the best pluggable purchase)." : ".")).append("</p>\n");
        if (c.swings().isEmpty()) {
            out.append("<p class=\"empty\">No uncertain figure moves this cluster\u2019s saving or verdict.</p>\n</section>\n");
            return;
        }
        int drawn = Math.min(TornadoChart.MAX_ROWS, c.swings().size());
        out.append("<figure class=\"chart\">\n").append(TornadoChart.svg(c, s.figures(), id + "-tornado")).append('\n')
                .append("<figcaption>TCO saving of the best CPO option with each figure at the ends of its range");
        if (drawn < c.swings().size()) {
            out.append("; the ").append(drawn).append(" figures with the largest effect of ").append(c.swings().size())
                    .append(", the table lists all");
        }
        long flips = c.swings().stream().filter(w -> !w.flips().isEmpty()).count();
        out.append(". ").append(flips == 0 ? "No figure changes the verdict within its range."
                : flips == 1 ? "One figure changes the verdict within its range." : flips + " figures change the verdict within their ranges.")
                .append("</figcaption>\n</figure>\n");
        List<String[]> rows = new ArrayList<>();
        for (Swing w : c.swings()) {
            UncertainFigure f = UncertaintyReports.figure(s.figures(), w.figure());
            rows.add(new String[]{w.figure(), UncertaintyReports.value(f, w.low()), UncertaintyReports.value(f, w.high()),
                    saving(w.savingAtLow()), saving(w.savingAtHigh()), w.verdictAtLow().word(), w.verdictAtHigh().word(),
                    flips(f, w), Numbers.fixed(w.effect() * 100, 1)});
        }
        table(out, "tornado-table", "The tornado of " + c.cluster() + " as a table",
                new String[]{"figure", "low end", "high end", "saving at low", "saving at high", "verdict at low",
                        "verdict at high", "verdict flips at", "effect (pp)"}, "-rrrr---r", rows);
        out.append("</section>\n");
    }

    private static String flips(UncertainFigure f, Swing w) {
        if (w.flips().isEmpty()) return "\u2013";
        List<String> parts = new ArrayList<>();
        for (Sensitivity.Flip flip : w.flips()) {
            parts.add(UncertaintyReports.value(f, flip.at()) + " (" + flip.below().word() + " \u2192 " + flip.above().word() + ")");
        }
        return String.join("; ", parts);
    }

    // ------------------------------------------------------------------ sweep

    static String sweep(SweepSummary s) {
        StringBuilder out = new StringBuilder(48 * 1024);
        String title = "Sweep: " + name(s.architecture(), s.file());
        open(out, title);
        long searched = Math.min(s.breakEvenShare(), s.scenarios());
        meta(out, s.architecture(), s.file(), s.currency(), Html.count(s.scenarios()) + " scenarios drawn from seed " + s.seed()
                + " over " + s.figures().size() + (s.figures().size() == 1 ? " uncertain figure" : " uncertain figures")
                + (searched > 0 ? "; break-even GPU count searched in the first " + Html.count(searched) : ""));
        if (diagnostics(out, s.diagnostics(), s.hasErrors())) return close(out);
        overview(out, s);
        out.append("<section class=\"clusters\">\n<h2 id=\"clusters\">Clusters</h2>\n");
        for (int i = 0; i < s.clusters().size(); i++) {
            distribution(out, s, s.clusters().get(i), "c" + (i + 1));
        }
        out.append("</section>\n");
        figures(out, s.figures());
        return close(out);
    }

    private static void overview(StringBuilder out, SweepSummary s) {
        out.append("<section class=\"overview\">\n<h2 id=\"overview\">Verdicts over the scenarios</h2>\n");
        List<String[]> rows = new ArrayList<>();
        for (ClusterSweep c : s.clusters()) {
            String[] r = new String[2 + Verdict.values().length + 3];
            r[0] = c.cluster();
            r[1] = c.verdict().word();
            for (Verdict v : Verdict.values()) {
                r[2 + v.ordinal()] = c.verdicts().getOrDefault(v, 0L) == 0 ? "\u2013" : Html.pct(c.probability(v, s.scenarios()));
            }
            int k = 2 + Verdict.values().length;
            r[k] = c.saving() == null ? "\u2013" : Html.pct(c.saving().p5());
            r[k + 1] = c.saving() == null ? "\u2013" : Html.pct(c.saving().p50());
            r[k + 2] = c.saving() == null ? "\u2013" : Html.pct(c.saving().p95());
            rows.add(r);
        }
        table(out, "overview-table", "Per cluster: the share of scenarios that gave each verdict, and the saving\u2019s percentiles",
                new String[]{"cluster", "advice", "adopt", "pilot", "prepare", "wait", "saving p5", "p50", "p95"},
                "--rrrrrrr", rows);
        out.append("</section>\n");
    }

    private static void distribution(StringBuilder out, SweepSummary s, ClusterSweep c, String id) {
        out.append("<section class=\"card cluster v-border-").append(Html.verdictClass(c.verdict())).append("\" id=\"").append(id)
                .append("\">\n<h3>").append(esc(c.cluster())).append(' ').append(Html.badge(c.verdict())).append("</h3>\n");
        Verdict likeliest = Verdict.WAIT;
        for (Verdict v : Verdict.values()) {
            if (c.verdicts().getOrDefault(v, 0L) > c.verdicts().getOrDefault(likeliest, 0L)) likeliest = v;
        }
        out.append("<p class=\"summary\">The advice at the figures\u2019 values is ").append(c.verdict().word()).append("; over ")
                .append(Html.count(s.scenarios())).append(" scenarios ").append(likeliest.word()).append(" comes out in ")
                .append(Html.pct(c.probability(likeliest, s.scenarios()))).append(" of them.</p>\n");

        // the verdicts: chart and table side by side
        out.append("<div class=\"pair\">\n<figure class=\"chart\">\n").append(SweepCharts.verdicts(c, s.scenarios(), id + "-verdicts"))
                .append("\n<figcaption>The share of scenarios that gave each verdict.</figcaption>\n</figure>\n");
        List<String[]> rows = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            rows.add(new String[]{v.word(), Html.count(c.verdicts().getOrDefault(v, 0L)), Html.pct(c.probability(v, s.scenarios()))});
        }
        table(out, "verdict-table", "Verdicts of " + c.cluster(), new String[]{"verdict", "scenarios", "share"}, "-rr", rows);
        out.append("</div>\n");

        // the saving: histogram and percentiles side by side
        if (c.histogram() == null) {
            out.append("<p class=\"empty\">No scenario had a CPO option: there is no saving to spread.</p>\n");
        } else {
            out.append("<div class=\"pair\">\n<figure class=\"chart\">\n").append(SweepCharts.histogram(c, id + "-histogram"))
                    .append("\n<figcaption>How many scenarios gave each TCO saving (").append(SweepSummary.BINS)
                    .append(" bins of equal width from the lowest to the highest), teal where CPO saves, grey where it costs more; ")
                    .append("the red lines mark the 5th, 50th and 95th percentiles.");
            if (c.noOption() > 0) {
                out.append(" No CPO option in ").append(Html.count(c.noOption())).append(" scenarios, left out.");
            }
            out.append("</figcaption>\n</figure>\n");
            spreads(out, s, c);
            out.append("</div>\n");
            bins(out, c);
        }
        out.append("</section>\n");
    }

    /** The percentiles of the saving and of the break-even GPU count, in one table. */
    private static void spreads(StringBuilder out, SweepSummary s, ClusterSweep c) {
        Spread p = c.saving();
        Spread b = c.breakEvenGpus();
        long searched = (b == null ? 0 : b.count()) + c.breakEvenNone();
        boolean gpus = searched > 0;
        String[] names = {"p5", "p10", "p25", "p50", "p75", "p90", "p95", "mean", "min", "max"};
        List<ToDoubleFunction<Spread>> get = List.of(Spread::p5, Spread::p10, Spread::p25, Spread::p50, Spread::p75,
                Spread::p90, Spread::p95, Spread::mean, Spread::min, Spread::max);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            double g = b == null ? Double.NaN : get.get(i).applyAsDouble(b);
            String gpu = b == null ? "\u2013" : i == 7 ? Numbers.grouped(g, 0) : Html.count(Math.round(g));
            rows.add(gpus ? new String[]{names[i], Html.pct(get.get(i).applyAsDouble(p)), gpu}
                    : new String[]{names[i], Html.pct(get.get(i).applyAsDouble(p))});
        }
        rows.add(gpus ? new String[]{"scenarios", Html.count(p.count()), Html.count(b == null ? 0 : b.count()) + " of "
                + Html.count(searched)} : new String[]{"scenarios", Html.count(p.count())});
        table(out, "spread-table", "Saving" + (gpus ? " and break-even cluster size" : "") + " of " + c.cluster(),
                gpus ? new String[]{"", "saving", "break-even GPUs"} : new String[]{"", "saving"}, gpus ? "-rr" : "-r", rows);
        if (c.breakEvenNone() > 0) {
            out.append("<p class=\"how\">In ").append(Html.count(c.breakEvenNone())).append(" of the ").append(Html.count(searched))
                    .append(" searched scenarios no cluster size reached the policy\u2019s min-saving.</p>\n");
        }
    }

    /** The histogram's bins as a table, folded. */
    private static void bins(StringBuilder out, ClusterSweep c) {
        SweepSummary.Histogram h = c.histogram();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < h.counts().size(); i++) {
            double lo = h.from() + i * h.width();
            rows.add(new String[]{Html.pct(lo), Html.pct(lo + h.width()), Html.count(h.counts().get(i))});
            if (h.width() == 0) break;
        }
        out.append("<details class=\"bins\"><summary>The histogram\u2019s ").append(rows.size()).append(rows.size() == 1 ? " bin" : " bins")
                .append(" as a table</summary>\n");
        table(out, "bins-table", "Scenarios per saving bin of " + c.cluster(), new String[]{"from", "to", "scenarios"}, "rrr", rows);
        out.append("</details>\n");
    }

    // ------------------------------------------------------------------ shared

    private static String name(String architecture, String file) {
        return architecture != null && !architecture.isEmpty() ? architecture : file;
    }

    private static void open(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"cpo-advisor\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.CSS).append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"page\"><div class=\"wrap\"><p class=\"kicker\">cpo-advisor \u00b7 uncertainty</p>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n</div></header>\n<main class=\"wrap\">\n");
    }

    private static String close(StringBuilder out) {
        out.append("</main>\n<footer class=\"wrap\"><p>Made by cpo-advisor. Savings are model estimates; the ranges are those ")
                .append("of the file, the catalog and the defaults listed above.</p></footer>\n</body>\n</html>\n");
        return SafeText.text(out.toString());
    }

    private static void meta(StringBuilder out, String architecture, String file, String currency, String what) {
        out.append("<p class=\"meta\">");
        if (architecture != null && !architecture.isEmpty()) {
            out.append("Architecture <strong>").append(esc(architecture)).append("</strong> \u00b7 ");
        }
        out.append("file <code>").append(esc(file)).append("</code> \u00b7 amounts in <strong>").append(esc(currency))
                .append("</strong> \u00b7 ").append(esc(what)).append("</p>\n");
    }

    /** The diagnostics, if any; whether there were errors (and so nothing more to show). */
    private static boolean diagnostics(StringBuilder out, List<Diagnostic> diagnostics, boolean errors) {
        if (diagnostics.isEmpty()) return false;
        out.append("<section class=\"diagnostics").append(errors ? " has-errors" : "").append("\">\n<h2>")
                .append(errors ? "No results: the file has errors" : "Diagnostics").append("</h2>\n<pre>")
                .append(esc(DiagnosticPrinter.render(diagnostics))).append("</pre>\n</section>\n");
        return errors;
    }

    private static void figures(StringBuilder out, List<UncertainFigure> figures) {
        out.append("<section class=\"figures\">\n<h2 id=\"figures\">Uncertain figures</h2>\n");
        if (figures.isEmpty()) {
            out.append("<p class=\"empty\">None: no figure the advice rests on carries a range.</p>\n</section>\n");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (UncertainFigure f : figures) {
            rows.add(new String[]{f.figure(), UncertaintyReports.value(f, f.value()), UncertaintyReports.value(f, f.low()),
                    UncertaintyReports.value(f, f.high()), f.shape(), f.group() == null ? "\u2013" : f.group(), f.origin(), f.source()});
        }
        table(out, "figures-table", "Every figure with a range, its value and where the range comes from",
                new String[]{"figure", "value", "low", "high", "shape", "moves with", "origin", "source"}, "-rrr----", rows);
        out.append("</section>\n");
    }

    /** A data table; {@code align} has an {@code r} per right-aligned column. The first column heads its row. */
    private static void table(StringBuilder out, String cls, String caption, String[] header, String align, List<String[]> rows) {
        out.append("<div class=\"scroll\"><table class=\"data ").append(cls).append("\">\n<caption>").append(esc(caption))
                .append("</caption>\n<thead><tr>");
        for (int i = 0; i < header.length; i++) {
            out.append("<th scope=\"col\"").append(align.charAt(i) == 'r' ? " class=\"num\">" : ">").append(esc(header[i])).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (String[] r : rows) {
            out.append("<tr>");
            for (int i = 0; i < r.length; i++) {
                String tag = i == 0 && align.charAt(0) != 'r' ? "th scope=\"row\"" : "td";
                out.append('<').append(tag).append(align.charAt(i) == 'r' ? " class=\"num\">" : ">").append(esc(r[i]))
                        .append("</").append(tag, 0, 2).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static String saving(Double v) {
        return v == null ? "no CPO option" : Html.pct(v);
    }
}
