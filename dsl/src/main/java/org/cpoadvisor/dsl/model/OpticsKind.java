package org.cpoadvisor.dsl.model;

/** A cluster's optics today: DSP pluggables, linear-drive pluggables, active optical cables, or co-packaged. */
public enum OpticsKind implements Keyword {
    DSP, LPO, AOC, CPO;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
