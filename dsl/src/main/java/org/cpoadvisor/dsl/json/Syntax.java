package org.cpoadvisor.dsl.json;

import java.util.regex.Pattern;

/** The two document syntaxes an architecture may be written in besides the language: JSON and YAML. */
public enum Syntax {
    JSON, YAML;

    /** A YAML mapping key at the start of a line: {@code architecture:}, {@code "sites":}. */
    private static final Pattern YAML_KEY = Pattern.compile("^(?:[A-Za-z_][\\w.-]*|\"[^\"]*\"|'[^']*')[ \\t]*:(?:[ \\t]|$).*");

    /**
     * The syntax of text whose name says none (standard input), from its first lines: JSON when
     * the first character that is not white space is <code>{</code> or {@code [}; YAML when the
     * first line that is not blank is a YAML comment ({@code #}), a document start ({@code ---}),
     * a directive ({@code %YAML}) or a mapping key ({@code architecture: …}); else ({@code null})
     * the language, whose statements never start so ({@code architecture "…"}, {@code site "…" {},
     * {@code //} comments).
     */
    public static Syntax sniff(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String s = t.stripLeading();
        if (s.startsWith("{") || s.startsWith("[")) return JSON;
        for (String line : (Iterable<String>) t.lines()::iterator) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (l.startsWith("#") || l.startsWith("---") || l.startsWith("%YAML") || YAML_KEY.matcher(l).matches()) return YAML;
            return null;
        }
        return null;
    }
}
