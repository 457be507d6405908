package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpoadvisor.advisor.cli.CliTest.cpo;

/** The CI check: exit codes by --fail-on, the summary line, baselines, reports to files, and the other commands. */
class CheckCommandTest {

    /** Air-cooled site with a CPO plan: the cooling-prerequisite finding is an error (require-liquid-cooling). */
    static final String AIR = "../samples/air-cooled-cpo-plan.cpo";
    /** No errors; warnings and notes only. */
    static final String EDGE = "../samples/inference-edge.cpo";

    @Test
    void exitCodesFollowFailOn() {
        CliTest.Run error = cpo("check", AIR);
        assertThat(error.exit()).isEqualTo(1);
        assertThat(error.out()).contains("error cooling-prerequisite").endsWith("1 file, 1 error, 0 warnings, 4 notes\n");

        assertThat(cpo("check", EDGE).exit()).as("notes only: default fail-on error passes").isZero();
        assertThat(cpo("check", EDGE, "--fail-on", "note").exit()).isEqualTo(1);
        assertThat(cpo("check", AIR, "--fail-on", "never").exit()).isZero();
        CliTest.Run bad = cpo("check", AIR, "--fail-on", "sometimes");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on takes error, warning, note or never");
    }

    @Test
    void aBrokenFileFailsTheCheckWithItsDiagnostic(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.cpo");
        Files.writeString(f, "architecture \"b\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 cooling liquid } }\n");
        CliTest.Run r = cpo("check", f.toString(), "--fail-on", "error");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(f + ":2:40: error CPO201: `cooling` is not a property of a cluster")
                .endsWith("1 file, 1 error, 0 warnings, 0 notes\n");
    }

    @Test
    void aBaselineAcceptsTodaysProblemsAndFailsOnNewOnes(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("baseline.json");
        assertThat(cpo("check", AIR, "--write-baseline", base.toString()).exit()).isEqualTo(1);
        assertThat(Files.readString(base)).contains("\"schema\" : \"cpo-baseline/2\"").contains("cooling-prerequisite");

        CliTest.Run accepted = cpo("check", AIR, "--baseline", base.toString());
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).endsWith("1 file, 0 errors, 0 warnings, 0 notes (5 in the baseline)\n");

