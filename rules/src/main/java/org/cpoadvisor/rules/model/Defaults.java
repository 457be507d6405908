package org.cpoadvisor.rules.model;

import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.Workload;
import org.cpoadvisor.dsl.model.YearRange;

/**
 * The built-in assumptions and policy: what applies where a file says nothing. Each
 * value carries its source; those that are ours say "assumption". Money is in USD.
 */
public final class Defaults {

    private Defaults() {
    }

    public static final Figure ELECTRICITY_USD = new Figure("electricity", 0.08, "USD/kWh", "default",
            "assumption: a typical industrial electricity price in the US (EIA reports about 0.08 USD/kWh for "
            + "2023-2024); range 0.055-0.19: EIA Electric Power Annual 2023, industrial average revenue by state from "
            + "5.75 (New Mexico) to 18.98 cents/kWh (Rhode Island) outside Alaska and Hawaii, most data-center states "
            + "(Texas 6.6, Georgia 6.9, Oregon 7.5, Virginia 8.9) near the low end; Eurostat non-household prices H1 "
            + "2024 run 0.094 (Finland) to 0.256 EUR/kWh (Ireland), so a European site should give its own")
            .withRange(0.055, 0.19);
    public static final Figure LIFETIME = new Figure("lifetime", 5, "years", "default",
            "IDC CPO report 2025: judge CPO over a 3-5-year life; we take 5");
    public static final Figure DISCOUNT_RATE = new Figure("discount-rate", 0.08, "fraction", "default",
            "assumption: a common cost of capital for data-center investments; range 0.05-0.14: a data-center REIT's "
            + "WACC is 5.1-7.4 % (Digital Realty, valueinvesting.io 2025), a GPU cloud borrows at 7-15 % (CoreWeave "
            + "10-Q, June 2025: effective rates of its facilities 7 %, 9-10 %, 11 %, 12 %, 15 %)")
            .withRange(0.05, 0.14);
    public static final Figure GPU_HOUR_USD = new Figure("gpu-hour", 2.00, "USD", "default",
            "assumption: what an idle data-center GPU hour costs, near public cloud H100 rates of 2-3 USD/h; range "
            + "1.0-5.0: H100 one-year reserved 1.70-2.35 USD/h (SemiAnalysis, Oct 2025 - Mar 2026, as reported by "
            + "techreaderdaily), CoreWeave H100 1.79 reserved / 2.23 on demand (gridstackhub 2026), hyperscaler "
            + "on-demand H100 3.50-5.00 and long-tail from 1.99 (Mercatus 2026), B200 on demand 3.75-5.60 (packet.ai "
            + "2026); the low end is an owner's own cost of an older GPU hour, the high end a newer GPU at cloud rates")
            .withRange(1.0, 5.0);
    public static final Figure JOB_RESTART_MIN = new Figure("job-restart", 25, "min", "default",
            "assumption: checkpoint interval lost on average plus restart time of a large training job; range 5-60: "
            + "Meta kept over 90 % effective training time through 466 interruptions in 54 days (Llama 3 report), at "
            + "most ~17 min lost each; checkpointing every 15 min loses 7.5 min on average (drpranayjha.com) and "
            + "asynchronous checkpoints cut the stall to seconds; Huawei MindCluster's reference saves hourly, losing "
            + "30 min plus the restart (hiascend.com)")
            .withRange(5, 60);
    public static final Figure FIBRE_PER_LINK_USD = new Figure("fibre", 60, "USD per link", "default",
            "assumption: a share of MPO trunk, patch cords and panel ports per duplex link; range 30-300 "
            + "(assumption): FS list prices of a custom OS2 MTP-12 jumper from 105 USD, a 48-fibre 30 m MTP-12 trunk "
            + "769 USD (~130 USD per 8-fibre link) and an MTP-16 crossover 249 USD (catalog-research F, second-hand); "
            + "catalog-research F takes 150-400 USD per 800G link; the low end is a volume price for a short duplex jumper")
            .withRange(30, 300);
    public static final Figure LASER_SWAP_USD = new Figure("laser-swap", 2000, "USD", "default",
            "assumption: replacing one field-replaceable external laser module (as in the built-in catalog's repair "
            + "notes); range 800-5,000 (assumption: no public figure; from a spare at the low end of the laser price "
            + "range and a technician's hour, to a dearer source and half a day with the fibres re-tested)")
            .withRange(800, 5000);
    public static final Figure LASER_SPARES = new Figure("laser-spares", 0.05, "fraction", "default",
            "assumption: a spares pool of 5 % of the installed external laser sources, at least one, kept on site "
            + "(the laser is the CPO part that fails most and is built to be swapped in the field); range 0.02-0.10 "
            + "(assumption: no public sparing ratio; half to twice ours)")
            .withRange(0.02, 0.10);
    public static final Figure PRICE_YEAR = new Figure("price-year", 2025, "year", "default",
            "the built-in catalog's prices are 2025 street estimates (its header note 5); a CPO switch's and its lasers' "
            + "are quoted for its launch year");
    public static final Figure OPTICS_PRICE_DECLINE = new Figure("optics-price-decline", 0.10, "fraction per year", "default",
            "LightCounting, High Speed Ethernet Optics report (Sept 2021): most transceivers fell about 10 % a year in 2021 "
            + "and 10GbE about 15 % a year over the decade before (40-50 % for new products); we take 10 %; range "
            + "0.0-0.30: no fall while supply is short (2025-2026: 200G EML capacity keeps 1.6T pricing and "
            + "allocations elevated, Convequity 2026) up to the steep years (LightCounting, April 2019: Ethernet "
            + "transceiver prices fell 37 % in 2018)")
            .withRange(0.0, 0.30);
    public static final Figure CPO_PRICE_DECLINE = new Figure("cpo-price-decline", 0.10, "fraction per year", "default",
            "assumption: a CPO switch and its lasers fall 10 % a year after launch, as maturing optics do "
            + "(LightCounting 2021); "
            + "with pluggable switch prices held, the launch premium of CPO optics is gone in about two years, in line with "
            + "volume CPO from 2027-2028 (Cignal AI 2025; Yole 2022: first full-scale deployment 2028); range "
            + "0.0-0.35 (assumption: from prices held while CPO supply is short to the 40-50 % a year new optical "
            + "products fall in their first years, LightCounting 2021, spread over the years after launch)")
            .withRange(0.0, 0.35);
    public static final Figure CPO_ADOPTION_USD = new Figure("cpo-adoption", 300_000, "USD per cluster", "default",
            "assumption: the one-off cost of bringing a CPO platform into a cluster - qualification and burn-in, spare "
            + "switches, tooling and staff training (spare laser sources are priced apart, in the bill); it is what gives "
            + "CPO the critical point below which it does not pay (IDC CPO report 2025); range 100,000-900,000 "
            + "(assumption: a third to three times ours, as no public figure exists; from a vendor-run pilot "
            + "qualification to a quarter of a ten-person engineering team, spare switches and tooling)")
            .withRange(100_000, 900_000);
    public static final Figure MODULE_SPARES = new Figure("module-spares", 0.02, "fraction", "default",
            "assumption: a spares pool of 2 % of the installed pluggable modules of each kind, at least one, kept on site "
            + "so that a failed module is swapped at once; no public sparing ratio was found; range 0.01-0.05 "
            + "(assumption: half to two and a half times ours)")
            .withRange(0.01, 0.05);
    public static final Figure SUPPORT = new Figure("support", 0.05, "fraction per year", "default",
            "assumption within published ranges: support contracts (software, TAC, advance replacement) cost 2-20 % of "
            + "network equipment's price a year (excitingip.com) and 10-15 % of list for media hardware (P. Crewe, 2013); "
            + "fabrics bought by the thousand switches are not bought at list, so we take 5 % of the switches' and "
            + "external lasers' price; pluggable modules come with their warranty and a spares pool instead; range "
            + "0.02-0.15: the published 2-20 % (excitingip.com); Cisco Smartnet Total Care 8-15 % of the net hardware "
            + "price a year (visualfoodie.com, 2025); third-party maintenance 30-45 % below Cisco list "
            + "(redresscompliance.com, 2026)")
            .withRange(0.02, 0.15);
    public static final Figure RACK_UNIT_USD = new Figure("rack-unit", 300, "USD per rack unit a year", "default",
            "assumption from colocation list prices: an enterprise 42U cabinet costs about 500-2,000 USD a month before "
            + "power (dpdatacenters.com, 2026), 140-570 USD per rack unit a year; we take 300; a switch's rack units are "
            + "its catalog `rack-units` (2 where the catalog gives none); range 140-570: the ends of the same "
            + "colocation list prices")
            .withRange(140, 570);
    public static final Figure LINK_FLAPS = new Figure("link-flaps", 0.006, "per link a year", "default",
            "derived: Meta's Llama 3 report counts 35 job interruptions from network switches and cables in 54 days on "
            + "16,384 H100 GPUs, about 237 a year; the model's hard failures of that fabric (400G, three tiers, ~57,000 "
            + "modules at 100 FIT) explain about 50 of them, the rest are link events: ~190 a year over 16,384 edge and "
            + "32,768 fabric links, with fabric-stop-share 50 %, is 0.006 a link a year; range 0.002-0.015: the same "
            + "derivation with a Poisson 90 % interval on the 35 interruptions (26-46) and fabric-stop-share at "
            + "0.2-1.0 gives 0.0026-0.011, widened for the split between hard failures and link events, which the "
            + "report does not give")
            .withRange(0.002, 0.015);
    public static final Figure CPO_FLAP_SHARE = new Figure("cpo-flap-share", 0.30, "fraction", "default",
            "derived: Meta's field test of Broadcom's CPO ran over one million device-hours without a link flap (ICO "
            + "Optics, "
            + "2025) and reported a CPO MTBF of ~2.6 million device-hours against 0.5-1 million for pluggable modules "
            + "(ECOC 2025, as cited by 100gmodules.com), 2.6-5 times fewer events; we take 30 % per co-packaged end; "
            + "range 0.1-0.5: 2.6-5 times fewer events is 0.2-0.38, widened as the evidence is one field trial and "
            + "one conference figure read second-hand")
            .withRange(0.1, 0.5);
    public static final Figure FABRIC_STOP_SHARE = new Figure("fabric-stop-share", 0.50, "fraction", "default",
            "assumption: a failure or flap of one link above the leaf's GPU ports stops a training job half the time "
            + "(adaptive routing and ECMP move traffic off a failed uplink, but collectives in flight on it time out); "
            + "a failure at the GPU's own link always stops it, and an engine or laser failure that takes k ports at once "
            + "stops it with 1 - (1 - share)^k; no public figure was found; range 0.2-1.0 (assumption: from adaptive "
            + "routing that carries most uplink events without a stop to a job that stops on every one, as on the "
            + "GPU's own link)")
            .withRange(0.2, 1.0);
    public static final Figure LARGEST_JOB = new Figure("largest-job", 0, "the whole cluster", "default",
            "assumption: training runs one job across the whole cluster (as Meta's 16,384-GPU Llama 3 run did); a failure "
            + "hits a job of J GPUs with probability J / N and costs J GPUs the restart time");
    public static final Figure NODE_POWER_FACTOR = new Figure("node-power", 1.8, "x GPU power", "default",
            "derived: a whole GPU node draws about 1.8 x its GPUs' power (CPUs, memory, NICs, fans, power conversion): "
            + "NVIDIA DGX H100 datasheet ~10.2 kW max for 8 x 700 W GPUs (1.82), DGX B200 datasheet ~14.3 kW max for "
            + "8 x 1,000 W (1.79)");
    public static final Figure PILOT_SWITCHES = new Figure("pilot-switches", 32, "switches", "default",
            "assumption: a pilot converts one spine group or pod of a large fabric (32 switches: the spines of one plane of "
            + "a 1,024-GPU pod at 800G on 64-port switches), enough to measure power, failures and repairs, small "
            + "enough to undo");
    public static final Figure COOLING_RETROFIT_USD_PER_KW = new Figure("cooling-retrofit", 2000, "USD per kW", "default",
            "assumption: bringing liquid (cold-plate) cooling to the network rows of an air-cooled site - coolant "
            + "distribution, "
            + "manifolds, piping, leak detection and commissioning - per kW of the CPO switches it serves; no public figure "
            + "was found for a network-row retrofit, so this is ours; range 1,000-5,000 (assumption: the low end is a "
            + "new build's share, about 10-20 % of the 10-13 million USD per MW a GPU data center's shell, cooling "
            + "and electrical cost (Rittenhouse Research on CoreWeave, 2026); the high end a retrofit in a live hall, "
            + "where network rows are small loads and fixed costs weigh more)")
            .withRange(1000, 5000);
    public static final Figure PILOT_SHARE = new Figure("pilot-share", 1.0 / 8, "fraction", "default",
            "assumption: a pilot converts one spine group, an eighth of the spine tier (one rail of an 8-rail fabric)");

