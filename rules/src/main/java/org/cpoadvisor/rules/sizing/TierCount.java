package org.cpoadvisor.rules.sizing;

import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;

/**
 * One switch tier of a fabric, counted over all its planes (docs/model.md, "Counts per tier").
 *
 * @param switches    switches of the tier
 * @param portsUsed   physical ports in use on them (a port that breaks out to two links counts once)
 * @param linksDown   links to the tier below (to the GPUs for the leaf)
 * @param linksUp     links to the tier above (0 at the top)
 * @param modules     pluggable modules in those ports (0 on a CPO platform)
 * @param enginePorts optical-engine ports in use (0 on a pluggable platform)
 */
public record TierCount(TierName tier, SwitchPlatform platform, long switches, long portsUsed, long linksDown, long linksUp,
                        long modules, long enginePorts) {

    /** Whether the tier's platform has its optics co-packaged. */
    public boolean cpo() {
        return platform.optics() == SwitchOptics.CPO;
    }

    TierCount times(int planes) {
        return new TierCount(tier, platform, switches * planes, portsUsed * planes, linksDown * planes, linksUp * planes,
                modules * planes, enginePorts * planes);
    }
}
