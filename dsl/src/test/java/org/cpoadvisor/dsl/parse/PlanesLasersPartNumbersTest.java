package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.Fabric;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fabric's {@code planes}, {@code laser} catalog entries, a switch's {@code laser} and {@code part-number}. */
class PlanesLasersPartNumbersTest {

    private static Architecture read(String text) {
        return TestCatalog.readClean(text);
    }

    private static ReadResult readWithProblems(String text) {
        return TestCatalog.readAny(text);
    }

    private static String cluster(String property) {
        return "architecture \"x\"\nsite \"s\" {\n  cluster \"c\" {\n    gpus 8 x H100\n    " + property + "\n  }\n}\n";
    }

    private static Fabric fabric(String property) {
        return read(cluster(property)).sites().get(0).clusters().get(0).fabric();
    }

    // ------------------------------------------------------------------ planes

    @Test
    void planesIsAFabricOptionBesideTheOthers() {
        assertThat(fabric("fabric fat-tree tiers 2 oversubscription 1:1 planes 2 rail-optimized"))
                .isEqualTo(new Fabric(Topology.FAT_TREE, 2, new Ratio(1, 1), true, 2));
    }

    @Test
    void planesMayStandInAnyOrderAndWithoutATopology() {
        assertThat(fabric("fabric planes 4 rail-optimized tiers 3"))
                .isEqualTo(new Fabric(Topology.FAT_TREE, 3, null, true, 4));
        assertThat(fabric("fabric rail-optimized planes 8")).isEqualTo(new Fabric(Topology.FAT_TREE, null, null, true, 8));
        assertThat(fabric("fabric fat-tree planes 1").planeCount()).isEqualTo(1);
    }

    @Test
    void railOptimizedFirstIsTheOptionNotATopology() {
        assertThat(fabric("fabric rail-optimized")).isEqualTo(new Fabric(Topology.FAT_TREE, null, null, true, null));
        ReadResult r = readWithProblems(cluster("fabric rail-optimized planes 2 rail-optimized"));
        // `    fabric rail-optimized planes 2 ` is 35 characters: the second option starts at 36
        assertThat(r.diagnostics()).extracting(d -> d.code().name() + " " + d.location().column()).containsExactly("CPO209 36");
    }

    @Test
    void aFabricWithoutPlanesHasOne() {
        Fabric f = fabric("fabric fat-tree tiers 2");
        assertThat(f.planes()).isNull();
        assertThat(f.planeCount()).isEqualTo(1);
    }

    @Test
    void planesOutsideOneToEightIsOutOfRangeWithAHint() {
        for (String n : List.of("0", "9", "64")) {
            ReadResult r = readWithProblems(cluster("fabric fat-tree planes " + n));
            assertThat(r.diagnostics()).hasSize(1);
            Diagnostic d = r.diagnostics().get(0);
            assertThat(d.code().name()).isEqualTo("CPO204");
            assertThat(d.message()).isEqualTo("`planes` is out of range: " + n + " is not within 1..8");
            // line 5: `    fabric fat-tree planes N`, the number after 4 + 6 + 1 + 8 + 1 + 6 + 1 characters
            assertThat(d.location().line()).isEqualTo(5);
            assertThat(d.location().column()).isEqualTo(28);
            assertThat(d.hint()).contains("1 to 8").contains("leave `planes` out");
        }
    }

    @Test
    void planesMustBeWhole() {
        ReadResult r = readWithProblems(cluster("fabric fat-tree planes 2.5"));
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO108");
    }

    @Test
    void planesTwiceKeepsTheFirstWithAWarning() {
        ReadResult r = readWithProblems(cluster("fabric planes 2 planes 4"));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO209");
        assertThat(r.architecture().sites().get(0).clusters().get(0).fabric().planes()).isEqualTo(2);
    }

    @Test
    void planesIsNotReserved() {
        Architecture a = read("""
                architecture "soft"
                catalog { accelerator "planes" { nic 400G gpus-per-node 8 } }
                site "s" { region planes cluster "c" { gpus 8 x planes fabric planes 2 } }
                """);
        assertThat(a.sites().get(0).region()).isEqualTo("planes");
        assertThat(a.sites().get(0).clusters().get(0).accelerator()).isEqualTo("planes");
        assertThat(a.sites().get(0).clusters().get(0).fabric().planes()).isEqualTo(2);
    }

