package org.cpoadvisor.dsl.diag;

/**
 * The stable diagnostic codes. A code never changes meaning once released; new
 * problems get new codes. {@code CPO1xx} are syntax, {@code CPO2xx} meaning and
 * {@code CPO3xx} files. Each has a short title for reports (SARIF rule names,
 * documentation) and a default severity.
 */
public enum Code {
    CPO101("unexpected input", Severity.ERROR),
    CPO102("unclosed block", Severity.ERROR),
    CPO103("unterminated string", Severity.ERROR),
    CPO104("unterminated comment", Severity.ERROR),
    CPO105("invalid character", Severity.ERROR),
    CPO106("bad number", Severity.ERROR),
    CPO107("unknown unit", Severity.ERROR),
    CPO108("missing or malformed value", Severity.ERROR),
    CPO109("bad escape in string", Severity.ERROR),
    CPO110("blocks nested too deeply", Severity.ERROR),
    CPO111("more than one document", Severity.ERROR),
    CPO112("unknown YAML tag", Severity.ERROR),
    CPO113("YAML alias cannot be expanded", Severity.ERROR),

    CPO201("unknown property", Severity.ERROR),
    CPO202("duplicate name", Severity.ERROR),
    CPO203("unknown catalog id", Severity.ERROR),
    CPO204("value out of range", Severity.ERROR),
    CPO205("shares do not add up to 100 %", Severity.ERROR),
    CPO206("currency without a rate", Severity.ERROR),
    CPO207("speeds do not fit", Severity.ERROR),
    CPO208("unknown value", Severity.ERROR),
    CPO209("property set twice", Severity.WARNING),
    CPO210("missing required property", Severity.ERROR),
    CPO211("architecture statement missing or repeated", Severity.ERROR),
    CPO212("wrong unit for the property", Severity.ERROR),
    CPO213("contradictory settings", Severity.ERROR),
    CPO214("tiers too few for the GPU count", Severity.ERROR),
    CPO215("fabric cannot be built", Severity.ERROR),
    CPO216("too many sites or clusters", Severity.ERROR),
    CPO220("catalog entry replaces a built-in one", Severity.NOTE),
    CPO230("suppression without a finding or reason", Severity.ERROR),
    CPO231("suppression of an unknown finding", Severity.WARNING),
    CPO232("suppression that silences nothing", Severity.WARNING),
    CPO233("suppression in the wrong place", Severity.WARNING),
    CPO240("range runs backwards", Severity.ERROR),
    CPO241("empty range", Severity.ERROR),
    CPO242("range in another unit than its value", Severity.ERROR),
    CPO243("value outside its range", Severity.ERROR),
    CPO244("range where none is allowed", Severity.ERROR),

    CPO301("file not found", Severity.ERROR),
    CPO302("import cycle", Severity.ERROR),
    CPO303("import outside the root folder", Severity.ERROR),
    CPO304("imported file is not a fragment", Severity.ERROR),
    CPO305("file too large", Severity.ERROR),
    CPO306("not a UTF-8 text file", Severity.ERROR),
    CPO307("file cannot be read", Severity.ERROR),
    CPO308("empty file", Severity.ERROR),
    CPO309("too many imports", Severity.ERROR),
    CPO310("rule pack does not compile", Severity.ERROR),
    CPO311("rule pack fails when run", Severity.ERROR),
    CPO320("unknown key in the project configuration", Severity.ERROR),
    CPO321("bad value in the project configuration", Severity.ERROR);

    private final String title;
    private final Severity severity;

    Code(String title, Severity severity) {
        this.title = title;
        this.severity = severity;
    }

    public String title() {
        return title;
    }

    public Severity defaultSeverity() {
        return severity;
    }
}