        Path arch = dir.resolve("arch.cpo");
        Files.writeString(arch, Files.readString(Path.of(AIR)).replace("cooling air", "cooling hybrid"));
        Path base2 = dir.resolve("b2.json");
        cpo("check", arch.toString(), "--write-baseline", base2.toString());
        Files.writeString(arch, Files.readString(arch).replace("staff on-site", "staff remote"));
        CliTest.Run fresh = cpo("check", arch.toString(), "--baseline", base2.toString(), "--fail-on", "warning");
        assertThat(fresh.exit()).as(fresh.out()).isEqualTo(1);
        assertThat(fresh.out()).contains("maintenance-risk").doesNotContain("assumed-figures");
    }

    /** Issue 15: GitHub annotations from check and advise; with a baseline, only the problems outside it. */
    @Test
    void githubAnnotationsLeaveOutWhatTheBaselineAccepts(@TempDir Path dir) {
        CliTest.Run all = cpo("check", AIR, "--format", "github");
        assertThat(all.exit()).isEqualTo(1);
        assertThat(all.out().lines()).hasSize(5).allMatch(l -> l.startsWith("::"));
        assertThat(all.out()).containsPattern("(?m)^::error file=\\.\\./samples/air-cooled-cpo-plan\\.cpo,line=\\d+,col=\\d+,"
                + "title=cooling-prerequisite::\\[");
        assertThat(all.err()).as("the summary beside the commands").isEqualTo("1 file, 1 error, 0 warnings, 4 notes\n");
        CliTest.Run advise = cpo("advise", AIR, "--format", "github");
        assertThat(advise.exit()).isZero();
        assertThat(advise.out()).isEqualTo(all.out());

        Path base = dir.resolve("baseline.json");
        cpo("check", AIR, "--write-baseline", base.toString());
        CliTest.Run accepted = cpo("check", AIR, "--format", "github", "--baseline", base.toString());
        assertThat(accepted.exit()).isZero();
        assertThat(accepted.out()).as("accepted problems are not annotated again").isEmpty();
        assertThat(accepted.err()).isEqualTo("1 file, 0 errors, 0 warnings, 0 notes (5 in the baseline)\n");
    }

    @Test
    void aBaselineThatIsNotOneIsAnIoError(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("b.json");
        Files.writeString(base, "{\"hello\": 1}");
        CliTest.Run r = cpo("check", EDGE, "--baseline", base.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not a cpo baseline");
    }

    @Test
    void aReportGoesToAFileAndTheSummaryToTheConsole(@TempDir Path dir) {
        Path report = dir.resolve("out/report.txt");
        CliTest.Run r = cpo("check", AIR, "-o", report.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(report).exists();
        assertThat(r.out()).endsWith("1 file, 1 error, 0 warnings, 4 notes\n");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliTest.Run r = cpo("advise", EDGE, "--format", "pdf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown format `pdf`");
    }

    @Test
    void initWritesAStarterThatReadsCleanlyAndNeverOverwrites(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("architecture.cpo");
        assertThat(cpo("init", f.toString()).exit()).isZero();
        CliTest.Run v = cpo("validate", f.toString());
        assertThat(v.out()).isEqualTo("1 file, 0 errors, 0 warnings\n");
        Files.writeString(f, "mine");
        assertThat(cpo("init", f.toString()).exit()).isEqualTo(2);
        assertThat(Files.readString(f)).isEqualTo("mine");
    }

    @Test
    void catalogListsAndShowsEntriesWithSources() {
        assertThat(cpo("catalog", "list").out()).contains("tomahawk5-bailly-cpo").contains("64 x 800G");
        CliTest.Run show = cpo("catalog", "show", "spectrum-4-800g");
        assertThat(show.out()).startsWith("switch \"spectrum-4-800g\" {").contains("source ");
        CliTest.Run typo = cpo("catalog", "show", "spectrum-4-80g");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean `spectrum-4-800g`?");
    }

    @Test
    void explainShowsTheRuleAndTheFactsItRead() {
        CliTest.Run c = cpo("explain", AIR, "--cluster", "chi-3.b300-train");
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("rule: ").contains("facts read:").contains("policy min-gpus");
        assertThat(c.out()).contains("fabric and bill of materials of each option").contains("bill of materials:")
                .containsPattern("(?m)^      leaf +\\S+ +[0-9,]+ ").containsPattern("(?m)^        total +[0-9,]+ ");
        CliTest.Run f = cpo("explain", AIR, "--finding", "cooling-prerequisite");
        assertThat(f.out()).contains("error cooling-prerequisite [chi-3.b300-train]").contains("rule: CPO planned");
        assertThat(cpo("explain", AIR, "--cluster", "nope.x").exit()).isEqualTo(2);
    }

    @Test
    void explainSaysWhichCpoPlatformsWereLeftOutAndWhy() {
        // dal-1.gb300-train is on quantum-x800-800g (InfiniBand): the Ethernet CPO switches are left out for their
        // family, Quantum-X Photonics (InfiniBand, available 2026) is the candidate in the year judged, 2026
        CliTest.Run c = cpo("explain", "../samples/ai-factory.cpo", "--cluster", "dal-1.gb300-train");
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("CPO platforms considered:")
                .contains("quantum-x-photonics-800g: a candidate in 2026")
                .contains("tomahawk5-bailly-cpo: left out: ethernet, the cluster's switches are infiniband")
                .contains("spectrum-x-photonics-102t: left out: ethernet");
    }

    @Test
    void explainSaysWhichCpoPlatformsWereLeftOutForTheirLanes() {
        // osl-3.gb200-train: GB200 with ConnectX-7 NICs at 400G (4 x 100G lanes, catalog nic-lane) on Spectrum-4
        // leaves. The 200G-lane Ethernet CPO switches cannot be the NICs' leaf, only sit above today's leaves (whose
        // DSP modules gear); TH5-Bailly (100G lanes) may be either
        CliTest.Run c = cpo("explain", "../samples/ai-factory.cpo", "--cluster", "osl-3.gb200-train");
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("CPO platforms considered:")
                .contains("spectrum-x-photonics-102t: a candidate in 2028 for cpo-spine only: 200G lanes, the cluster's NICs "
                        + "use 100G lanes")
                .contains("tomahawk6-davisson-cpo: a candidate in 2028 for cpo-spine only: 200G lanes")
                .containsPattern("tomahawk5-bailly-cpo: a candidate in \\d{4}\n");
    }

    @Test
    void completionScriptIsGenerated() {
        CliTest.Run r = cpo("completion");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("complete -F").contains("advise").contains("check");
    }
}
