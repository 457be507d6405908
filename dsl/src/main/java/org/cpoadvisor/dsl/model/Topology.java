package org.cpoadvisor.dsl.model;

/** The fabric topology. Version 1 of the language knows the (folded Clos) fat tree. */
public enum Topology implements Keyword {
    FAT_TREE;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
