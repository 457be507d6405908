package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.json.JsonArchitectureReader;
import org.cpoadvisor.dsl.parse.CpoReader;
import org.cpoadvisor.dsl.parse.ReadResult;
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
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        CpoReader reader = BuiltinCatalog.reader();
        if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
            return new JsonArchitectureReader(reader).read(file);
        }
        return reader.read(file);
    }

    /**
     * Reads several files as a user names them (a folder, a glob): a file that another
     * of them imports is a fragment, checked as part of its importer and not alone.
     */
    public static List<Checked> readAll(List<Path> files) {
        List<Checked> all = new ArrayList<>();
        Set<Path> imported = new HashSet<>();
        for (Path p : files) {
            ReadResult r = read(p);
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
