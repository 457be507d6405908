package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's rebuild decision ({@code ./cpo}, a bash script): it builds on first use and
 * when a file the distribution is built from (a pom, a module's {@code src/main}) is newer
 * than the jar; not for tests, build output or hidden files. Run in its dry-run mode
 * ({@code CPO_LAUNCHER_DRY_RUN=1}: it says what it would do and runs nothing) on a copy of the
 * launcher in a tree of the project's shape, so no build or JVM starts.
 */
class LauncherTest {

    private static final Instant JAR_TIME = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path root;

    private Path jar;

    @BeforeEach
    void projectOfTheLaunchersShape() throws IOException {
        Files.copy(Path.of("../cpo"), root.resolve("cpo"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String f : List.of("pom.xml", "dsl/pom.xml", "rules/pom.xml", "advisor/pom.xml",
                "dsl/src/main/antlr4/Cpo.g4", "rules/src/main/resources/builtin.cpo",
                "advisor/src/main/java/org/cpoadvisor/advisor/cli/Main.java",
                "advisor/src/test/java/SomeTest.java", "advisor/target/classes/Main.class", "advisor/target/lib/a.jar")) {
            write(f, JAR_TIME.minusSeconds(3600));
        }
        jar = root.resolve("advisor/target/cpo-advisor.jar");
    }

    @Test
    void buildsOnFirstUse() throws Exception {
        assertThat(dryRun()).startsWith("cpo: would build (first use)\n");
    }

    @Test
    void runsTheJarWhenNoSourceIsNewer() throws Exception {
        write("advisor/target/cpo-advisor.jar", JAR_TIME);
        String out = dryRun("check", "a.cpo");
        assertThat(out).startsWith("cpo: up to date\njava ");
        assertThat(out.lines().skip(1).findFirst().orElseThrow())
                .contains("-XX:TieredStopAtLevel=1")
                .contains(" -cp " + root.resolve("advisor/target/cpo-advisor.jar") + ":")
                .endsWith(" org.cpoadvisor.advisor.cli.Main check a.cpo");
    }

    @Test
    void rebuildsWhenASourceOrAPomIsNewerThanTheJar() throws Exception {
        write("advisor/target/cpo-advisor.jar", JAR_TIME);
        touch("advisor/src/main/java/org/cpoadvisor/advisor/cli/Main.java");
        assertThat(dryRun()).startsWith("cpo: would build (changed: advisor/src/main/java/org/cpoadvisor/advisor/cli/Main.java)\n");

        write("advisor/target/cpo-advisor.jar", JAR_TIME.plusSeconds(7200)); // built since
        touch("rules/pom.xml");
        assertThat(dryRun()).startsWith("cpo: would build (changed: rules/pom.xml)\n");

        write("advisor/target/cpo-advisor.jar", JAR_TIME.plusSeconds(3 * 3600));
        write("dsl/src/main/antlr4/New.g4", JAR_TIME.plusSeconds(4 * 3600)); // a new source file
        assertThat(dryRun()).startsWith("cpo: would build (changed: dsl/src/main/antlr4/New.g4)\n");
    }

    @Test
    void testsBuildOutputAndHiddenFilesDoNotRebuild() throws Exception {
        write("advisor/target/cpo-advisor.jar", JAR_TIME);
        touch("advisor/src/test/java/SomeTest.java");
        touch("advisor/target/classes/Main.class");
        write("advisor/src/main/java/.Main.java.swp", JAR_TIME.plusSeconds(60));
        write("README.md", JAR_TIME.plusSeconds(60));
        assertThat(dryRun()).startsWith("cpo: up to date\n");
    }

    @Test
    void decidesTheSameFromAnotherFolderAndThroughARelativePath() throws Exception {
        write("advisor/target/cpo-advisor.jar", JAR_TIME);
        touch("rules/src/main/resources/builtin.cpo");
        String expected = "cpo: would build (changed: rules/src/main/resources/builtin.cpo)\n";
        assertThat(run(root.resolve("advisor"), "../cpo")).startsWith(expected);
        assertThat(run(root.getParent(), root.getFileName() + "/cpo")).startsWith(expected);
    }

    /** Modified a minute after the jar was built. */
    private void touch(String file) throws IOException {
        Instant built = Files.getLastModifiedTime(jar).toInstant();
        Files.setLastModifiedTime(root.resolve(file), FileTime.from(built.plusSeconds(60)));
    }

    private void write(String file, Instant modified) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, file);
        Files.setLastModifiedTime(p, FileTime.from(modified));
    }

    private String dryRun(String... args) throws Exception {
        return run(root, root.resolve("cpo").toString(), args);
    }

    private static String run(Path dir, String launcher, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("CPO_LAUNCHER_DRY_RUN", "1");
        pb.environment().remove("CPO_JAVA_OPTS");
        pb.environment().remove("CPO_CDS");
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
