package org.cpoadvisor.dsl.diag;

import java.util.Objects;

/**
 * A place in a source file: 1-based line, 1-based column (in characters), and the
 * length of the marked text (at least 1).
 */
public record SourceLocation(String file, int line, int column, int length) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 1) line = 1;
        if (column < 1) column = 1;
        if (length < 1) length = 1;
    }

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column, 1);
    }

    /** {@code file:line:column}, as compilers and linters print it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
