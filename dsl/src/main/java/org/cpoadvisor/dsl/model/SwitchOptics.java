package org.cpoadvisor.dsl.model;

/** Whether a switch platform takes pluggable modules or has co-packaged optical engines. */
public enum SwitchOptics implements Keyword {
    PLUGGABLE, CPO;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
