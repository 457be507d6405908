package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.model.Catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The dsl tests' own small catalog ({@code src/test/resources/test-catalog.cpo}). */
public final class TestCatalog {

    private static Catalog catalog;

    private TestCatalog() {
    }

    public static synchronized Catalog get() {
        if (catalog == null) {
            try {
                ReadResult r = new CpoReader().readFragment(Files.readString(Path.of("src/test/resources/test-catalog.cpo")), "test-catalog.cpo");
                if (r.hasErrors()) {
                    throw new IllegalStateException(r.diagnostics().toString());
                }
                catalog = new Catalog(r.architecture().catalog());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalog;
    }

    public static CpoReader reader() {
        return new CpoReader(get(), Limits.DEFAULT);
    }

    /** A text read as {@code t.cpo} that must give no diagnostic at all (the test fails with them printed). */
    public static org.cpoadvisor.dsl.model.Architecture readClean(String text) {
        ReadResult r = reader().read(text, "t.cpo");
        org.assertj.core.api.Assertions.assertThat(r.diagnostics())
                .as(org.cpoadvisor.dsl.diag.DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        return r.architecture();
    }

    /** A text read as {@code t.cpo}, diagnostics and all. */
    public static ReadResult readAny(String text) {
        return reader().read(text, "t.cpo");
    }
}
