package org.cpoadvisor.dsl.model;

/** How a site (or a switch platform) is cooled. */
public enum Cooling implements Keyword {
    AIR, LIQUID, HYBRID;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
