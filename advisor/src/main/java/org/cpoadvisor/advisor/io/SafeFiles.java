package org.cpoadvisor.advisor.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes the files {@code cpo} makes (reports, baselines, {@code fmt --write},
 * {@code init}, the REPL's {@code save} and {@code export}, the Maven plugin's reports)
 * without losing or damaging what is at the path:
 *
 * <ul>
 *   <li>a regular file, or a new one, is replaced atomically: the text goes to a new
 *       file beside it, which is then moved over it, so a reader sees the old file or
 *       the new one, never half of one. A file this process may not write is left as
 *       it is (permission denied), even where the folder would let it be replaced. The new file keeps the permissions (and, where
 *       allowed, the owner and group) of the file it replaces; a new file gets those
 *       the umask gives, as any program's new file does;</li>
 *   <li>a symbolic link is followed: its target is written (replaced as above), the
 *       link stays;</li>
 *   <li>what is not a regular file (a device such as {@code /dev/null}, a FIFO, a
 *       terminal, {@code /dev/stdout} and everything reached through {@code /dev} or
 *       {@code /proc} links) is written through, never replaced;</li>
 *   <li>a failure names no temporary file: {@link #write} throws an {@link IOException}
 *       whose message is the reason in words ({@code permission denied},
 *       {@code read-only file system}, {@code is a directory}), for the caller to put
 *       after the path the user gave.</li>
 * </ul>
 */
public final class SafeFiles {

    /** The path {@code -}: standard output, as the option {@code -o -} means it. */
    public static final String STANDARD_OUTPUT = "-";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINKS = 40;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SafeFiles() {
    }

    /** Whether {@code path} is {@code -}, standard output. */
    public static boolean isStandardOutput(Path path) {
        return path != null && path.toString().equals(STANDARD_OUTPUT);
    }

    /**
     * The input that {@code target} is (the same file, whatever the path or link that
     * names it), or {@code null} when it is none of them or does not exist.
     */
    public static Path sameFile(Path target, Collection<Path> inputs) {
        if (target == null || isStandardOutput(target) || !Files.exists(target)) return null;
        for (Path in : inputs) {
            try {
                if (Files.exists(in) && Files.isSameFile(target, in)) return in;
            } catch (IOException | SecurityException e) {
                // an input that cannot be compared is not the target: writing would have failed on it too
            }
        }
        return null;
    }

    /** Writes {@code text} as UTF-8 to {@code target}; the exception's message is the reason, in words. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target}; the exception's message is the reason, in words. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path given = target.toAbsolutePath();
        Path file = given;
        boolean links = false;
        try {
            for (int hops = 0; Files.isSymbolicLink(file); hops++) {
                if (hops == MAX_LINKS) throw new IOException("too many levels of symbolic links");
                if (special(file)) {
                    // /dev/stdout, /proc/self/fd/1: the kernel knows where they lead (a pipe, a terminal); write through them
                    writeThrough(given, bytes);
                    return;
                }
                Path link = Files.readSymbolicLink(file);
                file = file.resolveSibling(link).normalize();
                links = true;
            }
        } catch (IOException e) {
            throw failure(e, null);
        }
        BasicFileAttributes attributes = attributes(file);
        if (attributes != null && attributes.isDirectory()) throw new IOException("is a directory");
        if (attributes != null && !attributes.isRegularFile()) {
            writeThrough(file, bytes); // a device, a FIFO, a socket: never replaced
            return;
        }
        if (attributes != null && !Files.isWritable(file)) {
            // the folder would let a new file take its place, but a file its owner made read-only stays as it is
            throw new IOException("permission denied (the file is read-only)");
        }
        replace(file, attributes != null, !links, bytes);
    }

    private static boolean special(Path p) {
        return p.startsWith("/dev") || p.startsWith("/proc");
    }

    private static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw failure(e, null);
        }
    }

    private static void writeThrough(Path p, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(p, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(bytes);
        } catch (IOException e) {
            throw failure(e, null);
        }
    }

    private static void replace(Path file, boolean exists, boolean makeFolders, byte[] bytes) throws IOException {
        Path dir = file.getParent();
        if (makeFolders && !exists && !Files.exists(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw failure(e, null);
            }
        }
        Path temp = dir.resolve("." + file.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
        try {
            // a file opened as any program opens one: its permissions are those the umask gives
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(bytes);
            } catch (IOException e) {
                throw failure(e, exists ? "replacing it safely needs a new file in " + shown(dir) : null);
            }
            if (exists && POSIX) keepAttributes(file, temp);
            try {
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw failure(e, null);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done about a temporary file that cannot be removed
            }
        }
    }

    /** The permissions of the file replaced, and its owner and group where this process may set them. */
    private static void keepAttributes(Path from, Path to) throws IOException {
        PosixFileAttributes old;
        try {
            old = Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // gone meanwhile: the new file keeps the umask's permissions
        }
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            view.setPermissions(old.permissions());
        } catch (IOException e) {
            throw failure(e, null);
        }
        try {
            PosixFileAttributes now = view.readAttributes();
            if (!now.group().equals(old.group())) view.setGroup(old.group());
            if (!now.owner().equals(old.owner())) view.setOwner(old.owner());
            if (!now.permissions().equals(old.permissions())) view.setPermissions(old.permissions()); // chown may clear bits
        } catch (IOException | SecurityException e) {
            // only the owner's own groups, or root, may give a file away: it stays the writer's
        }
    }

    private static String shown(Path dir) {
        Path cwd = Path.of("").toAbsolutePath();
        if (dir.equals(cwd)) return "the current folder";
        return (dir.startsWith(cwd) ? cwd.relativize(dir) : dir) + "/";
    }

    /** An exception whose message is the reason in words (never the temporary file's name), with {@code context} after it. */
    private static IOException failure(IOException e, String context) {
        String reason = reason(e);
        return new IOException(context == null ? reason : reason + " (" + context + ")", e);
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "not a directory"; // a file where a folder was to be made
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) return lowerFirst(f.getReason());
            return "cannot write";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : lowerFirst(e.getMessage());
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) return s; // an acronym stays
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
