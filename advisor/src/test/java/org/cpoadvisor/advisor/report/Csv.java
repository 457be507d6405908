package org.cpoadvisor.advisor.report;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A strict CSV reader for the tests (the escaping test, the fuzz suite). */
public final class Csv {

    private Csv() {
    }

    /** RFC 4180, strictly: a quote inside a quoted field is doubled; nothing else is special inside quotes. */
    public static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field.length()).as("a quote inside an unquoted field at %d", i).isZero();
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
                wasQuoted = false;
            } else {
                assertThat(wasQuoted).as("text after a closing quote at %d", i).isFalse();
                field.append(c);
            }
        }
        assertThat(quoted).as("a quoted field is never closed").isFalse();
        assertThat(row).as("the last line ends with CRLF").isEmpty();
        return rows;
    }
}
