package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.json.JsonArchitectureReader;
import org.cpoadvisor.dsl.parse.CpoReader;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;

import java.nio.file.Path;
import java.util.Locale;

/** Reads an architecture from any of its forms (.cpo, .json, .yaml) against the built-in catalog. */
public final class Architectures {

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
}
