package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.dsl.parse.JsonArchitectureReader;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.parse.CpoReader;
import org.cpoadvisor.dsl.parse.Limits;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.FabricCheck;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads architectures from any of their forms (.cpo, .json, .yaml) against the built-in catalog. */
public final class Architectures {

    /** One root file and what reading it gave. */
    public record Checked(Path file, ReadResult result) {
    }

    private Architectures() {
    }

    public static ReadResult read(Path file) {
        return read(file, BuiltinCatalog.get());
    }

    /** Reads a .cpo, .json or .yaml file against a catalog (the built-in one, or one an {@link Advisor} extends). */
    static ReadResult read(Path file, Catalog catalog) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        CpoReader reader = new CpoReader(catalog, Limits.DEFAULT);
        if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
            return withFabricChecks(new JsonArchitectureReader(reader).read(file), catalog);
        }
        return withFabricChecks(reader.read(file), catalog);
    }

    /** Reads text as a .cpo file, with every check. */
    public static ReadResult read(String text, String name) {
        return read(text, name, BuiltinCatalog.get());
    }

    static ReadResult read(String text, String name, Catalog catalog) {
        return withFabricChecks(new CpoReader(catalog, Limits.DEFAULT).read(text, name), catalog);
    }

    /**
     * Reads text that is no file (standard input), named {@code name} in diagnostics, with every check:
     * its imports resolve against {@code importBase} and must stay inside it; {@code syntax} JSON, YAML
     * or ({@code null}) the language.
     */
    public static ReadResult read(String text, String name, Path importBase, Syntax syntax) {
        return read(text, name, importBase, syntax, BuiltinCatalog.get());
    }

    static ReadResult read(String text, String name, Path importBase, Syntax syntax, Catalog catalog) {
        ReadResult r = new CpoReader(catalog, Limits.DEFAULT).read(text, name, importBase, syntax);
        java.util.Map<String, List<String>> known = new java.util.HashMap<>();
        known.put(name, text.lines().toList()); // no file to read the source lines of the sizing's diagnostics from
        return withFabricChecks(r, catalog, known);
    }

    /** Adds the checks that need the sizing to a clean read (docs/model.md: tiers too few is a diagnostic). */
    public static ReadResult withFabricChecks(ReadResult r) {
        return withFabricChecks(r, BuiltinCatalog.get());
    }

    static ReadResult withFabricChecks(ReadResult r, Catalog catalog) {
        return withFabricChecks(r, catalog, new java.util.HashMap<>());
    }

    /** With {@code files}: the lines of files already known by name (each file read once, not once a diagnostic). */
    private static ReadResult withFabricChecks(ReadResult r, Catalog catalog, java.util.Map<String, List<String>> files) {
        if (r.hasErrors() || r.architecture() == null) return r;
        List<org.cpoadvisor.dsl.diag.Diagnostic> more = FabricCheck.check(r.architecture(), r.sources(), catalog);
        if (more.isEmpty()) return r;
        List<org.cpoadvisor.dsl.diag.Diagnostic> all = new ArrayList<>(r.diagnostics());
        for (org.cpoadvisor.dsl.diag.Diagnostic d : more) {
            all.add(d.location() == null ? d : d.withSourceLine(sourceLine(d.location(), files)));
        }
        all.sort(org.cpoadvisor.dsl.diag.Diagnostic.ORDER);
        return r.withDiagnostics(all);
    }

    static String sourceLine(org.cpoadvisor.dsl.diag.SourceLocation at, java.util.Map<String, List<String>> files) {
        List<String> lines = files.computeIfAbsent(at.file(), f -> {
            try {
                return java.nio.file.Files.readAllLines(Path.of(f));
            } catch (java.io.IOException | RuntimeException e) {
                return List.of();
            }
        });
        return at.line() >= 1 && at.line() <= lines.size() ? lines.get(at.line() - 1) : null;
    }

    /**
     * Reads several files as a user names them (a folder, a glob): a file that another
     * of them imports is a fragment, checked as part of its importer and not alone.
     */
    public static List<Checked> readAll(List<Path> files) {
        return readAll(files, BuiltinCatalog.get());
    }

    static List<Checked> readAll(List<Path> files, Catalog catalog) {
        List<Checked> all = new ArrayList<>();
        Set<Path> imported = new HashSet<>();
        for (Path p : files) {
            ReadResult r = read(p, catalog);
            all.add(new Checked(p, r));
            for (String f : r.files().subList(Math.min(1, r.files().size()), r.files().size())) {
                imported.add(Path.of(f).toAbsolutePath().normalize());
            }
        }
        List<Checked> roots = new ArrayList<>();
        for (Checked c : all) {
            if (!imported.contains(c.file().toAbsolutePath().normalize())) {
                roots.add(c);
            }
        }
        return roots;
    }

    /** {@code 3 files, 1 error, 0 warnings}. */
    public static String summary(long files, long errors, long warnings) {
        return files + (files == 1 ? " file, " : " files, ") + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
