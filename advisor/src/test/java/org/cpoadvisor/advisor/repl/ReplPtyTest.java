package org.cpoadvisor.advisor.repl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code cpo repl} in a real pseudo terminal: tmux runs the command (the JVM of this
 * test's class path, as the distribution would), the test types keys and reads the
 * screen. Skipped when tmux is not installed ({@code .ci/run} installs it). Every wait
 * is bounded, and the tmux server (on its own socket) is killed afterwards. When the REPL
 * ends, the pane prints its exit status and stays a while, so that a failure shows the screen.
 */
class ReplPtyTest {

    private static final long WAIT_MS = 60_000;

    private final String socket = "cpo-repl-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    /** Kept when the test fails: the REPL may still be writing its history there when the tmux server is killed. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path tmp;

    private static boolean tmuxInstalled() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", args) + " did not finish");
        }
        return out;
    }

    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", "repl");
    }

    /** Waits until the screen satisfies {@code done}; returns it. */
    private String waitFor(String what, Predicate<String> done) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + WAIT_MS;
        String s = "";
        while (System.currentTimeMillis() < end) {
            s = screen();
            if (done.test(s)) return s;
            Thread.sleep(150);
        }
        throw new AssertionError("timed out waiting for " + what + "; the screen:\n" + s);
    }

    private String waitFor(String text) throws IOException, InterruptedException {
        return waitFor("`" + text + "`", s -> s.contains(text));
    }

    private static long prompts(String screen) {
        return screen.lines().filter(l -> l.startsWith(Repl.PROMPT.strip())).count();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @AfterEach
    void killServer() throws IOException, InterruptedException {
        if (tmuxInstalled()) {
            tmux("kill-server");
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void typesCommandsIntoARealTerminal() throws IOException, InterruptedException {
        assumeTrue(tmuxInstalled(), "tmux is not installed");
        Path history = tmp.resolve("history");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the classes and dependencies of this module: during `mvn verify` the distribution jar is not built yet
        String classPath = System.getProperty("java.class.path");
        String command = "env CPO_HISTORY=" + quote(history.toString()) + " " + quote(java) + " -cp " + quote(classPath)
                + " org.cpoadvisor.advisor.cli.Main repl ../samples/inference-edge.cpo"
                + "; echo \"[repl exited $?]\"; sleep 60"; // the screen stays readable after the REPL ends
        tmux("new-session", "-d", "-s", "repl", "-x", "200", "-y", "60", "-c", System.getProperty("user.dir"), command);
        waitFor("cpo> ");
        assertThat(screen()).contains("loaded ../samples/inference-edge.cpo: \"Metro Edge Inference\", 1 site, 2 clusters");

        tmux("send-keys", "-t", "repl", "advise", "Enter");
        waitFor("the verdicts", s -> s.contains("FINDINGS") && s.contains("nyc-edge-1.embed-rerank"));

        // Tab lists the places under a site
        tmux("send-keys", "-t", "repl", "set nyc-edge-1.", "Tab");
        String listed = waitFor("the candidates", s -> s.contains("llm-serve.") && s.contains("power-cap"));
        assertThat(listed).contains("embed-rerank.");
        // Ctrl-C drops the line (a signal, so wait for the fresh prompt before typing on): the next command runs alone
        long prompts = prompts(screen());
        tmux("send-keys", "-t", "repl", "C-c");
        waitFor("a fresh prompt after Ctrl-C", s -> prompts(s) > prompts);
        tmux("send-keys", "-t", "repl", "set nyc-edge-1.llm-serve.nic 800Gb", "Enter");
        String refused = waitFor("refused: nyc-edge-1.llm-serve.nic");
        assertThat(refused).contains("error CPO107: unknown unit `Gb`").contains("hint: did you mean `G`?");

        // a block over several lines, under the secondary prompt
        tmux("send-keys", "-t", "repl", "policy {", "Enter");
        waitFor(Repl.MORE);
        tmux("send-keys", "-t", "repl", "  min-link 200G", "Enter", "}", "Enter");
        waitFor("merged a policy block");
        tmux("send-keys", "-t", "repl", "show policy", "Enter");
        // Ctrl-D only once the prompt is back: JLine reads keys raw while it shows a prompt; a Ctrl-D that
        // arrives before, while the tty is still in canonical mode, is an end-of-file mark there, not a key
        waitFor("the policy, then a fresh prompt", s -> s.contains("policy {\n  min-link 200G\n}\n" + Repl.PROMPT.strip()));

        // Ctrl-D leaves, and the history was kept
        tmux("send-keys", "-t", "repl", "C-d");
        String left = waitFor("[repl exited");
        assertThat(left).as("the REPL left on Ctrl-D, with status 0").contains("[repl exited 0]").doesNotContain("Exception");
        assertThat(Files.readString(history)).contains("advise").contains("show policy");
    }
}
