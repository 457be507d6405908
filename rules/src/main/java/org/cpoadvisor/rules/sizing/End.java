package org.cpoadvisor.rules.sizing;

import org.cpoadvisor.dsl.model.SwitchPlatform;

/**
 * One switch end of a tier boundary: the physical ports it uses, as pluggable modules
 * (on a pluggable platform) or as optical-engine ports (on a CPO platform).
 */
public record End(SwitchPlatform platform, long ports, long modules, long enginePorts) {

    End times(int planes) {
        return new End(platform, ports * planes, modules * planes, enginePorts * planes);
    }
}
