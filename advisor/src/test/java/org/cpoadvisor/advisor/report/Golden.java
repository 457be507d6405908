package org.cpoadvisor.advisor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewed reports kept under {@code src/test/resources/golden/}. Paths in them are
 * relative to the repository root ({@code samples/…}). To rewrite them after a
 * deliberate change, run the tests with {@code -Dgolden.update=true}, then read the
 * diff before committing: the golden files are documentation.
 */
final class Golden {

    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        String text = actual.replace("../samples/", "samples/");
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, text);
        }
        assertThat(text).as("golden/" + name + " (rewrite with -Dgolden.update=true, then review)")
                .isEqualTo(Files.readString(file));
    }
}
