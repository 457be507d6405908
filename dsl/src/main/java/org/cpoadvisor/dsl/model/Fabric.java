package org.cpoadvisor.dsl.model;

/**
 * The fabric of a cluster. {@code tiers} and {@code oversubscription} are {@code null}
 * when the file leaves them to the sizing (fewest tiers that fit; 1:1).
 */
public record Fabric(Topology topology, Integer tiers, Ratio oversubscription, boolean railOptimized) {

    public static final Fabric DEFAULT = new Fabric(Topology.FAT_TREE, null, null, false);
}
