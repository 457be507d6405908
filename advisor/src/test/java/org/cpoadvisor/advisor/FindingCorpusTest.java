package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.FindingKind;
import org.cpoadvisor.advisor.check.Expectations;
import org.cpoadvisor.advisor.check.Expectations.Expected;
import org.cpoadvisor.dsl.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of architecture files under {@code src/test/resources/findings}, one or
 * more per finding id, as the corpus of invalid files is for diagnostics. Each file
 * states, in comment lines, the findings the advice on it must carry, all of them and
 * nothing else:
 *
 * <pre>
 * // expect finding: cooling-prerequisite error on s.c   (id, then optionally severity and subject)
 * // expect finding: pluggable-refresh on s.c            (no severity: the kind's own)
 * // allow finding: assumed-figures                      (may appear, any number of times, anywhere)
 * </pre>
 *
 * Each {@code expect} line stands for one finding: two findings of one id and subject take
 * two lines. A file is named after the finding it is there for ({@code ID.cpo} or
 * {@code ID-case.cpo}). The advice goes through the public {@link Advisor} API only, and the
 * lines are read and matched by {@link Expectations}, as {@code cpo test} reads and matches them.
 */
class FindingCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/findings");
    private static final Advisor ADVISOR = new Advisor();
    private static final Map<String, FindingKind> KINDS = Advisor.findingKinds().stream()
            .collect(Collectors.toMap(FindingKind::id, Function.identity()));

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".cpo")).sorted().toList().stream();
        }
    }

    /** What a file states, read as {@code cpo test} reads it. */
    static Expectations read(Path file) throws IOException {
        Expectations e = Expectations.parse(Files.readString(file));
        assertThat(e.malformed()).as(file + ": well-formed expect and allow lines").isEmpty();
        return e;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theAdviceCarriesExactlyTheExpectedFindings(Path file) throws IOException {
        Expectations c = read(file);
        assertThat(c.expected()).as("the file states what it expects").isNotEmpty();
        for (Expected e : c.expected()) assertThat(KINDS).as(file + ": a built-in finding id").containsKey(e.id());
        assertThat(KINDS.keySet()).as(file + ": allowed ids are built-in ones").containsAll(c.allowed());

        Advice advice = ADVISOR.advise(file);
        assertThat(advice.diagnostics()).as(file + ": a corpus file is clean, so that it is advised on").isEmpty();
        for (FindingAdvice f : advice.findings()) {
            assertThat(KINDS.get(f.id())).as("every built-in finding has its kind: " + f.id()).isNotNull();
        }

        // the matcher cpo test uses (so that this test and the command cannot drift apart)
        Expectations.Outcome outcome = c.match(advice);
        assertThat(outcome.unexpected().stream().map(f -> f.id() + " " + f.severity().word() + " on " + f.subject() + ": " + f.message()))
                .as(file + ": findings no expect or allow line names").isEmpty();
        assertThat(outcome.missing()).as(file + ": expected findings the advice does not carry").isEmpty();
        // the metadata's severity is the one a finding gets, unless the file says it is raised higher
        for (Expectations.Match m : outcome.matched()) {
            if (m.expected().severity() == null) {
                assertThat(m.finding().severity()).as(m.finding().id() + " on " + m.finding().subject() + ": its kind's severity")
                        .isEqualTo(KINDS.get(m.finding().id()).severity());
            }
        }
    }

    /** Every finding id of the table has a corpus file named after it that expects it. */
    @Test
    void everyFindingKindHasItsCorpusFile() throws IOException {
        Set<String> covered = new HashSet<>();
        for (Path file : files().toList()) {
            String name = file.getFileName().toString().replaceFirst("\\.cpo$", "");
            for (Expected e : read(file).expected()) {
                if (name.equals(e.id()) || name.startsWith(e.id() + "-")) covered.add(e.id());
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(KINDS.keySet());
        assertThat(KINDS).hasSize(Advisor.findingKinds().size()); // ids are unique
    }

    /** The test reads what it should: a line it cannot parse is reported, a finding left out fails. */
    @Test
    void theExpectationsAreNotVacuous() {
        Expectations c = Expectations.parse("// expect finding: power-cap warning on s\n// allow finding: assumed-figures\n"
                + "// expect finding: fewer-tiers\narchitecture \"x\"\n// expect finding: on on on on\n//allow finding:\n");
        assertThat(c.expected()).containsExactly(new Expected("power-cap", Severity.WARNING, "s", 1), new Expected("fewer-tiers", null, null, 3));
        assertThat(c.allowed()).containsExactly("assumed-figures");
        assertThat(c.malformed()).containsExactly("line 5: // expect finding: on on on on", "line 6: //allow finding:");
        assertThat(c.expected().get(0).matches(finding("power-cap", Severity.WARNING, "s"))).isTrue();
        assertThat(c.expected().get(1).matches(finding("fewer-tiers", Severity.NOTE, "s.c"))).isTrue();
        assertThat(new Expected("power-cap", Severity.ERROR, null).matches(finding("power-cap", Severity.WARNING, "s"))).isFalse();
        assertThat(new Expected("power-cap", null, "t").matches(finding("power-cap", Severity.WARNING, "s"))).isFalse();
        assertThat(new Expected("power-cap", null, null).matches(finding("fewer-tiers", Severity.WARNING, "s"))).isFalse();
    }

    /** Each expect line takes one finding, the most specific line first; what is left over on either side fails. */
    @Test
    void eachLineTakesOneFindingTheMostSpecificFirst() {
        Expectations c = Expectations.parse("// expect finding: x\n// expect finding: x on a\n// allow finding: y\n");
        // x on a goes to the line naming a, x on b to the open one: both lines met
        Expectations.Outcome both = c.match(advice(finding("x", Severity.NOTE, "a"), finding("x", Severity.NOTE, "b"),
                finding("y", Severity.NOTE, "a"), finding("y", Severity.NOTE, "b")));
        assertThat(both.passed()).isTrue();
        assertThat(both.matched()).extracting(m -> m.expected().line() + ":" + m.finding().subject()).containsExactly("2:a", "1:b");
        // a third x is one too many; with only one x, the line naming a is missing
        Expectations.Outcome three = c.match(advice(finding("x", Severity.NOTE, "a"), finding("x", Severity.NOTE, "b"),
                finding("x", Severity.NOTE, "c")));
        assertThat(three.unexpected()).extracting(FindingAdvice::subject).containsExactly("c");
        Expectations.Outcome one = c.match(advice(finding("x", Severity.NOTE, "b")));
        assertThat(one.missing()).containsExactly(new Expected("x", null, "a", 2));
    }

    private static FindingAdvice finding(String id, Severity severity, String subject) {
        return new FindingAdvice(id, severity, subject, "m", List.of(), null, null);
    }

    private static Advice advice(FindingAdvice... findings) {
        return new Advice("x", "USD", List.of(), List.of(), List.of(), List.of(), List.of(findings), List.of(), List.of());
    }
}
