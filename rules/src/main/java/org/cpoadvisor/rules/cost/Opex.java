package org.cpoadvisor.rules.cost;

/**
 * What an option costs to run a year (docs/model.md section 3), in the architecture's currency.
 *
 * @param energy        facility energy: W · PUE · 8760 h · price
 * @param interruptions the GPU-hours lost to jobs the optical events stop, at the GPU-hour price
 * @param repair        parts consumed by hard failures: modules, lasers, switches after an engine failure
 * @param support       support contracts on the switches and external lasers
 * @param space         the rack units of the switches
 */
public record Opex(double energy, double interruptions, double repair, double support, double space) {

    public double total() {
        return energy + interruptions + repair + support + space;
    }
}
