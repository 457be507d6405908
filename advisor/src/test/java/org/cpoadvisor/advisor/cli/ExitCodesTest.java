package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpoadvisor.advisor.cli.CliTest.cpo;

/**
 * Issue 15, item 1: the exit codes are the documented ones on every command that reads files:
 * 0 clean, 1 problems, 2 usage or I/O, and a file named that is missing, not a regular file or
 * not UTF-8 is an I/O error (2) whose diagnostic is printed all the same, with the other files'
 * problems. A problem inside a file that was read (a missing import, an empty file) stays a 1.
 */
class ExitCodesTest {

    /** Notes and a warning only: 0 at the default fail-on. */
    static final String CLEAN = "../samples/inference-edge.cpo";

    private static Path notUtf8(Path dir) throws IOException {
        return Files.write(dir.resolve("latin1.cpo"), "architecture \"Caf\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static Path broken(Path dir) throws IOException {
        return Files.writeString(dir.resolve("broken.cpo"), "architecture \"b\"\nsite \"s\" { cooling liqud }\n");
    }

    @Test
    void validate(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.cpo");
        CliTest.Run r = cpo("validate", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("error CPO301: file `" + missing + "` does not exist").endsWith("1 file, 1 error, 0 warnings\n");

        CliTest.Run both = cpo("validate", broken(dir).toString(), missing.toString());
        assertThat(both.exit()).as("an I/O error wins over problems").isEqualTo(2);
        assertThat(both.out()).contains("error CPO208: unknown cooling `liqud`").contains("error CPO301");

        CliTest.Run latin = cpo("validate", notUtf8(dir).toString());
        assertThat(latin.exit()).isEqualTo(2);
        assertThat(latin.out()).contains("error CPO306: `" + dir.resolve("latin1.cpo") + "` is not valid UTF-8");

        CliTest.Run device = cpo("validate", "/dev/null");
        assertThat(device.exit()).as("not a regular file").isEqualTo(2);
        assertThat(device.out()).contains("error CPO307: `/dev/null` is not a regular file");

        assertThat(cpo("validate", broken(dir).toString()).exit()).isEqualTo(1);
        assertThat(cpo("validate", CLEAN).exit()).isZero();
    }

    @Test
    void check(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.cpo");
        CliTest.Run r = cpo("check", CLEAN, missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        // the other file is checked and listed all the same
        assertThat(r.out()).contains("error CPO301: file `" + missing + "` does not exist").contains("warning power-cap")
                .endsWith("2 files, 1 error, 1 warning, 3 notes\n");
        assertThat(cpo("check", broken(dir).toString(), missing.toString()).exit()).isEqualTo(2);
        assertThat(cpo("check", notUtf8(dir).toString(), "--fail-on", "never").exit())
                .as("an I/O error is no problem --fail-on can let pass").isEqualTo(2);
        CliTest.Run sarif = cpo("check", missing.toString(), "--format", "sarif");
        assertThat(sarif.exit()).isEqualTo(2);
        assertThat(sarif.out()).contains("\"ruleId\": \"CPO301\"");
        assertThat(cpo("check", broken(dir).toString()).exit()).isEqualTo(1);
        assertThat(cpo("check", CLEAN).exit()).isZero();
    }

    @Test
    void advise(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.cpo");
        CliTest.Run r = cpo("advise", CLEAN, missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("CPO301").contains("nyc-edge-1");
        assertThat(cpo("advise", notUtf8(dir).toString()).exit()).isEqualTo(2);
        assertThat(cpo("advise", broken(dir).toString()).exit()).isEqualTo(1);
        assertThat(cpo("advise", CLEAN, "--format", "json").exit()).isZero();
    }

    @Test
    void explain(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.cpo");
        CliTest.Run r = cpo("explain", missing.toString(), "--finding", "power-cap");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("error CPO301: file `" + missing + "` does not exist");
        assertThat(cpo("explain", notUtf8(dir).toString(), "--finding", "power-cap").exit()).isEqualTo(2);
        assertThat(cpo("explain", broken(dir).toString(), "--finding", "power-cap").exit()).isEqualTo(1);
        assertThat(cpo("explain", CLEAN, "--finding", "power-cap").exit()).isZero();
        assertThat(cpo("explain", CLEAN, "--finding", "no-such-finding").exit()).isEqualTo(2);
    }

    @Test
    void fmt(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.cpo");
        for (String mode : new String[]{"--check", "--diff", "--write"}) {
            CliTest.Run r = cpo("fmt", mode, missing.toString());
            assertThat(r.exit()).as(mode).isEqualTo(2);
            assertThat(r.out()).as(mode).contains("error CPO301: file `" + missing + "` does not exist");
        }
        assertThat(cpo("fmt", notUtf8(dir).toString()).exit()).isEqualTo(2);
        Path syntax = Files.writeString(dir.resolve("syntax.cpo"), "architecture \"s\"\nsite \"s\" {\n");
        assertThat(cpo("fmt", "--check", syntax.toString()).exit()).isEqualTo(1);
        assertThat(cpo("fmt", "--check", syntax.toString(), missing.toString()).exit()).isEqualTo(2);
        assertThat(cpo("fmt", "--check", CLEAN).exit()).isZero();
    }

    @Test
    void repl(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.cpo");
        CliTest.Run r = cpo("repl", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error CPO301: file `" + missing + "` does not exist");
        assertThat(r.out()).as("no session starts").isEmpty();
        assertThat(cpo("repl", notUtf8(dir).toString()).exit()).isEqualTo(2);
    }

    @Test
    void aMissingImportOrAnEmptyFileIsAProblemInAFileNotAnIoError(@TempDir Path dir) throws IOException {
        Path importing = Files.writeString(dir.resolve("importing.cpo"), "architecture \"i\"\nimport \"gone.cpo\"\n");
        CliTest.Run r = cpo("validate", importing.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(importing + ":2:8: error CPO301: imported file `" + dir.resolve("gone.cpo") + "` does not exist");
        assertThat(cpo("check", importing.toString()).exit()).isEqualTo(1);
        Path empty = Files.writeString(dir.resolve("empty.cpo"), "\n");
        assertThat(cpo("validate", empty.toString()).exit()).isEqualTo(1);
        assertThat(cpo("check", empty.toString()).exit()).isEqualTo(1);
    }

    @Test
    void usageErrorsAreTwo() {
        assertThat(cpo("check", "--frobnicate").exit()).isEqualTo(2);
        assertThat(cpo("fmt").exit()).as("fmt prints or rewrites only the files named").isEqualTo(2);
        assertThat(cpo("fmt", "--write").exit()).isEqualTo(2);
        assertThat(cpo("fmt", "--write", "--diff", CLEAN).exit()).isEqualTo(2);
        assertThat(cpo("validate", "-", CLEAN).exit()).as("`-` stands alone").isEqualTo(2);
        assertThat(cpo("check", CLEAN, "-").err()).contains("`-` (standard input) stands alone");
    }
}
