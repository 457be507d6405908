package org.cpoadvisor.dsl.diag;

/** How serious a diagnostic is. A file with an {@link #ERROR} is never advised on. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case word used in messages and reports. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The word ({@code error}, …), as reports print it. */
    @Override
    public String toString() {
        return word();
    }
}
