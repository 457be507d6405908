package org.cpoadvisor.advisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13, item 1: what {@code -o}, {@code --write-baseline} and {@code fmt --write} do
 * to what is at the path, through the real {@code cpo} process ({@link CliProcess}), each
 * defect of the issue in a test of its own. Devices and links are made in a temporary
 * folder, never on the machine's own {@code /dev}.
 */
@EnabledOnOs({OS.LINUX})
class SafeWritesProcessTest {

    @TempDir
    Path dir;

    Path estate;

    @BeforeEach
    void estate() throws IOException {
        estate = dir.resolve("estate.cpo");
        Files.copy(Path.of("../samples/inference-edge.cpo"), estate);
    }

    private CliProcess.Result cpo(String... args) throws IOException, InterruptedException {
        return CliProcess.in(dir).run(args);
    }

    private static void assertJson(String text) throws IOException {
        assertThat(new ObjectMapper().readTree(text).path("schema").asText()).isEqualTo("cpo-advice/2");
    }

    // ------------------------------------------------------------------ what is not a regular file is written through

    /** `-o /dev/null` replaced the null device with a regular file: here on a null device made in the temporary folder. */
    @Test
    void aDeviceIsWrittenThroughNeverReplaced() throws Exception {
        assumeTrue(CliProcess.sh(dir, "mknod", "null", "c", "1", "3") != null, "mknod is not permitted here (the FIFO test covers the rest)");
        Path device = dir.resolve("null");
        String before = CliProcess.stat(device, "%F %t:%T %i");
        CliProcess.Result r = cpo("advise", "estate.cpo", "--format", "json", "-o", "null");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(CliProcess.stat(device, "%F %t:%T %i")).isEqualTo(before).startsWith("character special file 1:3");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("estate.cpo", "null");
        }
    }

    @Test
    void aFifoIsWrittenThroughNeverReplaced() throws Exception {
        assumeTrue(CliProcess.sh(dir, "mkfifo", "pipe") != null, "mkfifo is not available");
        Path fifo = dir.resolve("pipe");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo); // blocks until cpo opens the FIFO, then reads to its end
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliProcess.Result r = cpo("advise", "estate.cpo", "--format", "json", "-o", "pipe");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertJson(new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        assertThat(CliProcess.stat(fifo, "%F")).isEqualTo("fifo");
    }

    /** `-o /dev/stdout` replaced that link: here a link in the temporary folder that leads to it, and `-o -`. */
    @Test
    void standardOutputIsWrittenThroughALinkToItAndAsDash() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("/dev/stdout"));
        CliProcess.Result r = cpo("advise", "estate.cpo", "--format", "json", "-o", "out.json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertJson(r.out());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/stdout"));

        CliProcess.Result dash = cpo("advise", "estate.cpo", "--format", "json", "-o", "-");
        assertThat(dash.exit()).as(dash.toString()).isZero();
        assertThat(dash.out()).isEqualTo(r.out());
        assertThat(dir.resolve("-")).doesNotExist();

        // check: with -o - the summary goes to standard error, beside the report on standard output, as without -o
        CliProcess.Result check = cpo("check", "estate.cpo", "--format", "sarif", "-o", "-");
        assertThat(check.exit()).as(check.toString()).isZero();
        assertThat(new ObjectMapper().readTree(check.out()).path("version").asText()).isEqualTo("2.1.0");
        assertThat(check.err()).startsWith("1 file, 0 errors");
    }

    /** `-o link.html` replaced the link with a file: the link stays and its target gets the report, with its mode. */
    @Test
    void aLinkIsWrittenThroughToItsTarget() throws Exception {
        Path real = Files.writeString(dir.resolve("real.html"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), Path.of("real.html"));
        Path dangling = Files.createSymbolicLink(dir.resolve("later.html"), Path.of("made.html"));

        CliProcess.Result r = cpo("advise", "estate.cpo", "--format", "html", "-o", "link.html");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("<!DOCTYPE html>");
        assertThat(CliProcess.stat(real, "%F %a")).isEqualTo("regular file 640");

        CliProcess.Result later = cpo("advise", "estate.cpo", "--format", "html", "-o", "later.html");
        assertThat(later.exit()).as(later.toString()).isZero();
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readString(dir.resolve("made.html"))).startsWith("<!DOCTYPE html>");
    }

    // ------------------------------------------------------------------ permissions

    /** Every output file was 0600 whatever the umask: a new file has what the umask gives. */
    @Test
    void aNewFileGetsThePermissionsOfTheUmask() throws Exception {
        CliProcess.Result r = CliProcess.in(dir).umask("022").run("advise", "estate.cpo", "--format", "json", "-o", "a.json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(CliProcess.stat(dir.resolve("a.json"), "%F %a")).isEqualTo("regular file 644");

        r = CliProcess.in(dir).umask("027").run("advise", "estate.cpo", "--format", "markdown", "-o", "reports/b.md");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(CliProcess.stat(dir.resolve("reports/b.md"), "%F %a")).isEqualTo("regular file 640");

        r = CliProcess.in(dir).umask("002").run("check", "estate.cpo", "--write-baseline", "baseline.json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(CliProcess.stat(dir.resolve("baseline.json"), "%a")).isEqualTo("664");

        r = CliProcess.in(dir).umask("022").run("init", "starter.cpo");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(CliProcess.stat(dir.resolve("starter.cpo"), "%a")).isEqualTo("644");
    }

    /** A file replaced keeps its permissions, whatever the umask. */
    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path report = Files.writeString(dir.resolve("report.csv"), "old\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-r--"));
        String inode = CliProcess.stat(report, "%i");
        CliProcess.Result r = CliProcess.in(dir).umask("077").run("advise", "estate.cpo", "--format", "csv", "-o", "report.csv");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(Files.readString(report)).startsWith("file,site,cluster");
        assertThat(CliProcess.stat(report, "%F %a")).isEqualTo("regular file 664");
        assertThat(CliProcess.stat(report, "%i")).as("replaced atomically: a new file").isNotEqualTo(inode);
    }

    /** `fmt --write` turned a 0644 file into 0600. */
    @Test
    void fmtWriteKeepsTheFilesPermissions() throws Exception {
        Path messy = Files.writeString(dir.resolve("messy.cpo"), "architecture   \"m\"\nsite \"s\" {\ncooling   air\n}\n");
        Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-r--r--"));
        CliProcess.Result r = CliProcess.in(dir).umask("077").run("fmt", "--write", "messy.cpo");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("messy.cpo: formatted\n");
        assertThat(Files.readString(messy)).contains("architecture \"m\"", "  cooling air");
        assertThat(CliProcess.stat(messy, "%F %a")).isEqualTo("regular file 644");
    }

    // ------------------------------------------------------------------ failures say why, about the user's path

    /** A read-only folder failed with the temporary file's name and no reason. */
    @Test
    void aReadOnlyFolderFailsWithThePathAndTheReason() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("old.json"), "{}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliProcess run = CliProcess.in(dir);
            if (CliProcess.root()) {
                // root passes every permission check; without CAP_DAC_OVERRIDE it is held to them as anyone else
                assumeTrue(CliProcess.sh(dir, "setpriv", "--bounding-set=-dac_override,-dac_read_search", "true") != null,
                        "running as root and setpriv cannot drop CAP_DAC_OVERRIDE");
                run.wrappedIn("setpriv", "--bounding-set=-dac_override,-dac_read_search");
            }
            CliProcess.Result r = run.run("advise", "estate.cpo", "--format", "json", "-o", "locked/new.json");
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("cpo: cannot write locked/new.json: permission denied\n");

            r = run.run("advise", "estate.cpo", "--format", "json", "-o", "locked/old.json");
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("cpo: cannot write locked/old.json: permission denied "
                    + "(replacing it safely needs a new file in locked/)\n");
            assertThat(Files.readString(locked.resolve("old.json"))).isEqualTo("{}");

            // a read-only file in a folder that could take a new one is not replaced either
            Path readOnly = Files.writeString(dir.resolve("kept.json"), "{}");
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
            r = run.run("advise", "estate.cpo", "--format", "json", "-o", "kept.json");
            assertThat(r.exit()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("cpo: cannot write kept.json: permission denied (the file is read-only)\n");
            assertThat(Files.readString(readOnly)).isEqualTo("{}");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyFileSystemFailsWithThePathAndTheReason() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        // a read-only bind mount in a mount namespace of the run's own: nothing outside it sees the mount
        String mount = "mount --bind -o ro " + ro + " " + ro;
        assumeTrue(CliProcess.sh(dir, "unshare", "-m", "sh", "-c", mount) != null, "no mount namespace here (needs root)");
        CliProcess.Result r = CliProcess.in(dir).wrappedIn("unshare", "-m").after(mount)
                .run("advise", "estate.cpo", "--format", "json", "-o", "ro/advice.json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cpo: cannot write ro/advice.json: read-only file system\n");
    }

    @Test
    void aFolderIsNeverReplaced() throws Exception {
        Files.createDirectory(dir.resolve("reports"));
        CliProcess.Result r = cpo("advise", "estate.cpo", "-o", "reports");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cpo: cannot write reports: is a directory\n");
        assertThat(dir.resolve("reports")).isDirectory();
    }

    // ------------------------------------------------------------------ an input of the run is never overwritten

    @Test
    void anInputOfTheRunIsNeverOverwritten() throws Exception {
        Path fragment = Files.writeString(dir.resolve("policy.cpo"), "policy {\n  min-gpus 4096\n}\n");
        Files.writeString(estate, Files.readString(estate).replace("currency USD\n", "currency USD\nimport \"policy.cpo\"\n"));
        Path pack = Files.writeString(dir.resolve("pack.drl"), Files.readString(Path.of("../samples/rule-packs/min-nic.drl")));
        Files.createSymbolicLink(dir.resolve("alias.cpo"), Path.of("estate.cpo"));
        String estateBefore = Files.readString(estate);

        CliProcess.Result r = cpo("advise", "estate.cpo", "--format", "json", "-o", "estate.cpo");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cpo: will not overwrite estate.cpo (-o): it is an input of this run; write to another file\n");

        r = cpo("advise", "estate.cpo", "-o", "policy.cpo");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("will not overwrite policy.cpo (-o)");

        r = cpo("check", "estate.cpo", "--format", "sarif", "-o", "alias.cpo");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("will not overwrite alias.cpo (-o): it is estate.cpo, an input of this run");

        r = cpo("check", "estate.cpo", "--rules", "pack.drl", "--write-baseline", "pack.drl");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("will not overwrite pack.drl (--write-baseline)");

        assertThat(Files.readString(estate)).isEqualTo(estateBefore);
        assertThat(Files.readString(fragment)).isEqualTo("policy {\n  min-gpus 4096\n}\n");
        assertThat(Files.readString(pack)).isEqualTo(Files.readString(Path.of("../samples/rule-packs/min-nic.drl")));

        // a baseline is brought up to date in place; a report over it is refused
        r = cpo("check", "estate.cpo", "--write-baseline", "baseline.json");
        assertThat(r.exit()).as(r.toString()).isZero();
        r = cpo("check", "estate.cpo", "--baseline", "baseline.json", "--write-baseline", "baseline.json");
        assertThat(r.exit()).as(r.toString()).isZero();
        r = cpo("check", "estate.cpo", "--baseline", "baseline.json", "--format", "json", "-o", "baseline.json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(dir.resolve("baseline.json").toFile()).path("schema").asText()).isEqualTo("cpo-baseline/2");
    }
}
