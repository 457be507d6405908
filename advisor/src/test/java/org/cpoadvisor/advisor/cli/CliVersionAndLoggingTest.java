package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `cpo --version` prints the build's version; the command's logging binding (slf4j-simple,
 * in its lib/ folder) says nothing unless asked with CPO_LOG, and then shows Drools' and
 * cpo-advisor's lines.
 */
class CliVersionAndLoggingTest {

    private static final String EXPECTED = System.getProperty("cpo.expected.version");

    @Test
    void versionIsTheBuildsVersion() {
        CliTest.Run r = CliTest.cpo("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("cpo-advisor " + EXPECTED + "\n");
    }

    @Test
    void theLevelIsOffUnlessAskedAndASystemPropertyWins() {
        String before = System.getProperty(Main.LOG_LEVEL);
        try {
            System.clearProperty(Main.LOG_LEVEL);
            Main.quietLogging(null);
            assertThat(System.getProperty(Main.LOG_LEVEL)).isEqualTo("off");
            System.clearProperty(Main.LOG_LEVEL);
            Main.quietLogging(" DEBUG ");
            assertThat(System.getProperty(Main.LOG_LEVEL)).isEqualTo("debug");
            System.setProperty(Main.LOG_LEVEL, "info");
            Main.quietLogging("debug");
            assertThat(System.getProperty(Main.LOG_LEVEL)).isEqualTo("info");
        } finally {
            if (before == null) System.clearProperty(Main.LOG_LEVEL);
            else System.setProperty(Main.LOG_LEVEL, before);
        }
    }

    /** A real process, as ./cpo starts it (the test class path has the command's binding). */
    @Test
    void theCommandLogsNothingUnlessAskedWithCpoLog() throws Exception {
        Proc quiet = cpo(Map.of(), "advise", "--no-color", "../samples/inference-edge.cpo");
        assertThat(quiet.exit()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).contains("Metro Edge Inference");

        Proc asked = cpo(Map.of("CPO_LOG", "debug"), "advise", "--no-color", "../samples/inference-edge.cpo");
        assertThat(asked.exit()).as(asked.err()).isZero();
        assertThat(asked.err())
                .contains("DEBUG org.cpoadvisor.advisor.Advisor - cpo-advisor " + EXPECTED + ": an advisor with ")
                .contains("DEBUG org.cpoadvisor.advisor.Advisor - advised on ../samples/inference-edge.cpo: ")
                .contains("DEBUG org.drools.")
                .doesNotContain("SLF4J(W)");
        assertThat(asked.out()).isEqualTo(quiet.out());
    }

    record Proc(int exit, String out, String err) {
    }

    private static Proc cpo(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) cp = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("CPO_LOG");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("cpo-out", ".txt");
        Path err = Files.createTempFile("cpo-err", ".txt");
        try {
            Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("cpo ended").isTrue();
            return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
