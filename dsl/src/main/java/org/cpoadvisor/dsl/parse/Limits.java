package org.cpoadvisor.dsl.parse;

/**
 * Bounds on what one read may take in, so that a wrong file never costs a hang or
 * an out-of-memory error.
 *
 * @param maxFileBytes  the largest single file
 * @param maxImports    the most files one architecture may import, all told
 * @param maxImportDepth the deepest chain of imports
 */
public record Limits(long maxFileBytes, int maxImports, int maxImportDepth) {

    /** 4 MiB a file: a thousand times the largest sample, far below any heap. */
    public static final Limits DEFAULT = new Limits(4L * 1024 * 1024, 256, 16);
}
