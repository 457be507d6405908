package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.advice.UncertainFigure;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SafeText;

import java.util.ArrayList;
import java.util.List;

import static org.cpoadvisor.advisor.report.MarkdownRenderer.esc;

/**
 * A sensitivity run and a sweep as Markdown (GitHub-flavoured pipe tables), for a pull-request
 * comment or a wiki page. Sensitivity: a heading, the uncertain figures, then per cluster its
 * tornado as a table (each figure's ends, the saving and the verdict at each end, where the verdict
 * flips). Sweep: a heading, the verdicts' probabilities per cluster, the saving's and the break-even
 * GPU count's percentiles per cluster, and the figures drawn. Every text from a file is escaped as
 * {@link MarkdownRenderer#esc} does; numbers are the text report's.
 */
final class UncertaintyMarkdown {

    private UncertaintyMarkdown() {
    }

    static String sensitivity(Sensitivity s) {
        StringBuilder out = new StringBuilder();
        out.append("# Sensitivity of ").append(name(s.architecture(), s.file())).append("\n\n");
        if (s.hasErrors()) {
            errors(out, s.file(), s.diagnostics());
            return SafeText.text(out.toString());
        }
        out.append("File: ").append(esc(s.file())).append(". Amounts in ").append(esc(s.currency())).append(". ")
                .append(count(s.figures().size(), "uncertain figure", "uncertain figures"))
                .append(", each moved alone to the low and the high end of its range while the others keep their values.\n\n");
        figures(out, s.figures());
        out.append("## Clusters\n\n");
        for (Sensitivity.ClusterSensitivity c : s.clusters()) {
            out.append("### ").append(esc(c.cluster())).append(": ").append(c.verdict().word()).append("\n\n");
            out.append(c.option() == null ? "No CPO option can be built"
                    : "With every figure at its value, " + esc(c.option()) + " saves " + TextViews.pct(c.saving())
                            + (c.saving() < 0 ? " (it costs more than the best pluggable purchase)" : ""))
                    .append(".\n\n");
            if (c.swings().isEmpty()) {
                out.append("No figure moves its saving or verdict.\n\n");
                continue;
            }
            List<String[]> rows = new ArrayList<>();
            for (Sensitivity.Swing w : c.swings()) {
                UncertainFigure f = UncertaintyReports.figure(s.figures(), w.figure());
                rows.add(new String[]{esc(w.figure()), num(UncertaintyReports.value(f, w.low())),
                        num(UncertaintyReports.value(f, w.high())), UncertaintyReports.saving(w.savingAtLow()),
                        UncertaintyReports.saving(w.savingAtHigh()), verdict(w.verdictAtLow(), c.verdict()),
                        verdict(w.verdictAtHigh(), c.verdict()), flips(f, w)});
            }
            MarkdownRenderer.table(out, new String[]{"figure", "low", "high", "saving at low", "saving at high",
                    "verdict at low", "verdict at high", "verdict flips at"}, "-rrrr---", rows);
            out.append('\n');
        }
        out.append("Rows: the figures that change the verdict first, then by how far they move the saving.\n");
        return SafeText.text(out.toString());
    }

