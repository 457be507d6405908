package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.dsl.diag.SourceText;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.parse.JsonArchitectureReader;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.ModelFigure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The model figures a file may set in {@code assumptions} ({@link ModelFigure}): read as their
 * kind says, written back, merged across files, read from JSON and YAML, and every bad value
 * diagnosed. Every test is driven by the table, so a row added later is covered too.
 */
class ModelFiguresTest {

    private static final String CLUSTER = "site \"s\" { cluster \"c\" { gpus 8 x H100 } }\n";

    static Stream<ModelFigure> figures() {
        return ModelFigure.ALL.stream();
    }

    /** A USD file whose assumptions hold {@code lines}, the first of them on line 3. */
    private static String file(String... lines) {
        return "architecture \"x\"\nassumptions {\n" + Stream.of(lines).map(l -> "  " + l + "\n").collect(Collectors.joining())
                + "}\n" + CLUSTER;
    }

    private static List<String> codes(ReadResult r) {
        return r.diagnostics().stream().map(d -> d.code() + " " + d.location().line() + ":" + d.location().column()).toList();
    }

    private static Diagnostic only(ReadResult r) {
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).hasSize(1);
        return r.diagnostics().get(0);
    }

    // ------------------------------------------------------------------ the table itself

    @Test
    void theTableIsConsistent() {
        assertThat(ModelFigure.ALL).extracting(ModelFigure::name).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[a-z][a-z0-9-]*"), "a name is a bare lower-case word");
        for (ModelFigure f : ModelFigure.ALL) {
            assertThat(f.min()).as(f.name()).isLessThanOrEqualTo(f.max()).isGreaterThanOrEqualTo(0);
            assertThat(Language.examples(Block.ASSUMPTIONS)).as("completion and hints know " + f.name()).containsEntry(f.name(), f.example());
            assertThat(Language.blocksWith(f.name())).as("where the hints send it").contains("assumptions");
            assertThat(ModelFigure.named(f.name())).contains(f);
        }
        assertThat(ModelFigure.named("no-such-figure")).isEmpty();
    }

    // ------------------------------------------------------------------ reading each kind

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void theExampleReadsAsTheKindSays(ModelFigure f) {
        ReadResult r = TestCatalog.readAny(file(f.name() + " " + f.example()));
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        assertThat(r.architecture().assumptions().figure(f.name())).isEqualTo(Figures.exampleValue(f));
        assertThat(r.architecture().assumptions().figures()).containsOnlyKeys(f.name());
        assertThat(r.sources().find("assumptions", f.name()).orElseThrow()).as("placed for findings").hasToString("t.cpo:3:3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void pointsAcrossTheRangeReadExactly(ModelFigure f) {
        for (int k = 1; k <= 3; k++) {
            Architecture a = TestCatalog.readClean(file(f.name() + " " + Figures.written(f, k, "USD")));
            assertThat(a.assumptions().figure(f.name())).as(Figures.written(f, k, "USD")).isEqualTo(Figures.value(f, k));
        }
        // both ends are inside
        String min = Figures.written(f, 0, "USD");
        String max = Figures.written(f, 4, "USD");
        assertThat(TestCatalog.readAny(file(f.name() + " " + min)).diagnostics()).as(min).isEmpty();
        assertThat(TestCatalog.readAny(file(f.name() + " " + max)).diagnostics()).as(max).isEmpty();
    }

    @Test
    void aShareIsAFractionWithOrWithoutASpaceBeforeItsSign() {
        for (ModelFigure f : Figures.ofKind(Kind.SHARE)) {
            String n = Figures.number(f, 1).toPlainString();
            Assumptions a = TestCatalog.readClean(file(f.name() + " " + n + "%")).assumptions();
            assertThat(a.figure(f.name())).as(f.name()).isEqualTo(Figures.value(f, 1));
        }
    }

    @Test
    void moneyIsConvertedToTheFilesCurrencyWithTheRates() {
        for (ModelFigure f : Figures.ofKind(Kind.MONEY)) {
            // 710 CNY at 7.10 CNY per USD are 100 USD
            Assumptions usd = TestCatalog.readClean("architecture \"x\"\nassumptions {\n  rate CNY 7.10\n  " + f.name() + " 710 CNY\n}\n"
                    + CLUSTER).assumptions();
            assertThat(usd.figure(f.name())).as(f.name()).isCloseTo(100.0, within(1e-9));
            // in a EUR file, a USD amount is converted with `rate USD`, and the file's own currency is taken as it is
            Assumptions eur = TestCatalog.readClean("architecture \"x\"\ncurrency EUR\nassumptions {\n  rate USD 1.08\n  "
                    + f.name() + " 108 USD\n}\n" + CLUSTER).assumptions();
            assertThat(eur.figure(f.name())).as(f.name()).isCloseTo(100.0, within(1e-9));
            Assumptions own = TestCatalog.readClean("architecture \"x\"\ncurrency EUR\nassumptions {\n  rate USD 1.08\n  "
                    + f.name() + " 75 EUR\n}\n" + CLUSTER).assumptions();
            assertThat(own.figure(f.name())).isEqualTo(75.0);
        }
    }

    @Test
    void moneyWithoutARateIsCpo206AtTheCurrency() {
        for (ModelFigure f : Figures.ofKind(Kind.MONEY)) {
            ReadResult r = TestCatalog.readAny(file(f.name() + " 60 GBP"));
            Diagnostic d = only(r);
            assertThat(d.code()).isEqualTo(Code.CPO206);
            assertThat(d.location().column()).isEqualTo(3 + f.name().length() + 4);
            assertThat(r.architecture().assumptions().figure(f.name())).isNull();
        }
    }

    @Test
    void moneyOutOfRangeIsJudgedInTheFilesCurrency() {
        for (ModelFigure f : Figures.ofKind(Kind.MONEY)) {
            // the maximum in CNY is far less than the maximum in USD: 1.5 × the maximum in CNY is inside
            String cny = Figures.number(f, 4).multiply(java.math.BigDecimal.valueOf(1.5)).stripTrailingZeros().toPlainString();
            Assumptions a = TestCatalog.readClean("architecture \"x\"\nassumptions {\n  rate CNY 7.10\n  " + f.name() + " " + cny
                    + " CNY\n}\n" + CLUSTER).assumptions();
            assertThat(a.figure(f.name())).isLessThanOrEqualTo(f.max());
        }
    }

    @Test
    void aYearIsWholeAndInItsRow() {
        for (ModelFigure f : Figures.ofKind(Kind.YEAR)) {
            ReadResult r = TestCatalog.readAny(file(f.name() + " " + Figures.number(f, 2) + ".5"));
            assertThat(codes(r)).containsExactly("CPO108 3:" + (4 + f.name().length()));
            assertThat(only(r).message()).contains("whole number");
            ReadResult below = TestCatalog.readAny(file(f.name() + " " + (long) (f.min() - 1)));
            assertThat(codes(below)).as("below " + f.min()).containsExactly("CPO204 3:" + (4 + f.name().length()));
        }
    }

    // ------------------------------------------------------------------ a plain number

    /** A row of the kind NUMBER, for the kind's reading and writing: read with a context that knows it. */
    private static final ModelFigure PLAIN = new ModelFigure("test-ratio", Kind.NUMBER, 0.5, 8, "1.5", "a plain number for the tests");

    /** Builds one file with the table plus {@link #PLAIN}: the builder as the reader runs it, in a USD context. */
    private static ReadResult withPlainRow(String text) {
        ParsedFile parsed = ParsedFile.parse(new SourceText(null, "t.cpo", text));
        assertThat(parsed.hasSyntaxErrors()).isFalse();
        ReadContext context = new ReadContext();
        context.figures = name -> name.equals(PLAIN.name()) ? Optional.of(PLAIN) : ModelFigure.named(name);
        FilePart part = new FileBuilder(parsed, true, context).build(parsed.tree());
        Architecture a = new Architecture(part.architectureName(), null, "USD", part.assumptions(), null, List.of(), part.sites());
        return new ReadResult(a, context.sources.build(), context.diagnostics, List.of("t.cpo"));
    }

    @Test
    void aPlainNumberFigureTakesNoUnitAndKeepsToItsRange() {
        ReadResult ok = withPlainRow(file(PLAIN.name() + " " + PLAIN.example()));
        assertThat(ok.diagnostics()).isEmpty();
        assertThat(ok.architecture().assumptions().figure(PLAIN.name())).isEqualTo(1.5);
        assertThat(withPlainRow(file(PLAIN.name() + " 8")).architecture().assumptions().figure(PLAIN.name())).isEqualTo(8.0);

        ReadResult unit = withPlainRow(file(PLAIN.name() + " 1.5 %"));
        assertThat(codes(unit)).containsExactly("CPO212 3:18");
        assertThat(only(unit).message()).isEqualTo("`test-ratio` takes a plain number, without `%`");
        assertThat(unit.architecture().assumptions().figures()).isEmpty();

        ReadResult high = withPlainRow(file(PLAIN.name() + " 9"));
        assertThat(codes(high)).as("at the number").containsExactly("CPO204 3:14");
        assertThat(only(high).message()).isEqualTo("`test-ratio` is out of range: 9 is not within 0.5..8");
        assertThat(codes(withPlainRow(file(PLAIN.name() + " 0.25")))).containsExactly("CPO204 3:14");
        assertThat(codes(withPlainRow(file(PLAIN.name() + " 1.5 dozen")))).containsExactly("CPO107 3:18");
    }

    @Test
    void aPlainNumberFigureIsWrittenAsItIsRead() {
        for (double v : new double[]{0.5, 1.5, 2.25, 8}) {
            String written = ModelWriter.figure(PLAIN, v, "USD");
            assertThat(written).doesNotContain("%", "USD");
            ReadResult r = withPlainRow(file(PLAIN.name() + " " + written));
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.architecture().assumptions().figure(PLAIN.name())).isEqualTo(v);
        }
    }

    // ------------------------------------------------------------------ writing

    @Test
    void theModelWriterWritesEveryFigureAsItsExampleAndReadsItBackEqual() {
        String[] lines = ModelFigure.ALL.stream().map(f -> f.name() + " " + f.example()).toArray(String[]::new);
        Architecture a = TestCatalog.readClean(file(lines));
        assertThat(a.assumptions().figures()).hasSize(ModelFigure.ALL.size());
        String written = ModelWriter.write(a);
        for (ModelFigure f : ModelFigure.ALL) {
            assertThat(written).as("the example is canonical").contains("\n  " + f.name() + " " + f.example() + "\n");
        }
        assertThat(TestCatalog.readClean(written)).isEqualTo(a);
        // the table's order, after the named assumptions
        List<Integer> at = ModelFigure.ALL.stream().map(f -> written.indexOf("  " + f.name() + " ")).toList();
        assertThat(at).isSorted();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void everyKindIsWrittenSoThatItReadsBackEqual(Kind kind) {
        List<ModelFigure> rows = Figures.ofKind(kind);
        assumeFalse(rows.isEmpty(), "no " + kind + " row in the table yet (aPlainNumberFigureIsWrittenAsItIsRead covers NUMBER)");
        for (ModelFigure f : rows) {
            for (String currency : List.of("USD", "CNY")) {
                for (int k = 0; k <= 4; k++) {
                    String text = "architecture \"x\"\ncurrency " + currency + "\nassumptions {\n  rate USD 7.1\n  rate EUR 7.8\n  "
                            + f.name() + " " + Figures.written(f, k, currency) + "\n}\n" + CLUSTER;
                    Architecture a = TestCatalog.readClean(currency.equals("USD") ? text.replace("  rate USD 7.1\n", "") : text);
                    assertThat(TestCatalog.readClean(ModelWriter.write(a))).as(text).isEqualTo(a);
                }
            }
        }
    }

    @Test
    void aConvertedAmountIsWrittenInTheFilesCurrencyAndReadsBackEqual() {
        for (ModelFigure f : Figures.ofKind(Kind.MONEY)) {
            Architecture a = TestCatalog.readClean("architecture \"x\"\ncurrency EUR\nassumptions {\n  rate USD 1.08\n  rate CNY 7.8\n  "
                    + f.name() + " 600 CNY\n}\n" + CLUSTER);
            String written = ModelWriter.write(a);
            assertThat(written).containsPattern("\n  " + f.name() + " [0-9.]+ EUR\n");
            assertThat(TestCatalog.readClean(written)).isEqualTo(a);
        }
    }

    // ------------------------------------------------------------------ merging

    @Test
    void theImportingFileWinsAndALaterFragmentOverAnEarlierOne(@TempDir Path dir) throws IOException {
        assumeFalse(ModelFigure.ALL.size() < 3, "three figures needed");
        ModelFigure first = ModelFigure.ALL.get(0), second = ModelFigure.ALL.get(1), third = ModelFigure.ALL.get(2);
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/a.cpo"), "assumptions {\n  " + first.name() + " " + Figures.written(first, 1, "USD")
                + "\n  " + second.name() + " " + Figures.written(second, 1, "USD") + "\n  " + third.name() + " "
                + Figures.written(third, 1, "USD") + "\n}\n");
        Files.writeString(dir.resolve("common/b.cpo"), "assumptions {\n  " + second.name() + " " + Figures.written(second, 2, "USD")
                + "\n}\n");
        Files.writeString(dir.resolve("main.cpo"), "architecture \"merge\"\nimport \"common/a.cpo\"\nimport \"common/b.cpo\"\n"
                + "assumptions {\n  " + first.name() + " " + Figures.written(first, 3, "USD") + "\n}\n" + CLUSTER);
        ReadResult r = TestCatalog.reader().read(dir.resolve("main.cpo"));
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        Assumptions a = r.architecture().assumptions();
        assertThat(a.figure(first.name())).as("the root over its fragments").isEqualTo(Figures.value(first, 3));
        assertThat(a.figure(second.name())).as("a later fragment over an earlier one").isEqualTo(Figures.value(second, 2));
        assertThat(a.figure(third.name())).as("what only a fragment says").isEqualTo(Figures.value(third, 1));
        assertThat(r.sources().find("assumptions", first.name()).orElseThrow().file()).endsWith("main.cpo");
        assertThat(r.sources().find("assumptions", third.name()).orElseThrow().file()).endsWith("a.cpo");
    }

    @Test
    void aLaterAssumptionsBlockOfTheSameFileWinsWithoutAWarning() {
        ModelFigure f = ModelFigure.ALL.get(0);
        Architecture a = TestCatalog.readClean("architecture \"x\"\nassumptions {\n  " + f.name() + " " + Figures.written(f, 1, "USD")
                + "\n}\nassumptions {\n  " + f.name() + " " + Figures.written(f, 2, "USD") + "\n}\n" + CLUSTER);
        assertThat(a.assumptions().figure(f.name())).isEqualTo(Figures.value(f, 2));
    }

    @Test
    void figuresMergeBesideTheNamedAssumptions() {
        Assumptions under = new Assumptions(0.1, 1.3, null, null, null, null, Map.of(), null, null,
                Map.of(ModelFigure.ALL.get(0).name(), 1.0, ModelFigure.ALL.get(1).name(), 2.0));
        Assumptions over = new Assumptions(null, 1.2, null, null, null, null, Map.of(), null, null,
                Map.of(ModelFigure.ALL.get(1).name(), 3.0));
        Assumptions merged = AssumptionsBuilder.merge(under, over);
        assertThat(merged.pue()).isEqualTo(1.2);
        assertThat(merged.electricityPrice()).isEqualTo(0.1);
        assertThat(merged.figures()).containsExactlyInAnyOrderEntriesOf(
                Map.of(ModelFigure.ALL.get(0).name(), 1.0, ModelFigure.ALL.get(1).name(), 3.0));
        assertThat(new Assumptions(null, null, null, null, null, null, Map.of(), null, null).figures())
                .as("the constructor without figures").isEmpty();
    }

    // ------------------------------------------------------------------ JSON and YAML

    private static ReadResult json(String text) {
        return new JsonArchitectureReader(TestCatalog.reader()).read(text, "t.json", Syntax.JSON, null);
    }

    private static ReadResult yaml(String text) {
        return new JsonArchitectureReader(TestCatalog.reader()).read(text, "t.yaml", Syntax.YAML, null);
    }

    private static final String JSON_SITES = "\"sites\": [ { \"name\": \"s\", \"clusters\": [ { \"name\": \"c\", \"gpus\": 8, \"accelerator\": \"H100\" } ] } ]";

    /** A figure's example as JSON: a number when it has no unit, else a string. */
    private static String jsonValue(ModelFigure f) {
        return f.example().contains(" ") ? "\"" + f.example() + "\"" : f.example();
    }

    @Test
    void jsonAndYamlSetEveryFigureAsTheLanguageDoes() {
        Architecture text = TestCatalog.readClean(file(ModelFigure.ALL.stream().map(f -> f.name() + " " + f.example()).toArray(String[]::new)));
        String fields = ModelFigure.ALL.stream().map(f -> "\"" + f.name() + "\": " + jsonValue(f)).collect(Collectors.joining(", "));
        ReadResult j = json("{ \"architecture\": \"x\", \"assumptions\": { " + fields + " }, " + JSON_SITES + " }");
        assertThat(j.diagnostics()).as(DiagnosticPrinter.render(j.diagnostics())).isEmpty();
        assertThat(j.architecture().assumptions()).isEqualTo(text.assumptions());

        String entries = ModelFigure.ALL.stream().map(f -> "  " + f.name() + ": " + f.example() + "\n").collect(Collectors.joining());
        ReadResult y = yaml("architecture: x\nassumptions:\n" + entries
                + "sites:\n  - name: s\n    clusters: [ { name: c, gpus: 8, accelerator: H100 } ]\n");
        assertThat(y.diagnostics()).as(DiagnosticPrinter.render(y.diagnostics())).isEmpty();
        assertThat(y.architecture().assumptions()).isEqualTo(text.assumptions());
    }

    @Test
    void jsonFiguresBesideRatesAreConverted() {
        for (ModelFigure f : Figures.ofKind(Kind.MONEY)) {
            ReadResult j = json("{ \"architecture\": \"x\", \"assumptions\": { \"rates\": { \"CNY\": 7.1 }, \"" + f.name()
                    + "\": \"710 CNY\" }, " + JSON_SITES + " }");
            assertThat(j.diagnostics()).isEmpty();
            assertThat(j.architecture().assumptions().figure(f.name())).isCloseTo(100.0, within(1e-9));
        }
    }

    @Test
    void aBadJsonFigureIsDiagnosedAtItsValueAndNamedByItsPath() {
        for (ModelFigure f : ModelFigure.ALL) {
            // a share or money without its unit, a year or number with one
            String bad = f.kind() == Kind.SHARE || f.kind() == Kind.MONEY ? Figures.number(f, 1).toPlainString()
                    : "\"" + Figures.number(f, 1).toPlainString() + " %\"";
            String text = "{\n  \"architecture\": \"x\",\n  \"assumptions\": { \"" + f.name() + "\": " + bad + " },\n  " + JSON_SITES + "\n}";
            Diagnostic d = only(json(text));
            assertThat(d.code()).as(f.name()).isEqualTo(f.kind() == Kind.SHARE || f.kind() == Kind.MONEY ? Code.CPO108 : Code.CPO212);
            assertThat(d.path()).isEqualTo("$.assumptions." + f.name());
            assertThat(d.location().line()).isEqualTo(3);
            assertThat(d.location().column()).isGreaterThanOrEqualTo(text.split("\n")[2].indexOf(bad) + 1);
        }
    }

    // ------------------------------------------------------------------ bad values

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void aWrongUnitIsCpo212AtTheUnit(ModelFigure f) {
        String n = Figures.number(f, 1).toPlainString();
        ReadResult r = TestCatalog.readAny(file(f.name() + " " + n + " " + Figures.wrongUnit(f)));
        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo(Code.CPO212);
        assertThat(d.location().column()).isEqualTo(3 + f.name().length() + 1 + n.length() + 1);
        assertThat(d.message()).startsWith("`" + f.name() + "` ").contains(Figures.wrongUnit(f));
        assertThat(d.hint()).contains(f.name());
        assertThat(r.architecture().assumptions().figures()).isEmpty();
        // a unit of another quantity altogether, and an energy price, are wrong units too
        for (String unit : List.of("W", "years", "USD/kWh")) {
            assertThat(codes(TestCatalog.readAny(file(f.name() + " " + n + " " + unit)))).as(unit)
                    .containsExactly("CPO212 3:" + (3 + f.name().length() + 1 + n.length() + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void aMissingUnitIsCpo108AtTheNumberWithTheExample(ModelFigure f) {
        assumeFalse(f.kind() == Kind.YEAR || f.kind() == Kind.NUMBER, "a year and a plain number have no unit");
        ReadResult r = TestCatalog.readAny(file(f.name() + " " + Figures.number(f, 1).toPlainString()));
        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo(Code.CPO108);
        assertThat(d.location().column()).isEqualTo(3 + f.name().length() + 1);
        assertThat(d.hint()).startsWith("write it as `" + f.name() + " ");
        assertThat(d.hint()).contains(f.kind() == Kind.SHARE ? "%" : "USD");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void anUnknownUnitIsCpo107(ModelFigure f) {
        String n = Figures.number(f, 1).toPlainString();
        ReadResult r = TestCatalog.readAny(file(f.name() + " " + n + " " + "units"));
        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo(Code.CPO107);
        assertThat(d.message()).isEqualTo("unknown unit `units`");
        assertThat(d.location().column()).isEqualTo(3 + f.name().length() + 1 + n.length() + 1);
        if (f.kind() == Kind.MONEY) {
            assertThat(only(TestCatalog.readAny(file(f.name() + " " + n + " usd"))).hint()).isEqualTo("did you mean `USD`?");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void outOfRangeIsCpo204AtTheNumber(ModelFigure f) {
        String above = Figures.aboveRange(f, "USD");
        ReadResult r = TestCatalog.readAny(file(f.name() + " " + above));
        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo(Code.CPO204);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.location().column()).as("at the number").isEqualTo(3 + f.name().length() + 1);
        assertThat(d.message()).startsWith("`" + f.name() + "` ");
        assertThat(r.architecture().assumptions().figures()).isEmpty();
    }

    @Test
    void aShareOutOfRangeNamesItsBounds() {
        for (ModelFigure f : Figures.ofKind(Kind.SHARE)) {
            String above = Figures.aboveRange(f, "USD");
            assertThat(only(TestCatalog.readAny(file(f.name() + " " + above))).message()).isEqualTo("`" + f.name()
                    + "` must lie between " + ValueReader.percent(java.math.BigDecimal.valueOf(f.min())) + " and "
                    + ValueReader.percent(java.math.BigDecimal.valueOf(f.max())) + ", not " + above);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void aFigureSetTwiceIsAWarningAndTheFirstValueIsKept(ModelFigure f) {
        ReadResult r = TestCatalog.readAny(file(f.name() + " " + Figures.written(f, 1, "USD"), f.name() + " " + Figures.written(f, 2, "USD")));
        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo(Code.CPO209);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.location()).hasToString("t.cpo:4:3");
        assertThat(d.message()).isEqualTo("`" + f.name() + "` is set twice in assumptions; the first value is kept");
        assertThat(d.hint()).contains("line 3");
        // as with every property set twice in one block (docs/diagnostics.md, CPO209)
        assertThat(r.architecture().assumptions().figure(f.name())).isEqualTo(Figures.value(f, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void aFigureInAnotherBlockIsCpo201NamingAssumptions(ModelFigure f) {
        String line = f.name() + " " + f.example();
        Map<String, String> places = Map.of(
                "policy", "architecture \"x\"\npolicy {\n  " + line + "\n}\n" + CLUSTER,
                "a site", "architecture \"x\"\nsite \"s\" {\n  " + line + "\n  cluster \"c\" { gpus 8 x H100 }\n}\n",
                "a cluster", "architecture \"x\"\nsite \"s\" {\n  cluster \"c\" {\n  " + line + "\n  gpus 8 x H100 }\n}\n",
                "a switch entry", "architecture \"x\"\ncatalog {\n  switch \"sw\" {\n  " + line + "\n  ports 64 x 800G optics cpo }\n}\n" + CLUSTER,
                "the file", "architecture \"x\"\n" + line + "\n" + CLUSTER);
        places.forEach((block, text) -> {
            ReadResult r = TestCatalog.readAny(text);
            Diagnostic d = only(r);
            assertThat(d.code()).as(block).isEqualTo(Code.CPO201);
            assertThat(d.message()).isEqualTo("`" + f.name() + "` is not a property of " + block);
            assertThat(d.hint()).startsWith("`" + f.name() + "` belongs in ").contains("assumptions");
            assertThat(r.architecture().assumptions().figures()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void aMisspeltFigureGetsDidYouMean(ModelFigure f) {
        String misspelt = f.name().substring(0, f.name().length() - 1);
        Diagnostic d = only(TestCatalog.readAny(file(misspelt + " " + f.example())));
        assertThat(d.code()).isEqualTo(Code.CPO201);
        assertThat(d.message()).isEqualTo("unknown property `" + misspelt + "` in assumptions");
        assertThat(d.hint()).isEqualTo("did you mean `" + f.name() + "`?");
        // and a transposition inside the word
        int i = f.name().length() / 2;
        String swapped = f.name().substring(0, i - 1) + f.name().charAt(i) + f.name().charAt(i - 1) + f.name().substring(i + 1);
        if (!swapped.equals(f.name())) {
            assertThat(only(TestCatalog.readAny(file(swapped + " " + f.example()))).hint()).isEqualTo("did you mean `" + f.name() + "`?");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void aValueOfTheWrongShapeIsCpo108WithTheExample(ModelFigure f) {
        for (String value : List.of("", "\"" + f.example() + "\"", f.example() + " 5", "2025..2030")) {
            Diagnostic d = only(TestCatalog.readAny(file(f.name() + " " + value)));
            assertThat(d.code()).as("`" + value + "`").isEqualTo(Code.CPO108);
            assertThat(d.location()).hasToString("t.cpo:3:3");
            assertThat(d.hint()).isEqualTo("write it as `" + f.name() + " " + f.example() + "`");
        }
        assertThat(codes(TestCatalog.readAny(file(f.name() + " 1.2.3")))).containsExactly("CPO106 3:" + (4 + f.name().length()));
    }

    @Test
    void figuresOnOneLineAreEachRead() {
        String line = ModelFigure.ALL.stream().map(f -> f.name() + " " + f.example()).collect(Collectors.joining(" "));
        Architecture a = TestCatalog.readClean("architecture \"x\"\nassumptions { pue 1.3 " + line + " lifetime 5 years }\n" + CLUSTER);
        assertThat(a.assumptions().figures()).hasSize(ModelFigure.ALL.size());
        assertThat(a.assumptions().pue()).isEqualTo(1.3);
        assertThat(a.assumptions().lifetimeYears()).isEqualTo(5.0);
    }

    @Test
    void everyProblemOfABlockIsReportedAndTheGoodFiguresStand() {
        assumeFalse(ModelFigure.ALL.size() < 2, "two figures needed");
        ModelFigure good = ModelFigure.ALL.get(0);
        String[] lines = ModelFigure.ALL.stream().skip(1).map(f -> f.name() + " " + Figures.aboveRange(f, "USD")).toArray(String[]::new);
        String[] all = Stream.concat(Stream.of(good.name() + " " + good.example()), Stream.of(lines)).toArray(String[]::new);
        ReadResult r = TestCatalog.readAny(file(all));
        assertThat(r.diagnostics()).hasSize(ModelFigure.ALL.size() - 1).allMatch(d -> d.code() == Code.CPO204);
        assertThat(r.architecture().assumptions().figures()).containsOnlyKeys(good.name());
    }
}
