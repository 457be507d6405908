package org.cpoadvisor.rules.cost;

import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.rules.sizing.Sizing;

import java.util.List;

/**
 * One option of one cluster, priced (docs/model.md section 3). Money in the architecture's currency.
 *
 * @param powerW               IT power of the network: switches, modules, lasers
 * @param energyPerYear        W · PUE · 8760 h · price
 * @param failuresPerYear      expected hard failures of optical parts
 * @param flapsPerYear         expected link flaps
 * @param interruptionsPerYear failures and flaps that stop the largest job, times the chance they hit it
 * @param lostGpuHoursPerYear  interruptions · largest job · job-restart (jobs that stop on a failure)
 * @param opex                 the running costs a year, item by item
 * @param rackUnits            the rack units of the option's switches
 * @param tco                  capex + discounted opex over the lifetime
 * @param year                 the year the option was priced for
 */
public record OptionResult(OptionKind kind, SwitchPlatform leaf, SwitchPlatform upper, Sizing sizing, List<Part> parts,
                           double powerW, double facilityPowerW, double energyPerYear, double capex,
                           double failuresPerYear, double flapsPerYear, double interruptionsPerYear,
                           double lostGpuHoursPerYear, Opex opex, long rackUnits, double tco, int year) {

    public double opexPerYear() {
        return opex.total();
    }

    /** The GPU-hours lost to interruptions, at the GPU-hour price. */
    public double failureCostPerYear() {
        return opex.interruptions();
    }

    public double repairCostPerYear() {
        return opex.repair();
    }

    /** The bill of materials: every part bought, by place (engine ports come with their switches). */
    public List<Part> bill() {
        return parts.stream().filter(Part::billed).toList();
    }

    public long modules() {
        return parts.stream().filter(p -> p.category().equals("optic")).mapToLong(Part::quantity).sum();
    }
}
