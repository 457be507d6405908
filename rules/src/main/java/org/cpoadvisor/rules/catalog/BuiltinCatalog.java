package org.cpoadvisor.rules.catalog;

import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.parse.CpoReader;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The built-in hardware catalog. It is written in the language itself
 * ({@code builtin.cpo}, a fragment of {@code catalog} blocks) so that every figure
 * sits next to its {@code source}, users read it in the syntax they write, and a
 * file's {@code catalog} block overrides it entry by entry.
 */
public final class BuiltinCatalog {

    /** Where the catalog lives on the class path. */
    public static final String RESOURCE = "/org/cpoadvisor/rules/catalog/builtin.cpo";

    private static final class Holder {
        static final Catalog CATALOG = load();
    }

    private BuiltinCatalog() {
    }

    /** The built-in catalog, read once per class loader. */
    public static Catalog get() {
        return Holder.CATALOG;
    }

    /**
     * Starts reading the catalog on a daemon thread, so that a command line builds its
     * command model meanwhile; reading it also warms the parser for the user's files.
     * {@link #get()} waits for it (the JVM's class initialisation does); should the reading
     * fail, {@code get()} meets the failure.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                get();
            } catch (Throwable e) {
                // get() reports it; a background thread has no one to tell
            }
        }, "cpo-catalog-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The text of the catalog, as shipped. */
    public static String text() {
        try (InputStream in = BuiltinCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalog " + RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Catalog load() {
        ReadResult result = new CpoReader().readFragment(text(), "builtin.cpo");
        if (result.hasErrors() || result.architecture() == null) {
            // a defect of the build, never of the user's input: the tests read the catalog too
            throw new IllegalStateException("the built-in catalog does not read cleanly:\n"
                    + DiagnosticPrinter.render(result.diagnostics()));
        }
        return new Catalog(result.architecture().catalog(), result.architecture().ranges());
    }

    /** A reader that checks catalog ids against the built-in catalog. */
    public static CpoReader reader() {
        return new CpoReader(get(), org.cpoadvisor.dsl.parse.Limits.DEFAULT);
    }
}
