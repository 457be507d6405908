package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Code;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The documentation keeps step with the code, and nothing of ANTLR's reaches the console. */
class DocsTest {

    @Test
    void everyDiagnosticCodeIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/diagnostics.md"));
        for (Code code : Code.values()) {
            assertThat(doc).as(code.name()).contains("| " + code.name() + " | " + code.title() + " |");
        }
    }

    @Test
    void everyPropertyIsInTheLanguageReference() throws IOException {
        String doc = Files.readString(Path.of("../docs/language.md"));
        for (Map.Entry<String, Map<String, String>> block : Words.BLOCKS.entrySet()) {
            for (String property : block.getValue().keySet()) {
                assertThat(doc).as(block.getKey() + ": " + property).contains("`" + property + "`");
            }
        }
    }

    @Test
    void everyModelFigureHasItsRowInTheLanguageReference() throws IOException {
        String doc = Files.readString(Path.of("../docs/language.md"));
        for (org.cpoadvisor.dsl.model.ModelFigure f : org.cpoadvisor.dsl.model.ModelFigure.ALL) {
            // the whole row: its form and range as the table in the code says, not only its name
            String form = f.kind().name().toLowerCase(java.util.Locale.ROOT);
            String range = f.kind() == org.cpoadvisor.dsl.model.ModelFigure.Kind.SHARE
                    ? bound(java.math.BigDecimal.valueOf(f.min()).movePointRight(2)) + " .. "
                            + bound(java.math.BigDecimal.valueOf(f.max()).movePointRight(2)) + " %"
                    : bound(java.math.BigDecimal.valueOf(f.min())) + " .. " + bound(java.math.BigDecimal.valueOf(f.max()));
            assertThat(doc).as(f.name()).contains("| `" + f.name() + "` | " + form + " | " + range + " | `" + f.example() + "` | "
                    + f.meaning() + " |");
        }
    }

    /** A bound as the reference writes it: {@code 90}, {@code 0.5}, a million and up as a power of ten ({@code 10⁶}). */
    private static String bound(java.math.BigDecimal v) {
        java.math.BigDecimal d = v.stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= 6 && d.unscaledValue().equals(java.math.BigInteger.ONE)) {
            StringBuilder sb = new StringBuilder("10");
            for (char c : String.valueOf(exponent).toCharArray()) sb.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
            return sb.toString();
        }
        return d.toPlainString();
    }

    @Test
    void antlrPrintsNothingOfItsOwn() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            ReadResult r = TestCatalog.reader().read("architecture 42 { site ; \"x } %% @@ 1.2.3", "noise.cpo");
            assertThat(r.hasErrors()).isTrue();
            CanonicalFormatter.format("site { {", "noise.cpo");
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
