package org.cpoadvisor.rules;

import org.cpoadvisor.rules.breakeven.BreakEvenPoint;
import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.judge.Verdict;
import org.cpoadvisor.rules.model.ResolvedCluster;

import java.util.List;

/**
 * One cluster: its resolved inputs, its evaluated options, when CPO could go in, the
 * break-even points of its best CPO option, and the verdict of the rules.
 *
 * @param adoptionYear the first natural point (growth, new capacity, refresh) at or after the CPO year
 * @param payback      years to pay back the best option's extra capex; 0 when it costs no more; {@code null}: never
 * @param candidates   every CPO platform of the catalog, taken or left out as a candidate, and why
 */
public record ClusterAnalysis(ResolvedCluster cluster, Evaluation evaluation, Integer adoptionYear, Double payback,
                              List<BreakEvenPoint> breakEvens, Verdict verdict, List<String> candidates) {

    public ClusterAnalysis {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
