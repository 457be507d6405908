package org.cpoadvisor.dsl.diag;

import java.nio.file.Path;
import java.util.List;

/**
 * The text of one source file as read.
 *
 * @param path  the file, or {@code null} for text that came from elsewhere (the REPL, a string)
 * @param name  the name diagnostics print ({@code samples/acme.cpo})
 */
public record SourceText(Path path, String name, String text) {

    public List<String> lines() {
        return text.lines().toList();
    }

    /** The text of a 1-based line, or {@code null} past the end. */
    public String line(int line) {
        List<String> all = lines();
        return line >= 1 && line <= all.size() ? all.get(line - 1) : null;
    }
}
