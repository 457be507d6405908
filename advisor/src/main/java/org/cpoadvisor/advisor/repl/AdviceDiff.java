package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two advices on (versions of) one architecture: verdict by
 * verdict, finding by finding, and the figures of each cluster's best option
 * (saving, TCO, capex), then each site's roadmap capex.
 */
final class AdviceDiff {

    private AdviceDiff() {
    }

    /** A verdict as one phrase: {@code wait}, {@code pilot (cpo-spine, 2026)}. */
    static String verdict(ClusterAdvice c) {
        if (c.option() == null || c.option().equals("baseline")) return c.verdict().word();
        return c.verdict() + " (" + c.option() + (c.year() == null ? "" : ", " + c.year()) + ")";
    }

    /** One line per cluster whose verdict changed, was added or removed; empty when none did. */
    static List<String> verdictChanges(Advice before, Advice after) {
        List<String> out = new ArrayList<>();
        if (before == null || after == null) return out;
        Map<String, ClusterAdvice> old = byPath(before);
        Map<String, ClusterAdvice> now = byPath(after);
        int width = 0;
        Set<String> all = new LinkedHashSet<>(now.keySet());
        all.addAll(old.keySet());
        for (String p : all) width = Math.max(width, p.length());
        for (String p : all) {
            ClusterAdvice a = old.get(p);
            ClusterAdvice b = now.get(p);
            String pad = " ".repeat(width - p.length());
            if (a == null) {
                out.add(p + pad + "  new: " + verdict(b));
            } else if (b == null) {
                out.add(p + pad + "  removed (was " + verdict(a) + ")");
            } else if (!verdict(a).equals(verdict(b))) {
                out.add(p + pad + "  " + verdict(a) + " → " + verdict(b));
            }
        }
        return out;
    }

    static String diff(Advice before, Advice after, String since) {
        StringBuilder out = new StringBuilder();
        if (after.hasErrors()) {
            return "the architecture has errors now: no advice to compare\n";
        }
        if (before.hasErrors()) {
            return "there was no advice " + since + " (the architecture had errors); the verdicts now:\n"
                    + Views.verdicts(after.clusters()).indent(2);
        }
        List<String> verdicts = verdictChanges(before, after);
        List<String> figures = figures(before, after);
        List<String> findings = findings(before, after);
        List<String> roadmap = roadmap(before, after);
        if (verdicts.isEmpty() && figures.isEmpty() && findings.isEmpty() && roadmap.isEmpty()) {
            return "no change in the advice " + since + "\n";
        }
        out.append("changes in the advice ").append(since).append(":\n");
        section(out, "verdicts", verdicts);
        section(out, "figures of the best CPO option", figures);
        section(out, "findings", findings);
        section(out, "roadmap capex (" + after.currency() + ")", roadmap);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        out.append("  ").append(title).append('\n');
        for (String l : lines) {
            out.append("    ").append(l).append('\n');
        }
    }

    private static List<String> figures(Advice before, Advice after) {
        List<String> out = new ArrayList<>();
        Map<String, ClusterAdvice> old = byPath(before);
        for (ClusterAdvice b : after.clusters()) {
            ClusterAdvice a = old.get(b.path());
            if (a == null) continue;
            Optional<OptionFigures> oa = Views.best(a);
            Optional<OptionFigures> ob = Views.best(b);
            if (oa.isEmpty() && ob.isEmpty()) continue;
            List<String> parts = new ArrayList<>();
            String name = ob.or(() -> oa).map(OptionFigures::option).orElse("-");
            if (oa.isPresent() && ob.isPresent() && !oa.get().option().equals(ob.get().option())) {
                name = oa.get().option() + " → " + ob.get().option();
            }
            Double sa = oa.map(OptionFigures::saving).orElse(null);
            Double sb = ob.map(OptionFigures::saving).orElse(null);
            if (!Objects.equals(sa == null ? null : Views.pct(sa), sb == null ? null : Views.pct(sb))) {
                String delta = sa == null || sb == null ? "" : String.format(Locale.ROOT, " (%+.1f pts)", (sb - sa) * 100);
                parts.add("saving " + (sa == null ? "-" : Views.pct(sa)) + " → " + (sb == null ? "-" : Views.pct(sb)) + delta);
            }
            money(parts, "TCO", oa.map(OptionFigures::tco).orElse(null), ob.map(OptionFigures::tco).orElse(null));
            money(parts, "capex", oa.map(OptionFigures::capex).orElse(null), ob.map(OptionFigures::capex).orElse(null));
            if (!parts.isEmpty()) {
                out.add(b.path() + " " + name + ": " + String.join("; ", parts));
            }
        }
        return out;
    }

    private static void money(List<String> parts, String what, Double a, Double b) {
        if (a == null && b == null) return;
        if (a != null && b != null && Math.round(a) == Math.round(b)) return;
        String delta = a == null || b == null ? "" : " (" + Views.signedMoney(b - a) + ")";
        parts.add(what + " " + (a == null ? "-" : Views.money(a)) + " → " + (b == null ? "-" : Views.money(b)) + delta);
    }

    private static List<String> findings(Advice before, Advice after) {
        Map<String, FindingAdvice> old = new LinkedHashMap<>();
        before.findings().forEach(f -> old.put(key(f), f));
        Map<String, FindingAdvice> now = new LinkedHashMap<>();
        after.findings().forEach(f -> now.put(key(f), f));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, FindingAdvice> e : now.entrySet()) {
            FindingAdvice was = old.get(e.getKey());
            if (was == null) {
                out.add("+ " + line(e.getValue()));
            } else if (!was.message().equals(e.getValue().message())) {
                out.add("~ " + line(e.getValue()) + " (was: " + was.message() + ")");
            }
        }
        for (Map.Entry<String, FindingAdvice> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) out.add("- " + line(e.getValue()));
        }
        return out;
    }

    private static String key(FindingAdvice f) {
        return f.severity().word() + "\u001f" + f.id() + "\u001f" + f.subject();
    }

    private static String line(FindingAdvice f) {
        return f.severity().word() + " " + f.id() + " [" + f.subject() + "]: " + f.message();
    }

    private static List<String> roadmap(Advice before, Advice after) {
        Map<String, SiteRoadmap> old = new LinkedHashMap<>();
        before.roadmap().forEach(r -> old.put(r.site(), r));
        List<String> out = new ArrayList<>();
        for (SiteRoadmap r : after.roadmap()) {
            SiteRoadmap was = old.get(r.site());
            if (was == null) {
                out.add(r.site() + "  new: " + Views.money(r.capex()));
            } else if (Math.round(was.capex()) != Math.round(r.capex())) {
                out.add(r.site() + "  " + Views.money(was.capex()) + " → " + Views.money(r.capex()) + " ("
                        + Views.signedMoney(r.capex() - was.capex()) + ")");
            }
        }
        return out;
    }

    private static Map<String, ClusterAdvice> byPath(Advice a) {
        Map<String, ClusterAdvice> m = new LinkedHashMap<>();
        a.clusters().forEach(c -> m.put(c.path(), c));
        return m;
    }
}
