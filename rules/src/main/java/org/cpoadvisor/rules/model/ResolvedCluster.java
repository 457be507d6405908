package org.cpoadvisor.rules.model;

import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.OpticsKind;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.Staff;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Workload;

import java.util.List;

/**
 * A cluster with every default applied: what the sizing and the cost model need, and
 * which values were defaulted (for the output).
 *
 * @param path          {@code site.cluster}
 * @param platform      today's switch platform: the file's, or the one chosen for the NIC speed
 * @param defaulted     the values the file did not give, with their sources
 * @param installedYear the year the capacity was bought (existing capacity: an assumption)
 */
public record ResolvedCluster(String path, Site site, Cluster cluster, Workload workload, int gpus,
                              Accelerator accelerator, int gpusPerNode, double nicGbps, Ratio ratio, Integer fixedTiers,
                              SwitchPlatform platform, OpticsKind optics, double eastWest, double growth,
                              Integer onlineYear, int installedYear, Cooling cooling, Staff staff, Economics economics,
                              List<Figure> defaulted) {

    public String siteName() {
        return site.name();
    }

    public String name() {
        return cluster.name();
    }

    /** Parallel planes of the fabric: the file's, else one. */
    public int planes() {
        return cluster.fabric() == null ? 1 : cluster.fabric().planeCount();
    }

    /** e = min(s, today's leaf port speed): the speed of the links to the GPUs. */
    public double baselineEndpointGbps() {
        return platform == null ? nicGbps : Math.min(nicGbps, platform.portGbps());
    }

    /**
     * The lane rate of the GPUs' NIC ports: the accelerator's {@code nic-lane}, where the cluster's NIC is the
     * accelerator's usual one (the same bandwidth); {@code null} (unknown: it matches any lane) otherwise.
     */
    public Double nicLaneGbps() {
        if (accelerator == null || accelerator.nicLaneGbps() == null || accelerator.nicGbps() == null) return null;
        return accelerator.nicGbps() == nicGbps ? accelerator.nicLaneGbps() : null;
    }

        /** Whether an optical failure stops the work of the whole cluster (training, mixed, hpc). */
    public boolean failuresStopJobs() {
        return workload != Workload.INFERENCE;
    }
}
