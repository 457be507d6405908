package org.cpoadvisor.dsl.model;

/** Whether a site has hands on site to swap optics. */
public enum Staff implements Keyword {
    ON_SITE, REMOTE;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
