package org.cpoadvisor.dsl.model;

/**
 * The fabric of a cluster. {@code tiers}, {@code oversubscription} and {@code planes} are
 * {@code null} when the file leaves them to the sizing (fewest tiers that fit; 1:1; one plane).
 *
 * @param planes parallel planes, each GPU's bandwidth split evenly over them (docs/model.md, planes)
 */
public record Fabric(Topology topology, Integer tiers, Ratio oversubscription, boolean railOptimized, Integer planes) {

    public static final Fabric DEFAULT = new Fabric(Topology.FAT_TREE, null, null, false, null);

    /** A fabric of one plane (the file says nothing of planes). */
    public Fabric(Topology topology, Integer tiers, Ratio oversubscription, boolean railOptimized) {
        this(topology, tiers, oversubscription, railOptimized, null);
    }

    /** The planes the sizing builds: the file's, else one. */
    public int planeCount() {
        return planes == null ? 1 : planes;
    }
}
