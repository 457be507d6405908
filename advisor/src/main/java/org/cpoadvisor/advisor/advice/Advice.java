package org.cpoadvisor.advisor.advice;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.diag.Suppression;

import java.util.List;
import java.util.Optional;

/**
 * The whole advice on one architecture, as immutable values: what every renderer
 * reads and what an embedding tool receives. No Drools or ANTLR type appears here.
 *
 * @param architecture the architecture's name ({@code null} when the file could not be read)
 * @param currency     the currency of every amount
 * @param files        the files read, the root first
 * @param diagnostics  problems in the files; with an error, there is no advice beyond them
 * @param policy       the thresholds judged by, defaults applied, one line each
 * @param clusters     one entry per cluster, in file order
 * @param findings     sorted by subject and id
 * @param roadmap      one entry per site, in file order
 * @param assumptions  the figures the advice rests on that are assumptions
 * @param suppressions the findings the files accept ({@code // cpo-ignore: ID reason}), in file order; a
 *                     suppressed finding stays in {@link #findings()} ({@link #suppression(FindingAdvice)})
 * @param baseline     what a CI check's baseline accepts of this advice, or {@code null} when no check
 *                     with a baseline made it
 */
public record Advice(String architecture, String currency, List<String> files, List<Diagnostic> diagnostics,
                     List<String> policy, List<ClusterAdvice> clusters, List<FindingAdvice> findings,
                     List<SiteRoadmap> roadmap, List<String> assumptions, List<Suppression> suppressions,
                     BaselineMarks baseline) {

    public Advice {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        policy = List.copyOf(policy);
        clusters = List.copyOf(clusters);
        findings = List.copyOf(findings);
        roadmap = List.copyOf(roadmap);
        assumptions = List.copyOf(assumptions);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    /** An advice without suppressions and without a baseline. */
    public Advice(String architecture, String currency, List<String> files, List<Diagnostic> diagnostics,
                  List<String> policy, List<ClusterAdvice> clusters, List<FindingAdvice> findings,
                  List<SiteRoadmap> roadmap, List<String> assumptions) {
        this(architecture, currency, files, diagnostics, policy, clusters, findings, roadmap, assumptions, List.of(), null);
    }

    /** The same advice with these suppressions. */
    public Advice withSuppressions(List<Suppression> accepted) {
        return new Advice(architecture, currency, files, diagnostics, policy, clusters, findings, roadmap, assumptions,
                accepted, baseline);
    }

    /** The same advice with other diagnostics. */
    public Advice withDiagnostics(List<Diagnostic> others) {
        return new Advice(architecture, currency, files, others, policy, clusters, findings, roadmap, assumptions,
                suppressions, baseline);
    }

    /** The same advice as a check with a baseline saw it ({@code null}: none). */
    public Advice withBaseline(BaselineMarks marks) {
        return new Advice(architecture, currency, files, diagnostics, policy, clusters, findings, roadmap, assumptions,
                suppressions, marks);
    }

    /**
     * The suppression in the files that silences a finding, the first in file order; empty when none does.
     * A suppression on a site covers the site's clusters too; one on the {@code architecture} statement, everything.
     */
    public Optional<Suppression> suppression(FindingAdvice f) {
        for (Suppression s : suppressions) {
            if (silences(s, f)) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** Whether a suppression silences a finding of this advice (a site's covers the site's clusters). */
    public boolean silences(Suppression s, FindingAdvice f) {
        if (!s.finding().equals(f.id())) return false;
        // a cluster's path starts with its site's name and a dot: only then is the cluster looked up
        boolean inSite = s.scope() == Suppression.Scope.SITE && f.subject().startsWith(s.subject() + ".");
        return s.covers(f.id(), f.subject(), inSite ? siteOf(f.subject()) : null);
    }

    /** The site of a cluster named by its path ({@code site.cluster}); {@code null} when it is no cluster's path. */
    public String siteOf(String subject) {
        for (ClusterAdvice c : clusters) {
            if (c.path().equals(subject)) return c.site();
        }
        return null;
    }

    /** Whether the files had errors, so that no advice was given. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * How many problems have a severity:
     * diagnostics of the files and findings of the advice together, as a CI check counts them.
     */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count()
                + findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The rule that made a decision and the facts (with thresholds) it read. */
    public record Explanation(String rule, List<String> facts) {
        public Explanation {
            facts = List.copyOf(facts);
        }
    }

    /**
     * The figures of one option of a cluster. Money in the architecture's currency, power in W.
     * Counts are over all planes.
     *
     * @param tiers      how many switch tiers the fabric has
     * @param planes     parallel planes (each GPU's bandwidth split evenly over them)
     * @param tierCounts the tiers, bottom up: leaf, then spine, or aggregation and core
     * @param boundaries the links between tiers, bottom up: gpu-leaf, then leaf-spine, or leaf-aggregation and aggregation-core
     * @param bill       the option's whole bill of materials: its extended prices add up to {@code capex}
     * @param cumulativeCost the cumulative cost at the end of each year 0..lifetime: the capex, then plus each
     *                   year's opex discounted to present value, so that the last is the TCO (docs/model.md section 3)
     * @param crossing   where this option's cumulative cost meets the baseline's; {@code null} for the baseline
     */
    public record OptionFigures(String option, String leafPlatform, String upperPlatform, int tiers, long switches,
                                long modules, long enginePorts, long links, double powerW, double capex,
                                double energyPerYear, double failuresPerYear, double lostGpuHoursPerYear,
                                double opexPerYear, double tco, Double saving, int year, int planes,
                                List<TierFigures> tierCounts, List<LinkFigures> boundaries, List<BomLine> bill,
                                Running running, List<Double> cumulativeCost, Crossing crossing) {
        public OptionFigures {
            tierCounts = List.copyOf(tierCounts);
            boundaries = List.copyOf(boundaries);
            bill = List.copyOf(bill);
            cumulativeCost = cumulativeCost == null ? List.of() : List.copyOf(cumulativeCost);
        }

        /** Figures without their cost curve (no chart is drawn for them). */
        public OptionFigures(String option, String leafPlatform, String upperPlatform, int tiers, long switches,
                             long modules, long enginePorts, long links, double powerW, double capex,
                             double energyPerYear, double failuresPerYear, double lostGpuHoursPerYear,
                             double opexPerYear, double tco, Double saving, int year, int planes,
                             List<TierFigures> tierCounts, List<LinkFigures> boundaries, List<BomLine> bill,
                             Running running) {
            this(option, leafPlatform, upperPlatform, tiers, switches, modules, enginePorts, links, powerW, capex,
                    energyPerYear, failuresPerYear, lostGpuHoursPerYear, opexPerYear, tco, saving, year, planes, tierCounts,
                    boundaries, bill, running, List.of(), null);
        }

        /** Figures whose running costs are all energy (no event, support or space counted), without a cost curve. */
        public OptionFigures(String option, String leafPlatform, String upperPlatform, int tiers, long switches,
                             long modules, long enginePorts, long links, double powerW, double capex,
                             double energyPerYear, double failuresPerYear, double lostGpuHoursPerYear,
                             double opexPerYear, double tco, Double saving, int year, int planes,
                             List<TierFigures> tierCounts, List<LinkFigures> boundaries, List<BomLine> bill) {
            this(option, leafPlatform, upperPlatform, tiers, switches, modules, enginePorts, links, powerW, capex,
                    energyPerYear, failuresPerYear, lostGpuHoursPerYear, opexPerYear, tco, saving, year, planes, tierCounts,
                    boundaries, bill, new Running(opexPerYear, 0, 0, 0, 0, 0, 0, 0));
        }

        /** The option {@link #option()} names, or {@code null} for a name that is none of them. */
        public OptionKind kind() {
            return OptionKind.of(option);
        }
    }

    /**
     * Where an option's cumulative cost ({@link OptionFigures#cumulativeCost()}) meets the baseline's, the
     * lines taken as straight between whole years.
     *
     * @param status how the lines meet
     * @param year   the year of the crossing ({@code BREAK_EVEN}, {@code UNTIL}); 0 otherwise
     * @param cost   the cumulative cost there; for {@code FROM_START} the option's capex; 0 for {@code NEVER}
     */
    public record Crossing(CrossingStatus status, double year, double cost) {
    }

    /**
     * What an option costs to run a year, item by item (docs/model.md section 3), and the events behind it.
     *
     * @param interruptions        the GPU-hours that stopped jobs lose, at the GPU-hour price
     * @param repair               parts consumed by hard failures
     * @param support              support contracts on switches and lasers
     * @param space                the switches' rack units
     * @param flapsPerYear         expected link flaps
     * @param interruptionsPerYear failures and flaps that stop the largest job
     * @param rackUnits            the switches' rack units
     */
    public record Running(double energy, double interruptions, double repair, double support, double space,
                          double flapsPerYear, double interruptionsPerYear, long rackUnits) {
    }

    /**
     * One switch tier of an option, over all planes.
     *
     * @param tier        {@code leaf}, {@code spine}, {@code aggregation} or {@code core}
     * @param cpo         whether the platform's optics are co-packaged
     * @param portsUsed   physical ports in use (a port broken out to two links counts once)
     * @param linksDown   links to the tier below (to the GPUs for the leaf)
     * @param linksUp     links to the tier above (0 at the top)
     * @param modules     pluggable modules in the tier's ports
     * @param enginePorts optical-engine ports in use
     */
    public record TierFigures(String tier, String platform, boolean cpo, long switches, long portsUsed, long linksDown,
                              long linksUp, long modules, long enginePorts) {
    }

    /**
     * The links between two tiers (or the GPUs and the leaf), over all planes.
     *
     * @param boundary    {@code gpu-leaf}, {@code leaf-spine}, {@code leaf-aggregation} or {@code aggregation-core}
     * @param modules     pluggable modules at the boundary's switch ends (the NICs' are in the {@code nic} bill line)
     * @param enginePorts optical-engine ports at its switch ends
     */
    public record LinkFigures(String boundary, long links, long modules, long enginePorts) {
    }

    /**
     * A break-even point: where the best CPO option's saving reaches min-saving.
     *
     * @param status whether and how the saving reaches min-saving in the range searched
     */
    public record BreakEven(String option, BreakEvenQuantity quantity, BreakEvenStatus status, Double value, double low, double high) {
    }

    /**
     * The advice on one cluster.
     *
     * @param sources the catalog sources of the figures used (accelerator, platforms, modules), as {@code "id field: source"}
     * @param lifetimeYears the lifetime the TCO figures cover, in whole years
     * @param discountRate the yearly rate the opex of the TCO figures is discounted at (0.08 for 8 %)
     * @param candidates every CPO platform of the catalog as a candidate in the year judged: taken, or left out and why
     */
    public record ClusterAdvice(String path, String site, String cluster, String workload, int gpus, String accelerator,
                                double nicGbps, String platform, Verdict verdict, String option, String cpoPlatform,
                                Integer year, String summary, List<String> reasons, Explanation explanation,
                                List<OptionFigures> options, Double payback, Integer cpoYear, Integer adoptionYear,
                                List<BreakEven> breakEvens, List<String> defaulted, SourceLocation location,
                                List<String> sources, int lifetimeYears, double discountRate, List<String> candidates) {
        public ClusterAdvice {
            candidates = candidates == null ? List.of() : List.copyOf(candidates);
            sources = List.copyOf(sources);
            reasons = List.copyOf(reasons);
            options = List.copyOf(options);
            breakEvens = List.copyOf(breakEvens);
            defaulted = List.copyOf(defaulted);
        }

        /** The advice on a cluster without its candidates' list. */
        public ClusterAdvice(String path, String site, String cluster, String workload, int gpus, String accelerator,
                             double nicGbps, String platform, Verdict verdict, String option, String cpoPlatform,
                             Integer year, String summary, List<String> reasons, Explanation explanation,
                             List<OptionFigures> options, Double payback, Integer cpoYear, Integer adoptionYear,
                             List<BreakEven> breakEvens, List<String> defaulted, SourceLocation location,
                             List<String> sources, int lifetimeYears, double discountRate) {
            this(path, site, cluster, workload, gpus, accelerator, nicGbps, platform, verdict, option, cpoPlatform, year,
                    summary, reasons, explanation, options, payback, cpoYear, adoptionYear, breakEvens, defaulted, location,
                    sources, lifetimeYears, discountRate, List.of());
        }
    }

    /** A finding: stable id, severity, subject and reasons. */
    public record FindingAdvice(String id, Severity severity, String subject, String message, List<String> reasons,
                                Explanation explanation, SourceLocation location) {
        public FindingAdvice {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One line of a bill of materials: one part at one place of the fabric.
     * {@code extendedPrice = quantity × unitPrice}, {@code powerW = quantity × unitPowerW}.
     *
     * @param category   {@code switch}, {@code optic}, {@code optic-spare}, {@code laser}, {@code laser-spare}, {@code fibre} or {@code service}
     * @param partNumber the maker's part number from the catalog, or {@code null} where unknown
     * @param place      {@code nic}, a tier ({@code leaf}, {@code spine}, {@code aggregation}, {@code core}), a tier
     *                   boundary for fibre ({@code gpu-leaf}, …), {@code spares} or {@code cluster}
     * @param cluster    on a roadmap stage's line, the cluster it is bought for ({@code site.cluster}); else {@code null}
     * @param option     on a roadmap stage's line, the option it is a slice of; else {@code null}
     */
    public record BomLine(String category, String catalogId, String partNumber, String place, String description,
                          long quantity, double unitPrice, double extendedPrice, double unitPowerW, double powerW,
                          String cluster, String option) {

        /** A line of an option's bill (no stage, so no cluster or option of its own). */
        public BomLine(String category, String catalogId, String partNumber, String place, String description,
                       long quantity, double unitPrice, double extendedPrice, double unitPowerW, double powerW) {
            this(category, catalogId, partNumber, place, description, quantity, unitPrice, extendedPrice, unitPowerW,
                    powerW, null, null);
        }
    }

    /** An action of a stage, with the rule that placed it. */
    public record Action(String text, String cluster, Explanation explanation) {
    }

    /** A stage of a site's roadmap. */
    public record Stage(StageKind kind, int year, List<Action> actions, List<BomLine> lines, double capex,
                        double opexChangePerYear) {
        public Stage {
            actions = List.copyOf(actions);
            lines = List.copyOf(lines);
        }
    }

    /** The roadmap of one site; {@code capex} is the sum of its stages'. */
    public record SiteRoadmap(String site, List<Stage> stages, double capex) {
        public SiteRoadmap {
            stages = List.copyOf(stages);
        }
    }
}