    static String sweep(SweepSummary s) {
        StringBuilder out = new StringBuilder();
        out.append("# Sweep of ").append(name(s.architecture(), s.file())).append("\n\n");
        if (s.hasErrors()) {
            errors(out, s.file(), s.diagnostics());
            return SafeText.text(out.toString());
        }
        long searched = Math.min(s.breakEvenShare(), s.scenarios());
        out.append("File: ").append(esc(s.file())).append(". Amounts in ").append(esc(s.currency())).append(". ")
                .append(TextViews.count(s.scenarios())).append(s.scenarios() == 1 ? " scenario" : " scenarios")
                .append(" drawn from seed ").append(s.seed()).append(" over ")
                .append(count(s.figures().size(), "uncertain figure", "uncertain figures")).append(" at once");
        if (searched > 0) {
            out.append("; the break-even GPU count searched in the first ").append(TextViews.count(searched));
        }
        out.append(".\n\n");

        out.append("## Verdicts\n\nThe share of scenarios that gave each verdict.\n\n");
        List<String[]> rows = new ArrayList<>();
        for (SweepSummary.ClusterSweep c : s.clusters()) {
            String[] r = new String[2 + Verdict.values().length];
            r[0] = esc(c.cluster());
            r[1] = "**" + c.verdict().word() + "**";
            for (Verdict v : Verdict.values()) {
                double p = c.probability(v, s.scenarios());
                r[2 + v.ordinal()] = c.verdicts().getOrDefault(v, 0L) == 0 ? "-" : TextViews.pct(p);
            }
            rows.add(r);
        }
        String[] header = new String[2 + Verdict.values().length];
        header[0] = "cluster";
        header[1] = "advice";
        for (Verdict v : Verdict.values()) header[2 + v.ordinal()] = v.word();
        MarkdownRenderer.table(out, header, "--rrrr", rows);
        out.append('\n');

        out.append("## Saving\n\nThe best CPO option's TCO saving over the scenarios that had one (percentiles by nearest rank).\n\n");
        rows = new ArrayList<>();
        for (SweepSummary.ClusterSweep c : s.clusters()) {
            SweepSummary.Spread p = c.saving();
            if (p == null) {
                rows.add(new String[]{esc(c.cluster()), "-", "-", "-", "-", TextViews.count(c.noOption())});
            } else {
                rows.add(new String[]{esc(c.cluster()), TextViews.pct(p.p5()), TextViews.pct(p.p50()), TextViews.pct(p.p95()),
                        TextViews.pct(p.mean()), c.noOption() == 0 ? "-" : TextViews.count(c.noOption())});
            }
        }
        MarkdownRenderer.table(out, new String[]{"cluster", "p5", "p50", "p95", "mean", "no CPO option"}, "-rrrrr", rows);
        out.append('\n');

        if (searched > 0) {
            out.append("## Break-even cluster size\n\nThe GPU count from which the best CPO option saves the policy's ")
                    .append("min-saving, over the searched scenarios in which one was found.\n\n");
            rows = new ArrayList<>();
            for (SweepSummary.ClusterSweep c : s.clusters()) {
                SweepSummary.Spread b = c.breakEvenGpus();
                long n = (b == null ? 0 : b.count()) + c.breakEvenNone();
                rows.add(new String[]{esc(c.cluster()), gpus(b == null ? null : b.p5()), gpus(b == null ? null : b.p50()),
                        gpus(b == null ? null : b.p95()), TextViews.count(n),
                        c.breakEvenNone() == 0 ? "-" : TextViews.count(c.breakEvenNone())});
            }
            MarkdownRenderer.table(out, new String[]{"cluster", "p5 GPUs", "p50 GPUs", "p95 GPUs", "searched", "none reached"},
                    "-rrrrr", rows);
            out.append('\n');
        }
        figures(out, s.figures());
        return SafeText.text(out.toString().stripTrailing() + "\n");
    }

    // ------------------------------------------------------------------ parts

    private static String name(String architecture, String file) {
        return architecture != null && !architecture.isEmpty() ? esc(architecture) : esc(file);
    }

    private static void errors(StringBuilder out, String file, List<Diagnostic> diagnostics) {
        out.append("**No results: `").append(file.replace('`', '\'')).append("` has errors.**\n\n");
        for (Diagnostic d : diagnostics.stream().sorted(Diagnostic.ORDER).toList()) {
            if (!d.isError()) continue;
            String where = d.location() == null ? "" : d.location() + ": ";
            out.append("- ").append(esc(where + d.code().name() + " " + d.message())).append('\n');
        }
    }

    private static void figures(StringBuilder out, List<UncertainFigure> figures) {
        out.append("## Uncertain figures\n\n");
        if (figures.isEmpty()) {
            out.append("None: no figure the advice rests on carries a range.\n\n");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (UncertainFigure f : figures) {
            rows.add(new String[]{esc(f.figure()), num(UncertaintyReports.value(f, f.value())),
                    num(UncertaintyReports.value(f, f.low())) + " .. " + num(UncertaintyReports.value(f, f.high())),
                    esc(f.shape()), f.group() == null ? "-" : esc(f.group()), esc(f.origin()), esc(f.source())});
        }
        MarkdownRenderer.table(out, new String[]{"figure", "value", "range", "shape", "moves with", "origin", "source"},
                "-rr----", rows);
        out.append('\n');
    }

    /** The verdict at an end: bold where it is not the verdict at the figures' values. */
    private static String verdict(Verdict atEnd, Verdict base) {
        return atEnd == base ? atEnd.word() : "**" + atEnd.word() + "**";
    }

    private static String flips(UncertainFigure f, Sensitivity.Swing w) {
        if (w.flips().isEmpty()) return "-";
        List<String> parts = new ArrayList<>();
        for (Sensitivity.Flip flip : w.flips()) {
            parts.add(num(UncertaintyReports.value(f, flip.at())) + " (" + flip.below().word() + " → " + flip.above().word() + ")");
        }
        return String.join("; ", parts);
    }

    /**
     * A number the report formatted, with its unit: as it is (a leading minus or the dot of a decimal needs no
     * escape inside a table cell), unless the unit brought Markdown's punctuation.
     */
    private static String num(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("\\`*_[]|~&#<\r\n".indexOf(s.charAt(i)) >= 0) return esc(s);
        }
        return s;
    }

    private static String gpus(Double v) {
        return v == null ? "-" : TextViews.count(Math.round(v));
    }

    private static String count(long n, String one, String many) {
        return TextViews.count(n) + " " + (n == 1 ? one : many);
    }
}
