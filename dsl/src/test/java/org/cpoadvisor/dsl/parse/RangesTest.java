package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.model.Range.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranges in the language ({@code price 80000 USD range 60000..110000 uniform moves-with g}): read at every
 * place that takes one, in model units; every mistake diagnosed; kept by the formatter, the model writer
 * and the JSON and YAML reader.
 */
class RangesTest {

    private static final String CLUSTER = "site \"s\" { cluster \"c\" { gpus 8 x H100 } }\n";

    private static ReadResult read(String text) {
        return TestCatalog.reader().read(text, "t.cpo");
    }

    private static Diagnostic only(ReadResult r) {
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).hasSize(1);
        return r.diagnostics().get(0);
    }

    private static String where(Diagnostic d) {
        return d.code() + " " + d.location().line() + ":" + d.location().column();
    }

    // ------------------------------------------------------------------ reading each place

    @Test
    void readsTheRangesOfAssumptionsInModelUnits() {
        Architecture a = TestCatalog.readClean("""
                architecture "x"
                currency EUR
                assumptions {
                  rate USD 1.25
                  electricity 0.08 EUR/kWh range 0.05..0.14
                  pue 1.3 range 1.2..1.5 uniform
                  discount-rate 8 % range 6 %..12 % uniform
                  gpu-hour 2.5 USD range 2..3 moves-with gpu-market
                  job-restart 1 h range 0.5..2
                  cpo-adoption 300000 EUR range 200000..500000
                  support 5 % range 2..10
                  fibre 60 EUR range 40 EUR..90 EUR moves-with gpu-market
                  link-flaps 0.006 range 0.003..0.01 triangular
                }
                """ + CLUSTER);
        Map<FigureRef, Range> r = a.ranges();
        // shares as fractions: 6 %..12 % is 0.06..0.12, 2..10 % is 0.02..0.10
        assertThat(r.get(FigureRef.assumption("electricity"))).isEqualTo(new Range(0.05, 0.14));
        assertThat(r.get(FigureRef.assumption("pue"))).isEqualTo(new Range(1.2, 1.5, Shape.UNIFORM, null));
        assertThat(r.get(FigureRef.assumption("discount-rate"))).isEqualTo(new Range(0.06, 0.12, Shape.UNIFORM, null));
        // USD in an EUR file at 1.25 USD per EUR, as the value (2.5 / 1.25 = 2): 2 / 1.25 = 1.6, 3 / 1.25 = 2.4
        assertThat(a.assumptions().gpuHourCost()).isEqualTo(2.0);
        assertThat(r.get(FigureRef.assumption("gpu-hour"))).isEqualTo(new Range(1.6, 2.4, Shape.TRIANGULAR, "gpu-market"));
        // minutes: 0.5 h..2 h is 30..120 min, the value 60
        assertThat(r.get(FigureRef.assumption("job-restart"))).isEqualTo(new Range(30, 120));
        assertThat(r.get(FigureRef.assumption("cpo-adoption"))).isEqualTo(new Range(200000, 500000));
        assertThat(r.get(FigureRef.assumption("support"))).isEqualTo(new Range(0.02, 0.1));
        assertThat(r.get(FigureRef.assumption("fibre"))).isEqualTo(new Range(40, 90, Shape.TRIANGULAR, "gpu-market"));
        assertThat(r.get(FigureRef.assumption("link-flaps"))).isEqualTo(new Range(0.003, 0.01));
        assertThat(r).hasSize(9);
        assertThat(List.copyOf(r.keySet())).as("file order").extracting(FigureRef::field)
                .containsExactly("electricity", "pue", "discount-rate", "gpu-hour", "job-restart", "cpo-adoption", "support",
                        "fibre", "link-flaps");
    }

    @Test
    void readsTheRangesOfASite() {
        Architecture a = TestCatalog.readClean("""
                architecture "x"
                site "dal-1" {
                  electricity 0.062 USD/kWh range 0.05..0.09   pue 1.15 range 1.1..1.3
                  cluster "c" { gpus 8 x H100 }
                }
                """);
        assertThat(a.ranges()).containsExactly(
                Map.entry(FigureRef.site("dal-1", "electricity"), new Range(0.05, 0.09)),
                Map.entry(FigureRef.site("dal-1", "pue"), new Range(1.1, 1.3)));
        assertThat(a.site("dal-1").orElseThrow().pue()).isEqualTo(1.15);
    }

    @Test
    void readsTheRangesOfCatalogEntriesBeforeTheirSources() {
        Architecture a = TestCatalog.readClean("""
                architecture "x"
                catalog {
                  switch "q3400" {
                    ports 64 x 800G optics cpo cooling liquid
                    power 1.2 kW range 1..1.5
                    price 80000 USD range 60000..110000 moves-with nvidia-prices source "a quote"
                    port-fit 10 fit range 5..20 uniform source "field data"
                    repair 20000 USD range 15000 USD..30000 USD
                  }
                  switch "q-pj" { ports 64 x 800G optics pluggable power 15 pJ/bit range 10..20 }
                  optic "o" { speed 800G kind dsp power 15 W range 12..18 price 900 USD range 700..1200 moves-with nvidia-prices fit 100 fit range 50..200 }
                  laser "l" { power 4 W range 3..5 price 2000 USD range 1500..3000 fit 200 fit range 100..400 }
                  accelerator "a" { nic 400G gpus-per-node 8 power 700 W range 650..800 }
                }
                """ + CLUSTER);
        Map<FigureRef, Range> r = a.ranges();
        // 1.2 kW is 1200 W; its ends in kW too: 1000..1500 W
        assertThat(r.get(FigureRef.catalog("switch", "q3400", "power"))).isEqualTo(new Range(1000, 1500));
        assertThat(r.get(FigureRef.catalog("switch", "q3400", "price"))).isEqualTo(new Range(60000, 110000, Shape.TRIANGULAR, "nvidia-prices"));
        assertThat(r.get(FigureRef.catalog("switch", "q3400", "port-fit"))).isEqualTo(new Range(5, 20, Shape.UNIFORM, null));
        assertThat(r.get(FigureRef.catalog("switch", "q3400", "repair"))).isEqualTo(new Range(15000, 30000));
        // 64 x 800G = 51,200 Gb/s; 1 pJ/bit of it is 51.2 W: 15 -> 768 W, 10..20 -> 512..1024 W
        assertThat(a.catalog().get(1)).extracting("powerW").isEqualTo(768.0);
        assertThat(r.get(FigureRef.catalog("switch", "q-pj", "power"))).isEqualTo(new Range(512, 1024));
        assertThat(r.get(FigureRef.catalog("optic", "o", "power"))).isEqualTo(new Range(12, 18));
        assertThat(r.get(FigureRef.catalog("optic", "o", "price"))).isEqualTo(new Range(700, 1200, Shape.TRIANGULAR, "nvidia-prices"));
        assertThat(r.get(FigureRef.catalog("optic", "o", "fit"))).isEqualTo(new Range(50, 200));
        assertThat(r.get(FigureRef.catalog("laser", "l", "power"))).isEqualTo(new Range(3, 5));
        assertThat(r.get(FigureRef.catalog("laser", "l", "price"))).isEqualTo(new Range(1500, 3000));
        assertThat(r.get(FigureRef.catalog("laser", "l", "fit"))).isEqualTo(new Range(100, 400));
        assertThat(r.get(FigureRef.catalog("accelerator", "a", "power"))).isEqualTo(new Range(650, 800));
        assertThat(r).hasSize(12);
        // the field's source after its range is still its source
        assertThat(a.catalog().get(0).sources()).containsEntry("price", "a quote").containsEntry("port-fit", "field data");
    }

    @Test
    void aFragmentsCatalogRangesAreItsArchitecturesAsTheBuiltInCatalogIsRead() {
        ReadResult r = new CpoReader().readFragment("""
                catalog {
                  laser "l" { power 4 W range 3..5 price 2000 USD range 1500..3000 uniform source "list price" }
                }
                """, "builtin.cpo");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.architecture().ranges()).containsExactly(
                Map.entry(FigureRef.catalog("laser", "l", "power"), new Range(3, 5)),
                Map.entry(FigureRef.catalog("laser", "l", "price"), new Range(1500, 3000, Shape.UNIFORM, null)));
    }

    @Test
    void theRangeWordsAreSoftKeywords() {
        Architecture a = TestCatalog.readClean("""
                architecture "x"
                site "s" {
                  region range
                  cluster "c" { gpus 8 x H100 workload training }
                }
                catalog { switch "uniform" { ports 64 x 800G optics pluggable price 100 USD range 90..110 moves-with triangular } }
                """);
        assertThat(a.site("s").orElseThrow().region()).isEqualTo("range");
        assertThat(a.ranges().get(FigureRef.catalog("switch", "uniform", "price"))).isEqualTo(new Range(90, 110, Shape.TRIANGULAR, "triangular"));
    }

    @Test
    void aGroupOfOneFigureIsFine() {
        Architecture a = TestCatalog.readClean("architecture \"x\"\nassumptions { pue 1.3 range 1.2..1.4 moves-with alone }\n" + CLUSTER);
        assertThat(a.ranges().get(FigureRef.assumption("pue")).group()).isEqualTo("alone");
    }

    @Test
    void everyRangedFigureOfTheTableReadsARange() {
        // each model figure that takes a range, at its example value, with a range around it
        for (ModelFigure f : ModelFigure.ALL) {
            if (!Language.takesRange(Block.ASSUMPTIONS, f.name())) {
                assertThat(f.kind()).isEqualTo(ModelFigure.Kind.YEAR);
                continue;
            }
            String number = f.example().split(" ")[0];
            // its lower limit (0, or 1 for largest-job) to twice the example: within every figure's own limits
            String low = f.min() >= 1 ? "1" : "0";
            String twice = new java.math.BigDecimal(number).multiply(java.math.BigDecimal.valueOf(2)).toPlainString();
            Architecture a = TestCatalog.readClean("architecture \"x\"\nassumptions { " + f.name() + " " + f.example() + " range " + low + ".."
                    + twice + " }\n" + CLUSTER);
            assertThat(a.ranges()).as(f.name()).containsKey(FigureRef.assumption(f.name()));
        }
    }

    // ------------------------------------------------------------------ imports

    @Test
    void rangesOfImportsMergeLikeTheirValues(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("common.cpo"), """
                assumptions { electricity 0.07 USD/kWh range 0.05..0.1  pue 1.3 range 1.2..1.4 }
                catalog { laser "l" { power 4 W range 3..5 } optic "o" { speed 800G kind dsp price 900 USD range 800..1000 } }
                """);
        Files.writeString(dir.resolve("root.cpo"), """
                architecture "x"
                import "common.cpo"
                assumptions { electricity 0.08 USD/kWh }
                catalog { laser "l" { power 5 W } }
                """ + CLUSTER);
        ReadResult r = TestCatalog.reader().read(dir.resolve("root.cpo"));
        assertThat(r.diagnostics()).filteredOn(d -> d.severity().compareTo(org.cpoadvisor.dsl.diag.Severity.WARNING) >= 0).isEmpty();
        // electricity and the laser are set again without a range: their ranges went with the fragment's values
        assertThat(r.architecture().ranges()).containsOnlyKeys(FigureRef.assumption("pue"), FigureRef.catalog("optic", "o", "price"));
    }

    @Test
    void aLaterBlockOfTheFileSettingAFigureAgainTakesItsRangeAway() {
        Architecture a = TestCatalog.readClean("architecture \"x\"\nassumptions { pue 1.3 range 1.2..1.4  support 5 % range 2..10 }\n"
                + "assumptions { pue 1.35 }\n" + CLUSTER);
        assertThat(a.assumptions().pue()).isEqualTo(1.35);
        assertThat(a.ranges()).containsOnlyKeys(FigureRef.assumption("support"));
    }

    // ------------------------------------------------------------------ diagnostics

    @Test
    void aRangeRunningBackwardsIsAnError() {
        Diagnostic d = only(read("architecture \"x\"\nassumptions {\n  pue 1.3 range 1.5..1.2\n}\n" + CLUSTER));
        assertThat(where(d)).isEqualTo("CPO240 3:17");
        assertThat(d.message()).isEqualTo("the range of `pue` runs backwards: its low end, 1.5, is above its high end, 1.2");
        assertThat(d.hint()).isEqualTo("write the low end first: `range 1.2..1.5`");
    }

    @Test
    void anEmptyRangeIsAnError() {
        Diagnostic d = only(read("architecture \"x\"\nassumptions {\n  pue 1.3 range 1.3..1.30\n}\n" + CLUSTER));
        assertThat(where(d)).isEqualTo("CPO241 3:17");
        assertThat(d.message()).isEqualTo("the range of `pue` is empty: both its ends are 1.3");
    }

    @Test
    void anEndInAnotherUnitIsAnError() {
        ReadResult r = read("""
                architecture "x"
                assumptions {
                  rate EUR 0.9
                  gpu-hour 2 USD range 1 EUR..3
                  pue 1.3 range 1.2..140 %
                  support 5 % range 0.02..0.1 USD
                }
                """ + CLUSTER);
        assertThat(r.diagnostics()).extracting(RangesTest::where).containsExactly("CPO242 4:26", "CPO242 5:26", "CPO242 6:31");
        assertThat(r.diagnostics().get(0).message()).isEqualTo("an end of the range of `gpu-hour` is in EUR, but the value is in USD");
        assertThat(r.diagnostics().get(1).message()).isEqualTo("`pue` is a plain number, but an end of its range carries `%`");
        assertThat(r.architecture().ranges()).isEmpty();
    }

    @Test
    void aValueOutsideItsRangeIsAnError() {
        ReadResult r = read("""
                architecture "x"
                assumptions {
                  electricity 0.08 USD/kWh range 0.09..0.14
                  discount-rate 8 % range 2..6 uniform
                }
                """ + CLUSTER);
        assertThat(r.diagnostics()).extracting(RangesTest::where).containsExactly("CPO243 3:15", "CPO243 4:17");
        assertThat(r.diagnostics().get(0).message()).isEqualTo("`electricity 0.08 USD/kWh` lies outside its range 0.09..0.14");
        assertThat(r.diagnostics().get(1).message()).isEqualTo("`discount-rate 8 %` lies outside its range 2..6");
    }

    @Test
    void aRangeBeyondWhatItsFigureCanBeIsAnError() {
        // a PUE cannot be below 1, a discount rate above 100 %, support (a model figure) above its limit of 100 %,
        // optics-price-decline above 90 %: a sweep would draw impossible values
        ReadResult r = read("""
                architecture "x"
                assumptions {
                  pue 1.2 range 0.9..1.4
                  discount-rate 8 % range 6..120
                  support 5 % range 2..150
                  optics-price-decline 10 % range 5..95
                  electricity 0.08 USD/kWh range 0.05..0.14
                }
                """ + CLUSTER);
        assertThat(r.diagnostics()).extracting(RangesTest::where)
                .containsExactly("CPO204 3:17", "CPO204 4:30", "CPO204 5:24", "CPO204 6:38");
        assertThat(r.diagnostics().get(0).message()).isEqualTo("the range of `pue` reaches below 1, which `pue` cannot go below");
        assertThat(r.diagnostics().get(1).message())
                .isEqualTo("the range of `discount-rate` reaches above 100 %, which `discount-rate` cannot exceed");
        // the sound one is kept
        assertThat(r.architecture().ranges()).hasSize(1);
    }

    @Test
    void aRangeWhereNoneIsAllowedIsAnErrorNamingWhatTakesOne() {
        ReadResult r = read("""
                architecture "x"
                assumptions {
                  lifetime 5 years range 4..6
                  price-year 2025 range 2024..2026
                  start-year 2025 range 2024..2026 uniform
                }
                policy { min-gpus 4096 range 2048..8192 }
                site "s" {
                  power-cap 60 MW range 50..70
                  cluster "c" { gpus 8 x H100 nic 400G range 200..800 traffic east-west 80 % range 70..90 }
                }
                catalog { switch "w" { ports 64 x 800G range 400..800 optics pluggable lane 100G range 50..200 } }
                """);
        assertThat(r.diagnostics()).extracting(RangesTest::where).containsExactly(
                "CPO244 3:20", "CPO244 4:19", "CPO244 5:19", "CPO244 7:24", "CPO244 9:19", "CPO244 10:40", "CPO244 10:78",
                "CPO244 12:40", "CPO244 12:82");
        Diagnostic first = r.diagnostics().get(0);
        assertThat(first.message()).isEqualTo("`lifetime` takes no range");
        assertThat(first.hint()).startsWith("in assumptions, a range may follow `electricity`, `pue`, `discount-rate`,")
                .contains("`support`").doesNotContain("`price-year`");
        assertThat(r.diagnostics().get(2).message()).isEqualTo("`start-year` takes no range");
        assertThat(r.diagnostics().get(3).message()).isEqualTo("`min-gpus` takes no range");
        assertThat(r.diagnostics().get(3).hint()).startsWith("no figure of policy takes a range");
        assertThat(r.diagnostics().get(4).hint()).isEqualTo("in a site, a range may follow `electricity`, `pue`");
        assertThat(r.diagnostics().get(6).message()).isEqualTo("`traffic` takes no range");
        assertThat(r.diagnostics().get(7).message()).isEqualTo("`ports` takes no range");
        assertThat(r.diagnostics().get(7).hint()).isEqualTo("in a switch entry, a range may follow `power`, `price`, `port-fit`, `repair`");
    }

    @Test
    void aRangeOfAMalformedValueIsNotCheckedAgain() {
        // the value has no currency: one diagnostic, not a second about its range
        Diagnostic d = only(read("architecture \"x\"\nassumptions {\n  gpu-hour 2 range 3..1\n}\n" + CLUSTER));
        assertThat(d.code()).isEqualTo(Code.CPO108);
    }

    @Test
    void aShapeOrGroupWithoutARangeIsNamed() {
        Diagnostic d = only(read("architecture \"x\"\nassumptions {\n  pue 1.3 uniform\n}\n" + CLUSTER));
        assertThat(d.message()).isEqualTo("`uniform` stands outside a value it could belong to");
    }

    @Test
    void aRangeWithoutBothEndsIsMalformed() {
        Diagnostic d = only(read("architecture \"x\"\nassumptions {\n  pue 1.3 range 1.2\n}\n" + CLUSTER));
        assertThat(where(d)).isEqualTo("CPO108 3:11");
        assertThat(d.message()).isEqualTo("the range of `pue` is malformed");
        assertThat(d.hint()).isEqualTo("write its two ends in the value's unit, as in `price 30000 USD range 25000..40000`");
    }

    // ------------------------------------------------------------------ the formatter

    @Test
    void theFormatterWritesRangesCanonicallyAndIsIdempotent() {
        String text = """
                architecture "x"
                assumptions { discount-rate 8 % range 6 % .. 12 % triangular   fibre 60 USD range 40..90 USD uniform moves-with cabling }
                catalog { switch "q" { ports 64 x 800G optics pluggable price 80000 USD range 60000 USD..110000 EUR source "q" } }
                """;
        String formatted = CanonicalFormatter.format(text, "t.cpo").text();
        assertThat(formatted).isEqualTo("""
                architecture "x"

                assumptions {
                  discount-rate 8 % range 6..12
                  fibre 60 USD range 40..90 uniform moves-with cabling
                }

                catalog {
                  switch "q" {
                    ports 64 x 800G
                    optics pluggable
                    price 80000 USD range 60000..110000 EUR source "q"
                  }
                }
                """);
        assertThat(CanonicalFormatter.format(formatted, "t.cpo").text()).isEqualTo(formatted);
    }

    // ------------------------------------------------------------------ the model writer

    @Test
    void theModelWriterWritesRangesInTheUnitOfTheirValue() {
        String text = """
                architecture "x"
                assumptions {
                  electricity 0.08 USD/kWh range 0.05..0.14 uniform
                  discount-rate 8 % range 6..12
                  support 5 % range 2..10 moves-with opex
                }
                catalog {
                  switch "q" { ports 64 x 800G optics pluggable power 12 kW range 10..15 price 80000 USD range 60000..110000 source "q" }
                }
                site "s" { pue 1.15 range 1.1..1.3 cluster "c" { gpus 8 x H100 } }
                """;
        Architecture a = TestCatalog.readClean(text);
        String written = ModelWriter.write(a);
        assertThat(written).contains("  electricity 0.08 USD/kWh range 0.05..0.14 uniform\n", "  discount-rate 8 % range 6..12\n",
                "  support 5 % range 2..10 moves-with opex\n", "    power 12 kW range 10..15\n",
                "    price 80000 USD range 60000..110000 source \"q\"\n", "  pue 1.15 range 1.1..1.3\n");
        assertThat(TestCatalog.readClean(written)).isEqualTo(a);
    }

    // ------------------------------------------------------------------ JSON and YAML

    @Test
    void jsonAndYamlWriteARangeInTheValuesString() {
        String json = """
                {"architecture": "x",
                 "assumptions": {"electricity": "0.08 USD/kWh range 0.05..0.14 uniform", "support": "5 % range 2..10"},
                 "catalog": {"switches": [{"id": "q", "ports": "64 x 800G", "optics": "pluggable",
                                           "price": "80000 USD range 60000..110000 moves-with nvidia", "sources": {"price": "a quote"}}]},
                 "sites": [{"name": "s", "pue": "1.15 range 1.1..1.3", "clusters": [{"name": "c", "gpus": 8, "accelerator": "H100"}]}]}
                """;
        ReadResult r = TestCatalog.reader().read(json, "t.json", null, org.cpoadvisor.dsl.json.Syntax.JSON);
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        Map<FigureRef, Range> ranges = r.architecture().ranges();
        assertThat(ranges.get(FigureRef.assumption("electricity"))).isEqualTo(new Range(0.05, 0.14, Shape.UNIFORM, null));
        assertThat(ranges.get(FigureRef.assumption("support"))).isEqualTo(new Range(0.02, 0.1));
        assertThat(ranges.get(FigureRef.catalog("switch", "q", "price"))).isEqualTo(new Range(60000, 110000, Shape.TRIANGULAR, "nvidia"));
        assertThat(ranges.get(FigureRef.site("s", "pue"))).isEqualTo(new Range(1.1, 1.3));
        assertThat(r.architecture().catalog().get(0).sources()).containsEntry("price", "a quote");

        String yaml = """
                architecture: x
                assumptions:
                  pue: 1.3 range 1.5..1.2
                sites:
                  - name: s
                    clusters: [{name: c, gpus: 8, accelerator: H100}]
                """;
        ReadResult y = TestCatalog.reader().read(yaml, "t.yaml", null, org.cpoadvisor.dsl.json.Syntax.YAML);
        Diagnostic d = only(y);
        // placed at the YAML value, named by its path
        assertThat(d.code()).isEqualTo(Code.CPO240);
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.path()).isEqualTo("$.assumptions.pue");
    }
}
