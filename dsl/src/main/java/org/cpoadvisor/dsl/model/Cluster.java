package org.cpoadvisor.dsl.model;

/**
 * A GPU cluster and its scale-out network. Boxed fields are {@code null} when the
 * file does not give them; the advisor then takes the default from the catalog or
 * the built-in assumptions and says so.
 *
 * @param gpus          number of GPUs (required)
 * @param accelerator   accelerator catalog id (required)
 * @param nicGbps       scale-out bandwidth per GPU in Gb/s
 * @param switchId      today's switch platform (catalog id)
 * @param growth        capacity growth per year as a fraction (0.4 for 40 %)
 * @param onlineYear    year the cluster comes online; {@code null} for existing capacity
 */
public record Cluster(
        String name,
        Workload workload,
        int gpus,
        String accelerator,
        Integer gpusPerNode,
        Double nicGbps,
        Fabric fabric,
        String switchId,
        OpticsKind optics,
        Traffic traffic,
        Double growth,
        Integer onlineYear,
        Plan plan) {
}
