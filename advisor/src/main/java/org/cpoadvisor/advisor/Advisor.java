package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.AdviceDiff;
import org.cpoadvisor.advisor.check.Expectations;
import org.cpoadvisor.advisor.check.FixtureResult;
import org.cpoadvisor.advisor.advice.FindingKind;
import org.cpoadvisor.advisor.advice.Tool;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.advisor.report.Renderers;
import org.cpoadvisor.advisor.report.SarifRenderer;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.parse.SourceMap;
import org.cpoadvisor.rules.Analysis;
import org.cpoadvisor.rules.Analyst;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.judge.Judge;
import org.cpoadvisor.rules.judge.RulePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Advises on architectures: reads them, sizes and prices every option, lets the
 * rules judge, and returns an {@link Advice}. Build one and share it: it holds no
 * per-call state, and each call uses its own rule session, so one {@code Advisor}
 * may serve any number of threads at once.
 *
 * <pre>{@code
 * Advisor advisor = new Advisor();                      // the built-in catalog, policy and rules
 * Advice advice = advisor.advise(Path.of("estate.cpo"));
 * advice.clusters().forEach(c -> System.out.println(c.path() + ": " + c.verdict()));
 * String sarif = Advisor.render(advice, "sarif");       // any of Advisor.formats()
 * }</pre>
 *
 * <p>With a {@link #builder() builder}, an advisor can also take an extra catalog
 * file, policy settings that override every file's {@code policy}, and rule packs
 * (extra DRL rules that add findings; see docs/rule-packs.md):
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builder()
 *         .catalog(Path.of("acme-catalog.cpo"))
 *         .policy("min-gpus 2048\nmin-saving 5 %")
 *         .rulePack(Path.of("rules/min-nic.drl"))
 *         .build();                                     // throws AdvisorSetupException with diagnostics
 * }</pre>
 *
 * <p>Everything is done once, in {@link Builder#build()}: the catalog and policy are
 * read and the rule packs compiled there, never per advice. No Drools or ANTLR type
 * appears in this API.
 */
public final class Advisor {

    /** Debug lines only (one an advisor, one an advice): an application turns them on in its own binding. */
    private static final Logger LOG = LoggerFactory.getLogger(Advisor.class);

    private final Catalog catalog;
    private final Policy policy;
    private final Analyst analyst;
    private final List<String> rulePacks;

    /** An advisor with the built-in catalog, the built-in policy and the built-in rules only. */
    public Advisor() {
        this(BuiltinCatalog.get(), Policy.NONE, null);
    }

    private Advisor(Catalog catalog, Policy policy, RulePack pack) {
        this.catalog = catalog;
        this.policy = policy;
        this.analyst = new Analyst(catalog, pack);
        this.rulePacks = pack == null ? List.of() : pack.files();
        LOG.debug("cpo-advisor {}: an advisor with {} catalog entries, policy overrides {}, rule packs {}",
                version(), catalog.entries().size(), !policy.equals(Policy.NONE), rulePacks);
    }

    /** A builder for an advisor with an extra catalog, policy overrides or rule packs. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a .cpo, .json or .yaml file (and its imports) against this advisor's catalog,
     * with every check, without advising: what {@link #advise(ReadResult)} then takes.
     * Reading through the advisor that advises keeps the two in agreement (an entry of an
     * extra catalog is known to both).
     */
    public ReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        return Architectures.read(file, catalog);
    }

    /** Reads text in the language, named {@code name} in diagnostics, against this advisor's catalog (no imports). */
    public ReadResult read(String source, String name) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        return Architectures.read(source, name, catalog);
    }

    /**
     * Reads text that is no file (standard input, an editor's buffer), named {@code name} in diagnostics,
     * against this advisor's catalog: its imports resolve against {@code importBase} (for standard input,
     * the working directory) and must stay inside it; {@code syntax} JSON, YAML or ({@code null}) the
     * language ({@link Syntax#sniff} tells them apart by their first lines).
     */
    public ReadResult read(String source, String name, Path importBase, Syntax syntax) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(importBase, "importBase");
        return Architectures.read(source, name, importBase, syntax, catalog);
    }

    /** The catalog this advisor reads and prices with: the built-in one, with the extra catalog laid over it. */
    public Catalog catalog() {
        return catalog;
    }

    /** The built-in catalog, with the source of every figure. */
    public static Catalog builtinCatalog() {
        return BuiltinCatalog.get();
    }

    /**
     * Starts reading the built-in catalog and loading the built-in rule base, each on a
     * thread of its own, so that the first advice of a short-lived process (a command line
     * run) waits less for them. Optional: an advisor loads them when first needed.
     */
    public static void warmUpInBackground() {
        BuiltinCatalog.warmUpInBackground();
        Judge.warmUpInBackground();
    }

    /**
     * The check of a CI run or a build: advises on the files as {@link #adviseAll} does and
     * weighs every diagnostic and finding against the options' fail-on level and baseline,
     * after giving findings the options' {@linkplain CheckOptions#severities() severities}
     * (a finding turned {@code off} is left out of the result and its reports).
     * The command line's {@code cpo check} and the Maven plugin both decide through it.
     */
    public CheckResult check(List<Path> files, CheckOptions options) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        List<Advice> advices = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Architectures.Checked c : Architectures.readAll(files, catalog)) {
            advices.add(advise(c.result()));
            if (c.result().unreadable()) unreadable.add(c.file().toString());
        }
        return CheckResult.of(SeverityOverrides.apply(advices, options.severities()), unreadable, options);
    }

    /**
     * The check of one architecture already read, as {@link #check(List, CheckOptions)} makes it: for text
     * that is no file ({@link #read(String, String, Path, Syntax)}, standard input), or a file read first.
     */
    public CheckResult check(ReadResult read, CheckOptions options) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(options, "options");
        String name = read.files().isEmpty() ? "" : read.files().get(0);
        return CheckResult.of(SeverityOverrides.apply(List.of(advise(read)), options.severities()),
                read.unreadable() ? List.of(name) : List.of(), options);
    }

    /** Reads a .cpo, .json or .yaml file (and its imports) and advises on it. */
    public Advice advise(Path file) {
        Objects.requireNonNull(file, "file");
        return advise(Architectures.read(file, catalog));
    }

    /**
     * Advises on text in the language, named {@code name} in diagnostics. The text
     * cannot import files: an {@code import} is reported as an error.
     */
    public Advice advise(String source, String name) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        return advise(Architectures.read(source, name, catalog));
    }

    /** Advises on a model built in code (no source places in the result). */
    public Advice advise(Architecture architecture) {
        Objects.requireNonNull(architecture, "architecture");
        return advise(Architectures.withFabricChecks(new ReadResult(architecture, SourceMap.EMPTY, List.of(), List.of()),
                catalog));
    }

    /**
     * Advises on what a read gave: diagnostics only when it has errors. For the command
     * line and the REPL, which read first with {@link #read(Path)} (the same catalog);
     * {@link Architectures} reads against the built-in catalog only.
     */
    public Advice advise(ReadResult read) {
        Objects.requireNonNull(read, "read");
        long start = System.nanoTime();
        Advice advice = adviseRead(read);
        if (LOG.isDebugEnabled()) {
            LOG.debug("advised on {}: {} clusters, {} findings, {} diagnostics ({} errors) in {} ms",
                    read.files().isEmpty() ? advice.architecture() : read.files().get(0), advice.clusters().size(),
                    advice.findings().size(), advice.diagnostics().size(), advice.count(Severity.ERROR),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return advice;
    }

    private Advice adviseRead(ReadResult read) {
        return SuppressionCheck.apply(adviseReadOnly(read), read.suppressions(), !rulePacks.isEmpty());
    }

    private Advice adviseReadOnly(ReadResult read) {
        if (read.hasErrors() || read.architecture() == null) {
            return AdviceAssembler.diagnosticsOnly(read);
        }
        Architecture architecture = withPolicy(read.architecture());
        Analysis analysis = analyst.analyse(architecture, read.sources());
        if (analysis.diagnostics().isEmpty()) {
            return AdviceAssembler.assemble(read, analysis);
        }
        // a rule pack that ran away or failed: its diagnostics join the file's
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(analysis.diagnostics());
        all.sort(Diagnostic.ORDER);
        ReadResult withPack = read.withDiagnostics(all);
        return withPack.hasErrors() ? AdviceAssembler.diagnosticsOnly(withPack) : AdviceAssembler.assemble(withPack, analysis);
    }

    /**
     * What each uncertain figure does to the advice on its own: a tornado per cluster and the values at
     * which verdicts change (docs/model.md section 9). A file with errors gives its diagnostics only.
     */
    public org.cpoadvisor.advisor.advice.Sensitivity sensitivity(ReadResult read) {
        Objects.requireNonNull(read, "read");
        return Uncertainty.sensitivity(this, read);
    }

    /**
     * A Monte Carlo sweep over every uncertain figure at once (docs/model.md section 9), on
     * {@code options.threads()} threads; the same seed gives the same summary on any number of threads.
     */
    public org.cpoadvisor.advisor.advice.SweepSummary sweep(ReadResult read, SweepOptions options) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(options, "options");
        return Uncertainty.sweep(this, read, options);
    }

    /**
     * The scenarios {@code from} (inclusive) to {@code to} (exclusive) of a sweep, tallied on this thread:
     * the part of a sweep one worker does (a thread here, a Spark task in {@code sweep-spark}). Tallies of
     * the parts merge ({@link SweepTally#merge}) into the whole; {@link #summarize} summarises it. The file
     * must read without errors.
     */
    public SweepTally sweepPart(ReadResult read, SweepOptions options, long from, long to) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(options, "options");
        return Uncertainty.part(this, read, options, from, to);
    }

    /** The summary of a sweep whose scenarios are all in {@code tally} (made by {@link #sweepPart} and merged). */
    public org.cpoadvisor.advisor.advice.SweepSummary summarize(ReadResult read, SweepOptions options, SweepTally tally) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(tally, "tally");
        return Uncertainty.summarize(this, read, options, tally);
    }

    /**
     * Advises on several files as a CI check names them (a folder's files, a glob): a
     * file that another of them imports is a fragment, advised on as part of its
     * importer and not alone. One advice per root file, in the order given.
     */
    public List<Advice> adviseAll(List<Path> files) {
        List<Advice> out = new ArrayList<>();
        for (Architectures.Checked c : Architectures.readAll(files, catalog)) {
            out.add(advise(c.result()));
        }
        return List.copyOf(out);
    }

    /**
     * What a change does to the advice: {@code before} and {@code after} (two versions of one
     * architecture, advised on by the same advisor) compared cluster by cluster, site by site,
     * finding by finding and bill line by bill line. What {@code cpo diff} and the REPL's
     * {@code diff} draw.
     */
    public static AdviceDiff diff(Advice before, Advice after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return AdviceComparison.of(before, after);
    }

    /**
     * Runs test fixtures (docs/rule-packs.md, "Testing a pack"): advises on each file, with this
     * advisor's rules and packs, and matches the findings to the file's {@code // expect finding:}
     * and {@code // allow finding:} lines ({@link Expectations}). A file that another of them
     * imports is a fragment, not a fixture. What {@code cpo test} runs.
     *
     * @throws IOException when a file cannot be read
     */
    public List<FixtureResult> test(List<Path> fixtures) throws IOException {
        List<FixtureResult> out = new ArrayList<>();
        for (Architectures.Checked c : Architectures.readAll(fixtures, catalog)) {
            Expectations e = Expectations.parse(Files.readString(c.file()));
            Advice advice = advise(c.result());
            List<String> problems = new ArrayList<>();
            e.malformed().forEach(m -> problems.add("not an expectation (// expect finding: ID [SEVERITY] [on SUBJECT]), " + m));
            long errors = advice.diagnostics().stream().filter(Diagnostic::isError).count();
            if (advice.hasErrors()) {
                problems.add("the file has " + errors + (errors == 1 ? " error" : " errors") + ", so no advice: "
                        + advice.diagnostics().stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::summary).orElse(""));
            }
            out.add(new FixtureResult(c.file(), advice, e, e.match(advice), problems));
        }
        return List.copyOf(out);
    }

    /** The names of the rule packs this advisor runs, in the order given; empty for the built-in rules only. */
    public List<String> rulePacks() {
        return rulePacks;
    }

    /**
     * The renderer of a report format: {@code text}, {@code markdown}, {@code json},
     * {@code sarif}, {@code github}, {@code junit}, {@code csv} or {@code html} (see {@link #formats()}).
     * Text is without colour; JUnit test cases fail at errors.
     *
     * @throws IllegalArgumentException for a format that does not exist
     */
    public static Renderer renderer(String format) {
        return renderer(format, "error");
    }

    /**
     * The renderer of a report format; {@code failOn} ({@code error}, {@code warning},
     * {@code note} or {@code never}) is the severity from which a JUnit test case fails.
     *
     * @throws IllegalArgumentException for a format or level that does not exist
     */
    public static Renderer renderer(String format, String failOn) {
        return renderer(format, failOn, false);
    }

    /**
     * The renderer of a report format; {@code failOn} as for {@link #renderer(String, String)}; with
     * {@code color}, the text report colours verdicts and severities for a terminal (ANSI). Reports that
     * name the tool name this build ({@link #tool()}).
     *
     * @throws IllegalArgumentException for a format or level that does not exist
     */
    public static Renderer renderer(String format, String failOn, boolean color) {
        Objects.requireNonNull(format, "format");
        String level = failOn == null ? "error" : failOn.toLowerCase(Locale.ROOT);
        if (!List.of("error", "warning", "note", "never").contains(level)) {
            throw new IllegalArgumentException("failOn takes error, warning, note or never, not `" + failOn + "`");
        }
        return Renderers.byName(TOOL, format.toLowerCase(Locale.ROOT), color, level).orElseThrow(() -> new IllegalArgumentException(
                "unknown format `" + format + "`; formats: " + String.join(", ", Renderers.names())));
    }

    /**
     * The SARIF renderer with places relative to {@code sourceRoot} (the repository root, for code
     * scanning), naming this build ({@link #tool()}).
     */
    public static Renderer sarifRenderer(Path sourceRoot) {
        return new SarifRenderer(TOOL, Objects.requireNonNull(sourceRoot, "sourceRoot"));
    }

    /**
     * An advice as a report in a format of {@link #formats()}: {@code text} (no colour),
     * {@code markdown}, {@code json} (schema {@code cpo-advice/2}), {@code sarif}, {@code github}
     * (GitHub Actions workflow commands: annotations), {@code junit},
     * {@code csv} or {@code html}; the same as {@code renderer(format).render(advice)}.
     *
     * @throws IllegalArgumentException for a format that does not exist
     */
    public static String render(Advice advice, String format) {
        Objects.requireNonNull(advice, "advice");
        return renderer(format).render(advice);
    }

    /** The names of the report formats, in a fixed order. */
    public static List<String> formats() {
        return Renderers.names();
    }

    /**
     * The version of cpo-advisor, as the build wrote it (the project's version, e.g.
     * {@code 0.1.0-SNAPSHOT}): what {@code cpo --version} prints and SARIF reports carry
     * as {@code tool.driver.version}. {@code unknown} only for classes built outside Maven.
     */
    public static String version() {
        return BuildVersion.VALUE;
    }

    /**
     * Every kind of finding the built-in rules raise, in a fixed order: its id, title,
     * usual severity, what it means, what to do, and its entry in the docs. Rule packs'
     * findings have no kind.
     */
    public static List<FindingKind> findingKinds() {
        return TOOL.findingKinds();
    }

    /**
     * What reports say about this build of the tool: its {@link #version()}, its {@link #docsUrl()}
     * and its {@link #findingKinds()}, as one value the renderers take.
     */
    public static Tool tool() {
        return TOOL;
    }

    private static final Tool TOOL = new Tool(BuildVersion.VALUE, BuildVersion.DOCS,
            Arrays.stream(org.cpoadvisor.rules.judge.FindingKind.values())
                    .map(k -> new FindingKind(k.id(), k.title(), Severity.valueOf(k.severity().toUpperCase(Locale.ROOT)),
                            k.description(), k.help(), k.docs()))
                    .toList());

    /**
     * Where the {@code docs/} folder of this version is published, as an absolute URL ending
     * in {@code /}, when the build was given one (the parent pom's {@code cpo.docs.url}); SARIF
     * reports link each rule's docs from it ({@code helpUri}). Empty when there is none.
     */
    public static Optional<String> docsUrl() {
        return Optional.ofNullable(BuildVersion.DOCS);
    }

    /** The architecture under this advisor's policy overrides (the builder's), ranges and all. */
    Architecture withPolicy(Architecture a) {
        if (policy.equals(Policy.NONE)) return a;
        Policy under = a.policy() == null ? Policy.NONE : a.policy();
        return a.withPolicy(merge(under, policy));
    }

    Analyst analyst() {
        return analyst;
    }

    Catalog builtin() {
        return catalog;
    }

    /** {@code over}'s settings where it has them, else {@code under}'s. */
    static Policy merge(Policy under, Policy over) {
        return over.over(under);
    }

    /**
     * Builds an {@link Advisor}. Every setting may be given more than once: catalogs
     * and policies are laid over each other in the order given (the later wins), and
     * all rule packs run together. Not thread-safe; the advisor it builds is.
     */
    public static final class Builder {

        private final List<Path> catalogs = new ArrayList<>();
        private final List<String[]> policies = new ArrayList<>();
        private final List<Object[]> packs = new ArrayList<>();
        private int maxRuleFirings = RulePack.DEFAULT_MAX_FIRINGS;

        private Builder() {
        }

        /**
         * An extra catalog: a file in the language holding {@code catalog} blocks (a
         * fragment, as an import is). Its entries extend the built-in catalog and
         * replace built-in entries of the same kind and id, for every file advised; a
         * file's own {@code catalog} block still wins over it. Other blocks in it are ignored.
         */
        public Builder catalog(Path extraCatalogFile) {
            catalogs.add(Objects.requireNonNull(extraCatalogFile, "extraCatalogFile"));
            return this;
        }

        /**
         * Policy settings in the language, which override the {@code policy} of every file
         * advised: either the properties alone ({@code "min-gpus 2048\nmin-saving 5 %"})
         * or a whole block ({@code "policy { min-gpus 2048 }"}). docs/language.md lists
         * the properties.
         */
        public Builder policy(String policyOverrides) {
            policies.add(new String[]{Objects.requireNonNull(policyOverrides, "policyOverrides"), "policy"});
            return this;
        }

        /**
         * Policy settings as property and value, in the language's words:
         * {@code Map.of("min-gpus", "2048", "min-saving", "5 %", "require-liquid-cooling", "false")}.
         */
        public Builder policy(Map<String, String> policyOverrides) {
            Objects.requireNonNull(policyOverrides, "policyOverrides");
            StringBuilder text = new StringBuilder();
            new LinkedHashMap<>(policyOverrides).forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
            policies.add(new String[]{text.toString(), "policy"});
            return this;
        }

        /**
         * A rule pack: a DRL file whose rules run after the built-in ones, on the same
         * facts and the built-in results, and insert findings of their own
         * (docs/rule-packs.md). A rule pack is code: load only files you trust.
         */
        public Builder rulePack(Path drlFile) {
            packs.add(new Object[]{Objects.requireNonNull(drlFile, "drlFile")});
            return this;
        }

        /** A rule pack given as DRL text, named {@code name} in diagnostics. */
        public Builder rulePack(String drl, String name) {
            packs.add(new Object[]{Objects.requireNonNull(drl, "drl"), Objects.requireNonNull(name, "name")});
            return this;
        }

        /**
         * How many rule firings the rule packs may take per advice (default 100,000); past
         * it the pack is stopped and the advice has an error CPO311 instead.
         */
        public Builder maxRuleFirings(int firings) {
            if (firings < 1) throw new IllegalArgumentException("maxRuleFirings must be at least 1, not " + firings);
            this.maxRuleFirings = firings;
            return this;
        }

        /**
         * Reads the catalogs and policies and compiles the rule packs, once.
         *
         * @throws AdvisorSetupException with every problem found, as diagnostics
         *                               (CPO310 for a rule pack that does not compile)
         */
        public Advisor build() {
            List<Diagnostic> problems = new ArrayList<>();
            Catalog catalog = BuiltinCatalog.get();
            for (Path p : catalogs) {
                String text = SetupFiles.readText(p, "catalog", problems);
                if (text == null) continue;
                ReadResult r = BuiltinCatalog.reader().readFragment(text, p.toString());
                problems.addAll(SetupFiles.errors(r, 0));
                if (!r.hasErrors() && r.architecture() != null) {
                    // its entries and the ranges of their figures (docs/model.md section 9)
                    catalog = catalog.with(r.architecture().catalog(), r.architecture().ranges());
                }
            }
            Policy policy = Policy.NONE;
            for (String[] p : policies) {
                String text = p[0];
                boolean block = text.strip().replaceAll("(?s)^(//[^\n]*\n|/\\*.*?\\*/|\\s)*", "").startsWith("policy");
                ReadResult r = BuiltinCatalog.reader().readFragment(block ? text : "policy {\n" + text + "\n}\n", p[1]);
                problems.addAll(SetupFiles.errors(r, block ? 0 : 1));
                if (!r.hasErrors() && r.architecture() != null && r.architecture().policy() != null) {
                    policy = merge(policy, r.architecture().policy());
                }
            }
            RulePack pack = null;
            if (!packs.isEmpty()) {
                List<RulePack.Source> sources = new ArrayList<>();
                for (Object[] p : packs) {
                    if (p.length == 2) {
                        sources.add(new RulePack.Source((String) p[1], (String) p[0]));
                    } else {
                        String text = SetupFiles.readText((Path) p[0], "rule pack", problems);
                        if (text != null) sources.add(new RulePack.Source(p[0].toString(), text));
                    }
                }
                if (problems.isEmpty()) {
                    RulePack.Compiled compiled = RulePack.compile(sources, maxRuleFirings);
                    problems.addAll(compiled.diagnostics());
                    pack = compiled.pack();
                }
            }
            if (!problems.isEmpty()) {
                throw new AdvisorSetupException(problems);
            }
            return new Advisor(catalog, policy, pack);
        }
    }
}
