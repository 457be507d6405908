package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Family;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A switch entry's {@code family} and {@code vendor}; the policy's {@code pilot-switches} and {@code vendors}. */
class FamilyVendorPilotTest {

    private static final String CLUSTER = "site \"s\" { cluster \"c\" { gpus 8 x H100 } }\n";

    private static Architecture read(String text) {
        return TestCatalog.readClean(text);
    }

    private static ReadResult readWithProblems(String text) {
        return TestCatalog.readAny(text);
    }

    /** A file whose catalog holds one entry, written on line 3 after {@code catalog {}. */
    private static String entry(String entry) {
        return "architecture \"x\"\ncatalog {\n  " + entry + "\n}\n" + CLUSTER;
    }

    /** A file whose policy holds {@code rules}, from line 3 on. */
    private static String policy(String rules) {
        return "architecture \"x\"\npolicy {\n  " + rules + "\n}\n" + CLUSTER;
    }

    private static SwitchPlatform theSwitch(Architecture a) {
        return (SwitchPlatform) a.catalog().get(0);
    }

    private static List<String> codes(ReadResult r) {
        return r.diagnostics().stream().map(d -> d.code().name() + " " + d.location().line() + ":" + d.location().column()).toList();
    }

    // ------------------------------------------------------------------ family and vendor

    @Test
    void aSwitchEntryReadsFamilyAndVendorWithTheirSources() {
        Architecture a = read("""
                architecture "x"
                catalog {
                  switch "q3-cpo" {
                    source "vendor briefing"
                    ports 144 x 800G
                    optics cpo
                    family infiniband  source "product brief"
                    vendor "NVIDIA"  source "datasheet"
                  }
                }
                """ + CLUSTER);
        SwitchPlatform s = theSwitch(a);
        assertThat(s.family()).isEqualTo(Family.INFINIBAND);
        assertThat(s.vendor()).isEqualTo("NVIDIA");
        assertThat(s.sources()).containsEntry("family", "product brief").containsEntry("vendor", "datasheet");
        assertThat(s.source()).isEqualTo("vendor briefing");
    }

    @Test
    void familyAndVendorAreNoCpoOnlyFields() {
        // on a pluggable switch they mean the same: no CPO213 warning
        SwitchPlatform s = theSwitch(read(entry("switch \"p\" { ports 64 x 800G optics pluggable family ethernet vendor \"Broadcom\" }")));
        assertThat(s.optics()).isEqualTo(SwitchOptics.PLUGGABLE);
        assertThat(s.family()).isEqualTo(Family.ETHERNET);
        assertThat(s.vendor()).isEqualTo("Broadcom");
    }

    @Test
    void aSwitchWithoutThemHasNeither() {
        SwitchPlatform s = theSwitch(read(entry("switch \"p\" { ports 64 x 800G optics pluggable }")));
        assertThat(s.family()).isNull();
        assertThat(s.vendor()).isNull();
    }

    @Test
    void aVendorMayHoldAnyTextQuoted() {
        SwitchPlatform s = theSwitch(read(entry("switch \"p\" { ports 64 x 800G optics pluggable vendor \"Acme \\\"Photonics\\\" Co., Ltd.\" }")));
        assertThat(s.vendor()).isEqualTo("Acme \"Photonics\" Co., Ltd.");
    }

