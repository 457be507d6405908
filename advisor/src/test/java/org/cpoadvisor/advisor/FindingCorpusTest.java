package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.FindingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * {@code ID-case.cpo}). The advice goes through the public {@link Advisor} API only.
 */
class FindingCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/findings");
    private static final Advisor ADVISOR = new Advisor();
    private static final Pattern EXPECT = Pattern.compile(
            "//\\s*expect finding:\\s*([a-z0-9-]+)(?:\\s+(error|warning|note))?(?:\\s+on\\s+(\\S+))?\\s*");
    private static final Pattern ALLOW = Pattern.compile("//\\s*allow finding:\\s*([a-z0-9-]+)\\s*");
    private static final Map<String, FindingKind> KINDS = Advisor.findingKinds().stream()
            .collect(Collectors.toMap(FindingKind::id, Function.identity()));

    /** One {@code expect} line: a finding's id, and its severity and subject where the line gives them. */
    record Expected(String id, String severity, String subject) {
        boolean matches(String id, String severity, String subject) {
            return this.id.equals(id) && (this.severity == null || this.severity.equals(severity))
                    && (this.subject == null || this.subject.equals(subject));
        }

        @Override
        public String toString() {
            return id + (severity == null ? "" : " " + severity) + (subject == null ? "" : " on " + subject);
        }
    }

    /** What a file states. */
    record Case(List<Expected> expected, Set<String> allowed) {
    }

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".cpo")).sorted().toList().stream();
        }
    }

    static Case read(Path file) throws IOException {
        List<Expected> expected = new ArrayList<>();
        Set<String> allowed = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            String t = line.strip();
            if (t.matches("//\\s*expect finding.*")) {
                Matcher m = EXPECT.matcher(t);
                assertThat(m.matches()).as(file + ": a well-formed expect line: " + t).isTrue();
                expected.add(new Expected(m.group(1), m.group(2), m.group(3)));
            } else if (t.matches("//\\s*allow finding.*")) {
                Matcher m = ALLOW.matcher(t);
                assertThat(m.matches()).as(file + ": a well-formed allow line: " + t).isTrue();
                allowed.add(m.group(1));
            }
        }
        return new Case(expected, allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theAdviceCarriesExactlyTheExpectedFindings(Path file) throws IOException {
        Case c = read(file);
        assertThat(c.expected()).as("the file states what it expects").isNotEmpty();
        for (Expected e : c.expected()) assertThat(KINDS).as(file + ": a built-in finding id").containsKey(e.id());
        assertThat(KINDS.keySet()).as(file + ": allowed ids are built-in ones").containsAll(c.allowed());

        Advice advice = ADVISOR.advise(file);
        assertThat(advice.diagnostics()).as(file + ": a corpus file is clean, so that it is advised on").isEmpty();

        List<Expected> open = new ArrayList<>(c.expected());
        List<String> unexpected = new ArrayList<>();
        for (FindingAdvice f : advice.findings()) {
            // the metadata's severity is the one a finding gets, unless the file says it is raised higher
            FindingKind kind = KINDS.get(f.id());
            assertThat(kind).as("every built-in finding has its kind: " + f.id()).isNotNull();
            String severity = severity(f);
            Expected match = open.stream().filter(e -> e.matches(f.id(), severity, f.subject())).findFirst().orElse(null);
            if (match != null) {
                open.remove(match);
                if (match.severity() == null) {
                    assertThat(severity).as(f.id() + " on " + f.subject() + ": its kind's severity").isEqualTo(kind.severity().word());
                }
            } else if (!c.allowed().contains(f.id())) {
                unexpected.add(f.id() + " " + severity + " on " + f.subject() + ": " + f.message());
            }
        }
        assertThat(unexpected).as(file + ": findings no expect or allow line names").isEmpty();
        assertThat(open).as(file + ": expected findings the advice does not carry").isEmpty();
    }

    /** A finding's severity as a word ({@code warning}), whether the advice holds it as a string or an enum. */
    private static String severity(FindingAdvice f) {
        return String.valueOf(f.severity()).toLowerCase(java.util.Locale.ROOT);
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

    /** The test reads what it should: a line it cannot parse fails, a finding left out fails. */
    @Test
    void theExpectationsAreNotVacuous(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.cpo");
        Files.writeString(file, "// expect finding: power-cap warning on s\n// allow finding: assumed-figures\n"
                + "// expect finding: fewer-tiers\narchitecture \"x\"\n");
        Case c = read(file);
        assertThat(c.expected()).containsExactly(new Expected("power-cap", "warning", "s"), new Expected("fewer-tiers", null, null));
        assertThat(c.allowed()).containsExactly("assumed-figures");
        assertThat(c.expected().get(0).matches("power-cap", "warning", "s")).isTrue();
        assertThat(c.expected().get(1).matches("fewer-tiers", "note", "s.c")).isTrue();
        assertThat(new Expected("power-cap", "error", null).matches("power-cap", "warning", "s")).isFalse();
        assertThat(new Expected("power-cap", null, "t").matches("power-cap", "warning", "s")).isFalse();
        assertThat(new Expected("power-cap", null, null).matches("fewer-tiers", "warning", "s")).isFalse();
    }
}
