package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.BreakEvenQuantity;
import org.cpoadvisor.advisor.advice.BreakEvenStatus;
import org.cpoadvisor.advisor.advice.CrossingStatus;
import org.cpoadvisor.advisor.advice.StageKind;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.Analysis;
import org.cpoadvisor.rules.ClusterAnalysis;
import org.cpoadvisor.rules.breakeven.BreakEvenPoint;
import org.cpoadvisor.rules.cost.CostCurve;
import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.OptionKind;
import org.cpoadvisor.rules.cost.OptionResult;
import org.cpoadvisor.rules.judge.Explained;
import org.cpoadvisor.rules.judge.Finding;
import org.cpoadvisor.rules.judge.StageAction;
import org.cpoadvisor.rules.judge.Verdict;
import org.cpoadvisor.rules.model.Figure;
import org.cpoadvisor.rules.model.Thresholds;
import org.cpoadvisor.rules.roadmap.BomLine;
import org.cpoadvisor.rules.roadmap.StagePlan;
import org.cpoadvisor.rules.sizing.Sizing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns what the rules module worked out into the public {@link Advice} values. */
final class AdviceAssembler {

    private AdviceAssembler() {
    }

    static Advice diagnosticsOnly(ReadResult read) {
        String name = read.architecture() == null ? null : read.architecture().name();
        String currency = read.architecture() == null ? null : read.architecture().currency();
        return new Advice(name, currency, read.files(), read.diagnostics(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Advice assemble(ReadResult read, Analysis a) {
        Shared shared = new Shared();
        List<Advice.ClusterAdvice> clusters = new ArrayList<>(a.clusters().size());
        for (ClusterAnalysis c : a.clusters()) {
            clusters.add(cluster(c, shared));
        }
        List<Advice.FindingAdvice> findings = new ArrayList<>();
        for (Finding f : a.findings()) {
            findings.add(new Advice.FindingAdvice(f.getId(), Severity.valueOf(f.getSeverity().toUpperCase(Locale.ROOT)), f.getSubject(), f.getMessage(), f.getReasons(),
                    explanation(f), a.place(f.getSubject())));
        }
        Map<String, List<StagePlan>> plansOfSite = new HashMap<>();
        for (StagePlan p : a.roadmap()) {
            plansOfSite.computeIfAbsent(p.site(), k -> new ArrayList<>()).add(p);
        }
        List<Advice.SiteRoadmap> roadmap = new ArrayList<>();
        for (Site s : a.architecture().sites()) {
            List<Advice.Stage> stages = new ArrayList<>();
            for (StagePlan p : plansOfSite.getOrDefault(s.name(), List.of())) {
                List<Advice.Action> actions = p.actions().stream()
                        .map(x -> new Advice.Action(x.getText(), x.getCluster(), explanation(x))).toList();
                List<Advice.BomLine> lines = p.lines().stream().map(AdviceAssembler::line).toList();
                stages.add(new Advice.Stage(StageKind.valueOf(p.stage().name()), p.year(), actions, lines, p.capex(), p.opexChangePerYear()));
            }
            double capex = stages.stream().mapToDouble(Advice.Stage::capex).sum();
            roadmap.add(new Advice.SiteRoadmap(s.name(), stages, capex));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
        return new Advice(a.architecture().name(), a.architecture().currency(), read.files(), diagnostics,
                policy(a.thresholds()), clusters, findings, roadmap, a.assumptions());
    }

    /**
     * The texts many clusters share, made once an advice: clusters that leave the same figures
     * out use the same defaults (the analysis shares the catalog sources likewise), so that
     * 10,000 clusters do not hold some 30 MB of copies.
     */
    private static final class Shared {
        final Map<List<Figure>, List<String>> defaulted = new HashMap<>();
    }

    private static Advice.ClusterAdvice cluster(ClusterAnalysis c, Shared shared) {
        var r = c.cluster();
        Evaluation e = c.evaluation();
        Verdict v = c.verdict();
        List<Advice.OptionFigures> options = new ArrayList<>();
        for (OptionKind k : OptionKind.values()) {
            // a CPO option's saving is its own, against the best pluggable purchase of its year (docs/model.md
            // section 3); the refresh's and LPO's against today's platform
            boolean cpo = k == OptionKind.CPO_SPINE || k == OptionKind.CPO_ALL;
            e.option(k).ifPresent(o -> options.add(figures(o, k == OptionKind.BASELINE ? null : cpo ? e.cpoSaving(k) : e.saving(k),
                    c.cumulativeCost(k).orElseThrow(), c.crossing(k).map(AdviceAssembler::crossing).orElse(null))));
        }
        Optional<OptionResult> best = e.best();
        List<Advice.BreakEven> breakEvens = c.breakEvens().stream().map(AdviceAssembler::breakEven).toList();
        List<String> defaulted = shared.defaulted.computeIfAbsent(r.defaulted(),
                figures -> figures.stream().map(AdviceAssembler::defaulted).toList());
        org.cpoadvisor.advisor.advice.Verdict verdict = v == null ? org.cpoadvisor.advisor.advice.Verdict.WAIT
                : org.cpoadvisor.advisor.advice.Verdict.valueOf(v.getDecision().name());
        boolean positive = v != null && v.isPositive();
        return new Advice.ClusterAdvice(r.path(), r.siteName(), r.name(), r.workload().word(), r.gpus(), r.accelerator().id(),
                r.nicGbps(), r.platform() == null ? null : r.platform().id(), verdict,
                positive ? v.getOption() : "baseline", positive ? best.map(o -> o.upper().id()).orElse(null) : null,
                v == null ? null : v.getYear(), v == null ? "no verdict" : v.getSummary(), v == null ? List.of() : v.getReasons(),
                v == null ? new Advice.Explanation(null, List.of()) : explanation(v), options, c.payback(), e.cpoYear(),
                c.adoptionYear(), breakEvens, defaulted,
                c.location(), c.sources(),
                r.economics().lifetimeYears(), r.economics().discountRate(), c.candidates());
    }

    private static Advice.Crossing crossing(CostCurve.Crossing x) {
        return new Advice.Crossing(CrossingStatus.valueOf(x.status().name()), x.year(), x.cost());
    }

    private static Advice.OptionFigures figures(OptionResult o, Double saving, double[] cumulative, Advice.Crossing crossing) {
        List<Double> curve = new ArrayList<>(cumulative.length);
        for (double v : cumulative) curve.add(v);
        Sizing z = o.sizing();
        List<Advice.TierFigures> tiers = z.switches().stream()
                .map(t -> new Advice.TierFigures(t.tier().word(), t.platform().id(), t.cpo(), t.switches(), t.portsUsed(),
                        t.linksDown(), t.linksUp(), t.modules(), t.enginePorts())).toList();
        List<Advice.LinkFigures> links = z.boundaries().stream()
                .map(b -> new Advice.LinkFigures(b.name(), b.links(), b.modules(), b.enginePorts())).toList();
        List<Advice.BomLine> bill = o.bill().stream().map(p -> line(BomLine.of(p))).toList();
        return new Advice.OptionFigures(o.kind().word(), o.leaf().id(), o.upper().id(), z.tiers(),
                z.totalSwitches(), z.totalModules(), z.enginePorts(), z.links(),
                o.powerW(), o.capex(), o.energyPerYear(), o.failuresPerYear(), o.lostGpuHoursPerYear(), o.opexPerYear(),
                o.tco(), saving, o.year(), z.planes(), tiers, links, bill,
                new Advice.Running(o.opex().energy(), o.opex().interruptions(), o.opex().repair(), o.opex().support(),
                        o.opex().space(), o.flapsPerYear(), o.interruptionsPerYear(), o.rackUnits()), curve, crossing);
    }

    private static Advice.BomLine line(BomLine l) {
        return new Advice.BomLine(l.category(), l.catalogId(), l.partNumber(), l.place(), l.description(), l.quantity(),
                l.unitPrice(), l.extendedPrice(), l.unitPowerW(), l.powerW(), l.cluster(), l.option());
    }

    private static Advice.BreakEven breakEven(BreakEvenPoint p) {
        return new Advice.BreakEven(p.option(), BreakEvenQuantity.of(p.quantity()), BreakEvenStatus.of(p.status()), p.value(), p.low(), p.high());
    }

    private static String defaulted(Figure f) {
        String value;
        if (f.unit() != null && !f.unit().isEmpty() && f.value() == 0) {
            value = f.unit();
        } else if (f.unit() != null && f.unit().startsWith("fraction")) {
            // a share is read as a percentage: "10 % per year", not "0.1000 fraction per year"
            value = trim(Math.round(f.value() * 100 * 1e6) / 1e6) + " %" + f.unit().substring("fraction".length());
        } else if (f.unit() != null && f.unit().equals("year")) {
            value = Long.toString(Math.round(f.value()));
        } else {
            value = trim(f.value()) + (f.unit() == null || f.unit().isEmpty() ? "" : " " + f.unit());
        }
        return f.name() + " " + value + " (" + f.source() + ")";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }

    private static Advice.Explanation explanation(Explained x) {
        return new Advice.Explanation(x.getRule(), x.getFacts());
    }

    private static List<String> policy(Thresholds t) {
        return List.of(
                "min-gpus " + t.getMinGpus(),
                "min-modules " + t.getMinModules(),
                "min-link " + (long) t.getMinLinkGbps() + "G",
                "min-east-west " + pct(t.getMinEastWest()),
                "min-saving " + pct(t.getMinSaving()),
                "max-payback " + trim(t.getMaxPaybackYears()) + " years",
                "pilot-window " + t.getPilotWindow(),
                "scale-window " + t.getScaleWindow(),
                "require-liquid-cooling " + t.isRequireLiquidCooling(),
                "pilot-switches " + t.getPilotSwitches(),
                "vendors " + (t.getVendors() == null ? "any" : String.join(", ", t.getVendors())),
                "start-year " + t.getStartYear(),
                "horizon " + t.getHorizon());
    }

    private static String pct(double f) {
        return trim(Math.round(f * 10000) / 100.0) + " %";
    }
}
