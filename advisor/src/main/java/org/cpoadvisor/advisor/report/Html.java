package org.cpoadvisor.advisor.report;

import org.cpoadvisor.dsl.diag.SafeText;

import java.util.Locale;

/** Escaping and number formatting for the HTML report. Every text from a file goes through {@link #esc}. */
final class Html {

    private Html() {
    }

    /** Text safe in element content and in quoted attribute values; {@code null} gives "". */
    static String esc(Object value) {
        if (value == null) return "";
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // a control or bidi character is shown, not obeyed (SafeText): U+202E as the text \\u202E
                    if (SafeText.unsafe(ch) && ch != '\n' && ch != '\t') out.append(SafeText.visible(ch));
                    else out.append(ch);
                }
            }
        }
        return out.toString();
    }

    /** An amount with thousands separators and no decimals, as the text report writes it. */
    static String money(double v) {
        return TextViews.money(v);
    }

    /** An amount with a sign, for changes. */
    static String signedMoney(double v) {
        long r = Math.round(v);
        return (r > 0 ? "+" : r < 0 ? "\u2212" : "") + money(Math.abs(v));
    }

    /** A short amount: 1.23 B, 45.6 M, 789 k. */
    static String shortMoney(double v) {
        double a = Math.abs(v);
        String sign = v < 0 ? "\u2212" : "";
        if (a >= 1e9) return sign + trim(a / 1e9, 2) + " B";
        if (a >= 1e6) return sign + trim(a / 1e6, 1) + " M";
        if (a >= 1e4) return sign + trim(a / 1e3, 0) + " k";
        return sign + money(a);
    }

    /** Watts as kilowatts with one decimal, as the text report writes them. */
    static String kw(double watts) {
        return TextViews.kw(watts);
    }

    /** A count with thousands separators, as the text report writes it. */
    static String count(long v) {
        return TextViews.count(v);
    }

    static String pct(double fraction) {
        return Numbers.fixed(fraction * 100, 1) + "\u00a0%";
    }

    /** A number for SVG coordinates: two decimals at most, no exponent. */
    static String num(double v) {
        return trim(v, 2);
    }

    /** {@code v} with at most {@code decimals} decimals, trailing zeros dropped. */
    static String trim(double v, int decimals) {
        String s = Numbers.fixed(v, decimals);
        if (s.indexOf('.') >= 0) {
            int end = s.length();
            while (s.charAt(end - 1) == '0') end--;
            if (s.charAt(end - 1) == '.') end--;
            s = s.substring(0, end);
        }
        return s.equals("-0") ? "0" : s;
    }

    static String gbps(double v) {
        return v >= 1000 ? trim(v / 1000, 2) + "T" : trim(v, 2) + "G";
    }

    /** The colour class of a verdict in the pages' CSS: adopt, pilot and wait have their own, prepare the other one. */
    static String verdictClass(org.cpoadvisor.advisor.advice.Verdict v) {
        return switch (v) {
            case ADOPT, PILOT, WAIT -> v.word();
            case PREPARE -> "other";
        };
    }

    /** A verdict as a coloured badge. */
    static String badge(org.cpoadvisor.advisor.advice.Verdict v) {
        return "<span class=\"badge v-" + verdictClass(v) + "\">" + v.word() + "</span>";
    }
}
