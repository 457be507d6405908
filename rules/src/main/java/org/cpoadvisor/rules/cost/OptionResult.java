package org.cpoadvisor.rules.cost;

import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.rules.sizing.Sizing;

import java.util.List;

/**
 * One option of one cluster, priced (docs/model.md section 3). Money in the architecture's currency.
 *
 * @param powerW            IT power of the network: switches, modules, lasers
 * @param energyPerYear     W · PUE · 8760 h · price
 * @param failuresPerYear   expected optical failures
 * @param lostGpuHoursPerYear failures · N · job-restart (jobs that stop on a failure)
 * @param tco               capex + discounted opex over the lifetime
 * @param year              the year the option was priced for
 */
public record OptionResult(OptionKind kind, SwitchPlatform leaf, SwitchPlatform upper, Sizing sizing, List<Part> parts,
                           double powerW, double facilityPowerW, double energyPerYear, double capex,
                           double failuresPerYear, double lostGpuHoursPerYear, double failureCostPerYear,
                           double repairCostPerYear, double tco, int year) {

    public double opexPerYear() {
        return energyPerYear + failureCostPerYear + repairCostPerYear;
    }

    /** The bill of materials: every part bought, by place (engine ports come with their switches). */
    public List<Part> bill() {
        return parts.stream().filter(Part::billed).toList();
    }

    public long modules() {
        return parts.stream().filter(p -> p.category().equals("optic")).mapToLong(Part::quantity).sum();
    }
}
