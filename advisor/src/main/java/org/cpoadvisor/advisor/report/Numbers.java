package org.cpoadvisor.advisor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The number formats of the reports, written out instead of through {@link String#format}:
 * a report of 10,000 clusters formats some millions of numbers, and each {@code format}
 * call parses its pattern and builds its symbols again. The output is exactly that of
 * {@code String.format(Locale.ROOT, "%.Nf")} and {@code "%,.Nf"} / {@code "%,d"}
 * (Java rounds the shortest decimal form of a double half up, as
 * {@link BigDecimal#valueOf(double)} with {@link RoundingMode#HALF_UP} does; a negative
 * value that rounds to zero keeps its sign); a property test holds them equal.
 */
final class Numbers {

    private Numbers() {
    }

    /** As {@code String.format(Locale.ROOT, "%." + decimals + "f", v)}. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) return String.format(Locale.ROOT, "%." + decimals + "f", v);
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return negativeZero(v, s) ? "-" + s : s;
    }

    /** As {@code String.format(Locale.ROOT, "%,." + decimals + "f", v)}: thousands separated by commas. */
    static String grouped(double v, int decimals) {
        if (!Double.isFinite(v)) return String.format(Locale.ROOT, "%,." + decimals + "f", v);
        String s = fixed(v, decimals);
        int start = s.startsWith("-") ? 1 : 0;
        int point = s.indexOf('.');
        int end = point < 0 ? s.length() : point;
        return group(s, start, end);
    }

    /** As {@code String.format(Locale.ROOT, "%,d", v)}. */
    static String grouped(long v) {
        String s = Long.toString(v);
        return group(s, v < 0 ? 1 : 0, s.length());
    }

    private static String group(String s, int start, int end) {
        int digits = end - start;
        if (digits <= 3) return s;
        StringBuilder out = new StringBuilder(s.length() + digits / 3);
        out.append(s, 0, start);
        int first = digits % 3 == 0 ? 3 : digits % 3;
        out.append(s, start, start + first);
        for (int i = start + first; i < end; i += 3) {
            out.append(',').append(s, i, i + 3);
        }
        out.append(s, end, s.length());
        return out.toString();
    }

    /** Java's formatter writes "-0" and "-0.0" for negative values that round to zero; BigDecimal has no negative zero. */
    private static boolean negativeZero(double v, String s) {
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        if (!negative || s.startsWith("-")) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '0' && c != '.') return false;
        }
        return true;
    }
}
