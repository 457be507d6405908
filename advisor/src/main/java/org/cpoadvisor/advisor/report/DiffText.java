package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.AdviceDiff;
import org.cpoadvisor.advisor.advice.AdviceDiff.BillChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.ClusterChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.ClusterState;
import org.cpoadvisor.advisor.advice.AdviceDiff.Figures;
import org.cpoadvisor.advisor.advice.AdviceDiff.FindingChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.SiteChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.SiteTotals;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link AdviceDiff} as text: the REPL's {@code diff} and {@code cpo diff --format text}.
 * Sections, each only when something in it changed: verdicts, figures of the best CPO option,
 * findings ({@code +} added, {@code -} removed, {@code ~} reworded), roadmap capex per site;
 * with {@code full} ({@code cpo diff}) also each site's totals and the bill-of-materials lines
 * whose quantity changed.
 */
public final class DiffText {

    private DiffText() {
    }

    /** A verdict as one phrase: {@code wait}, {@code pilot (cpo-spine, 2026)}. */
    public static String verdict(ClusterState c) {
        if (c.option() == null || c.option().equals("baseline")) return c.verdict().word();
        return c.verdict() + " (" + c.option() + (c.year() == null ? "" : ", " + c.year()) + ")";
    }

    /** One line per cluster whose verdict moved, came or went (what the REPL's {@code undo} prints); empty when none did. */
    public static List<String> verdictChanges(AdviceDiff d) {
        List<String> out = new ArrayList<>();
        int width = 0;
        for (ClusterChange c : d.clusters()) width = Math.max(width, c.path().length());
        for (ClusterChange c : d.clusters()) {
            if (!c.verdictMoved()) continue;
            String pad = " ".repeat(width - c.path().length());
            if (c.before() == null) {
                out.add(c.path() + pad + "  new: " + verdict(c.after()));
            } else if (c.after() == null) {
                out.add(c.path() + pad + "  removed (was " + verdict(c.before()) + ")");
            } else {
                out.add(c.path() + pad + "  " + verdict(c.before()) + " → " + verdict(c.after()));
            }
        }
        return out;
    }

