package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.rules.breakeven.BreakEvenPoint;
import org.cpoadvisor.rules.cost.CostCurve;
import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.OptionKind;
import org.cpoadvisor.rules.judge.Verdict;
import org.cpoadvisor.rules.model.ResolvedCluster;

import java.util.List;
import java.util.Optional;

/**
 * One cluster: its resolved inputs, its evaluated options, when CPO could go in, the
 * break-even points of its best CPO option, and the verdict of the rules.
 *
 * @param adoptionYear the first natural point (growth, new capacity, refresh) at or after the CPO year
 * @param payback      years to pay back the best option's extra capex; 0 when it costs no more; {@code null}: never
 * @param candidates   every CPO platform of the catalog, taken or left out as a candidate, and why
 * @param location     where the cluster is written ({@code null} for a model built in code)
 * @param sources      where the catalog figures behind its options come from, as {@code "id field: source"}, sorted
 */
public record ClusterAnalysis(ResolvedCluster cluster, Evaluation evaluation, Integer adoptionYear, Double payback,
                              List<BreakEvenPoint> breakEvens, Verdict verdict, List<String> candidates,
                              SourceLocation location, List<String> sources) {

    public ClusterAnalysis {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        sources = sources == null ? List.of() : sources;
    }

    /**
     * An option's cumulative cost at the end of each year 0..lifetime ({@link CostCurve#cumulative}), over the
     * cluster's lifetime and at its discount rate; empty when the option could not be built.
     */
    public Optional<double[]> cumulativeCost(OptionKind kind) {
        return evaluation.option(kind).map(o -> CostCurve.cumulative(o, cluster.economics().discountRate(),
                cluster.economics().lifetimeYears()));
    }

    /**
     * Where an option's cumulative cost crosses the baseline's ({@link CostCurve#crossing}); empty for the
     * baseline itself and for an option that could not be built.
     */
    public Optional<CostCurve.Crossing> crossing(OptionKind kind) {
        if (kind == OptionKind.BASELINE) return Optional.empty();
        return cumulativeCost(OptionKind.BASELINE)
                .flatMap(base -> cumulativeCost(kind).map(curve -> CostCurve.crossing(base, curve)));
    }
}
