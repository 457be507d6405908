package org.cpoadvisor.advisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code cpo} process: a JVM of its own running {@code Main} on this module's
 * class path (during {@code mvn verify} the distribution jar is not built yet), as the
 * launcher runs it, with its own standard streams, working folder and umask. A shell
 * sets the umask (and runs any preparation) and then execs the JVM; a wrapper (such as
 * {@code setpriv} or {@code unshare}) may run the shell.
 */
final class CliProcess {

    /** What a run gave: the exit status, standard output as bytes and as text, standard error. */
    record Result(int exit, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out() + "\n--- stderr\n" + err;
        }
    }

    private final Path dir;
    private String umask = "022";
    private final List<String> wrapper = new ArrayList<>();
    private String prepare = "";
    private byte[] input;

    private CliProcess(Path dir) {
        this.dir = dir;
    }

    /** A run in {@code dir}, with umask 022. */
    static CliProcess in(Path dir) {
        return new CliProcess(dir);
    }

    CliProcess umask(String octal) {
        this.umask = octal;
        return this;
    }

    /** Runs the shell (and so cpo) under {@code command}, e.g. {@code setpriv …} or {@code unshare -m}. */
    CliProcess wrappedIn(String... command) {
        wrapper.addAll(List.of(command));
        return this;
    }

    /** A shell command run before cpo (in the same shell, so in the same namespaces); cpo does not run when it fails. */
    CliProcess after(String shellCommand) {
        this.prepare = shellCommand + " && ";
        return this;
    }

    /** Pipes {@code bytes} into the command's standard input (instead of {@code /dev/null}), then closes it. */
    CliProcess input(byte[] bytes) {
        this.input = bytes.clone();
        return this;
    }

    /** Pipes {@code text}, as UTF-8, into the command's standard input. */
    CliProcess input(String text) {
        return input(text.getBytes(StandardCharsets.UTF_8));
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(wrapper);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command.addAll(List.of("sh", "-c", prepare + "umask " + umask + " && exec \"$@\"", "sh",
                java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "org.cpoadvisor.advisor.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().remove("NO_COLOR");
        Process p = pb.redirectInput(input == null ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))
                : ProcessBuilder.Redirect.PIPE).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (input != null) {
            try (var in = p.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // the command stopped reading early (it refused its input): its exit status says why
            }
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("cpo " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a helper command (mknod, stat, …); its output, or null when it failed. */
    static String sh(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return null;
        }
        return p.exitValue() == 0 ? out : null;
    }

    /** {@code stat}'s view of a path, without following a link: e.g. {@code %F %a} gives "regular file 644". */
    static String stat(Path path, String format) throws IOException, InterruptedException {
        String s = sh(path.getParent(), "stat", "-c", format, path.toString());
        if (s == null) throw new IOException("stat " + path + " failed");
        return s.strip();
    }

    /** Whether this test runs as root (which no file permission stops). */
    static boolean root() throws IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