    public static final Figure MIN_GPUS = new Figure("min-gpus", 4096, "GPUs", "default",
            "assumption: the IDC report names cluster size as the first indicator without a number; 4096 GPUs (512 "
            + "servers)");
    public static final Figure MIN_MODULES = new Figure("min-modules", 10_000, "modules", "default",
            "assumption: the IDC report names the number of optical modules as the third indicator without a number; "
            + "10,000 matches min-gpus 4096 at the 2.5 modules a GPU of a two-tier 400G fabric (docs/model.md section 7)");
    public static final Figure MIN_LINK = new Figure("min-link", 800, "Gb/s", "default",
            "IDC CPO report 2025: CPO pays first at 800G and above");
    public static final Figure MIN_EAST_WEST = new Figure("min-east-west", 0.60, "fraction", "default",
            "assumption: 'east-west heavy' (IDC) taken as at least 60 % of traffic");
    public static final Figure MIN_SAVING = new Figure("min-saving", 0.10, "fraction", "default",
            "assumption: a TCO advantage of 10 % is worth a change of architecture");
    public static final Figure MAX_PAYBACK = new Figure("max-payback", 3, "years", "default",
            "IDC CPO report 2025: value lies in TCO over a 3-5-year life; payback within the short end");
    public static final YearRange PILOT_WINDOW = new YearRange(2025, 2026);
    public static final YearRange SCALE_WINDOW = new YearRange(2027, 2028);
    public static final String WINDOWS_SOURCE = "IDC CPO report 2025: pilots in 2025-2026, large-scale CPO about 2027-2028";
    public static final boolean REQUIRE_LIQUID = true;
    public static final String LIQUID_SOURCE = "IDC CPO report 2025: CPO needs liquid or cold-plate cooling (heat concentrates in the package)";
    public static final int START_YEAR = 2025;
    public static final YearRange HORIZON = new YearRange(2025, 2030);

