package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.AdviceDiff;
import org.cpoadvisor.advisor.advice.AdviceDiff.BillChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.Change;
import org.cpoadvisor.advisor.advice.AdviceDiff.ClusterChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.Figures;
import org.cpoadvisor.advisor.advice.AdviceDiff.FindingChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.SiteChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.SiteTotals;
import org.cpoadvisor.dsl.diag.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.cpoadvisor.advisor.report.MarkdownRenderer.esc;

/**
 * An {@link AdviceDiff} as a compact pull-request comment ({@code cpo diff --format markdown}):
 * a heading and one summary line, a table of the clusters whose verdict or figures moved (the
 * deltas of each one's best CPO option), then the sites' totals, the findings and the
 * bill-of-materials lines in folded {@code <details>} blocks. Text from the files is escaped.
 */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static String render(AdviceDiff d, String base, String head) {
        StringBuilder out = new StringBuilder();
        out.append("### cpo diff: `").append(code(base)).append("` → `").append(code(head)).append("`\n\n");
        if (!d.comparable()) {
            errors(out, "base", base, d.before());
            errors(out, "head", head, d.after());
            return SafeText.text(out.toString().stripTrailing() + "\n");
        }
        if (!d.changed()) {
            out.append("No change in the advice.\n");
            return SafeText.text(out.toString());
        }
        String currency = esc(d.after().currency());
        out.append("**The advice changed:** ").append(summary(d)).append(".\n\n");
        List<ClusterChange> moved = d.clusters().stream().filter(c -> c.change() != Change.UNCHANGED).toList();
        if (!moved.isEmpty()) {
            out.append("| cluster | verdict | best CPO option | saving | Δ capex (").append(currency).append(") | Δ TCO (")
                    .append(currency).append(") | Δ power (kW) |\n|---|---|---|---:|---:|---:|---:|\n");
            for (ClusterChange c : moved) out.append(row(c)).append('\n');
            out.append('\n');
        }
        sites(out, d, currency);
        findings(out, d);
        bills(out, d);
        return SafeText.text(out.toString().stripTrailing() + "\n");
    }

    private static void errors(StringBuilder out, String side, String label, Advice a) {
        if (!a.hasErrors()) return;
        long n = a.diagnostics().stream().filter(org.cpoadvisor.dsl.diag.Diagnostic::isError).count();
        out.append("**The ").append(side).append(" (`").append(code(label)).append("`) has ").append(n)
                .append(n == 1 ? " error" : " errors").append(":** no advice to compare.\n\n");
        for (org.cpoadvisor.dsl.diag.Diagnostic x : a.diagnostics()) {
            if (x.isError()) out.append("- ").append(esc(x.code().name() + ": " + x.message())).append('\n');
        }
        out.append('\n');
    }

    private static String summary(AdviceDiff d) {
        List<String> parts = new ArrayList<>();
        long verdicts = d.clusters().stream().filter(c -> c.before() != null && c.after() != null && c.verdictMoved()).count();
        long added = d.clusters().stream().filter(c -> c.change() == Change.ADDED).count();
        long removed = d.clusters().stream().filter(c -> c.change() == Change.REMOVED).count();
        long figures = d.clusters().stream().filter(c -> c.change() == Change.CHANGED && !c.verdictMoved()).count();
        count(parts, verdicts, "verdict moves", "verdicts move");
        count(parts, added, "cluster added", "clusters added");
        count(parts, removed, "cluster removed", "clusters removed");
        count(parts, figures, "cluster's figures change", "clusters' figures change");
        count(parts, d.findings().stream().filter(f -> f.change() == Change.ADDED).count(), "finding added", "findings added");
        count(parts, d.findings().stream().filter(f -> f.change() == Change.REMOVED).count(), "finding removed", "findings removed");
        count(parts, d.findings().stream().filter(f -> f.change() == Change.CHANGED).count(), "finding reworded", "findings reworded");
        count(parts, d.bills().size(), "bill line changes", "bill lines change");
        if (parts.isEmpty()) parts.add("site totals change");
        return String.join(", ", parts);
    }

    private static void count(List<String> parts, long n, String one, String many) {
        if (n > 0) parts.add(n + " " + (n == 1 ? one : many));
    }

    private static String row(ClusterChange c) {
        String verdict;
        if (c.before() == null) verdict = "new: **" + esc(DiffText.verdict(c.after())) + "**";
        else if (c.after() == null) verdict = "removed (was " + esc(DiffText.verdict(c.before())) + ")";
        else if (c.verdictMoved()) verdict = esc(DiffText.verdict(c.before())) + " → **" + esc(DiffText.verdict(c.after())) + "**";
        else verdict = esc(DiffText.verdict(c.after()));
        Figures a = c.before() == null ? null : c.before().best();
        Figures b = c.after() == null ? null : c.after().best();
        String option = a != null && b != null && !a.option().equals(b.option()) ? esc(a.option()) + " → " + esc(b.option())
                : b != null ? esc(b.option()) : a != null ? esc(a.option()) : "-";
        String saving;
        Double sa = a == null ? null : a.saving();
        Double sb = b == null ? null : b.saving();
        if (AdviceDiff.sameSaving(sa, sb)) saving = sb == null ? "-" : TextViews.pct(sb);
        else saving = (sa == null ? "-" : TextViews.pct(sa)) + " → " + (sb == null ? "-" : TextViews.pct(sb));
        return "| " + esc(c.path()) + " | " + verdict + " | " + option + " | " + saving + " | "
                + delta(a, b, Figures::capex, false) + " | " + delta(a, b, Figures::tco, false) + " | "
                + delta(a, b, Figures::powerW, true) + " |";
    }

    private static <T> String delta(T a, T b, ToDoubleFunction<T> f, boolean power) {
        double x = a == null ? 0 : f.applyAsDouble(a);
        double y = b == null ? 0 : f.applyAsDouble(b);
        if (a == null && b == null) return "-";
        if (power ? AdviceDiff.samePower(x, y) : AdviceDiff.sameMoney(x, y)) return "0";
        return power ? DiffText.signedKw(y - x) : TextViews.signedMoney(y - x);
    }

    private static void sites(StringBuilder out, AdviceDiff d, String currency) {
        List<SiteChange> changed = d.sites().stream().filter(s -> s.change() != Change.UNCHANGED).toList();
        if (changed.isEmpty()) return;
        open(out, "Sites: " + changed.size() + " with other totals");
        out.append("Totals of the option each verdict buys (the baseline where it is to wait), and the roadmap's capex.\n\n");
        out.append("| site | capex (").append(currency).append(") | TCO (").append(currency).append(") | power (kW) | roadmap capex (")
                .append(currency).append(") |\n|---|---:|---:|---:|---:|\n");
        for (SiteChange s : changed) {
            SiteTotals a = s.before();
            SiteTotals b = s.after();
            String name = esc(s.site()) + (a == null ? " (new)" : b == null ? " (removed)" : "");
            out.append("| ").append(name).append(" | ").append(money(a, b, SiteTotals::capex)).append(" | ")
                    .append(money(a, b, SiteTotals::tco)).append(" | ").append(power(a, b)).append(" | ")
                    .append(money(a, b, SiteTotals::roadmapCapex)).append(" |\n");
        }
        close(out);
    }

    private static String money(SiteTotals a, SiteTotals b, ToDoubleFunction<SiteTotals> f) {
        String x = a == null ? "-" : TextViews.money(f.applyAsDouble(a));
        String y = b == null ? "-" : TextViews.money(f.applyAsDouble(b));
        return x + " → " + y + (a == null || b == null ? "" : " (" + delta(a, b, f, false) + ")");
    }

    private static String power(SiteTotals a, SiteTotals b) {
        String x = a == null ? "-" : TextViews.kw(a.powerW());
        String y = b == null ? "-" : TextViews.kw(b.powerW());
        return x + " → " + y + (a == null || b == null ? "" : " (" + delta(a, b, SiteTotals::powerW, true) + ")");
    }

    private static void findings(StringBuilder out, AdviceDiff d) {
        if (d.findings().isEmpty()) return;
        long added = d.findings().stream().filter(f -> f.change() == Change.ADDED).count();
        long removed = d.findings().stream().filter(f -> f.change() == Change.REMOVED).count();
        long reworded = d.findings().size() - added - removed;
        open(out, "Findings: " + added + " added, " + removed + " removed" + (reworded > 0 ? ", " + reworded + " reworded" : ""));
        for (FindingChange f : d.findings()) {
            String what = switch (f.change()) {
                case ADDED -> "added";
                case REMOVED -> "removed";
                default -> "reworded";
            };
            out.append("- ").append(what).append(": ").append(f.finding().severity().word()).append(" `").append(code(f.finding().id()))
                    .append("` on `").append(code(f.finding().subject())).append("`: ").append(esc(f.finding().message()));
            if (f.previousMessage() != null) out.append(" (was: ").append(esc(f.previousMessage())).append(')');
            out.append('\n');
        }
        close(out);
    }

    private static void bills(StringBuilder out, AdviceDiff d) {
        if (d.bills().isEmpty()) return;
        open(out, "Bills of materials: " + d.bills().size() + (d.bills().size() == 1 ? " line changes" : " lines change"));
        out.append("The bill of the option each verdict buys; the lines whose quantity changed.\n\n");
        out.append("| cluster | option | place | category | part | quantity |\n|---|---|---|---|---|---:|\n");
        for (BillChange b : d.bills()) {
            String option = b.optionBefore() == null ? esc(b.optionAfter()) : b.optionAfter() == null ? esc(b.optionBefore())
                    : b.optionBefore().equals(b.optionAfter()) ? esc(b.optionAfter()) : esc(b.optionBefore()) + " → " + esc(b.optionAfter());
            out.append("| ").append(esc(b.cluster())).append(" | ").append(option).append(" | ").append(esc(b.place())).append(" | ")
                    .append(esc(b.category())).append(" | ").append(esc(b.catalogId() != null ? b.catalogId() : b.description()))
                    .append(" | ").append(TextViews.count(b.quantityBefore())).append(" → ").append(TextViews.count(b.quantityAfter()))
                    .append(" (").append(DiffText.signedCount(b.quantityAfter() - b.quantityBefore())).append(") |\n");
        }
        close(out);
    }

    private static void open(StringBuilder out, String summary) {
        out.append("<details><summary>").append(html(summary)).append("</summary>\n\n");
    }

    private static void close(StringBuilder out) {
        out.append("\n</details>\n\n");
    }

    /** Text inside a code span: no backquote can end it early, no line break. */
    private static String code(String s) {
        return s == null ? "" : s.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
