package org.cpoadvisor.dsl.model;

/** The owner's stated intent for a cluster's optics. */
public enum PlanIntent implements Keyword {
    CPO, PLUGGABLE;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
