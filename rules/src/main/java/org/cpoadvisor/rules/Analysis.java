package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.parse.SourceMap;
import org.cpoadvisor.rules.judge.Finding;
import org.cpoadvisor.rules.model.Thresholds;
import org.cpoadvisor.rules.roadmap.StagePlan;

import java.util.List;
import java.util.Optional;

/**
 * Everything the rules module works out for one architecture: per cluster the
 * options, break-even points and verdict; the findings; the roadmap with its bills of
 * materials; the assumptions the advice rests on.
 *
 * @param assumptions figures that are assumptions and were used: catalog figures and built-in defaults
 * @param ruleFirings how many rule activations fired (a runaway rule pack shows here)
 * @param diagnostics problems of a user's rule pack when it ran (CPO311); empty without a pack
 * @param places      where the sites and clusters are written ({@link SourceMap#EMPTY} for a model built in code)
 */
public record Analysis(Architecture architecture, Thresholds thresholds, Catalog catalog, List<ClusterAnalysis> clusters,
                       List<Finding> findings, List<StagePlan> roadmap, List<String> assumptions, int ruleFirings,
                       List<Diagnostic> diagnostics, SourceMap places) {

    public Analysis {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Where a finding's subject is written: a cluster ({@code site.cluster}) or a site; {@code null}
     * when the model was built in code.
     */
    public SourceLocation place(String subject) {
        int dot = subject.indexOf('.');
        if (dot > 0) {
            Optional<SourceLocation> l = places.find("site", subject.substring(0, dot), subject.substring(dot + 1));
            if (l.isPresent()) return l.get();
        }
        return places.find("site", subject).orElse(null);
    }
}
