package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpoadvisor.advisor.cli.CliTest.cpo;

/**
 * Issue 15, items 3 and 4, through {@code cpo check}: {@code // cpo-ignore:} comments, and baselines keyed by
 * what the user wrote. Every case starts from samples/air-cooled-cpo-plan.cpo, whose check gives, unsuppressed:
 * the error cooling-prerequisite and the notes fewer-tiers, pluggable-refresh and vendor-change, all about
 * chi-3.b300-train (placed at 46:11, its name), and the note assumed-figures about the catalog (no place):
 * {@code 1 file, 1 error, 0 warnings, 4 notes}. Its `architecture` is line 20, `policy {` line 33,
 * `site "chi-3" {` line 39, `staff on-site` line 44, `cluster "b300-train" {` line 46.
 */
class SuppressionsAndBaselinesTest {

    static final Path AIR = Path.of(CheckCommandTest.AIR);
    static final String CLUSTER = "  cluster \"b300-train\" {";

    /** The sample with each pair of {@code replacements} (text, its replacement) applied once, as dir/name. */
    static Path sample(Path dir, String name, String... replacements) throws IOException {
        String text = Files.readString(AIR);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    @Test
    void suppressedFindingsNeitherCountNorFailAndAreCountedApart(@TempDir Path dir) throws IOException {
        // the cluster's own line, its site (which covers its clusters) and the architecture statement (everything)
        Path f = sample(dir, "estate.cpo",
                CLUSTER, CLUSTER + "  // cpo-ignore: cooling-prerequisite the liquid loop is funded for 2026",
                "site \"chi-3\" {", "// cpo-ignore: vendor-change NVIDIA is qualified here since 2024\nsite \"chi-3\" {",
                "architecture \"Lakeshore Compute\"", "architecture \"Lakeshore Compute\"  // cpo-ignore: assumed-figures our quotes");
        CliTest.Run r = cpo("check", f.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        // left: the notes fewer-tiers and pluggable-refresh, listed; the three suppressed ones are not
        assertThat(r.out()).contains("note fewer-tiers").contains("note pluggable-refresh")
                .doesNotContain("cooling-prerequisite").doesNotContain("vendor-change").doesNotContain("assumed-figures")
                .endsWith("1 file, 0 errors, 0 warnings, 2 notes, 3 suppressed\n");
        assertThat(cpo("check", f.toString(), "--fail-on", "note").exit()).as("the notes left still fail at note").isEqualTo(1);
    }

    @Test
    void aSuppressionOnTheCatalogBlockCoversTheCatalogsFinding(@TempDir Path dir) throws IOException {
        Path f = sample(dir, "estate.cpo", "policy {",
                "// cpo-ignore: assumed-figures the assumed prices are our own quotes\ncatalog {\n}\n\npolicy {");
        CliTest.Run r = cpo("check", f.toString());
        assertThat(r.out()).doesNotContain("assumed-figures").endsWith("1 file, 1 error, 0 warnings, 3 notes, 1 suppressed\n");
    }

    @Test
    void aSuppressionWithoutAReasonIsAnError(@TempDir Path dir) throws IOException {
        Path f = sample(dir, "estate.cpo", CLUSTER, CLUSTER + "  // cpo-ignore: cooling-prerequisite");
        CliTest.Run r = cpo("check", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        // `  cluster "b300-train" {` is 24 characters, two spaces, then the comment at column 27
        assertThat(r.out()).contains(f + ":46:27: error CPO230: the suppression of `cooling-prerequisite` gives no reason")
                .contains("hint: say after the id why the finding is accepted")
                .endsWith("1 file, 1 error, 0 warnings, 0 notes\n");
        assertThat(r.out() + r.err()).doesNotContain("Exception");

        Path noColon = sample(dir, "b.cpo", CLUSTER, "  // cpo-ignore cooling-prerequisite funded\n" + CLUSTER);
        assertThat(cpo("check", noColon.toString()).out())
                .contains(noColon + ":46:3: error CPO230: `cpo-ignore` without a colon is no suppression");
    }

    @Test
    void anUnknownIdIsAWarningWithDidYouMean(@TempDir Path dir) throws IOException {
        Path f = sample(dir, "estate.cpo", CLUSTER, "  // cpo-ignore: cooling-prereq the loop is funded\n" + CLUSTER);
        CliTest.Run r = cpo("check", f.toString());
        // nothing is silenced: the error stays, and the comment is a warning of its own
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(f + ":46:3: warning CPO231: `cooling-prereq` is the id of no finding")
                .contains("hint: did you mean `cooling-prerequisite`?")
                .contains("error cooling-prerequisite")
                .endsWith("1 file, 1 error, 1 warning, 4 notes\n");
    }

    @Test
    void aSuppressionThatSilencesNothingIsAStaleWarning(@TempDir Path dir) throws IOException {
        // power-cap is a finding the built-in rules raise, but not on this site (56 MW holds the cluster)
        Path f = sample(dir, "estate.cpo", "site \"chi-3\" {", "site \"chi-3\" {  // cpo-ignore: power-cap the cap rises in 2027");
        CliTest.Run r = cpo("check", f.toString(), "--fail-on", "warning");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(f + ":39:17: warning CPO232: the suppression of `power-cap` on site `chi-3` silences nothing: "
                        + "there is no such finding there")
                .contains("hint: remove it: the finding is gone")
                .endsWith("1 file, 1 error, 1 warning, 4 notes\n");
    }

    @Test
    void aSuppressionBeforeAnythingElseIsAWarning(@TempDir Path dir) throws IOException {
        Path f = sample(dir, "estate.cpo", "policy {", "// cpo-ignore: cooling-prerequisite the loop is funded\npolicy {");
        CliTest.Run r = cpo("check", f.toString());
        assertThat(r.out()).contains(f + ":33:1: warning CPO233: the suppression of `cooling-prerequisite` stands before no site, "
                        + "cluster, catalog or architecture statement, and silences nothing")
                .contains("error cooling-prerequisite")
                .endsWith("1 file, 1 error, 1 warning, 4 notes\n");
    }

    @Test
    void aBaselineSurvivesMovingTheCheckoutMovedLinesAndReworded(@TempDir Path dir) throws IOException {
        // a repository with the architecture in arch/ and the baseline in ci/; a diagnostic too (staff set twice)
        Path repo = dir.resolve("repo");
        Path arch = sample(repo, "arch/estate.cpo", "  staff on-site\n", "  staff on-site\n  staff on-site\n");
        Path base = repo.resolve("ci/cpo-baseline.json");
        Files.createDirectories(base.getParent());
        CliTest.Run first = cpo("check", arch.toString(), "--write-baseline", base.toString());
        assertThat(first.out()).endsWith("1 file, 1 error, 1 warning, 4 notes\n");
        String written = Files.readString(base);
        assertThat(written).contains("\"schema\" : \"cpo-baseline/2\"")
                .contains("\"file\" : \"../arch/estate.cpo\"")       // relative to the baseline's folder
                .contains("\"source\" : \"staff on-site\"")           // the diagnostic by its line's text
                .contains("\"subject\" : \"chi-3.b300-train\"")
                .doesNotContain(dir.toString());                      // no absolute path

        // the checkout moves; lines move down two; the cooling changes, and with it cooling-prerequisite's message
        Path moved = Files.move(repo, dir.resolve("elsewhere"));
        Path movedArch = moved.resolve("arch/estate.cpo");
        Files.writeString(movedArch, "// moved\n// down\n" + Files.readString(movedArch).replace("cooling air ", "cooling hybrid "));
        CliTest.Run again = cpo("check", movedArch.toString(), "--baseline", moved.resolve("ci/cpo-baseline.json").toString(),
                "--fail-on", "note");
        assertThat(again.exit()).as(again.out()).isZero();
        assertThat(again.out()).isEqualTo("1 file, 0 errors, 0 warnings, 0 notes (6 in the baseline)\n");
    }

    @Test
    void staleEntriesAreReportedAndDroppedByWriteBaseline(@TempDir Path dir) throws IOException {
        Path arch = sample(dir, "estate.cpo", "  staff on-site\n", "  staff on-site\n  staff on-site\n");
        Path base = dir.resolve("cpo-baseline.json");
        cpo("check", arch.toString(), "--write-baseline", base.toString());
        Files.writeString(arch, Files.readString(AIR)); // the duplicate is fixed
        CliTest.Run r = cpo("check", arch.toString(), "--baseline", base.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(base + ": note: stale entry: diagnostic CPO209 `staff on-site` in estate.cpo matches no "
                + "problem now; --write-baseline drops it\n"
                + "1 file, 0 errors, 0 warnings, 0 notes (5 in the baseline, 1 stale entry)\n");

        cpo("check", arch.toString(), "--baseline", base.toString(), "--write-baseline", base.toString());
        assertThat(Files.readString(base)).doesNotContain("CPO209");
        assertThat(cpo("check", arch.toString(), "--baseline", base.toString()).out())
                .isEqualTo("1 file, 0 errors, 0 warnings, 0 notes (5 in the baseline)\n");
    }

    @Test
    void anOldBaselineIsStillRead(@TempDir Path dir) throws IOException {
        // cpo-baseline/1: keyed by the file as written on the command line, the id and the subject
        Path base = dir.resolve("old.json");
        Files.writeString(base, "{\"schema\": \"cpo-baseline/1\", \"problems\": [{\"file\": \"" + CheckCommandTest.AIR
                + "\", \"id\": \"cooling-prerequisite\", \"subject\": \"chi-3.b300-train\", \"severity\": \"error\"}]}");
        CliTest.Run r = cpo("check", CheckCommandTest.AIR, "--baseline", base.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).endsWith("1 file, 0 errors, 0 warnings, 4 notes (1 in the baseline)\n");
    }

    @Test
    void aNewBaselineLeavesOutSuppressedFindings(@TempDir Path dir) throws IOException {
        Path f = sample(dir, "estate.cpo", CLUSTER, CLUSTER + "  // cpo-ignore: cooling-prerequisite the loop is funded");
        Path base = dir.resolve("b.json");
        assertThat(cpo("check", f.toString(), "--write-baseline", base.toString()).exit()).isZero();
        assertThat(Files.readString(base)).doesNotContain("cooling-prerequisite").contains("fewer-tiers");
        // the comment removed, the finding is new: the baseline does not hide it
        Files.writeString(f, Files.readString(AIR));
        CliTest.Run r = cpo("check", f.toString(), "--baseline", base.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("error cooling-prerequisite").endsWith("1 file, 1 error, 0 warnings, 0 notes (4 in the baseline)\n");
    }

    @Test
    void aJUnitReportDoesNotFailOnSuppressedOrBaselinedFindings(@TempDir Path dir) throws IOException {
        Path f = sample(dir, "estate.cpo", CLUSTER, CLUSTER + "  // cpo-ignore: cooling-prerequisite the loop is funded");
        Path xml = dir.resolve("cpo-junit.xml");
        assertThat(cpo("check", f.toString(), "--format", "junit", "-o", xml.toString()).exit()).isZero();
        assertThat(Files.readString(xml)).doesNotContain("<failure").contains("(suppressed: the loop is funded)");

        // without the comment the case fails, unless the baseline accepts the finding
        Path plain = sample(dir, "plain.cpo");
        Path base = dir.resolve("b.json");
        assertThat(cpo("check", plain.toString(), "--format", "junit", "-o", xml.toString(), "--write-baseline", base.toString())
                .exit()).isEqualTo(1);
        assertThat(Files.readString(xml)).contains("<failure message=\"error cooling-prerequisite");
        assertThat(cpo("check", plain.toString(), "--format", "junit", "-o", xml.toString(), "--baseline", base.toString())
                .exit()).isZero();
        assertThat(Files.readString(xml)).doesNotContain("<failure").contains("(in the baseline)");
    }
}
