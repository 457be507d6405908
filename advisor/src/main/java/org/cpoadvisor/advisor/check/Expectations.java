package org.cpoadvisor.advisor.check;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.dsl.diag.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a test fixture (an architecture file, docs/rule-packs.md "Testing a pack") states about the
 * findings of the advice on it, in comment lines:
 *
 * <pre>
 * // expect finding: cooling-prerequisite error on s.c   (id, then optionally severity and subject)
 * // expect finding: pluggable-refresh on s.c            (no severity: any)
 * // allow finding: assumed-figures                      (may appear, any number of times, anywhere)
 * </pre>
 *
 * Each {@code expect} line stands for one finding: two findings of one id and subject take two
 * lines. The advice must carry every expected finding and nothing else but allowed ones.
 * {@code cpo test} and the tests of the built-in rules' corpus both judge through {@link #match}.
 *
 * @param expected  the {@code expect} lines, in file order
 * @param allowed   the ids of the {@code allow} lines
 * @param malformed each line that starts like an {@code expect} or {@code allow} line but is not one, as
 *                  {@code line N: text}
 */
public record Expectations(List<Expected> expected, Set<String> allowed, List<String> malformed) {

    private static final String ID = "([A-Za-z0-9][A-Za-z0-9._-]*)";
    private static final Pattern EXPECT = Pattern.compile(
            "//\\s*expect finding:\\s*" + ID + "(?:\\s+(error|warning|note))?(?:\\s+on\\s+(\\S+))?\\s*");
    private static final Pattern ALLOW = Pattern.compile("//\\s*allow finding:\\s*" + ID + "\\s*");
    private static final Pattern EXPECT_LIKE = Pattern.compile("//\\s*expect\\s+finding\\b.*");
    private static final Pattern ALLOW_LIKE = Pattern.compile("//\\s*allow\\s+finding\\b.*");

    public Expectations {
        expected = List.copyOf(expected);
        allowed = Set.copyOf(allowed);
        malformed = List.copyOf(malformed);
    }

    /**
     * One {@code expect} line: a finding's id, and its severity and subject where the line gives them.
     *
     * @param severity {@code null}: any severity
     * @param subject  {@code null}: any subject
     * @param line     the line of the fixture it is on (1-based; 0 when made in code)
     */
    public record Expected(String id, Severity severity, String subject, int line) {

        public Expected(String id, Severity severity, String subject) {
            this(id, severity, subject, 0);
        }

        public boolean matches(FindingAdvice f) {
            return id.equals(f.id()) && (severity == null || severity == f.severity())
                    && (subject == null || subject.equals(f.subject()));
        }

        /** How many of severity and subject the line gives: the more, the sooner a finding is matched to it. */
        int specificity() {
            return (severity == null ? 0 : 1) + (subject == null ? 0 : 1);
        }

        /** As the line states it: {@code power-cap warning on s}. */
        @Override
        public String toString() {
            return id + (severity == null ? "" : " " + severity.name().toLowerCase(Locale.ROOT)) + (subject == null ? "" : " on " + subject);
        }
    }

    /** A finding of the advice and the {@code expect} line it answers. */
    public record Match(Expected expected, FindingAdvice finding) {
    }

    /**
     * How an advice meets the expectations.
     *
     * @param missing    the expected findings the advice does not carry
     * @param unexpected the findings no {@code expect} or {@code allow} line names
     * @param matched    each expected finding found, with the finding
     */
    public record Outcome(List<Expected> missing, List<FindingAdvice> unexpected, List<Match> matched) {
        public Outcome {
            missing = List.copyOf(missing);
            unexpected = List.copyOf(unexpected);
            matched = List.copyOf(matched);
        }

        public boolean passed() {
            return missing.isEmpty() && unexpected.isEmpty();
        }
    }

    /** Reads the expectation lines of a fixture's text; other lines are the architecture's. */
    public static Expectations parse(String text) {
        List<Expected> expected = new ArrayList<>();
        Set<String> allowed = new TreeSet<>();
        List<String> malformed = new ArrayList<>();
        int n = 0;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            n++;
            String t = raw.strip();
            if (EXPECT_LIKE.matcher(t).matches()) {
                Matcher m = EXPECT.matcher(t);
                if (m.matches()) {
                    Severity s = m.group(2) == null ? null : Severity.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                    expected.add(new Expected(m.group(1), s, m.group(3), n));
                } else {
                    malformed.add("line " + n + ": " + t);
                }
            } else if (ALLOW_LIKE.matcher(t).matches()) {
                Matcher m = ALLOW.matcher(t);
                if (m.matches()) allowed.add(m.group(1));
                else malformed.add("line " + n + ": " + t);
            }
        }
        return new Expectations(expected, allowed, malformed);
    }

    /**
     * Matches the advice's findings to the {@code expect} lines, each line to one finding: a finding
     * goes to the most specific open line it matches (severity and subject given before either, before
     * neither), else it must be allowed.
     */
    public Outcome match(Advice advice) {
        List<Expected> open = new ArrayList<>(expected);
        List<FindingAdvice> unexpected = new ArrayList<>();
        List<Match> matched = new ArrayList<>();
        for (FindingAdvice f : advice.findings()) {
            Expected e = open.stream().filter(x -> x.matches(f))
                    .max(Comparator.comparingInt(Expected::specificity).thenComparing(x -> -open.indexOf(x)))
                    .orElse(null);
            if (e != null) {
                open.remove(e);
                matched.add(new Match(e, f));
            } else if (!allowed.contains(f.id())) {
                unexpected.add(f);
            }
        }
        return new Outcome(open, unexpected, matched);
    }
}
