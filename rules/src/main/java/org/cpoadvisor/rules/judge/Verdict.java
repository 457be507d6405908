package org.cpoadvisor.rules.judge;

import java.util.List;

/**
 * The judgement of one cluster: adopt, pilot, prepare or wait (docs/model.md section 5), with
 * the option and year, and the checks it rests on (each a fact against a threshold).
 */
public final class Verdict extends Explained {
    /** Prepare: CPO pays, but a prerequisite (liquid cooling) must come first. */
    public enum Decision { ADOPT, PILOT, PREPARE, WAIT }

    private final String path;
    private final Decision decision;
    private final String option;
    private final Integer year;
    private final String summary;
    private final List<String> reasons;
    private final boolean scaleReady;

    public Verdict(String path, Decision decision, String option, Integer year, String summary, List<String> reasons,
                   boolean scaleReady) {
        this.path = path;
        this.decision = decision;
        this.option = option;
        this.year = year;
        this.summary = summary;
        this.reasons = List.copyOf(reasons);
        this.scaleReady = scaleReady;
    }

    public String getPath() { return path; }
    public Decision getDecision() { return decision; }
    public String getOption() { return option; }
    public Integer getYear() { return year; }
    public String getSummary() { return summary; }
    public List<String> getReasons() { return reasons; }
    /** Meets every threshold but the timing: its CPO goes in with the scale stage. */
    public boolean isScaleReady() { return scaleReady; }
    /** CPO is advised: now (adopt, pilot) or once a prerequisite is in place (prepare). */
    public boolean isPositive() { return decision != Decision.WAIT; }
    /** CPO can go in without a prerequisite first: adopt or pilot. */
    public boolean isReady() { return decision == Decision.ADOPT || decision == Decision.PILOT; }

    @Override
    public String toString() {
        return "verdict " + decision.name().toLowerCase(java.util.Locale.ROOT) + " for " + path;
    }
}
