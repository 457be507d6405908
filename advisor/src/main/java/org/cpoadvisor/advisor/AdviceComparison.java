package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.BomLine;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.AdviceDiff;
import org.cpoadvisor.advisor.advice.AdviceDiff.BillChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.ClusterChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.ClusterState;
import org.cpoadvisor.advisor.advice.AdviceDiff.Figures;
import org.cpoadvisor.advisor.advice.AdviceDiff.FindingChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.SiteChange;
import org.cpoadvisor.advisor.advice.AdviceDiff.SiteTotals;
import org.cpoadvisor.advisor.advice.OptionKind;
import org.cpoadvisor.advisor.report.TextViews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares two advices ({@link Advisor#diff}): what the REPL's {@code diff} and {@code cpo diff} draw. */
final class AdviceComparison {

    private AdviceComparison() {
    }

    static AdviceDiff of(Advice before, Advice after) {
        Map<String, ClusterAdvice> old = byPath(before);
        Map<String, ClusterAdvice> now = byPath(after);
        Set<String> paths = new LinkedHashSet<>(now.keySet());
        paths.addAll(old.keySet());
        List<ClusterChange> clusters = new ArrayList<>();
        List<BillChange> bills = new ArrayList<>();
        for (String p : paths) {
            ClusterAdvice a = old.get(p);
            ClusterAdvice b = now.get(p);
            clusters.add(new ClusterChange(p, (b != null ? b : a).site(), state(a), state(b)));
            bills(bills, p, a, b);
        }
        return new AdviceDiff(before, after, clusters, sites(before, after), findings(before, after), bills);
    }

    private static ClusterState state(ClusterAdvice c) {
        if (c == null) return null;
        return new ClusterState(c.verdict(), c.option(), c.year(), TextViews.best(c).map(AdviceComparison::figures).orElse(null),
                advised(c).map(AdviceComparison::figures).orElse(null));
    }

    /** The option the verdict buys: the one it names, else the baseline. */
    private static java.util.Optional<OptionFigures> advised(ClusterAdvice c) {
        String name = c.option() == null ? "baseline" : c.option();
        java.util.Optional<OptionFigures> o = c.options().stream().filter(x -> x.option().equals(name)).findFirst();
        return o.isPresent() ? o : c.options().stream().filter(x -> x.kind() == OptionKind.BASELINE).findFirst();
    }

    private static Figures figures(OptionFigures o) {
        return new Figures(o.option(), o.saving(), o.capex(), o.tco(), o.powerW());
    }

    private static List<SiteChange> sites(Advice before, Advice after) {
        Map<String, SiteTotals> old = totals(before);
        Map<String, SiteTotals> now = totals(after);
        Set<String> names = new LinkedHashSet<>(now.keySet());
        names.addAll(old.keySet());
        List<SiteChange> out = new ArrayList<>();
        for (String n : names) out.add(new SiteChange(n, old.get(n), now.get(n)));
        return out;
    }

    private static Map<String, SiteTotals> totals(Advice a) {
        Map<String, SiteTotals> out = new LinkedHashMap<>();
        for (SiteRoadmap r : a.roadmap()) {
            double capex = 0;
            double tco = 0;
            double power = 0;
            int n = 0;
            for (ClusterAdvice c : a.clusters()) {
                if (!c.site().equals(r.site())) continue;
                n++;
                java.util.Optional<OptionFigures> o = advised(c);
                if (o.isEmpty()) continue;
                capex += o.get().capex();
                tco += o.get().tco();
                power += o.get().powerW();
            }
            out.put(r.site(), new SiteTotals(r.capex(), capex, tco, power, n));
        }
        return out;
    }

    private static List<FindingChange> findings(Advice before, Advice after) {
        Map<String, FindingAdvice> old = new LinkedHashMap<>();
        before.findings().forEach(f -> old.put(key(f), f));
        Map<String, FindingAdvice> now = new LinkedHashMap<>();
        after.findings().forEach(f -> now.put(key(f), f));
        List<FindingChange> out = new ArrayList<>();
        for (Map.Entry<String, FindingAdvice> e : now.entrySet()) {
            FindingAdvice was = old.get(e.getKey());
            if (was == null) {
                out.add(new FindingChange(AdviceDiff.Change.ADDED, e.getValue(), null));
            } else if (!was.message().equals(e.getValue().message())) {
                out.add(new FindingChange(AdviceDiff.Change.CHANGED, e.getValue(), was.message()));
            }
        }
        for (Map.Entry<String, FindingAdvice> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) out.add(new FindingChange(AdviceDiff.Change.REMOVED, e.getValue(), null));
        }
        return out;
    }

    private static String key(FindingAdvice f) {
        return f.severity().word() + "\u001f" + f.id() + "\u001f" + f.subject();
    }

    /** The lines of the two advised bills whose quantity differs, in the order of the bill after, then of the one before. */
    private static void bills(List<BillChange> out, String path, ClusterAdvice a, ClusterAdvice b) {
        OptionFigures oa = a == null ? null : advised(a).orElse(null);
        OptionFigures ob = b == null ? null : advised(b).orElse(null);
        Map<String, BomLine> old = lines(oa);
        Map<String, BomLine> now = lines(ob);
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(old.keySet());
        for (String k : keys) {
            BomLine x = old.get(k);
            BomLine y = now.get(k);
            long qa = x == null ? 0 : x.quantity();
            long qb = y == null ? 0 : y.quantity();
            if (qa == qb) continue;
            BomLine l = y != null ? y : x;
            out.add(new BillChange(path, oa == null ? null : oa.option(), ob == null ? null : ob.option(), l.category(),
                    l.catalogId(), l.partNumber(), l.place(), l.description(), qa, qb,
                    x == null ? 0 : x.extendedPrice(), y == null ? 0 : y.extendedPrice(),
                    x == null ? 0 : x.powerW(), y == null ? 0 : y.powerW()));
        }
    }

    /** A bill's lines by part and place; two lines of one part at one place add up. */
    private static Map<String, BomLine> lines(OptionFigures o) {
        Map<String, BomLine> out = new LinkedHashMap<>();
        if (o == null) return out;
        for (BomLine l : o.bill()) {
            String k = l.category() + "\u001f" + (l.catalogId() != null ? l.catalogId() : l.description()) + "\u001f" + l.place();
            out.merge(k, l, (p, q) -> new BomLine(p.category(), p.catalogId(), p.partNumber(), p.place(), p.description(),
                    p.quantity() + q.quantity(), p.unitPrice(), p.extendedPrice() + q.extendedPrice(), p.unitPowerW(),
                    p.powerW() + q.powerW()));
        }
        return out;
    }

    private static Map<String, ClusterAdvice> byPath(Advice a) {
        Map<String, ClusterAdvice> m = new LinkedHashMap<>();
        a.clusters().forEach(c -> m.put(c.path(), c));
        return m;
    }
}
