package org.cpoadvisor.dsl.model;

/** A switch tier of a fabric. */
public enum Tier implements Keyword {
    LEAF, SPINE, CORE;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