    /**
     * The whole comparison; {@code since} completes its first line ({@code since the last `advise`},
     * {@code from a.cpo to b.cpo}).
     */
    public static String render(AdviceDiff d, String since, boolean full) {
        if (d.after().hasErrors()) {
            return "the architecture has errors now: no advice to compare\n";
        }
        if (d.before().hasErrors()) {
            StringBuilder v = new StringBuilder("VERDICTS\n");
            TextViews.verdicts(v, d.after().clusters(), true);
            return "there was no advice " + since + " (the architecture had errors); the verdicts now:\n" + v.toString().indent(2);
        }
        String currency = d.after().currency();
        List<String> verdicts = verdictChanges(d);
        List<String> figures = figures(d);
        List<String> findings = findings(d);
        List<String> roadmap = roadmap(d);
        List<String> sites = full ? sites(d) : List.of();
        List<String> bills = full ? bills(d) : List.of();
        if (verdicts.isEmpty() && figures.isEmpty() && findings.isEmpty() && roadmap.isEmpty() && sites.isEmpty() && bills.isEmpty()) {
            return "no change in the advice " + since + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("changes in the advice ").append(since).append(":\n");
        section(out, "verdicts", verdicts);
        section(out, "figures of the best CPO option", figures);
        section(out, "findings", findings);
        section(out, "roadmap capex (" + currency + ")", roadmap);
        section(out, "site totals of the advised options (" + currency + ")", sites);
        section(out, "bills of materials of the advised options", bills);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        out.append("  ").append(title).append('\n');
        for (String l : lines) {
            out.append("    ").append(l).append('\n');
        }
    }

    private static List<String> figures(AdviceDiff d) {
        List<String> out = new ArrayList<>();
        for (ClusterChange c : d.clusters()) {
            if (c.before() == null || c.after() == null) continue;
            Figures a = c.before().best();
            Figures b = c.after().best();
            if (a == null && b == null) continue;
            List<String> parts = new ArrayList<>();
            String name = (b != null ? b : a).option();
            if (a != null && b != null && !a.option().equals(b.option())) name = a.option() + " → " + b.option();
            Double sa = a == null ? null : a.saving();
            Double sb = b == null ? null : b.saving();
            if (!AdviceDiff.sameSaving(sa, sb)) {
                String delta = sa == null || sb == null ? "" : String.format(Locale.ROOT, " (%+.1f pts)", (sb - sa) * 100);
                parts.add("saving " + (sa == null ? "-" : TextViews.pct(sa)) + " → " + (sb == null ? "-" : TextViews.pct(sb)) + delta);
            }
            money(parts, "TCO", a == null ? null : a.tco(), b == null ? null : b.tco());
            money(parts, "capex", a == null ? null : a.capex(), b == null ? null : b.capex());
            power(parts, a == null ? null : a.powerW(), b == null ? null : b.powerW());
            if (!parts.isEmpty()) out.add(c.path() + " " + name + ": " + String.join("; ", parts));
        }
        return out;
    }

    private static void money(List<String> parts, String what, Double a, Double b) {
        if (a == null && b == null) return;
        if (a != null && b != null && AdviceDiff.sameMoney(a, b)) return;
        String delta = a == null || b == null ? "" : " (" + TextViews.signedMoney(b - a) + ")";
        parts.add(what + " " + (a == null ? "-" : TextViews.money(a)) + " → " + (b == null ? "-" : TextViews.money(b)) + delta);
    }

    private static void power(List<String> parts, Double a, Double b) {
        if (a == null && b == null) return;
        if (a != null && b != null && AdviceDiff.samePower(a, b)) return;
        String delta = a == null || b == null ? "" : " (" + signedKw(b - a) + ")";
        parts.add("power " + (a == null ? "-" : TextViews.kw(a)) + " → " + (b == null ? "-" : TextViews.kw(b)) + " kW" + delta);
    }

    /** Kilowatts with a sign and one decimal, for changes. */
    static String signedKw(double watts) {
        long tenths = Math.round(watts / 100);
        return (tenths > 0 ? "+" : tenths < 0 ? "-" : "") + TextViews.kw(Math.abs(watts));
    }

    private static List<String> findings(AdviceDiff d) {
        List<String> out = new ArrayList<>();
        for (FindingChange f : d.findings()) {
            switch (f.change()) {
                case ADDED -> out.add("+ " + line(f.finding()));
                case CHANGED -> out.add("~ " + line(f.finding()) + " (was: " + f.previousMessage() + ")");
                default -> out.add("- " + line(f.finding()));
            }
        }
        return out;
    }

    private static String line(FindingAdvice f) {
        return f.severity().word() + " " + f.id() + " [" + f.subject() + "]: " + f.message();
    }

    private static List<String> roadmap(AdviceDiff d) {
        List<String> out = new ArrayList<>();
        for (SiteChange s : d.sites()) {
            if (s.before() == null) {
                out.add(s.site() + "  new: " + TextViews.money(s.after().roadmapCapex()));
            } else if (s.after() == null) {
                out.add(s.site() + "  removed (was " + TextViews.money(s.before().roadmapCapex()) + ")");
            } else if (!AdviceDiff.sameMoney(s.before().roadmapCapex(), s.after().roadmapCapex())) {
                out.add(s.site() + "  " + TextViews.money(s.before().roadmapCapex()) + " → " + TextViews.money(s.after().roadmapCapex())
                        + " (" + TextViews.signedMoney(s.after().roadmapCapex() - s.before().roadmapCapex()) + ")");
            }
        }
        return out;
    }

    private static List<String> sites(AdviceDiff d) {
        List<String> out = new ArrayList<>();
        for (SiteChange s : d.sites()) {
            if (s.change() == AdviceDiff.Change.UNCHANGED) continue;
            SiteTotals a = s.before();
            SiteTotals b = s.after();
            List<String> parts = new ArrayList<>();
            money(parts, "capex", a == null ? null : a.capex(), b == null ? null : b.capex());
            money(parts, "TCO", a == null ? null : a.tco(), b == null ? null : b.tco());
            power(parts, a == null ? null : a.powerW(), b == null ? null : b.powerW());
            if (a != null && b != null && a.clusters() != b.clusters()) parts.add("clusters " + a.clusters() + " → " + b.clusters());
            if (!parts.isEmpty()) out.add(s.site() + ": " + String.join("; ", parts));
        }
        return out;
    }

    private static List<String> bills(AdviceDiff d) {
        List<String> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (BillChange b : d.bills()) {
            rows.add(new String[]{b.cluster(), b.place(), b.category(), b.catalogId() != null ? b.catalogId() : b.description(),
                    TextViews.count(b.quantityBefore()), TextViews.count(b.quantityAfter()),
                    signedCount(b.quantityAfter() - b.quantityBefore())});
        }
        if (rows.isEmpty()) return out;
        rows.add(0, new String[]{"cluster", "place", "category", "part", "before", "after", "change"});
        StringBuilder t = new StringBuilder();
        TextViews.table(t, rows, "", new boolean[]{false, false, false, false, true, true, true});
        t.toString().lines().forEach(out::add);
        return out;
    }

    static String signedCount(long v) {
        return (v > 0 ? "+" : v < 0 ? "-" : "") + TextViews.count(Math.abs(v));
    }
}
