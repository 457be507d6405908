package org.cpoadvisor.dsl.model;

/** The kind of a pluggable optics module in the catalog. */
public enum ModuleKind implements Keyword {
    DSP, LPO, AOC;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