    @Test
    void aMisspeltFamilyGetsDidYouMean() {
        ReadResult r = readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable family infiniban }"));
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code().name()).isEqualTo("CPO208");
        assertThat(d.message()).isEqualTo("unknown family `infiniban`");
        assertThat(d.hint()).contains("infiniband");
        // `  switch "p" { ports 64 x 800G optics pluggable family ` is 55 characters
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.location().column()).isEqualTo(56);
    }

    @Test
    void aFamilyFarFromAnyWordListsTheWords() {
        ReadResult r = readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable family token-ring }"));
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO208");
        assertThat(r.diagnostics().get(0).hint()).contains("infiniband").contains("ethernet");
        assertThat(r.architecture().catalog()).hasSize(1); // the entry stands, without a family
        assertThat(theSwitch(r.architecture()).family()).isNull();
    }

    @Test
    void familyIsCaseSensitiveLikeEveryWord() {
        ReadResult r = readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable family Ethernet }"));
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO208");
        assertThat(r.diagnostics().get(0).hint()).contains("ethernet");
    }

    @Test
    void anUnquotedVendorSaysHowToWriteIt() {
        ReadResult r = readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable vendor NVIDIA }"));
        assertThat(codes(r)).containsExactly("CPO108 3:49");
        assertThat(r.diagnostics().get(0).message()).isEqualTo("`vendor` takes quoted text: `NVIDIA` is not quoted");
        assertThat(r.diagnostics().get(0).hint()).isEqualTo("quote it, `\"NVIDIA\"`, as in `vendor \"NVIDIA\"`");
        // a word that lexes as a currency code or a soft keyword is no different
        assertThat(codes(readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable vendor IBM }")))).containsExactly("CPO108 3:49");
        assertThat(codes(readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable vendor ethernet }")))).containsExactly("CPO108 3:49");
    }

    @Test
    void anEmptyVendorIsMalformed() {
        ReadResult r = readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable vendor \"  \" }"));
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO108");
        assertThat(r.diagnostics().get(0).message()).contains("empty string");
    }

    @Test
    void familyAndVendorBelongToSwitchEntriesOnly() {
        ReadResult optic = readWithProblems(entry("optic \"o\" { speed 800G kind dsp family ethernet vendor \"Acme\" }"));
        assertThat(codes(optic)).containsExactly("CPO201 3:35", "CPO201 3:51");
        assertThat(optic.diagnostics().get(0).message()).isEqualTo("`family` is not a field of an optic entry");
        ReadResult laser = readWithProblems(entry("laser \"l\" { power 4 W vendor \"Acme\" }"));
        assertThat(codes(laser)).containsExactly("CPO201 3:25");
        ReadResult cluster = readWithProblems("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 family ethernet } }\n");
        assertThat(cluster.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO201");
        assertThat(cluster.diagnostics().get(0).hint()).contains("a switch entry");
    }

    @Test
    void familyTwiceKeepsTheFirst() {
        ReadResult r = readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable family ethernet family infiniband }"));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO209");
        assertThat(theSwitch(r.architecture()).family()).isEqualTo(Family.ETHERNET);
    }

    // ------------------------------------------------------------------ pilot-switches and vendors

    @Test
    void thePolicyReadsPilotSwitchesAndVendors() {
        Policy p = read(policy("pilot-switches 16\n  vendors \"NVIDIA\", \"Broadcom\"")).policy();
        assertThat(p.pilotSwitches()).isEqualTo(16);
        assertThat(p.vendors()).containsExactly("NVIDIA", "Broadcom");
    }

    @Test
    void thePolicyReadsMinModulesAWholeNumberAndWritesItBack() {
        Policy p = read(policy("min-modules 20_000")).policy();
        assertThat(p.minModules()).isEqualTo(20_000);
        assertThat(read(policy("min-saving 10 %")).policy().minModules()).isNull();
        ReadResult half = readWithProblems(policy("min-modules 2.5"));
        assertThat(half.diagnostics()).isNotEmpty();
        assertThat(half.diagnostics().get(0).isError()).isTrue();
        assertThat(ModelWriter.write(read(policy("min-modules 20_000")))).contains("min-modules 20000");
    }

    @Test
    void oneVendorNeedsNoComma() {
        assertThat(read(policy("vendors \"NVIDIA\"")).policy().vendors()).containsExactly("NVIDIA");
    }

    @Test
    void vendorsMaySpanLinesAfterACommaAndKeepTheirOrder() {
        Policy p = read(policy("vendors \"Broadcom\",\n    \"NVIDIA\",\n    \"Cisco\"\n  min-saving 10 %")).policy();
        assertThat(p.vendors()).containsExactly("Broadcom", "NVIDIA", "Cisco");
        assertThat(p.minSaving()).isEqualTo(0.10);
    }

    @Test
    void aPolicyWithoutThemSaysNothing() {
        Policy p = read(policy("min-saving 10 %")).policy();
        assertThat(p.pilotSwitches()).isNull();
        assertThat(p.vendors()).isNull();
    }

    @Test
    void pilotSwitchesIsOneToTenThousand() {
        assertThat(read(policy("pilot-switches 1")).policy().pilotSwitches()).isEqualTo(1);
        assertThat(read(policy("pilot-switches 10_000")).policy().pilotSwitches()).isEqualTo(10_000);
        for (String n : List.of("0", "10001", "1000000")) {
            ReadResult r = readWithProblems(policy("pilot-switches " + n));
            assertThat(codes(r)).as(n).containsExactly("CPO204 3:18");
            assertThat(r.diagnostics().get(0).message()).isEqualTo("`pilot-switches` is out of range: " + n + " is not within 1..10000");
        }
    }

    @Test
    void pilotSwitchesIsAWholePlainNumber() {
        assertThat(codes(readWithProblems(policy("pilot-switches 2.5")))).containsExactly("CPO108 3:18");
        ReadResult unit = readWithProblems(policy("pilot-switches 16 W"));
        assertThat(codes(unit)).containsExactly("CPO212 3:21");
        assertThat(codes(readWithProblems(policy("pilot-switches")))).containsExactly("CPO108 3:3");
        assertThat(codes(readWithProblems(policy("pilot-switches many")))).containsExactly("CPO108 3:3");
    }

    @Test
    void vendorsWithNothingAfterItIsAValueMissing() {
        ReadResult r = readWithProblems(policy("vendors\n  min-saving 10 %"));
        assertThat(codes(r)).containsExactly("CPO108 3:3");
        assertThat(r.diagnostics().get(0).hint()).isEqualTo("write it as `vendors \"NVIDIA\", \"Broadcom\"`");
        assertThat(r.architecture().policy().minSaving()).isEqualTo(0.10);
    }

    @Test
    void unquotedVendorsAreMalformed() {
        ReadResult r = readWithProblems(policy("vendors NVIDIA, Broadcom"));
        assertThat(codes(r)).containsExactly("CPO108 3:3");
        assertThat(r.diagnostics().get(0).hint()).contains("vendors \"NVIDIA\", \"Broadcom\"");
        // one name of the list unquoted: the message names it, and no "did you mean `x`" for a one-letter name
        ReadResult second = readWithProblems(policy("vendors \"A\", B"));
        assertThat(codes(second)).containsExactly("CPO108 3:3");
        assertThat(second.diagnostics().get(0).message()).isEqualTo("`vendors` takes quoted text: `B` is not quoted");
        assertThat(second.diagnostics().get(0).hint()).startsWith("quote it, `\"B\"`");
    }

    @Test
    void aVendorListedTwiceIsKeptOnceWithAWarning() {
        ReadResult r = readWithProblems(policy("vendors \"NVIDIA\", \"Broadcom\", \"NVIDIA\""));
        assertThat(r.hasErrors()).isFalse();
        // `  vendors "NVIDIA", "Broadcom", ` is 32 characters
        assertThat(codes(r)).containsExactly("CPO209 3:33");
        assertThat(r.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(r.architecture().policy().vendors()).containsExactly("NVIDIA", "Broadcom");
    }

    @Test
    void anEmptyVendorNameIsMalformed() {
        ReadResult r = readWithProblems(policy("vendors \"NVIDIA\", \"\""));
        assertThat(codes(r)).containsExactly("CPO108 3:21");
        assertThat(r.architecture().policy().vendors()).containsExactly("NVIDIA");
    }

    @Test
    void aTrailingCommaIsASyntaxError() {
        ReadResult r = readWithProblems(policy("vendors \"NVIDIA\",\n}\n"));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).contains("CPO101");
    }

    @Test
    void thePolicyWordsBelongInThePolicy() {
        ReadResult cluster = readWithProblems("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 pilot-switches 16 } }\n");
        assertThat(cluster.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO201");
        assertThat(cluster.diagnostics().get(0).hint()).isEqualTo("`pilot-switches` belongs in policy");
        ReadResult entry = readWithProblems(entry("switch \"p\" { ports 64 x 800G optics pluggable vendors \"Acme\", \"Other\" }"));
        assertThat(entry.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO201");
        assertThat(entry.diagnostics().get(0).hint()).isEqualTo("`vendors` belongs in policy");
        ReadResult policy = readWithProblems(policy("vendor \"NVIDIA\""));
        assertThat(policy.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO201");
        assertThat(policy.diagnostics().get(0).hint()).isEqualTo("`vendor` belongs in a switch entry");
    }

    @Test
    void aMisspeltPolicyWordGetsDidYouMean() {
        ReadResult r = readWithProblems(policy("pilot-switch 16"));
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO201");
        assertThat(r.diagnostics().get(0).hint()).contains("pilot-switches");
        ReadResult v = readWithProblems(policy("vendor-list \"NVIDIA\""));
        assertThat(v.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO201");
    }

    @Test
    void theNewWordsAreNotReserved() {
        Architecture a = read("""
                architecture "soft"
                catalog {
                  accelerator "family" { nic 400G gpus-per-node 8 }
                  switch "vendor" { ports 64 x 800G optics pluggable family ethernet vendor "vendors" }
                }
                site "vendors" {
                  region pilot-switches
                  cluster "family" { gpus 8 x family switch vendor }
                }
                """);
        assertThat(a.sites().get(0).region()).isEqualTo("pilot-switches");
        assertThat(a.sites().get(0).clusters().get(0).accelerator()).isEqualTo("family");
        assertThat(a.sites().get(0).clusters().get(0).switchId()).isEqualTo("vendor");
        assertThat(((SwitchPlatform) a.catalog().get(1)).vendor()).isEqualTo("vendors");
    }

    @Test
    void pilotSwitchesTwiceKeepsTheFirst() {
        ReadResult r = readWithProblems(policy("pilot-switches 8\n  pilot-switches 64"));
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO209");
        assertThat(r.architecture().policy().pilotSwitches()).isEqualTo(8);
    }

    @Test
    void aLaterPolicyOverridesSettingBySettingAndReplacesVendorsWhole(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("common.cpo"), "policy {\n  pilot-switches 8\n  vendors \"NVIDIA\", \"Broadcom\"\n  min-saving 5 %\n}\n");
        Files.writeString(dir.resolve("main.cpo"), "architecture \"x\"\nimport \"common.cpo\"\npolicy { vendors \"Cisco\" }\n"
                + "policy { min-gpus 1024 }\n" + CLUSTER);
        ReadResult r = TestCatalog.reader().read(dir.resolve("main.cpo"));
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        Policy p = r.architecture().policy();
        assertThat(p.pilotSwitches()).isEqualTo(8);
        assertThat(p.vendors()).containsExactly("Cisco");
        assertThat(p.minSaving()).isEqualTo(0.05);
        assertThat(p.minGpus()).isEqualTo(1024);
    }

    // ------------------------------------------------------------------ writer and formatter

    @Test
    void theWriterWritesThemAndTheyReadBack() {
        String text = """
                architecture "x"
                policy {
                  pilot-switches 16
                  vendors "NVIDIA", "Say \\"hi\\""
                }
                catalog {
                  switch "q" {
                    ports 64 x 800G
                    optics cpo
                    family infiniband  source "brief"
                    vendor "NVIDIA"
                  }
                }
                """ + CLUSTER;
        Architecture a = read(text);
        String written = ModelWriter.write(a);
        assertThat(written).contains("policy {\n  pilot-switches 16\n  vendors \"NVIDIA\", \"Say \\\"hi\\\"\"\n}\n");
        assertThat(written).contains("    family infiniband source \"brief\"\n    vendor \"NVIDIA\"\n");
        assertThat(read(written)).isEqualTo(a);
    }

    @Test
    void oneEntryAsCatalogShowPrintsIt() {
        SwitchPlatform s = new SwitchPlatform("q", 64, 800, SwitchOptics.CPO, null, null, null, null, null, null, null, null,
                null, null, null, null, Family.ETHERNET, "Broadcom", null, Map.of("vendor", "press release"));
        assertThat(ModelWriter.write(s, "USD")).isEqualTo("""
                switch "q" {
                  ports 64 x 800G
                  optics cpo
                  family ethernet
                  vendor "Broadcom" source "press release"
                }
                """);
    }

    @Test
    void anEmptyVendorListIsNotWritten() {
        Policy p = new Policy(null, null, null, null, null, null, null, null, 4, List.of());
        Architecture a = read(policy("min-saving 10 %"));
        Architecture withEmpty = new Architecture(a.name(), a.horizon(), a.currency(), a.assumptions(), p, a.catalog(), a.sites());
        String written = ModelWriter.write(withEmpty);
        assertThat(written).contains("pilot-switches 4").doesNotContain("vendors");
        assertThat(TestCatalog.reader().read(written, "w.cpo").hasErrors()).isFalse();
    }

    @Test
    void theFormatterLaysThemOutOneALine() {
        CanonicalFormatter.Result r = CanonicalFormatter.format(
                "policy{pilot-switches   16 vendors \"A\" ,\"B\",   \"C\"}\ncatalog{switch \"s\"{ports 64 x 800 G optics cpo family  ethernet vendor\"V\"}}",
                "p.cpo");
        assertThat(r.ok()).isTrue();
        assertThat(r.text()).isEqualTo("""
                policy {
                  pilot-switches 16
                  vendors "A", "B", "C"
                }

                catalog {
                  switch "s" {
                    ports 64 x 800G
                    optics cpo
                    family ethernet
                    vendor "V"
                  }
                }
                """);
    }

    @Test
    void theLanguageTableKnowsThem() {
        assertThat(Language.examples(Block.POLICY)).containsKeys("pilot-switches", "vendors");
        assertThat(Language.examples(Block.SWITCH)).containsKeys("family", "vendor");
        assertThat(Language.examples(Block.OPTIC)).doesNotContainKeys("family", "vendor");
        assertThat(Language.blocksWith("vendors")).containsExactly("policy");
        assertThat(Language.blocksWith("family")).containsExactly("a switch entry");
    }
}
