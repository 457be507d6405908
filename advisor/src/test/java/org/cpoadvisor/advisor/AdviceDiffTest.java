package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.BomLine;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.AdviceDiff;
import org.cpoadvisor.advisor.advice.AdviceDiff.Change;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.advisor.report.DiffText;
import org.cpoadvisor.dsl.diag.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Advisor#diff} on two advices made by hand, so that every figure of the comparison can be
 * worked out here: cluster s.c goes from wait (buying the baseline) to a pilot of cpo-all, whose
 * figures improve; t.d moves by less than the reports show (0.4 of a unit of money).
 */
class AdviceDiffTest {

    private static OptionFigures option(String name, double capex, double tco, double powerW, Double saving, BomLine... bill) {
        return new OptionFigures(name, "p", null, 2, 1, 0, 0, 0, powerW, capex, 0, 0, 0, 0, tco, saving, 2026, 1,
                List.of(), List.of(), List.of(bill));
    }

    private static BomLine line(String id, long quantity) {
        return new BomLine("switch", id, null, "leaf", id + " switch", quantity, 1, quantity, 0, 0);
    }

    private static ClusterAdvice cluster(String site, String name, Verdict verdict, String opt, Integer year, OptionFigures... options) {
        return new ClusterAdvice(site + "." + name, site, name, "training", 4096, "H100", 800, "sw", verdict, opt, null, year,
                "summary", List.of(), null, List.of(options), null, null, null, List.of(), List.of(), null, List.of(), 5, 0.08);
    }

    private static FindingAdvice finding(String id, Severity s, String subject, String message) {
        return new FindingAdvice(id, s, subject, message, List.of(), null, null);
    }

    private static Advice advice(List<ClusterAdvice> clusters, List<FindingAdvice> findings, double roadmapS) {
        return new Advice("x", "USD", List.of("x.cpo"), List.of(), List.of(), clusters, findings,
                List.of(new SiteRoadmap("s", List.of(), roadmapS), new SiteRoadmap("t", List.of(), 0)), List.of());
    }

    private static final Advice BEFORE = advice(List.of(
                    cluster("s", "c", Verdict.WAIT, "baseline", null,
                            option("baseline", 1000, 2000, 5000, null, line("sw", 10)),
                            option("cpo-all", 1200, 1800, 4000, 0.10, line("cpo", 8))),
                    cluster("t", "d", Verdict.WAIT, "baseline", null, option("baseline", 1000, 2000, 5000, null, line("sw", 4)))),
            List.of(finding("x", Severity.NOTE, "s.c", "a")), 0);

    private static final Advice AFTER = advice(List.of(
                    cluster("s", "c", Verdict.PILOT, "cpo-all", 2026,
                            option("baseline", 1000, 2000, 5000, null, line("sw", 10)),
                            option("cpo-all", 1100, 1700, 3900, 0.15, line("cpo", 7))),
                    cluster("t", "d", Verdict.WAIT, "baseline", null, option("baseline", 1000.4, 2000, 5000, null, line("sw", 4)))),
            List.of(finding("x", Severity.NOTE, "s.c", "b"), finding("y", Severity.WARNING, "s", "new")), 1100);

    @Test
    void theComparisonHoldsWhatMovedAndBy() {
        AdviceDiff d = Advisor.diff(BEFORE, AFTER);
        assertThat(d.comparable()).isTrue();
        assertThat(d.changed()).isTrue();
        assertThat(d.clusters()).extracting(AdviceDiff.ClusterChange::path, AdviceDiff.ClusterChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s.c", Change.CHANGED), org.assertj.core.groups.Tuple.tuple("t.d", Change.UNCHANGED));
        AdviceDiff.ClusterChange c = d.clusters().get(0);
        assertThat(c.verdictMoved()).isTrue();
        // best: the CPO option that saves most while waiting, the advised one when piloting
        assertThat(c.before().best()).isEqualTo(new AdviceDiff.Figures("cpo-all", 0.10, 1200, 1800, 4000));
        assertThat(c.after().best()).isEqualTo(new AdviceDiff.Figures("cpo-all", 0.15, 1100, 1700, 3900));
        assertThat(c.before().advised().option()).isEqualTo("baseline");
        assertThat(c.after().advised().option()).isEqualTo("cpo-all");
        // site s: the advised options' sums (baseline 1000/2000/5000 W, then cpo-all 1100/1700/3900 W) and the roadmap's capex
        assertThat(d.sites().get(0).before()).isEqualTo(new AdviceDiff.SiteTotals(0, 1000, 2000, 5000, 1));
        assertThat(d.sites().get(0).after()).isEqualTo(new AdviceDiff.SiteTotals(1100, 1100, 1700, 3900, 1));
        assertThat(d.sites().get(1).change()).isEqualTo(Change.UNCHANGED);
        // the advised bill: 10 sw switches go, 7 cpo switches come; t.d's 4 sw switches stay
        assertThat(d.bills()).extracting(b -> b.cluster() + " " + b.catalogId() + " " + b.quantityBefore() + "->" + b.quantityAfter()
                        + " " + b.change())
                .containsExactly("s.c cpo 0->7 ADDED", "s.c sw 10->0 REMOVED");
        assertThat(d.findings()).extracting(f -> f.change() + " " + f.finding().id() + " " + f.previousMessage())
                .containsExactly("CHANGED x a", "ADDED y null");
    }

    @Test
    void theTextSaysItAsTheReplAndCpoDiffPrintIt() {
        String text = DiffText.render(Advisor.diff(BEFORE, AFTER), "from a to b", true);
        assertThat(text).isEqualTo("""
                changes in the advice from a to b:
                  verdicts
                    s.c  wait → pilot (cpo-all, 2026)
                  figures of the best CPO option
                    s.c cpo-all: saving 10.0 % → 15.0 % (+5.0 pts); TCO 1,800 → 1,700 (-100); capex 1,200 → 1,100 (-100); power 4.0 → 3.9 kW (-0.1)
                  findings
                    ~ note x [s.c]: b (was: a)
                    + warning y [s]: new
                  roadmap capex (USD)
                    s  0 → 1,100 (+1,100)
                  site totals of the advised options (USD)
                    s: capex 1,000 → 1,100 (+100); TCO 2,000 → 1,700 (-300); power 5.0 → 3.9 kW (-1.1)
                  bills of materials of the advised options
                    cluster  place  category  part  before  after  change
                    s.c      leaf   switch    cpo        0      7      +7
                    s.c      leaf   switch    sw        10      0     -10
                """);
        // the REPL's view leaves out the sites' totals and the bills
        assertThat(DiffText.render(Advisor.diff(BEFORE, AFTER), "since the last `advise`", false))
                .startsWith("changes in the advice since the last `advise`:\n")
                .doesNotContain("site totals").doesNotContain("bills of materials");
    }

    @Test
    void lessThanTheReportsShowIsNoChange() {
        Advice t = advice(List.of(BEFORE.clusters().get(1)), List.of(), 0);
        Advice u = advice(List.of(AFTER.clusters().get(1)), List.of(), 0);
        AdviceDiff d = Advisor.diff(t, u);
        assertThat(d.changed()).isFalse();
        assertThat(DiffText.render(d, "from a to b", true)).isEqualTo("no change in the advice from a to b\n");
        assertThat(DiffText.verdictChanges(d)).isEmpty();
    }
}
