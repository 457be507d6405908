package org.cpoadvisor.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Expands the file arguments of a command: plain paths, folders and globs ({@code arch/**.cpo}). */
final class Inputs {

    private Inputs() {
    }

    /** The FILE arguments, or the current folder ({@code .}) when there are none. */
    static List<String> orCurrentFolder(List<String> args) {
        return args == null || args.isEmpty() ? List.of(".") : args;
    }

    /**
     * The files the arguments name, or null after saying on {@code err} why they cannot be had
     * (a usage or I/O error: the command exits 2).
     */
    static List<Path> expand(List<String> args, PrintWriter err) {
        try {
            return expand(args);
        } catch (IOException e) {
            err.println("cpo: " + e.getMessage());
            return null;
        }
    }

    static List<Path> expand(List<String> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String arg : args) {
            // a file that exists is itself, even when its name holds `[`, `*` or `?`
            if (!arg.contains("*") && !arg.contains("?") && !arg.contains("[") || exists(arg)) {
                // the current folder's files are named as `arch/a.cpo`, not `./arch/a.cpo`
                Path p = arg.equals(".") || arg.equals("./") ? Path.of("") : Path.of(arg);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.walk(p)) {
                        s.filter(f -> f.toString().endsWith(".cpo") && Files.isRegularFile(f)).sorted().forEach(out::add);
                    }
                } else {
                    out.add(p);
                }
                continue;
            }
            int cut = firstGlobChar(arg);
            int slash = arg.lastIndexOf('/', cut);
            Path base = slash < 0 ? Path.of(".") : Path.of(arg.substring(0, slash + 1));
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + arg);
            } catch (PatternSyntaxException e) {
                throw new IOException("`" + arg + "` is neither a file nor a valid glob: " + e.getDescription());
            }
            TreeSet<Path> found = new TreeSet<>();
            if (Files.isDirectory(base)) {
                try (Stream<Path> s = Files.walk(base)) {
                    s.filter(Files::isRegularFile)
                            .map(f -> slash < 0 ? base.relativize(f) : f)
                            .filter(matcher::matches)
                            .forEach(found::add);
                }
            }
            if (found.isEmpty()) {
                throw new IOException("no file matches `" + arg + "`");
            }
            out.addAll(found);
        }
        return out;
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[') return i;
        }
        return s.length();
    }
}
