package org.cpoadvisor.rules.model;

/**
 * The money side of one cluster, defaults applied. Amounts are in the architecture's currency.
 *
 * @param electricityPrice per kWh
 * @param lifetimeYears    whole years of the TCO horizon
 * @param gpuHourCost      what one idle GPU hour costs
 * @param jobRestartHours  time a training job loses per interruption
 * @param fibrePerLink     fibre and connectors per link
 * @param laserSwap        one field-replaceable laser module
 * @param usdRate          units of the architecture's currency per USD, for built-in defaults in USD
 * @param cpoAdoption      the one-off cost of bringing a CPO platform into a cluster
 */
public record Economics(double electricityPrice, double pue, int lifetimeYears, double discountRate, double gpuHourCost,
                        double jobRestartHours, double fibrePerLink, double laserSwap, double cpoPriceDecline,
                        double usdRate, double cpoAdoption) {

    /** The same economics at another electricity price: how the break-even search varies it. */
    public Economics withElectricityPrice(double price) {
        return new Economics(price, pue, lifetimeYears, discountRate, gpuHourCost, jobRestartHours, fibrePerLink, laserSwap,
                cpoPriceDecline, usdRate, cpoAdoption);
    }
}