    /** PUE by cooling when neither the site nor the assumptions give one. */
    public static Figure pue(Cooling cooling) {
        String source = "published ranges: AI data-center PUE is about 1.4-1.6 air-cooled and 1.1-1.25 liquid-cooled; we take the middle";
        return switch (cooling) {
            case AIR -> new Figure("pue", 1.5, "", "default", source
                    + "; range 1.3-1.8: Uptime Institute's survey average has stayed at 1.55-1.59 since 2020 (1.58 in "
                    + "2023), "
                    + "new large facilities reach 1.3 or better (Uptime 2024 report, via cloudnews.tech), older halls run "
                    + "1.4-1.8 (Schneider Electric blog, 2026)").withRange(1.3, 1.8);
            case LIQUID -> new Figure("pue", 1.2, "", "default", source
                    + "; range 1.05-1.35: direct-to-chip liquid cooling reaches 1.05-1.15 and hyperscaler fleets 1.09-1.16, "
                    + "retrofitted or hybrid halls about 1.2 (research-viewer summary of introl, SemiAnalysis and ChinaTalk "
                    + "models, 2026; ETDatacenters 2026: 1.05-1.15); the high end (assumption) is liquid-cooled rows in a "
                    + "hall whose other loads are still cooled by air").withRange(1.05, 1.35);
            case HYBRID -> new Figure("pue", 1.35, "", "default", source + " (hybrid: between the two)"
                    + "; range 1.15-1.6 (assumption: between the ends of the liquid and air ranges)").withRange(1.15, 1.6);
        };
    }

    /** East-west share by workload when the cluster gives no traffic mix. */
    public static Figure eastWest(Workload workload) {
        return switch (workload) {
            case TRAINING -> new Figure("east-west", 0.85, "fraction", "default", "language design: training clusters default to 85/15"
                    + "; range 0.7-0.95 (assumption: data-parallel collectives dominate a training fabric, data loading and "
                    + "checkpoints are the north-south rest)").withRange(0.70, 0.95);
            case INFERENCE -> new Figure("east-west", 0.40, "fraction", "default", "language design: inference clusters default to 40/60"
                    + "; range 0.2-0.6 (assumption: from single-node serving, mostly user traffic, to disaggregated prefill "
                    + "and decode or expert-parallel serving across nodes)").withRange(0.20, 0.60);
            case MIXED -> new Figure("east-west", 0.60, "fraction", "default", "assumption: mixed clusters between training and inference"
                    + "; range 0.4-0.8 (assumption: between the inference and training defaults)").withRange(0.40, 0.80);
            case HPC -> new Figure("east-west", 0.85, "fraction", "default", "assumption: HPC jobs are east-west heavy like training"
                    + "; range 0.7-0.95 (assumption: as training)").withRange(0.70, 0.95);
        };
    }
}
