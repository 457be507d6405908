package org.cpoadvisor.rules.judge;

import org.cpoadvisor.rules.model.Thresholds;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        static final KieBase BASE = KieServices.get().getKieClasspathContainer(Judge.class.getClassLoader())
                .getKieBase("advice");
    }

    /** The outcome: verdicts, findings and roadmap actions, each in a fixed order. */
    public record Outcome(List<Verdict> verdicts, List<Finding> findings, List<StageAction> actions, int firings) {
    }

    /** Loads the knowledge base now rather than on first use (for start-up measurements and servers). */
    public static void warmUp() {
        Holder.BASE.getKiePackages();
    }

    public Outcome judge(Thresholds thresholds, List<ClusterFact> clusters, List<SiteFact> sites, AssumedFigures assumed) {
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
            int firings = session.fireAllRules(100_000);
            verdicts.sort(Comparator.comparing(Verdict::getPath));
            findings.sort(Comparator.comparing(Finding::getSubject).thenComparing(Finding::getId).thenComparing(Finding::getMessage));
            actions.sort(Comparator.comparing(StageAction::getSite).thenComparing(StageAction::getStage)
                    .thenComparingInt(StageAction::getYear)
                    .thenComparing(a -> a.getCluster() == null ? "" : a.getCluster()));
            return new Outcome(List.copyOf(verdicts), List.copyOf(findings), List.copyOf(actions), firings);
        } finally {
            session.dispose();
        }
    }
}
