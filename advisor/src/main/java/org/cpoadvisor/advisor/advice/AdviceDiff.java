package org.cpoadvisor.advisor.advice;

import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;

import java.util.List;
import java.util.Objects;

/**
 * What a change of an architecture does to its advice: the two advices compared, cluster by
 * cluster (verdict, best CPO option, advised option), site by site (totals), finding by finding
 * and bill line by bill line. Made by {@code Advisor.diff(before, after)}; {@code cpo diff} and
 * the REPL's {@code diff} draw it (text, Markdown, JSON).
 *
 * <p>A figure counts as changed when it changes as the reports show it: money in whole units of
 * the currency, power in tenths of a kW, a saving in tenths of a percentage point. An advice with errors
 * has no clusters, sites or findings to compare: {@link #comparable()} is false then.
 *
 * @param before   the advice before the change (BASE)
 * @param after    the advice after it (HEAD)
 * @param clusters every cluster of either, in the order of {@code after}, then those only {@code before} has
 * @param sites    every site of either, in the same order
 * @param findings the findings added, removed or reworded
 * @param bills    the lines of the advised options' bills of materials whose quantity changed
 */
public record AdviceDiff(Advice before, Advice after, List<ClusterChange> clusters, List<SiteChange> sites,
                         List<FindingChange> findings, List<BillChange> bills) {

    public AdviceDiff {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        clusters = List.copyOf(clusters);
        sites = List.copyOf(sites);
        findings = List.copyOf(findings);
        bills = List.copyOf(bills);
    }

    /** How a thing differs between the two advices. */
    public enum Change {
        ADDED, REMOVED, CHANGED, UNCHANGED;

        /** The lower-case word of the JSON document. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether both advices could be given (neither architecture has errors). */
    public boolean comparable() {
        return !before.hasErrors() && !after.hasErrors();
    }

    /**
     * Whether the change does anything to the advice: a verdict, a figure, a finding, a bill line or a
     * site total moved, a cluster or site came or went, or one of the two has errors.
     */
    public boolean changed() {
        if (!comparable()) return true;
        return clusters.stream().anyMatch(c -> c.change() != Change.UNCHANGED)
                || sites.stream().anyMatch(s -> s.change() != Change.UNCHANGED)
                || !findings.isEmpty() || !bills.isEmpty();
    }

    /** The clusters whose verdict moved, came or went. */
    public List<ClusterChange> movedVerdicts() {
        return clusters.stream().filter(ClusterChange::verdictMoved).toList();
    }

    /**
     * The figures of one option of a cluster. Money in the architecture's currency, power in W.
     *
     * @param saving the lifetime TCO saving against the baseline, a fraction ({@code null} for the baseline)
     */
    public record Figures(String option, Double saving, double capex, double tco, double powerW) {

        /** Whether the two are the same as the reports show them (option, saving, money, power). */
        public static boolean same(Figures a, Figures b) {
            if (a == null || b == null) return a == b;
            return a.option.equals(b.option) && sameSaving(a.saving, b.saving) && sameMoney(a.capex, b.capex)
                    && sameMoney(a.tco, b.tco) && samePower(a.powerW, b.powerW);
        }
    }

    /**
     * A cluster as one advice has it.
     *
     * @param option  the option the verdict names ({@code null} or {@code baseline} when waiting)
     * @param best    the advised CPO option, else the CPO option that saves most; {@code null} when none fits
     * @param advised the option the verdict buys (the baseline when waiting)
     */
    public record ClusterState(Verdict verdict, String option, Integer year, Figures best, Figures advised) {

        /** The same verdict: decision, and where CPO is advised, option and year. */
        public boolean sameVerdict(ClusterState o) {
            if (verdict != o.verdict) return false;
            boolean cpo = option != null && !option.equals("baseline");
            boolean otherCpo = o.option != null && !o.option.equals("baseline");
            if (cpo != otherCpo) return false;
            return !cpo || option.equals(o.option) && Objects.equals(year, o.year);
        }
    }

    /** One cluster ({@code site.cluster}) in the two advices; {@code before} or {@code after} is null when it came or went. */
    public record ClusterChange(String path, String site, ClusterState before, ClusterState after) {

        public Change change() {
            if (before == null) return Change.ADDED;
            if (after == null) return Change.REMOVED;
            return verdictMoved() || figuresChanged() ? Change.CHANGED : Change.UNCHANGED;
        }

        /** Whether the verdict moved, or the cluster came or went. */
        public boolean verdictMoved() {
            return before == null || after == null || !before.sameVerdict(after);
        }

        /** Whether the figures of the best or the advised option changed. */
        public boolean figuresChanged() {
            return before != null && after != null
                    && !(Figures.same(before.best, after.best) && Figures.same(before.advised, after.advised));
        }
    }

    /**
     * A site's totals in one advice: the capex of its roadmap and, over its clusters, the capex, TCO and
     * power of the option each verdict buys (the baseline where it is to wait).
     */
    public record SiteTotals(double roadmapCapex, double capex, double tco, double powerW, int clusters) {

        static boolean same(SiteTotals a, SiteTotals b) {
            return sameMoney(a.roadmapCapex, b.roadmapCapex) && sameMoney(a.capex, b.capex) && sameMoney(a.tco, b.tco)
                    && samePower(a.powerW, b.powerW) && a.clusters == b.clusters;
        }
    }

    /** One site in the two advices; {@code before} or {@code after} is null when it came or went. */
    public record SiteChange(String site, SiteTotals before, SiteTotals after) {

        public Change change() {
            if (before == null) return Change.ADDED;
            if (after == null) return Change.REMOVED;
            return SiteTotals.same(before, after) ? Change.UNCHANGED : Change.CHANGED;
        }
    }

    /**
     * A finding added, removed or reworded (same id, severity and subject, another message).
     *
     * @param finding         as {@code after} has it; as {@code before} had it when removed
     * @param previousMessage the message before, when reworded; else {@code null}
     */
    public record FindingChange(Change change, FindingAdvice finding, String previousMessage) {
    }

    /**
     * A line of a cluster's advised bill of materials whose quantity changed: the same part
     * ({@code catalogId}, or the description where there is none) at the same place.
     * A line one side does not have has quantity, price and power 0 there.
     *
     * @param optionBefore the option whose bill the line was in before ({@code null} when the cluster is new)
     * @param optionAfter  the option whose bill it is in after ({@code null} when the cluster is gone)
     */
    public record BillChange(String cluster, String optionBefore, String optionAfter, String category, String catalogId,
                             String partNumber, String place, String description, long quantityBefore, long quantityAfter,
                             double extendedPriceBefore, double extendedPriceAfter, double powerWBefore, double powerWAfter) {

        public Change change() {
            if (quantityBefore == 0) return Change.ADDED;
            if (quantityAfter == 0) return Change.REMOVED;
            return Change.CHANGED;
        }
    }

    /** Two amounts of money the same in whole units. */
    public static boolean sameMoney(double a, double b) {
        return Math.round(a) == Math.round(b);
    }

    /** Two powers in W the same in tenths of a kW (as the reports show them). */
    public static boolean samePower(double a, double b) {
        return Math.round(a / 100) == Math.round(b / 100);
    }

    /** Two savings the same in tenths of a percentage point (as the reports show them). */
    public static boolean sameSaving(Double a, Double b) {
        if (a == null || b == null) return a == b;
        return Math.round(a * 1000) == Math.round(b * 1000);
    }
}
