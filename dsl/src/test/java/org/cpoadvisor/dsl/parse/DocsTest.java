package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.lang.Language.Dimension;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation keeps step with the code (docs/language.md documents every row of
 * {@link Language} and no other), and nothing of ANTLR's reaches the console.
 */
class DocsTest {

    @Test
    void everyDiagnosticCodeIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("../docs/diagnostics.md"));
        for (Code code : Code.values()) {
            assertThat(doc).as(code.name()).contains("| " + code.name() + " | " + code.title() + " |");
        }
    }

    /** The tables of one {@code ## } section of the reference: rows of cells, header and rule lines left out. */
    private static List<List<String>> tableRows(String doc, String heading) {
        List<List<String>> rows = new ArrayList<>();
        boolean in = false, header = false;
        for (String line : doc.split("\n")) {
            if (line.startsWith("## ")) in = line.equals(heading);
            if (!in) continue;
            if (!line.startsWith("|")) {
                header = true;
                continue;
            }
            if (header || line.startsWith("|---")) {
                header = false;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1).split("(?<!\\\\)\\|", -1)) cells.add(cell.strip());
            rows.add(cells);
        }
        return rows;
    }

    /** The words in backquotes at the start of a cell: {@code `power`, `price`} is power and price. */
    private static Set<String> names(String cell) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`([a-z][a-z0-9-]*)`").matcher(cell);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static Set<String> rows(Block block) {
        return Language.properties(block).keySet();
    }

    private static String doc() throws IOException {
        return Files.readString(Path.of("../docs/language.md"));
    }

    @Test
    void theReferenceDocumentsEveryPropertyOfTheTableAndNoOther() throws IOException {
        String doc = doc();
        for (Block block : List.of(Block.ASSUMPTIONS, Block.POLICY, Block.SITE, Block.CLUSTER)) {
            Set<String> documented = new LinkedHashSet<>();
            for (List<String> row : tableRows(doc, "## `" + block.word() + "`")) documented.addAll(names(row.get(0)));
            assertThat(documented).as(block.word()).containsExactlyInAnyOrderElementsOf(rows(block));
        }
    }

    @Test
    void theReferenceDocumentsEveryCatalogFieldOfTheTableAndNoOther() throws IOException {
        String doc = doc();
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        String entry = null;
        for (List<String> row : tableRows(doc, "## `catalog`")) {
            if (!row.get(0).isEmpty()) entry = names(row.get(0)).iterator().next();
            fields.computeIfAbsent(entry, e -> new LinkedHashSet<>()).addAll(names(row.get(1)));
        }
        assertThat(fields.keySet()).as("entries").containsExactlyInAnyOrderElementsOf(rows(Block.CATALOG));
        for (String kind : rows(Block.CATALOG)) {
            Block block = Block.of(kind).orElseThrow();
            // `source` is documented once for every entry, in the paragraph above the table
            Set<String> expected = new LinkedHashSet<>(rows(block));
            assertThat(expected.remove("source")).as(kind + " has a source").isTrue();
            assertThat(fields.get(kind)).as(kind).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(doc).contains("A `source \"…\"` right after a field is that field's source");
    }

    @Test
    void theRangesSectionListsTheFiguresThatTakeARangeAndNoOther() throws IOException {
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        for (List<String> row : tableRows(doc(), "## Ranges")) {
            documented.put(names(row.get(0)).iterator().next(), names(row.get(1)));
        }
        List<Block> ranged = List.of(Block.ASSUMPTIONS, Block.SITE, Block.SWITCH, Block.OPTIC, Block.LASER, Block.ACCELERATOR);
        assertThat(documented.keySet()).containsExactlyElementsOf(ranged.stream().map(Block::word).toList());
        for (Block block : ranged) {
            // the model figures are documented as a class: every one but a year
            Set<String> expected = new LinkedHashSet<>(Language.ranged(block));
            if (block == Block.ASSUMPTIONS) ModelFigure.ALL.forEach(f -> expected.remove(f.name()));
            assertThat(documented.get(block.word())).as(block.word()).containsExactlyInAnyOrderElementsOf(expected);
        }
        for (Block block : Block.values()) {
            if (!ranged.contains(block)) assertThat(Language.ranged(block)).as(block.word()).isEmpty();
        }
        assertThat(Language.ranged(Block.ASSUMPTIONS)).containsAll(ModelFigure.ALL.stream()
                .filter(f -> f.kind() != ModelFigure.Kind.YEAR).map(ModelFigure::name).toList());
    }

    @Test
    void theReferenceNamesEveryStatement() throws IOException {
        String doc = doc();
        String files = doc.substring(doc.indexOf("## Files"), doc.indexOf("## Lexical structure"));
        for (String statement : rows(Block.FILE)) {
            assertThat(files).as(statement).contains("`" + statement);
        }
    }

    @Test
    void theReferenceListsEveryUnitUnderItsQuantity() throws IOException {
        Map<Dimension, String> quantity = Map.of(Dimension.BANDWIDTH, "bandwidth", Dimension.POWER, "power",
                Dimension.SHARE, "share", Dimension.DURATION, "duration", Dimension.YEARS, "duration",
                Dimension.FAILURE_RATE, "failure rate", Dimension.ENERGY_PRICE, "energy price", Dimension.MONEY, "money");
        Map<String, String> units = new LinkedHashMap<>();
        for (List<String> row : tableRows(doc(), "## Lexical structure")) {
            if (row.size() > 1) units.put(row.get(0), row.get(1));
        }
        for (Language.Unit u : Language.UNITS) {
            assertThat(units.get(quantity.get(u.dimension()))).as(u.word()).contains("`" + u.word() + "`");
        }
        assertThat(units.get("energy price")).contains("`<CUR>" + Language.PER_KWH + "`");
    }

    @Test
    void everyModelFigureHasItsRowInTheLanguageReference() throws IOException {
        String doc = doc();
        for (ModelFigure f : ModelFigure.ALL) {
            // the whole row: its form and range as the table in the code says, not only its name
            String form = f.kind().name().toLowerCase(Locale.ROOT);
            String range = f.kind() == ModelFigure.Kind.SHARE
                    ? bound(BigDecimal.valueOf(f.min()).movePointRight(2)) + " .. " + bound(BigDecimal.valueOf(f.max()).movePointRight(2)) + " %"
                    : bound(BigDecimal.valueOf(f.min())) + " .. " + bound(BigDecimal.valueOf(f.max()));
            assertThat(doc).as(f.name()).contains("| `" + f.name() + "` | " + form + " | " + range + " | `" + f.example() + "` | "
                    + f.meaning() + " |");
        }
    }

    /** A bound as the reference writes it: {@code 90}, {@code 0.5}, a million and up as a power of ten ({@code 10⁶}). */
    private static String bound(BigDecimal v) {
        BigDecimal d = v.stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= 6 && d.unscaledValue().equals(BigInteger.ONE)) {
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
