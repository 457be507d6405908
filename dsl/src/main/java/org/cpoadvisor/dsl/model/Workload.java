package org.cpoadvisor.dsl.model;

/** What a cluster mostly runs. Training, mixed and hpc jobs stop on every optical failure. */
public enum Workload implements Keyword {
    TRAINING, INFERENCE, MIXED, HPC;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
