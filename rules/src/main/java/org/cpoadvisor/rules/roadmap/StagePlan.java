package org.cpoadvisor.rules.roadmap;

import org.cpoadvisor.rules.judge.StageAction;

import java.util.List;

/**
 * One stage of a site's roadmap: its actions (with the rule that placed each), its
 * bill of materials, what it costs and how it changes the yearly running cost.
 *
 * @param opexChangePerYear the change in yearly energy, failure and repair cost once done (negative: a saving)
 */
public record StagePlan(String site, StageAction.Stage stage, int year, List<StageAction> actions, List<BomLine> lines,
                        double capex, double opexChangePerYear) {
}
