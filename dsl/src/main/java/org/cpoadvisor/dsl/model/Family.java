package org.cpoadvisor.dsl.model;

/**
 * The protocol family of a switch platform. A CPO option keeps the cluster's family: moving
 * from InfiniBand to Ethernet is a change of fabric, never a saving of co-packaged optics.
 */
public enum Family implements Keyword {
    INFINIBAND, ETHERNET;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }
}