    @Test
    void aMisplacedPlanesSaysWhereItBelongs() {
        ReadResult r = readWithProblems(cluster("planes 2"));
        assertThat(r.diagnostics()).hasSize(1);
        assertThat(r.diagnostics().get(0).code().name()).isEqualTo("CPO108");
        assertThat(r.diagnostics().get(0).hint()).contains("fabric fat-tree planes 2");
    }

    // ------------------------------------------------------------------ laser entries

    @Test
    void aLaserEntryReadsEveryField() {
        Architecture a = read("""
                architecture "lasers"
                catalog {
                  laser "elsfp-a" {
                    source "vendor briefing"
                    power 4.5 W  source "datasheet"
                    price 2000 USD
                    fit 200 fit
                    available 2026
                    part-number "ELS-800-A1"  source "price list"
                  }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(a.catalog()).containsExactly(new LaserSource("elsfp-a", 4.5, 2000.0, 200.0, 2026, "ELS-800-A1",
                "vendor briefing", Map.of("power", "datasheet", "part-number", "price list")));
        assertThat(a.catalog().get(0).kind()).isEqualTo("laser");
    }

    @Test
    void aLaserEntryNeedsNoField() {
        Architecture a = read("architecture \"x\"\ncatalog { laser \"bare\" { } }\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }\n");
        assertThat(a.catalog()).containsExactly(new LaserSource("bare", null, null, null, null, null, null, Map.of()));
    }

    @Test
    void aLaserPriceInAnotherCurrencyIsConverted() {
        Architecture a = read("""
                architecture "fx"
                assumptions { rate CNY 7.10 }
                catalog { laser "l" { price 14200 CNY power 3 W } }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        // 14,200 CNY / 7.10 CNY per USD = 2,000 USD
        assertThat(((LaserSource) a.catalog().get(0)).price()).isEqualTo(2000.0);
        assertThat(new Catalog(a.catalog()).laser("l")).isPresent();
    }

    @Test
    void aLaserEntryTakesNoSwitchFieldAndNoUnknownOne() {
        ReadResult r = readWithProblems("""
                architecture "x"
                catalog {
                  laser "l" { ports 64 x 800G powr 4 W }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(r.diagnostics()).extracting(d -> d.code().name() + " " + d.location().line() + ":" + d.location().column())
                .containsExactly("CPO201 3:15", "CPO201 3:31");
        assertThat(r.diagnostics().get(0).message()).isEqualTo("`ports` is not a field of a laser entry");
        assertThat(r.diagnostics().get(0).hint()).isEqualTo("fields of a laser entry: power, price, fit, available, part-number, source");
        assertThat(r.diagnostics().get(1).hint()).isEqualTo("did you mean `power`?");
    }

    @Test
    void aLaserPowerIsNotGivenPerBit() {
        ReadResult r = readWithProblems("architecture \"x\"\ncatalog { laser \"l\" { power 5 pJ/bit } }\n"
                + "site \"s\" { cluster \"c\" { gpus 8 x H100 } }\n");
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO212");
    }

    @Test
    void aLaserIdTwiceIsADuplicateButALaserAndASwitchMayShareAnId() {
        ReadResult r = readWithProblems("""
                architecture "x"
                catalog {
                  laser "same" { power 4 W }
                  switch "same" { ports 64 x 800G optics cpo laser same }
                  laser "same" { power 5 W }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(r.diagnostics()).extracting(d -> d.code().name() + " " + d.location().line() + ":" + d.location().column())
                .containsExactly("CPO202 5:9");
    }

    // ------------------------------------------------------------------ a switch's laser

    @Test
    void aCpoSwitchNamesItsLaserFromTheFileOrTheCatalog() {
        Architecture a = read("""
                architecture "x"
                catalog {
                  switch "own" { ports 128 x 800G optics cpo laser my-els lasers 16 }
                  switch "builtin" { ports 128 x 800G optics cpo laser "elsfp-test" }
                  laser "my-els" { power 4 W }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        SwitchPlatform own = (SwitchPlatform) a.catalog().get(0);
        assertThat(own.laser()).isEqualTo("my-els");
        assertThat(own.lasers()).isEqualTo(16);
        assertThat(((SwitchPlatform) a.catalog().get(1)).laser()).isEqualTo("elsfp-test");
    }

    @Test
    void aLaserIdThatNamesNoLaserEntryIsUnknown() {
        ReadResult r = readWithProblems("""
                architecture "x"
                catalog {
                  switch "cpo" { ports 128 x 800G optics cpo laser elsfp-tset }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code().name()).isEqualTo("CPO203");
        assertThat(d.message()).isEqualTo("unknown laser `elsfp-tset`");
        // `  switch "cpo" { ports 128 x 800G optics cpo laser ` is 51 characters: the id starts at 52
        assertThat(d.location()).hasToString("t.cpo:3:52");
        assertThat(d.hint()).isEqualTo("did you mean `elsfp-test`?");
    }

    @Test
    void aSwitchIdIsNotALaserId() {
        ReadResult r = readWithProblems("""
                architecture "x"
                catalog {
                  switch "cpo" { ports 128 x 800G optics cpo laser qx-photonics }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO203");
        assertThat(r.diagnostics().get(0).hint()).as("names the laser ids there are").contains("elsfp-test");
    }

    @Test
    void withoutAnyLaserEntryTheHintSaysHowToDefineOne() {
        ReadResult r = new CpoReader().read("""
                architecture "x"
                catalog {
                  switch "cpo" { ports 128 x 800G optics cpo laser els }
                  accelerator "a" { nic 800G }
                }
                site "s" { cluster "c" { gpus 8 x a } }
                """, "t.cpo");
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO203");
        assertThat(r.diagnostics().get(0).hint()).isEqualTo("define it in a `catalog` block: `laser \"els\" { … }`");
    }

    @Test
    void aLaserOnAPluggableSwitchIsIgnoredWithAWarning() {
        ReadResult r = readWithProblems("""
                architecture "x"
                catalog {
                  switch "p" { ports 64 x 800G optics pluggable laser elsfp-test }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code().name()).isEqualTo("CPO213");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).isEqualTo("`laser` describes co-packaged optics, but switch `p` is pluggable: it is ignored");
        // the field's word: `  switch "p" { ports 64 x 800G optics pluggable ` is 48 characters
        assertThat(d.location().column()).isEqualTo(49);
    }

    @Test
    void laserIsAFieldOfASwitchOnly() {
        ReadResult r = readWithProblems("""
                architecture "x"
                catalog {
                  optic "o" { speed 800G kind dsp laser elsfp-test }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(r.diagnostics()).extracting(d -> d.code().name() + " " + d.location().line() + ":" + d.location().column())
                .containsExactly("CPO201 3:35");
    }

    @Test
    void aLaserOutOfPlaceSaysWhereItBelongs() {
        ReadResult r = readWithProblems(cluster("laser elsfp-test"));
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code().name()).isEqualTo("CPO101");
        assertThat(d.location().line()).isEqualTo(5);
        assertThat(d.location().column()).isEqualTo(5);
        assertThat(d.hint()).isEqualTo("`laser` belongs in a switch entry or catalog");
    }

    @Test
    void laserIsNotReservedWhereAnIdentifierStands() {
        Architecture a = read("""
                architecture "soft"
                catalog {
                  accelerator "laser" { nic 400G gpus-per-node 8 }
                  laser "laser" { power 4 W }
                  switch "s" { ports 64 x 800G optics cpo laser laser }
                }
                site "s" { region laser cluster "c" { gpus 8 x laser } }
                """);
        assertThat(a.sites().get(0).region()).isEqualTo("laser");
        assertThat(a.sites().get(0).clusters().get(0).accelerator()).isEqualTo("laser");
        assertThat(((SwitchPlatform) a.catalog().get(2)).laser()).isEqualTo("laser");
    }

    // ------------------------------------------------------------------ part numbers

    @Test
    void partNumbersAreReadOnSwitchesAndOptics() {
        Architecture a = read("""
                architecture "pn"
                catalog {
                  switch "sw" { ports 64 x 800G optics pluggable part-number "SW-64 \\"rev B\\"" }
                  optic "o" { speed 800G kind dsp part-number "960-0001" source "price list" }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        SwitchPlatform sw = (SwitchPlatform) a.catalog().get(0);
        assertThat(sw.partNumber()).isEqualTo("SW-64 \"rev B\"");
        assertThat(sw.optics()).isEqualTo(SwitchOptics.PLUGGABLE);
        OpticModule o = (OpticModule) a.catalog().get(1);
        assertThat(o.partNumber()).isEqualTo("960-0001");
        assertThat(o.sources()).isEqualTo(Map.of("part-number", "price list"));
    }

    @Test
    void aPartNumberIsQuoted() {
        ReadResult r = readWithProblems("""
                architecture "x"
                catalog {
                  optic "o" { speed 800G kind dsp part-number PN-1 }
                }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(r.diagnostics()).extracting(d -> d.code().name() + " " + d.location().line() + ":" + d.location().column())
                .containsExactly("CPO108 3:35");
        assertThat(r.diagnostics().get(0).message()).isEqualTo("`part-number` takes quoted text: `PN-1` is not quoted");
        assertThat(r.diagnostics().get(0).hint()).isEqualTo("quote it, `\"PN-1\"`, as in `part-number \"PN-12345\"`");
    }

    @Test
    void anEmptyPartNumberIsRefused() {
        ReadResult r = readWithProblems("architecture \"x\"\ncatalog { optic \"o\" { speed 800G kind dsp part-number \"\" } }\n"
                + "site \"s\" { cluster \"c\" { gpus 8 x H100 } }\n");
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO108");
    }

    @Test
    void anAcceleratorHasNoPartNumber() {
        ReadResult r = readWithProblems("architecture \"x\"\ncatalog { accelerator \"a\" { nic 400G part-number \"A\" } }\n"
                + "site \"s\" { cluster \"c\" { gpus 8 x a } }\n");
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO201");
    }

    // ------------------------------------------------------------------ writing and formatting

    @Test
    void theWriterWritesEveryNewField() {
        Architecture a = read("""
                architecture "w"
                catalog {
                  switch "c" { ports 128 x 800G optics cpo laser my-els lasers 16 part-number "C-128" }
                  optic "o" { speed 800G kind lpo part-number "O 1" source "pl" }
                  laser "my-els" { power 4 W price 2000 USD fit 200 fit available 2026 part-number "E-1" }
                }
                site "s" { cluster "c" { gpus 8 x H100 fabric fat-tree rail-optimized planes 4 tiers 2 } }
                """);
        String text = ModelWriter.write(a);
        assertThat(text).contains("""
                  switch "c" {
                    ports 128 x 800G
                    optics cpo
                    laser my-els
                    lasers 16
                    part-number "C-128"
                  }
                """).contains("""
                  optic "o" {
                    speed 800G
                    kind lpo
                    part-number "O 1" source "pl"
                  }
                """).contains("""
                  laser "my-els" {
                    power 4 W
                    price 2000 USD
                    fit 200 fit
                    available 2026
                    part-number "E-1"
                  }
                """).contains("    fabric fat-tree tiers 2 planes 4 rail-optimized\n");
        assertThat(read(text)).isEqualTo(a);
    }

    @Test
    void aLaserIdThatIsNoIdentifierIsWrittenQuoted() {
        LaserSource l = new LaserSource("els 1", 4.0, null, null, null, null, null, Map.of());
        SwitchPlatform s = new SwitchPlatform("c", 64, 800, SwitchOptics.CPO, null, null, null, null, null, null, null, null,
                null, null, "els 1", null, null, Map.of());
        assertThat(ModelWriter.write(s, "USD")).contains("  laser \"els 1\"\n");
        assertThat(ModelWriter.write(l, "USD")).isEqualTo("laser \"els 1\" {\n  power 4 W\n}\n");
    }

    @Test
    void theFormatterKeepsTheNewWords() {
        String in = """
                architecture "f"
                catalog { laser "l" {power 4W part-number "P-1" source "x"}
                switch "c" { ports 64 x 800 G optics cpo laser l part-number "C" } }
                site "s" { cluster "c" { gpus 8 x H100 fabric fat-tree   planes   2 } }
                """;
        CanonicalFormatter.Result r = CanonicalFormatter.format(in, "f.cpo");
        assertThat(r.ok()).isTrue();
        assertThat(r.text()).isEqualTo("""
                architecture "f"

                catalog {
                  laser "l" {
                    power 4 W
                    part-number "P-1" source "x"
                  }
                  switch "c" {
                    ports 64 x 800G
                    optics cpo
                    laser l
                    part-number "C"
                  }
                }

                site "s" {
                  cluster "c" {
                    gpus 8 x H100
                    fabric fat-tree planes 2
                  }
                }
                """);
        assertThat(read(r.text())).isEqualTo(read(in));
    }
}
