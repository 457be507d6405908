package org.cpoadvisor.dsl.diag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for control and bidirectional characters on their way to a terminal, a log or a report. */
class SafeTextTest {

    @Test
    void controlsBidiControlsAndSeparatorsAreUnsafeAndNothingElse() {
        for (int cp = 0; cp < 0x20; cp++) assertThat(SafeText.unsafe(cp)).as("U+%04X", cp).isTrue();
        for (int cp = 0x7F; cp <= 0x9F; cp++) assertThat(SafeText.unsafe(cp)).as("U+%04X", cp).isTrue();
        for (int cp : new int[]{0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                0x2028, 0x2029}) {
            assertThat(SafeText.unsafe(cp)).as("U+%04X", cp).isTrue();
        }
        // letters of any script, marks, joiners, symbols and emoji are text
        for (int cp : new int[]{' ', 'a', '~', 0xA0, 0xE9, 0x05D0, 0x0627, 0x200D, 0x2212, 0x4E2D, 0xFFFD, 0x1F600}) {
            assertThat(SafeText.unsafe(cp)).as("U+%04X", cp).isFalse();
        }
    }

    @Test
    void aLineShowsEveryUnsafeCharacterAsItsEscapeAndTextKeepsNewlinesAndTabs() {
        String s = "a\u202Eb\u001B[2J\tc\nd\u0085";
        assertThat(SafeText.line(s)).isEqualTo("a\\u202Eb\\u001B[2J\\u0009c\\u000Ad\\u0085");
        assertThat(SafeText.text(s)).isEqualTo("a\\u202Eb\\u001B[2J\tc\nd\\u0085");
        assertThat(SafeText.isSafeText(SafeText.text(s))).isTrue();
        assertThat(SafeText.isSafeText(s)).isFalse();
    }

    @Test
    void safeTextIsReturnedAsItIsAndEscapingTwiceChangesNothing() {
        String plain = "estate.cpo:3:5: warning CPO209: `pue` is set twice — 中文 😀";
        assertThat(SafeText.line(plain)).isSameAs(plain);
        assertThat(SafeText.text(null)).isNull();
        String once = SafeText.line("x\u2067y\u0000");
        assertThat(SafeText.line(once)).isEqualTo(once).isEqualTo("x\\u2067y\\u0000");
        assertThat(SafeText.visible(0x7)).isEqualTo("\\u0007");
    }
}
