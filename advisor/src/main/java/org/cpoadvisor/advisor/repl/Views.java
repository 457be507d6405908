package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.BreakEven;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.advisor.report.TextViews;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the REPL prints parts of an {@link Advice}: short views of what the text report prints in
 * full, laid out from the same {@link TextViews} (tables, number formats, payback and break-even
 * wording, stages), so that the REPL, the text report and {@code cpo explain} never word a figure
 * two ways.
 */
final class Views {

    private Views() {
    }

    /** The verdict table; the last column is the saving of the best CPO option, also where the verdict is to wait. */
    static String verdicts(List<ClusterAdvice> clusters) {
        StringBuilder out = new StringBuilder("VERDICTS\n");
        TextViews.verdicts(out, clusters, true);
        return out.toString();
    }

    static String findings(List<FindingAdvice> findings) {
        StringBuilder out = new StringBuilder("FINDINGS\n");
        if (findings.isEmpty()) {
            return out.append("  none\n").toString();
        }
        for (FindingAdvice f : findings) {
            out.append("  ").append(f.severity().word()).append(' ').append(f.id()).append(" [").append(f.subject()).append("]: ")
                    .append(f.message()).append('\n');
        }
        return out.toString();
    }

    /** The option with the figures that matter: the advised CPO option, else the CPO option that saves most. */
    static Optional<OptionFigures> best(ClusterAdvice c) {
        return TextViews.best(c);
    }

    static String cluster(ClusterAdvice c, String currency) {
        StringBuilder out = new StringBuilder();
        out.append(c.path()).append(": ").append(c.summary()).append('\n');
        TextViews.options(out, c, "    ", false);
        TextViews.timing(out, c, "    ");
        TextViews.breakEvenLine(out, c, currency, "    ");
        for (String r : c.reasons()) {
            out.append("    - ").append(r).append('\n');
        }
        return out.toString();
    }

    static String payback(Double p) {
        return TextViews.payback(p);
    }

    static String breakEven(BreakEven b, String currency) {
        return TextViews.breakEven(b, currency);
    }

    static String breakEvens(ClusterAdvice c, String currency, String minSaving) {
        StringBuilder out = new StringBuilder();
        if (c.breakEvens().isEmpty()) {
            return out.append(c.path()).append(": no break-even points: no CPO option fits this cluster\n").toString();
        }
        out.append(c.path()).append(": where ").append(c.breakEvens().get(0).option()).append(" saves ")
                .append(minSaving == null ? "min-saving" : "min-saving " + minSaving).append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"quantity", "status", "point", "searched"});
        for (BreakEven b : c.breakEvens()) {
            rows.add(new String[]{TextViews.label(b), b.status().word(), TextViews.breakEven(b, currency), TextViews.searched(b, currency)});
        }
        TextViews.table(out, rows, "  ", new boolean[]{false, false, false, false});
        Optional<OptionFigures> best = c.options().stream().filter(o -> o.option().equals(c.breakEvens().get(0).option())).findFirst();
        out.append("  today: ").append(TextViews.count(c.gpus())).append(" GPUs");
        best.ifPresent(o -> out.append(", ").append(o.option()).append(" saving ").append(o.saving() == null ? "-" : TextViews.pct(o.saving())));
        out.append("; verdict ").append(c.verdict()).append('\n');
        return out.toString();
    }

    static String roadmap(SiteRoadmap r, String currency) {
        StringBuilder out = new StringBuilder();
        TextViews.siteLine(out, r, currency, "");
        for (Stage s : r.stages()) {
            TextViews.stageLine(out, s, "  ", true);
            TextViews.actions(out, s, "    ");
        }
        return out.toString();
    }

    static String bom(SiteRoadmap r, Stage s, String currency) {
        StringBuilder out = new StringBuilder();
        out.append("site ").append(r.site()).append(", ").append(s.year()).append(' ').append(s.kind().word()).append(": capex ")
                .append(TextViews.money(s.capex())).append(' ').append(currency).append(", opex ")
                .append(TextViews.signedMoney(s.opexChangePerYear())).append(" a year\n");
        TextViews.text(out, TextViews.bill(s.lines()), "  ", false);
        return out.toString();
    }

    /** As {@code cpo explain --cluster}: the verdict's rule and facts, each option's tiers and whole bill, the sources. */
    static String explain(ClusterAdvice c, String currency) {
        return TextViews.explain(c, currency);
    }

    /** As {@code cpo explain --finding}. */
    static String explain(FindingAdvice f) {
        return TextViews.explain(f);
    }
}
