package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An architecture file as it was at a git revision, with its imports: {@code cpo diff --git REV FILE}.
 *
 * <p>Every architecture file of the revision's tree ({@code .cpo}, {@code .json}, {@code .yaml},
 * {@code .yml}) is written into a temporary folder at its place in the repository, so that the
 * file's imports (relative paths, also into other folders) resolve as they did at that revision.
 * The files come from git's object database through two plumbing commands ({@code git ls-tree}
 * lists them, one {@code git cat-file --batch} reads them all): nothing in the repository, its
 * index or its worktree list is touched (unlike {@code git worktree add} or a checkout), and
 * the other files of the tree are never read. {@link #close()} deletes the folder.
 */
final class GitSnapshot implements AutoCloseable {

    private static final List<String> SUFFIXES = List.of(".cpo", ".json", ".yaml", ".yml");

    /** The temporary folder holding the tree's architecture files. */
    final Path root;
    /** The file in {@link #root}. */
    final Path file;
    /** How reports name it: {@code REV:path/in/repo.cpo}. */
    final String label;

    private final String rev;

    private GitSnapshot(Path root, Path file, String label, String rev) {
        this.root = root;
        this.file = file;
        this.label = label;
        this.rev = rev;
    }

    /** The advice with the temporary folder's paths (its files, its diagnostics' places) named {@code REV:path}. */
    Advice relabel(Advice a) {
        List<Diagnostic> diagnostics = a.diagnostics().stream()
                .map(d -> d.location() == null ? d : d.withLocation(new SourceLocation(name(d.location().file()),
                        d.location().line(), d.location().column(), d.location().length())))
                .toList();
        return new Advice(a.architecture(), a.currency(), a.files().stream().map(this::name).toList(), diagnostics, a.policy(),
                a.clusters(), a.findings(), a.roadmap(), a.assumptions());
    }

    private String name(String path) {
        Path p = Path.of(path).toAbsolutePath().normalize();
        return p.startsWith(root) ? rev + ":" + root.relativize(p).toString().replace('\\', '/') : path;
    }

    /**
     * The file (a path in a git working tree) as it was at {@code rev}, with the tree's other architecture files.
     *
     * @throws IOException when git cannot run, the file is not in a repository, the revision does not
     *                     exist, or the file is not in it; the message says which
     */
    static GitSnapshot of(String rev, Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new IOException("cannot read " + file + ": no such folder");
        String top = text(git(dir, "rev-parse", "--show-toplevel"), file + " is not in a git repository").strip();
        Path repo = Path.of(top).toRealPath();
        String inRepo = repo.relativize(dir.toRealPath().resolve(abs.getFileName())).toString().replace('\\', '/');
        if (rev.startsWith("-")) throw new IOException("unknown revision `" + rev + "`");
        Run commit = git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}");
        if (commit.exit != 0) throw new IOException("unknown revision `" + rev + "` in " + repo);
        String sha = new String(commit.out, StandardCharsets.UTF_8).strip();
        List<String[]> entries = entries(text(git(repo, "ls-tree", "-r", "-z", "--full-tree", sha), "cannot list " + rev));
        if (entries.stream().noneMatch(e -> e[1].equals(inRepo))) {
            throw new IOException(inRepo + " is not in revision `" + rev + "`");
        }
        Path root = Files.createTempDirectory("cpo-diff-").toRealPath();
        try {
            write(repo, root, entries);
            return new GitSnapshot(root, root.resolve(inRepo), rev + ":" + inRepo, rev);
        } catch (IOException | RuntimeException e) {
            delete(root);
            throw e;
        }
    }

    /** The tree's architecture files, as {object id, path}: regular files only (no links, no submodules). */
    private static List<String[]> entries(String listing) {
        List<String[]> out = new ArrayList<>();
        for (String record : listing.split("\0")) {
            int tab = record.indexOf('\t');
            if (tab < 0) continue;
            String[] meta = record.substring(0, tab).split(" ");
            String path = record.substring(tab + 1);
            if (meta.length != 3 || !meta[1].equals("blob") || meta[0].equals("120000") || path.contains("\n")) continue;
            String lower = path.toLowerCase(Locale.ROOT);
            if (SUFFIXES.stream().anyMatch(lower::endsWith)) out.add(new String[]{meta[2], path});
        }
        return out;
    }

    /** Reads every entry's blob through one {@code git cat-file --batch} and writes it under {@code root}. */
    private static void write(Path repo, Path root, List<String[]> entries) throws IOException {
        StringBuilder ids = new StringBuilder();
        for (String[] e : entries) ids.append(e[0]).append('\n');
        Run batch = run(repo, ids.toString().getBytes(StandardCharsets.US_ASCII), "cat-file", "--batch");
        if (batch.exit != 0) throw new IOException("git cat-file failed: " + firstLine(batch.err));
        byte[] out = batch.out;
        int at = 0;
        for (String[] e : entries) {
            int eol = indexOf(out, (byte) '\n', at);
            if (eol < 0) throw new IOException("git cat-file ended early");
            String[] header = new String(out, at, eol - at, StandardCharsets.US_ASCII).split(" ");
            if (header.length != 3 || !header[1].equals("blob")) throw new IOException("git cannot read " + e[1]);
            int size = Integer.parseInt(header[2]);
            Path target = root.resolve(e[1]).normalize();
            if (!target.startsWith(root)) throw new IOException("a path outside the tree: " + e[1]);
            Files.createDirectories(target.getParent());
            try (OutputStream o = Files.newOutputStream(target)) {
                o.write(out, eol + 1, size);
            }
            at = eol + 1 + size + 1;
        }
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) return i;
        }
        return -1;
    }

    @Override
    public void close() {
        delete(root);
    }

    private static void delete(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a temporary folder left behind is the system's to clear
        }
    }

    private record Run(int exit, byte[] out, String err) {
    }

    private static Run git(Path dir, String... args) throws IOException {
        return run(dir, null, args);
    }

    private static String text(Run r, String what) throws IOException {
        if (r.exit != 0) throw new IOException(what + (r.err.isBlank() ? "" : " (git: " + firstLine(r.err) + ")"));
        return new String(r.out, StandardCharsets.UTF_8);
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** Runs git in {@code dir}, feeding {@code input} (or nothing) and reading both of its streams as it runs. */
    private static Run run(Path dir, byte[] input, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("--git needs git on the PATH, and it cannot be run (" + e.getMessage() + ")");
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) in.write(input);
        } catch (IOException e) {
            // git stopped reading: its exit status and message say why
        }
        try {
            int exit = p.waitFor();
            return new Run(exit, out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git ran");
        } catch (CompletionException e) {
            throw new IOException("cannot read what git wrote: " + e.getCause().getMessage());
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
