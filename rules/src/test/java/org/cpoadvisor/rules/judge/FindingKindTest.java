package org.cpoadvisor.rules.judge;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finding metadata and the rules cannot drift apart: every kind is raised by a
 * built-in rule and every built-in finding is raised through its kind (so its id and
 * severity come from the table), and the list in {@code docs/advice.md} is the table's.
 * To rewrite the list after a change of the table: {@code -Ddocs.update=true}.
 */
class FindingKindTest {

    private static final Path DRL = Path.of("src/main/resources/org/cpoadvisor/rules/judge");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path DOC = Path.of("../docs/advice.md");
    static final String BEGIN = "<!-- finding list: generated from FindingKind (rules/…/judge/FindingKind.java);"
            + " FindingKindTest checks it, -Ddocs.update=true rewrites it -->";
    static final String END = "<!-- end of the finding list -->";

    private static final Pattern RAISED = Pattern.compile("FindingKind\\.([A-Z_]+)\\.(finding|escalated)\\(");

    private static TreeMap<String, String> drl() throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(DRL)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        assertThat(out).containsKeys("findings.drl", "verdicts.drl", "roadmap.drl");
        return out;
    }

    @Test
    void everyKindIsRaisedByARuleAndEveryBuiltInFindingThroughItsKind() throws IOException {
        Set<FindingKind> raised = EnumSet.noneOf(FindingKind.class);
        Set<FindingKind> escalated = EnumSet.noneOf(FindingKind.class);
        for (var e : drl().entrySet()) {
            String text = e.getValue();
            // a finding raised by its id alone would have no metadata, or a severity of its own
            assertThat(text).as(e.getKey()).doesNotContain("Checks.finding(").doesNotContain("new Finding(");
            Matcher m = RAISED.matcher(text);
            while (m.find()) {
                FindingKind k = FindingKind.valueOf(m.group(1));
                raised.add(k);
                if (m.group(2).equals("escalated")) escalated.add(k);
            }
        }
        assertThat(raised).as("every kind has a rule that raises it").isEqualTo(EnumSet.allOf(FindingKind.class));
        Set<FindingKind> canEscalate = EnumSet.noneOf(FindingKind.class);
        for (FindingKind k : FindingKind.values()) if (k.escalatedSeverity() != null) canEscalate.add(k);
        assertThat(escalated).as("a kind with an escalated severity is raised at it by some rule, and only such a kind")
                .isEqualTo(canEscalate);
    }

    @Test
    void noJavaCodeOfTheRulesMakesAFindingOutsideTheTable() throws IOException {
        try (Stream<Path> s = Files.walk(JAVA)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = p.getFileName().toString();
                if (name.equals("FindingKind.java") || name.equals("Checks.java")) continue; // Checks.finding: for rule packs
                assertThat(Files.readString(p)).as(p.toString()).doesNotContain("new Finding(");
            }
        }
    }

    @Test
    void theTableIsWellFormed() {
        Set<String> ids = new HashSet<>();
        for (FindingKind k : FindingKind.values()) {
            assertThat(ids.add(k.id())).as("unique id " + k.id()).isTrue();
            assertThat(k.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(k.name()).isEqualTo(k.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            assertThat(k.severity()).isIn("error", "warning", "note");
            if (k.escalatedSeverity() != null) {
                assertThat(rank(k.escalatedSeverity())).as(k.id() + " escalates upwards").isGreaterThan(rank(k.severity()));
            }
            assertThat(k.title()).isNotBlank().doesNotEndWith(".");
            assertThat(k.description()).isNotBlank().endsWith(".");
            assertThat(k.help()).isNotBlank().endsWith(".");
            assertThat(k.docs()).isEqualTo("advice.md#" + k.id());
            assertThat(FindingKind.byId(k.id())).contains(k);
        }
        assertThat(FindingKind.byId("acme-min-nic")).isEmpty();
    }

    @Test
    void aFindingTakesItsSeverityFromItsKind() {
        Finding plain = FindingKind.COOLING_PREREQUISITE.finding("s.c", "m", "r");
        assertThat(plain.getId()).isEqualTo("cooling-prerequisite");
        assertThat(plain.getSeverity()).isEqualTo("warning");
        assertThat(plain.getReasons()).containsExactly("r");
        assertThat(FindingKind.COOLING_PREREQUISITE.escalated(true, "s.c", "m").getSeverity()).isEqualTo("error");
        assertThat(FindingKind.COOLING_PREREQUISITE.escalated(false, "s.c", "m").getSeverity()).isEqualTo("warning");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FindingKind.FEWER_TIERS.escalated(true, "s.c", "m"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** The docs' finding list is generated from the table; every finding has its heading, whose anchor is its id. */
    @Test
    void theDocsListEveryFindingFromTheTable() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("docs/advice.md holds the generated list").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String expected = BEGIN + "\n\n" + list() + END;
        String actual = doc.substring(begin, end + END.length());
        if (Boolean.getBoolean("docs.update") && !actual.equals(expected)) {
            doc = doc.substring(0, begin) + expected + doc.substring(end + END.length());
            Files.writeString(DOC, doc);
            actual = expected;
        }
        assertThat(actual).as("docs/advice.md's finding list (rewrite with -Ddocs.update=true)").isEqualTo(expected);
        // the anchor each kind's docs() names is a heading of the page: GitHub's anchor of "### `id`" is the id
        for (FindingKind k : FindingKind.values()) {
            assertThat(doc).contains("\n### `" + k.id() + "`\n");
        }
    }

    /** The finding list as docs/advice.md shows it. */
    static String list() {
        StringBuilder sb = new StringBuilder();
        for (FindingKind k : FindingKind.values()) {
            sb.append("### `").append(k.id()).append("`\n\n");
            sb.append("**").append(Character.toUpperCase(k.title().charAt(0))).append(k.title().substring(1)).append("** — ")
                    .append(k.severity());
            if (k.escalatedSeverity() != null) sb.append(", or ").append(k.escalatedSeverity()).append(" as the description says");
            sb.append(".\n\n");
            sb.append(k.description()).append("\n\n");
            sb.append("*What to do:* ").append(k.help()).append("\n\n");
        }
        return sb.toString();
    }

    private static int rank(String severity) {
        return List.of("note", "warning", "error").indexOf(severity);
    }
}
