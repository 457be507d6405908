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
 * @param prices           how prices move with the years and what the spares and retrofits cost
 */
public record Economics(double electricityPrice, double pue, int lifetimeYears, double discountRate, double gpuHourCost,
                        double jobRestartHours, double fibrePerLink, double laserSwap, double cpoPriceDecline,
                        double usdRate, double cpoAdoption, Prices prices, Operations operations) {

    /**
     * The price side of the model figures (docs/model.md section 3).
     *
     * @param priceYear            the year the catalog's prices are quoted for (a CPO switch's: its launch year)
     * @param opticsPriceDecline   yearly fall of pluggable module prices after the price year
     * @param laserSpares          spare external lasers as a share of those installed
     * @param coolingRetrofitPerKw liquid-cooling retrofit of an air-cooled site's network rows, per kW
     */
    public record Prices(int priceYear, double opticsPriceDecline, double laserSpares, double coolingRetrofitPerKw) {
    }

    /**
     * The running side of the model figures (docs/model.md section 3): failures, flaps and what they stop, support
     * and space.
     *
     * @param linkFlaps        flaps a year of a link between two pluggable ends
     * @param cpoFlapShare     the flaps a co-packaged end keeps, as a share of a pluggable end's
     * @param fabricStopShare  the share of single-link events above the leaf's GPU ports that stop a job
     * @param largestJob       GPUs of the largest job a failure can stop; 0: the whole cluster
     * @param moduleSpares     spare pluggable modules as a share of those installed
     * @param support          support contracts a year, as a share of the switches' and lasers' price
     * @param rackUnitPerYear  a rack unit of space for a year
     */
    public record Operations(double linkFlaps, double cpoFlapShare, double fabricStopShare, int largestJob,
                             double moduleSpares, double support, double rackUnitPerYear) {
    }

    /** The same economics at another electricity price: how the break-even search varies it. */
    public Economics withElectricityPrice(double price) {
        return new Economics(price, pue, lifetimeYears, discountRate, gpuHourCost, jobRestartHours, fibrePerLink, laserSwap,
                cpoPriceDecline, usdRate, cpoAdoption, prices, operations);
    }
}
