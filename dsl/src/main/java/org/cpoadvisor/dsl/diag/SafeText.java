package org.cpoadvisor.dsl.diag;

/**
 * The one rule for text that came from an input (a file, a file name, an argument) on
 * its way to a terminal, a log or a report: no control character and no bidirectional
 * control passes raw. Those characters could drive a terminal (an escape sequence that
 * clears the screen or rewrites a line), forge lines in a log, or reorder what a reader
 * sees (U+202E, the right-to-left override, makes a name ending in {@code txt.exe} read
 * as one ending in {@code exe.txt}).
 *
 * <p>The characters are the C0 controls (U+0000–U+001F), DEL and the C1 controls
 * (U+007F–U+009F), the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029). Texts for
 * people (the terminal, diagnostics, text, Markdown, HTML and CSV reports, logs) show
 * each as a visible escape, <code>&#92;u202E</code>; formats with an escape of their own keep the
 * exact text with it (JSON and SARIF <code>&#92;u202E</code>, JUnit XML <code>&amp;#x202E;</code>).
 * Tab and newline are kept where a text has several lines ({@link #text}).
 */
public final class SafeText {

    private SafeText() {
    }

    /** Whether {@code cp} never passes raw. */
    public static boolean unsafe(int cp) {
        return cp < 0x20
                || (cp >= 0x7F && cp <= 0x9F)
                || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x2028 || cp == 0x2029;
    }

    /** The visible escape of a character: <code>&#92;u202E</code>. */
    public static String visible(int cp) {
        String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        return "\\u" + "0000".substring(Math.min(4, hex.length())) + hex;
    }

    /** One line of text: every unsafe character, tab and newline included, as its visible escape; {@code null} stays null. */
    public static String line(String s) {
        return escape(s, false);
    }

    /** Text of several lines: newlines and tabs kept, every other unsafe character as its visible escape; {@code null} stays null. */
    public static String text(String s) {
        return escape(s, true);
    }

    /** Whether {@code s} holds no unsafe character other than newline and tab. */
    public static boolean isSafeText(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c) && c != '\n' && c != '\t') return false;
        }
        return true;
    }

    private static String escape(String s, boolean lines) {
        if (s == null) return null;
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (escaped(s, i, lines)) {
                first = i;
                break;
            }
        }
        if (first < 0) return s; // the usual case: nothing to do, nothing allocated
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i); // every unsafe character is in the BMP: chars suffice
            if (escaped(s, i, lines)) b.append(visible(c));
            else b.append(c);
        }
        return b.toString();
    }

    private static boolean escaped(char c, boolean lines) {
        return unsafe(c) && !(lines && (c == '\n' || c == '\t'));
    }

    /** The char at {@code i} is escaped: an unsafe character, or half a surrogate pair standing alone. */
    private static boolean escaped(String s, int i, boolean lines) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return escaped(c, lines);
    }
}
