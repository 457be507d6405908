package org.cpoadvisor.rules.judge;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.rules.model.Thresholds;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the Drools rules over the facts of one architecture. The knowledge base is
 * compiled at build time (executable model) and loaded once; each judgement uses a
 * session of its own, so one {@code Judge} may serve many threads.
 *
 * <p>An agenda listener notes which rule is firing and the facts it matched; every
 * result the rule inserts records them, which is the explanation of that result.
 */
public final class Judge {

    private static final class Holder {
        static final KieBase BASE = load();
    }

    /** The index of the executable model that the build writes (kie-maven-plugin): the generated rule classes. */
    static final String MODEL_INDEX = "META-INF/kie/org.cpoadvisor/cpo-rules/drools-model";

    /**
     * The knowledge base straight from the executable model the build generated: the model
     * classes its index names are instantiated and built into a KieBase. A cold start spends
     * some 0.4 s less than through a KieContainer, which parses kmodule.xml and scans the
     * class path first. The container stays the fallback (kmodule.xml is what makes the rules
     * jar a kjar), and a test holds that both give the same rules.
     */
    static KieBase load() {
        ClassLoader loader = Judge.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in != null) {
                List<Model> models = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.strip();
                    if (name.isEmpty() || name.contains(":")) continue; // the first line is Drools-Model-Version:x
                    models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
                }
                if (!models.isEmpty()) return KieBaseBuilder.createKieBaseFromModel(models);
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            // not built by the kie-maven-plugin as expected: the container finds the rules its own way
        }
        return fromContainer();
    }

    /** The knowledge base as kmodule.xml declares it, through a KieContainer on the class path. */
    static KieBase fromContainer() {
        return KieServices.get().getKieClasspathContainer(Judge.class.getClassLoader()).getKieBase("advice");
    }

    /**
     * The outcome: verdicts, findings and roadmap actions, each in a fixed order; the
     * findings include a rule pack's. {@code diagnostics} are a rule pack's problems at
     * run time (CPO311): a runaway or a failing rule; with one, the pack added nothing.
     */
    public record Outcome(List<Verdict> verdicts, List<Finding> findings, List<StageAction> actions, int firings,
                          List<Diagnostic> diagnostics) {
        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }

        public Outcome(List<Verdict> verdicts, List<Finding> findings, List<StageAction> actions, int firings) {
            this(verdicts, findings, actions, firings, List.of());
        }
    }

    private final RulePack pack;

    /** A judge with the built-in rules only. */
    public Judge() {
        this(null);
    }

    /** A judge that runs a user's rule pack after the built-in rules ({@code null}: none). */
    public Judge(RulePack pack) {
        this.pack = pack;
    }

    /**
     * The most firings the built-in rules may take: 100,000, or 50 a fact for large estates
     * (they fire about two a cluster, so a 100,000-cluster estate needs some 200,000).
     */
    static int firingBound(int facts) {
        return Math.max(100_000, 50 * facts);
    }

    /** Loads the knowledge base now rather than on first use (for start-up measurements and servers). */
    public static void warmUp() {
        RulePack.withOwnLoader(() -> Holder.BASE.getKiePackages());
    }

    /**
     * Starts loading the knowledge base on a daemon thread, so that a command line reads
     * and sizes its files meanwhile: on two cores a cold {@code cpo check} is done some 0.3 s
     * sooner. The first judgement waits for it (the JVM's class initialisation does); should
     * the loading fail, the judgement meets the failure.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                warmUp();
            } catch (Throwable e) {
                // the first judgement reports it; a background thread has no one to tell
            }
        }, "cpo-rules-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public Outcome judge(Thresholds thresholds, List<ClusterFact> clusters, List<SiteFact> sites, AssumedFigures assumed) {
        return RulePack.withOwnLoader(() -> judgeNow(thresholds, clusters, sites, assumed));
    }

    private Outcome judgeNow(Thresholds thresholds, List<ClusterFact> clusters, List<SiteFact> sites, AssumedFigures assumed) {
        KieSession session = Holder.BASE.newKieSession();
        List<Verdict> verdicts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<StageAction> actions = new ArrayList<>();
        Match[] current = new Match[1];
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    current[0] = event.getMatch();
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    Object o = event.getObject();
                    if (o instanceof Explained e && current[0] != null) {
                        e.explain(current[0].getRule().getName(), current[0].getObjects().stream()
                                .map(Object.class::cast).toList());
                    }
                    if (o instanceof Verdict v) verdicts.add(v);
                    if (o instanceof Finding f) findings.add(f);
                    if (o instanceof StageAction a) actions.add(a);
                }
            });
            session.insert(thresholds);
            sites.forEach(session::insert);
            clusters.forEach(session::insert);
            session.insert(assumed);
            int bound = firingBound(clusters.size() + sites.size());
            int firings = session.fireAllRules(bound);
            List<Diagnostic> problems = new ArrayList<>();
            if (firings >= bound) {
                // never silence: a runaway of the built-in rules is a bug, and the advice would be incomplete
                problems.add(new Diagnostic(Code.CPO311, Code.CPO311.defaultSeverity(), "the built-in rules stopped after "
                        + firings + " rule firings (" + (clusters.size() + sites.size()) + " clusters and sites): the advice is"
                        + " incomplete", null, null, "this is a bug in cpo-advisor, not in your file; please report it with the"
                        + " file", null));
            }
            if (pack != null) {
                firings += runPack(thresholds, clusters, sites, assumed, List.copyOf(verdicts), List.copyOf(findings),
                        List.copyOf(actions), findings, problems);
            }
            verdicts.sort(Comparator.comparing(Verdict::getPath));
            findings.sort(Comparator.comparing(Finding::getSubject).thenComparing(Finding::getId).thenComparing(Finding::getMessage));
            actions.sort(Comparator.comparing(StageAction::getSite).thenComparing(StageAction::getStage)
                    .thenComparingInt(StageAction::getYear)
                    .thenComparing(a -> a.getCluster() == null ? "" : a.getCluster()));
            return new Outcome(List.copyOf(verdicts), List.copyOf(findings), List.copyOf(actions), firings, problems);
        } finally {
            session.dispose();
        }
    }

    /**
     * The verdicts alone, for sweeps and sensitivity runs that judge thousands of scenarios (docs/model.md
     * section 9): a session of the same knowledge base with the policy and the clusters only, in which only the
     * verdict rules (metadata {@code @verdict}, verdicts.drl) may fire. They read nothing but those facts, so
     * each verdict is the one the whole judgement gives; no finding, roadmap action or rule pack is made.
     */
    public List<Verdict> verdicts(Thresholds thresholds, List<ClusterFact> clusters) {
        return RulePack.withOwnLoader(() -> {
            KieSession session = Holder.BASE.newKieSession();
            try {
                List<Verdict> verdicts = new ArrayList<>(clusters.size());
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        if (event.getObject() instanceof Verdict v) verdicts.add(v);
                    }
                });
                session.insert(thresholds);
                clusters.forEach(session::insert);
                session.fireAllRules(match -> match.getRule().getMetaData().containsKey("verdict"), firingBound(clusters.size()));
                verdicts.sort(Comparator.comparing(Verdict::getPath));
                return List.copyOf(verdicts);
            } finally {
                session.dispose();
            }
        });
    }

    /**
     * Runs the pack on the same facts plus the built-in results, in a session of its own,
     * with a bound on firings. Its findings are added to {@code findings} only when it ran
     * to the end cleanly; else {@code problems} says why not. Returns the firings.
     */
    private int runPack(Thresholds thresholds, List<ClusterFact> clusters, List<SiteFact> sites, AssumedFigures assumed,
                        List<Verdict> verdicts, List<Finding> builtinFindings, List<StageAction> actions,
                        List<Finding> findings, List<Diagnostic> problems) {
        KieSession session = pack.base().newKieSession();
        List<Finding> added = new ArrayList<>();
        Match[] current = new Match[1];
        Map<String, Integer> fired = new HashMap<>();
        int firings = 0;
        try {
            session.insert(thresholds);
            sites.forEach(session::insert);
            clusters.forEach(session::insert);
            session.insert(assumed);
            verdicts.forEach(session::insert);
            builtinFindings.forEach(session::insert);
            actions.forEach(session::insert);
            // listen only now: what the pack inserts, not the facts it starts from
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    current[0] = event.getMatch();
                    fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof Finding f && current[0] != null) {
                        f.explain(current[0].getRule().getName(), current[0].getObjects().stream()
                                .map(Object.class::cast).toList());
                        added.add(f);
                    }
                }
            });
            try {
                firings = session.fireAllRules(pack.maxFirings());
            } catch (RuntimeException e) {
                String rule = current[0] == null ? null : current[0].getRule().getName();
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                problems.add(packProblem(rule, "rule pack fails: rule \"" + rule + "\" threw " + cause.getClass().getName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("")),
                        "fix the rule's consequence; the pack's findings are left out of this advice"));
                return fired.values().stream().mapToInt(Integer::intValue).sum();
            }
            if (firings >= pack.maxFirings()) {
                String rule = fired.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
                problems.add(packProblem(rule, "rule pack stopped after " + pack.maxFirings() + " rule firings: rule \"" + rule
                                + "\" fired " + fired.getOrDefault(rule, 0) + " times and does not come to an end",
                        "a rule that inserts, modifies or updates what it matches fires again and again: add a condition "
                                + "that the result already exists (`not Finding( id == ..., subject == ... )`)"));
                return firings;
            }
            for (Finding f : added) {
                String bad = invalid(f);
                if (bad != null) {
                    problems.add(packProblem(f.getRule(), "rule pack inserted a finding " + bad,
                            "a finding needs an id, a severity (error, warning or note), a subject and a message"));
                }
            }
            if (problems.isEmpty()) findings.addAll(added);
            return firings;
        } finally {
            session.dispose();
        }
    }

    private static String invalid(Finding f) {
        if (f.getId() == null || f.getId().isBlank()) return "without an id";
        if (f.getSeverity() == null || !List.of("error", "warning", "note").contains(f.getSeverity())) {
            return "`" + f.getId() + "` with severity `" + f.getSeverity() + "` (error, warning or note)";
        }
        if (f.getSubject() == null) return "`" + f.getId() + "` without a subject";
        if (f.getMessage() == null) return "`" + f.getId() + "` without a message";
        return null;
    }

    private Diagnostic packProblem(String rule, String message, String hint) {
        SourceLocation at = rule == null ? pack.locate("") : pack.locate(rule);
        return new Diagnostic(Code.CPO311, Code.CPO311.defaultSeverity(), message, at, null, hint, pack.sourceLine(at));
    }
}
