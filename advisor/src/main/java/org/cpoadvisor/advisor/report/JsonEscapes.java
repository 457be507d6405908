package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.cpoadvisor.dsl.diag.SafeText;

/**
 * JSON's own escapes for every character {@link SafeText} keeps from passing raw: the
 * controls Jackson escapes anyway, and DEL, the C1 controls, the bidirectional controls
 * and the line and paragraph separators, which it would write as they are; and every
 * surrogate half, since the generator sees one char at a time and cannot tell a lone
 * half (which UTF-8 cannot hold) from half of a pair (a pair escaped as two halves reads
 * back as the same character). The text read back is exactly the text written; the file
 * holds none of them raw. The JSON and
 * SARIF reports and the baseline are written with it.
 */
public final class JsonEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    /** The one instance: it holds no state. */
    public static final JsonEscapes INSTANCE = new JsonEscapes();

    private final int[] ascii;

    private JsonEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return SafeText.unsafe(ch) || Character.isSurrogate((char) ch) ? new SerializedString(SafeText.visible(ch)) : null;
    }
}
