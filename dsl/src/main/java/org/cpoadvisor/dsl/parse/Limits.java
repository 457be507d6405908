package org.cpoadvisor.dsl.parse;

/**
 * Bounds on what one read may take in, so that a wrong file never costs a hang or
 * an out-of-memory error.
 *
 * @param maxFileBytes  the largest single file (and the largest text read as one)
 * @param maxImports    the most files one architecture may import, all told
 * @param maxImportDepth the deepest chain of imports
 * @param maxClusters   the most clusters one architecture may hold, all files together
 *                      (and so the most sites: each needs a cluster)
 */
public record Limits(long maxFileBytes, int maxImports, int maxImportDepth, int maxClusters) {

    private static final int DEFAULT_MAX_CLUSTERS = 100_000;

    /**
     * The most characters a number may have, written out (CPO106): a double holds at most
     * 309 digits before the point, and parsing time grows with the square of the digits.
     * A JSON or YAML number in exponent form is measured as it would be written out
     * ({@code 1e999999999} has a billion digits).
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * 4 MiB a file: a thousand times the largest sample, far below any heap. 100,000
     * clusters: ten times the largest estate advised in a few seconds (see the README's
     * Performance section); an estate that large is a generator gone wrong.
     */
    public static final Limits DEFAULT = new Limits(4L * 1024 * 1024, 256, 16, DEFAULT_MAX_CLUSTERS);

    /** The default cluster limit with the other three given. */
    public Limits(long maxFileBytes, int maxImports, int maxImportDepth) {
        this(maxFileBytes, maxImports, maxImportDepth, DEFAULT_MAX_CLUSTERS);
    }
}
