package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpoadvisor.advisor.cli.CliTest.cpo;

/**
 * Issue 15, item 1: {@code fmt --diff} prints a unified diff of what {@code fmt --write} would change
 * and exits 1 when a file is not canonical; {@code fmt --check} and {@code --diff} without FILE, and
 * {@code check} without FILE, take the current folder.
 */
class FmtDiffTest {

    /** Out of layout at known lines: 1 (spaces), 5 (indent), 8 (a one-line cluster), the end (no newline). */
    static final String MESSY = """
            architecture   "Diffed"
            horizon 2025..2030

            site "s" {
                  cooling liquid
              power-cap 10 MW

              cluster "c" { gpus 1024 x H100 }
            }""";

    @Test
    void theDiffIsUnifiedWithHeadersHunksAndTheMissingNewlineMarked(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("messy.cpo"), MESSY);
        CliTest.Run r = cpo("fmt", "--diff", f.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        String name = f.toString();
        assertThat(r.out()).isEqualTo("--- a/" + name + "\n"
                + "+++ b/" + name + "\n"
                + """
                @@ -1,9 +1,11 @@
                -architecture   "Diffed"
                +architecture "Diffed"
                 horizon 2025..2030
                \s
                 site "s" {
                -      cooling liquid
                +  cooling liquid
                   power-cap 10 MW
                \s
                -  cluster "c" { gpus 1024 x H100 }
                -}
                \\ No newline at end of file
                +  cluster "c" {
                +    gpus 1024 x H100
                +  }
                +}
                """);
        assertThat(Files.readString(f)).as("--diff changes nothing").isEqualTo(MESSY);
    }

    @Test
    void farApartChangesAreSeparateHunksWithThreeLinesOfContext(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("architecture    \"Far\"\nhorizon 2025..2030\n\nsite \"s\" {\n");
        for (int i = 1; i <= 8; i++) text.append("  cluster \"c").append(i).append("\" {\n    gpus 1024 x H100\n  }\n\n");
        text.setLength(text.length() - 1);
        text.append("}\n\n\n");
        Path f = Files.writeString(dir.resolve("far.cpo"), text.toString());
        CliTest.Run r = cpo("fmt", "--diff", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).endsWith("""
                @@ -1,4 +1,4 @@
                -architecture    "Far"
                +architecture "Far"
                 horizon 2025..2030
                \s
                 site "s" {
                @@ -34,5 +34,3 @@
                     gpus 1024 x H100
                   }
                 }
                -
                -
                """);
    }

    @Test
    void aCanonicalFileHasNoDiffAndDiffCombinesWithCheck(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("messy.cpo"), MESSY);
        assertThat(cpo("fmt", "--write", f.toString()).exit()).isZero();
        CliTest.Run clean = cpo("fmt", "--diff", f.toString());
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).isEmpty();

        Path g = Files.writeString(dir.resolve("other.cpo"), MESSY);
        CliTest.Run both = cpo("fmt", "--check", "--diff", f.toString(), g.toString());
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.out()).startsWith(g + ": not in canonical layout\n--- a/" + g + "\n+++ b/" + g + "\n@@ -1,9 +1,11 @@\n")
                .doesNotContain("a/" + f);
    }

    @Test
    void theDiffAppliesWithGitApply(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("messy.cpo"), MESSY);
        CliProcess.Result diff = CliProcess.in(dir).run("fmt", "--diff", "messy.cpo");
        assertThat(diff.exit()).isEqualTo(1);
        Files.write(dir.resolve("fmt.patch"), diff.outBytes());
        assertThat(CliProcess.sh(dir, "git", "apply", "--unsafe-paths", "fmt.patch")).as("git apply").isNotNull();
        assertThat(CliProcess.in(dir).run("fmt", "--check", "messy.cpo").exit()).isZero();
    }

    @Test
    void fmtCheckAndDiffAndCheckDefaultToTheCurrentFolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("arch/sub"));
        Files.writeString(dir.resolve("arch/sub/messy.cpo"), MESSY);
        Files.writeString(dir.resolve("tidy.cpo"), "architecture \"T\"\n");
        Files.writeString(dir.resolve("notes.txt"), "not an architecture");

        CliProcess.Result check = CliProcess.in(dir).run("fmt", "--check");
        assertThat(check.exit()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).isEqualTo("arch/sub/messy.cpo: not in canonical layout\n");

        CliProcess.Result diff = CliProcess.in(dir).run("fmt", "--diff");
        assertThat(diff.exit()).isEqualTo(1);
        assertThat(diff.out()).startsWith("--- a/arch/sub/messy.cpo\n+++ b/arch/sub/messy.cpo\n@@ -1,9 +1,11 @@\n");

        CliProcess.Result checked = CliProcess.in(dir).run("check");
        assertThat(checked.exit()).as(checked.toString()).isZero();
        assertThat(checked.out()).contains("arch/sub/messy.cpo").containsPattern("2 files, 0 errors, 0 warnings, \\d+ notes\n$");
        assertThat(CliProcess.in(dir).run("check", ".").out()).as("the same as naming the folder").isEqualTo(checked.out());

        Files.writeString(dir.resolve("arch/broken.cpo"), "architecture \"b\"\nsite \"s\" { cooling liqud }\n");
        CliProcess.Result failing = CliProcess.in(dir).run("check");
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.out()).contains("arch/broken.cpo:2:20: error CPO208");

        assertThat(CliProcess.in(dir).run("fmt").exit()).as("plain fmt names its files").isEqualTo(2);
    }
}
