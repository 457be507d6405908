package org.cpoadvisor.advisor.repl;

import java.util.ArrayList;
import java.util.List;

/** The small text helpers of the REPL's commands: words, quotes, {@code ~}, plurals. */
final class Words {

    private Words() {
    }

    /** Whitespace-separated words; a double-quoted part keeps its spaces (and its quotes). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) quoted = !quoted;
            if (!quoted && Character.isWhitespace(c)) {
                if (w.length() > 0) out.add(w.toString());
                w.setLength(0);
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static String home(String p) {
        return p.equals("~") || p.startsWith("~/") ? System.getProperty("user.home") + p.substring(1) : p;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String unescape(String quoted) {
        String s = quoted.length() >= 2 && quoted.endsWith("\"") ? quoted.substring(1, quoted.length() - 1) : quoted.substring(1);
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    static String firstWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(0);
    }
}
