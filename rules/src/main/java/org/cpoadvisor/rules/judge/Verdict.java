package org.cpoadvisor.rules.judge;

import java.util.List;

/**
 * The judgement of one cluster: adopt, pilot or wait, with the option and year, and
 * the checks it rests on (each a fact against a threshold).
 */
public final class Verdict extends Explained {
    public enum Decision { ADOPT, PILOT, WAIT }

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
    public boolean isPositive() { return decision != Decision.WAIT; }

    @Override
    public String toString() {
        return "verdict " + decision.name().toLowerCase(java.util.Locale.ROOT) + " for " + path;
    }
}
