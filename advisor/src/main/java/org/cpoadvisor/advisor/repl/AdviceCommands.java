package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.Suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.cpoadvisor.advisor.repl.Words.plural;
import static org.cpoadvisor.advisor.repl.Words.unquote;

/** The views of the advice: {@code advise}, {@code explain}, {@code roadmap}, {@code bom}, {@code breakeven}. */
final class AdviceCommands {

    private final Session s;

    AdviceCommands(Session s) {
        this.s = s;
    }

    boolean advise(Session.Input in, int offset, String site) {
        if (!s.needModelOrErrors(in, offset)) return false;
        Advice a = s.adviceOf(s.state);
        s.reference = s.state;
        s.referenceLabel = "since the last `advise`";
        if (a.hasErrors()) {
            s.out.print(DiagnosticPrinter.render(a.diagnostics()));
            s.out.println("no advice: the architecture has errors");
            return false;
        }
        if (site != null) {
            Optional<SiteRoadmap> road = a.roadmap().stream().filter(r -> r.site().equals(unquote(site))).findFirst();
            List<ClusterAdvice> clusters = a.clusters().stream().filter(c -> c.site().equals(unquote(site))).toList();
            if (road.isEmpty() && clusters.isEmpty()) {
                return s.fail(in, offset, "no site `" + site + "`", "sites: " + String.join(", ", a.roadmap().stream().map(SiteRoadmap::site).toList()));
            }
            s.out.println("Advice on site " + unquote(site) + " of \"" + a.architecture() + "\", amounts in " + a.currency());
            s.out.println();
            s.out.print(Views.verdicts(clusters));
            s.out.println();
            for (ClusterAdvice c : clusters) {
                s.out.print(Views.cluster(c, a.currency()));
                s.out.println();
            }
            List<FindingAdvice> findings = a.findings().stream()
                    .filter(f -> f.subject().equals(unquote(site)) || f.subject().startsWith(unquote(site) + ".")).toList();
            s.out.print(Views.findings(findings));
            s.out.println();
            s.out.println("ROADMAP");
            road.ifPresent(r -> s.out.print(Views.roadmap(r, a.currency()).indent(2)));
            return true;
        }
        s.out.println("Advice on \"" + a.architecture() + "\" (" + describeSource() + "), amounts in " + a.currency());
        s.out.println();
        s.out.print(Views.verdicts(a.clusters()));
        s.out.println();
        s.out.print(Views.findings(a.findings()));
        return true;
    }

    private String describeSource() {
        String base = s.loaded == null ? "typed in this session" : s.loaded.toString();
        int changes = s.undo.size();
        return s.state == s.saved || changes == 0 ? base : base + " with " + plural(changes, "change");
    }

    boolean explain(Session.Input in, int offset, String what) {
        Advice a = s.needAdvice(in, offset);
        if (a == null) return false;
        if (what == null) {
            return s.fail(in, offset, "explain what?", "a cluster (" + String.join(", ", a.clusters().stream().map(ClusterAdvice::path).toList())
                    + ") or a finding (" + String.join(", ", a.findings().stream().map(FindingAdvice::id).distinct().toList()) + ")");
        }
        Optional<ClusterAdvice> c = cluster(a, what);
        if (c.isPresent()) {
            s.out.print(Views.explain(c.get(), a.currency()));
            return true;
        }
        List<FindingAdvice> found = a.findings().stream().filter(f -> f.id().equals(what)).toList();
        if (found.isEmpty()) {
            List<String> names = new ArrayList<>(a.clusters().stream().map(ClusterAdvice::path).toList());
            names.addAll(a.findings().stream().map(FindingAdvice::id).distinct().toList());
            String hint = Suggest.didYouMean(what, names);
            return s.fail(in, offset, "no cluster or finding `" + what + "`",
                    hint != null ? hint : "clusters and findings: " + String.join(", ", names));
        }
        for (FindingAdvice f : found) {
            s.out.print(Views.explain(f));
        }
        return true;
    }

    private static Optional<ClusterAdvice> cluster(Advice a, String path) {
        String p = path.replace("\"", "");
        return a.clusters().stream().filter(c -> c.path().equals(p) || (c.site() + "." + c.cluster()).equals(p)).findFirst();
    }

    boolean roadmap(Session.Input in, int offset, String site) {
        Advice a = s.needAdvice(in, offset);
        if (a == null) return false;
        List<SiteRoadmap> roads = a.roadmap().stream().filter(r -> site == null || r.site().equals(unquote(site))).toList();
        if (roads.isEmpty()) {
            return s.fail(in, offset, "no site `" + site + "`", "sites: " + String.join(", ", a.roadmap().stream().map(SiteRoadmap::site).toList()));
        }
        s.out.println("ROADMAP (amounts in " + a.currency() + "; `bom [STAGE]` lists the materials)");
        for (SiteRoadmap r : roads) {
            s.out.print(Views.roadmap(r, a.currency()).indent(2));
        }
        return true;
    }

    boolean bom(Session.Input in, int offset, String which) {
        Advice a = s.needAdvice(in, offset);
        if (a == null) return false;
        boolean isStage = which == null || Session.STAGES.contains(which);
        boolean isSite = which != null && a.roadmap().stream().anyMatch(r -> r.site().equals(unquote(which)));
        if (!isStage && !isSite) {
            String hint = Suggest.didYouMean(which, Session.STAGES);
            return s.fail(in, offset, "no stage or site `" + which + "`", hint != null ? hint : "stages: " + String.join(", ", Session.STAGES)
                    + "; sites: " + String.join(", ", a.roadmap().stream().map(SiteRoadmap::site).toList()));
        }
        int shown = 0;
        for (SiteRoadmap r : a.roadmap()) {
            if (isSite && !r.site().equals(unquote(which))) continue;
            for (Stage stage : r.stages()) {
                if (!isSite && which != null && !stage.kind().word().equals(which)) continue;
                if (stage.lines().isEmpty()) continue;
                if (shown++ > 0) s.out.println();
                s.out.print(Views.bom(r, stage, a.currency()));
            }
        }
        if (shown == 0) {
            s.out.println("no bill of materials" + (which == null ? "" : " for " + which) + ": no stage of the roadmap buys anything");
        }
        return true;
    }

    boolean breakeven(Session.Input in, int offset, String path) {
        Advice a = s.needAdvice(in, offset);
        if (a == null) return false;
        Optional<ClusterAdvice> c = cluster(a, path);
        if (c.isEmpty()) {
            List<String> names = a.clusters().stream().map(ClusterAdvice::path).toList();
            String hint = Suggest.didYouMean(path, names);
            return s.fail(in, offset, "no cluster `" + path + "`", hint != null ? hint : "clusters: " + String.join(", ", names));
        }
        String minSaving = a.policy().stream().filter(p -> p.startsWith("min-saving ")).map(p -> p.substring(11)).findFirst().orElse(null);
        s.out.print(Views.breakEvens(c.get(), a.currency(), minSaving));
        return true;
    }
}
