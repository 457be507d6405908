package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.BaselineMarks;
import org.cpoadvisor.advisor.check.Baseline;
import org.cpoadvisor.advisor.advice.FailOn;
import org.cpoadvisor.advisor.check.Problem;
import org.cpoadvisor.advisor.check.Problems;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Suppression;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link Advisor#check} found: the advice on each root file, every problem (each
 * diagnostic and finding, with its file), which of them the baseline accepts, which
 * fail, the counts by severity and the exit decision. Immutable.
 *
 * <p>A finding a {@code // cpo-ignore:} comment accepts is suppressed: it neither counts nor fails, and is
 * counted apart ({@link #suppressed()}). With a baseline, each advice carries {@link BaselineMarks} (which of
 * its problems the baseline accepts, and the baseline's stale entries) for the reports.
 */
public final class CheckResult {

    /**
     * One problem of one advice, in report order (an advice's diagnostics, then its findings).
     *
     * @param diagnostic the diagnostic, when the problem is one (else {@code null})
     * @param finding    the finding, when the problem is one (else {@code null})
     * @param baselined  whether the baseline accepts it: it neither counts nor fails
     * @param fails      whether it reaches the fail-on level (never when baselined or suppressed)
     * @param suppression the comment in the files that accepts the finding, or {@code null}: a suppressed
     *                   finding neither counts nor fails, baselined or not
     */
    public record Item(Advice advice, Problem problem, Diagnostic diagnostic, Advice.FindingAdvice finding,
                       boolean baselined, boolean fails, Suppression suppression) {

        /** An item no comment suppresses. */
        public Item(Advice advice, Problem problem, Diagnostic diagnostic, Advice.FindingAdvice finding,
                    boolean baselined, boolean fails) {
            this(advice, problem, diagnostic, finding, baselined, fails, null);
        }

        /** Whether a {@code // cpo-ignore:} comment accepts it. */
        public boolean suppressed() {
            return suppression != null;
        }
    }

    private final List<Advice> advices;
    private final List<List<Item>> items;
    private final List<String> unreadable;
    private final CheckOptions options;
    private final long errors;
    private final long warnings;
    private final long notes;
    private final long baselined;
    private final long failing;
    private final long suppressed;
    private final List<String> staleBaselineEntries;

    private CheckResult(List<Advice> advices, List<List<Item>> items, List<String> unreadable, CheckOptions options,
                        List<String> stale) {
        this.advices = List.copyOf(advices);
        this.items = List.copyOf(items);
        this.unreadable = List.copyOf(unreadable);
        this.options = options;
        long e = 0, w = 0, n = 0, b = 0, f = 0, s = 0;
        for (List<Item> of : items) {
            for (Item i : of) {
                if (i.suppressed()) {
                    s++;
                    continue;
                }
                if (i.baselined()) {
                    b++;
                    continue;
                }
                switch (i.problem().severity()) {
                    case "error" -> e++;
                    case "warning" -> w++;
                    default -> n++;
                }
                if (i.fails()) f++;
            }
        }
        this.errors = e;
        this.warnings = w;
        this.notes = n;
        this.baselined = b;
        this.failing = f;
        this.suppressed = s;
        this.staleBaselineEntries = List.copyOf(stale);
    }

    static CheckResult of(List<Advice> advices, List<String> unreadable, CheckOptions options) {
        Baseline accepted = options.baseline();
        FailOn level = options.failOn();
        List<List<Item>> items = new ArrayList<>();
        for (Advice a : advices) {
            items.add(items(a, accepted, level));
        }
        if (accepted == null) {
            return new CheckResult(advices, items, unreadable, options, List.of());
        }
        // with a baseline, each advice says which of its problems it accepts, and the first one which entries are stale
        List<String> stale = accepted.stale(items.stream().flatMap(List::stream).map(Item::problem).toList());
        List<Advice> marked = new ArrayList<>();
        List<List<Item>> markedItems = new ArrayList<>();
        for (int i = 0; i < advices.size(); i++) {
            Set<Diagnostic> diagnostics = new HashSet<>();
            Set<Advice.FindingAdvice> findings = new HashSet<>();
            for (Item item : items.get(i)) {
                if (!item.baselined()) continue;
                if (item.diagnostic() != null) diagnostics.add(item.diagnostic());
                if (item.finding() != null) findings.add(item.finding());
            }
            Advice a = advices.get(i).withBaseline(new BaselineMarks(accepted.name(), diagnostics, findings,
                    i == 0 ? stale : List.of()));
            marked.add(a);
            markedItems.add(items(a, accepted, level));
        }
        return new CheckResult(marked, markedItems, unreadable, options, stale);
    }

    private static List<Item> items(Advice a, Baseline accepted, FailOn level) {
        List<Item> of = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            of.add(item(a, Problems.of(a, d), d, null, null, accepted, level));
        }
        for (Advice.FindingAdvice f : a.findings()) {
            of.add(item(a, Problems.of(a, f), null, f, a.suppression(f).orElse(null), accepted, level));
        }
        return List.copyOf(of);
    }

    private static Item item(Advice a, Problem p, Diagnostic d, Advice.FindingAdvice f, Suppression s, Baseline accepted,
                             FailOn level) {
        boolean known = accepted != null && accepted.contains(p);
        return new Item(a, p, d, f, known, s == null && !known && level.fails(p.severity()), s);
    }

    /** The advice on each root file, in the order given (a file another one imports is part of its importer). */
    public List<Advice> advices() {
        return advices;
    }

    /** The options the check was made with. */
    public CheckOptions options() {
        return options;
    }

    /** Every problem of an advice of {@link #advices()}, in report order, baselined ones included. */
    public List<Item> items(Advice advice) {
        for (int i = 0; i < advices.size(); i++) {
            if (advices.get(i) == advice) return items.get(i);
        }
        return List.of();
    }

    /** Every problem of every advice, in report order, baselined ones included. */
    public List<Item> items() {
        return items.stream().flatMap(List::stream).toList();
    }

    /** Every problem, baselined ones included: what a new baseline records. */
    public List<Problem> problems() {
        return items().stream().map(Item::problem).toList();
    }

    /** The problems that reach the fail-on level and are not in the baseline. */
    public List<Item> failing() {
        return items().stream().filter(Item::fails).toList();
    }

    /**
     * The advice on each root file with only its problems outside the baseline (all of them without one):
     * what annotations of a CI run show, so that an accepted problem does not come back on every change.
     */
    public List<Advice> outsideBaseline() {
        if (options.baseline() == null) return advices;
        List<Advice> out = new ArrayList<>();
        for (int i = 0; i < advices.size(); i++) {
            Advice a = advices.get(i);
            List<Item> open = items.get(i).stream().filter(x -> !x.baselined()).toList();
            out.add(new Advice(a.architecture(), a.currency(), a.files(),
                    open.stream().map(Item::diagnostic).filter(java.util.Objects::nonNull).toList(), a.policy(), a.clusters(),
                    open.stream().map(Item::finding).filter(java.util.Objects::nonNull).toList(), a.roadmap(), a.assumptions()));
        }
        return List.copyOf(out);
    }

    /** Errors outside the baseline. */
    public long errors() {
        return errors;
    }

    /** Warnings outside the baseline. */
    public long warnings() {
        return warnings;
    }

    /** Notes outside the baseline. */
    public long notes() {
        return notes;
    }

    /** Problems the baseline accepts. */
    public long baselined() {
        return baselined;
    }

    /** Findings a {@code // cpo-ignore:} comment accepts (counted here, not as errors, warnings or notes). */
    public long suppressed() {
        return suppressed;
    }

    /**
     * The baseline's entries that match no problem of this check, as lines ({@code finding power-cap [sh-01] in
     * estate.cpo}), sorted; empty without a baseline. They do not fail the check; {@code --write-baseline} drops them.
     */
    public List<String> staleBaselineEntries() {
        return staleBaselineEntries;
    }

    /**
     * The problems a new baseline records: every problem, baselined ones included, but not the suppressed
     * findings, which their comments accept already (a baseline that recorded them would keep accepting them
     * once a comment is removed).
     */
    public List<Problem> baselineProblems() {
        return items().stream().filter(i -> !i.suppressed()).map(Item::problem).toList();
    }

    /** Whether a problem outside the baseline reaches the fail-on level. */
    public boolean fails() {
        return failing > 0;
    }

    /**
     * The files named to the check that could not be read at all (missing, not a regular file, no
     * permission, not UTF-8: {@link ReadResult#unreadable()}), as named; each also has its diagnostic
     * (CPO301, CPO307, CPO306) among the problems. Empty when every file named was read.
     */
    public List<String> unreadable() {
        return unreadable;
    }

    /**
     * The exit status of a check, as {@code cpo check} exits: 2 when a file named could not be read
     * ({@link #unreadable()}: an I/O error, whatever the other files hold), else 1 when it
     * {@link #fails()}, else 0.
     */
    public int exitCode() {
        return !unreadable.isEmpty() ? 2 : fails() ? 1 : 0;
    }

    /** Every file the check read: the root files and what they import, each once. */
    public List<Path> files() {
        Set<Path> all = new LinkedHashSet<>();
        advices.forEach(a -> a.files().forEach(f -> all.add(Path.of(f))));
        return List.copyOf(all);
    }

    /**
     * {@code 3 files, 1 error, 2 warnings, 5 notes}, then {@code , 1 suppressed} when comments accept findings,
     * then {@code  (2 in the baseline)} with a baseline ({@code  (2 in the baseline, 1 stale entry)} when entries
     * match nothing).
     */
    public String summary() {
        int stale = staleBaselineEntries.size();
        return Architectures.summary(advices.size(), errors, warnings) + (notes == 1 ? ", 1 note" : ", " + notes + " notes")
                + (suppressed == 0 ? "" : ", " + suppressed + " suppressed")
                + (options.baseline() == null ? "" : " (" + baselined + " in the baseline"
                + (stale == 0 ? "" : stale == 1 ? ", 1 stale entry" : ", " + stale + " stale entries") + ")");
    }
}
