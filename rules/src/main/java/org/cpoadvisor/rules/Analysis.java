package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.rules.judge.Finding;
import org.cpoadvisor.rules.model.Thresholds;
import org.cpoadvisor.rules.roadmap.StagePlan;

import java.util.List;

/**
 * Everything the rules module works out for one architecture: per cluster the
 * options, break-even points and verdict; the findings; the roadmap with its bills of
 * materials; the assumptions the advice rests on.
 *
 * @param assumptions figures that are assumptions and were used: catalog figures and built-in defaults
 * @param ruleFirings how many rule activations fired (a runaway rule pack shows here)
 * @param diagnostics problems of a user's rule pack when it ran (CPO311); empty without a pack
 */
public record Analysis(Architecture architecture, Thresholds thresholds, Catalog catalog, List<ClusterAnalysis> clusters,
                       List<Finding> findings, List<StagePlan> roadmap, List<String> assumptions, int ruleFirings,
                       List<Diagnostic> diagnostics) {

    public Analysis {
        diagnostics = List.copyOf(diagnostics);
    }

    public Analysis(Architecture architecture, Thresholds thresholds, Catalog catalog, List<ClusterAnalysis> clusters,
                    List<Finding> findings, List<StagePlan> roadmap, List<String> assumptions, int ruleFirings) {
        this(architecture, thresholds, catalog, clusters, findings, roadmap, assumptions, ruleFirings, List.of());
    }
}
