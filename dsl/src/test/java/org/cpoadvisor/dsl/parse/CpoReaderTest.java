package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.Plan;
import org.cpoadvisor.dsl.model.PlanIntent;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Tier;
import org.cpoadvisor.dsl.model.Traffic;
import org.cpoadvisor.dsl.model.Workload;
import org.cpoadvisor.dsl.model.YearRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file means: units resolved, imports merged in order, money converted. */
class CpoReaderTest {

    private static Architecture read(String text) {
        ReadResult r = TestCatalog.reader().read(text, "t.cpo");
        assertThat(r.hasErrors()).as(DiagnosticPrinter.render(r.diagnostics())).isFalse();
        return r.architecture();
    }

    @Test
    void unitsResolveToGbpsWattsFractionsAndMinutes() {
        Architecture a = read("""
                architecture "units"
                horizon 2025..2030
                assumptions { job-restart 2 h discount-rate 7.5 % lifetime 4 years }
                policy { min-link 1.6T min-east-west 60% }
                catalog {
                  switch "bailly" { ports 64 x 800G optics cpo power 5.5 pJ/bit }
                }
                site "s" {
                  power-cap 1.2 MW
                  cluster "c" { gpus 1_024 x H100 nic 400 G traffic east-west 85 % growth 40 % per year }
                }
                """);
        assertThat(a.horizon()).isEqualTo(new YearRange(2025, 2030));
        assertThat(a.assumptions().jobRestartMinutes()).isEqualTo(120.0);
        assertThat(a.assumptions().discountRate()).isEqualTo(0.075);
        assertThat(a.assumptions().lifetimeYears()).isEqualTo(4.0);
        assertThat(a.policy().minLinkGbps()).isEqualTo(1600.0);
        assertThat(a.policy().minEastWest()).isEqualTo(0.6);
        // 5.5 pJ/bit x 64 x 800 Gb/s = 5.5e-12 J/bit x 51.2e12 bit/s = 281.6 W
        assertThat(((SwitchPlatform) a.catalog().get(0)).powerW()).isEqualTo(281.6);
        Site s = a.sites().get(0);
        assertThat(s.powerCapW()).isEqualTo(1_200_000.0);
        Cluster c = s.clusters().get(0);
        assertThat(c.gpus()).isEqualTo(1024);
        assertThat(c.nicGbps()).isEqualTo(400.0);
        assertThat(c.traffic()).as("the other share is what is left").isEqualTo(new Traffic(0.85, 0.15));
        assertThat(c.growth()).isEqualTo(0.4);
    }

    @Test
    void theDesignsWholeExampleReadsAsWritten() {
        Architecture a = read("""
                architecture "Acme AI Cloud"
                site "sh-01" {
                  region cn-east
                  electricity 0.065 USD/kWh
                  pue 1.22
                  cooling liquid
                  cluster "train-a" {
                    workload training
                    gpus 16384 x B200
                    gpus-per-node 8
                    nic 800G
                    fabric fat-tree tiers 2 oversubscription 1:1 rail-optimized
                    switch spectrum-4-800g
                    optics dsp
                    traffic east-west 85 % north-south 15 %
                    online 2026
                    plan cpo from 2027 tiers spine,core
                  }
                }
                """);
        Cluster c = a.cluster("sh-01", "train-a").orElseThrow();
        assertThat(c.workload()).isEqualTo(Workload.TRAINING);
        assertThat(c.accelerator()).isEqualTo("B200");
        assertThat(c.fabric().tiers()).isEqualTo(2);
        assertThat(c.fabric().oversubscription()).isEqualTo(Ratio.ONE_TO_ONE);
        assertThat(c.fabric().railOptimized()).isTrue();
        assertThat(c.onlineYear()).isEqualTo(2026);
        assertThat(c.plan()).isEqualTo(new Plan(PlanIntent.CPO, 2027, List.of(Tier.SPINE, Tier.CORE)));
        assertThat(a.site("sh-01").orElseThrow().cooling()).isEqualTo(Cooling.LIQUID);
        assertThat(a.currency()).isEqualTo("USD");
    }

    @Test
    void moneyInAnotherCurrencyIsConvertedWithTheRate() {
        Architecture a = read("""
                architecture "fx"
                assumptions { rate CNY 7.10 electricity 0.71 CNY/kWh gpu-hour 2 USD }
                catalog { optic "o" { speed 800G kind lpo price 3692 CNY } }
                site "s" { cluster "c" { gpus 8 x H100 } }
                """);
        assertThat(((OpticModule) a.catalog().get(0)).price()).isEqualTo(520.0);
        assertThat(a.assumptions().electricityPrice()).isEqualTo(0.1);
        assertThat(a.assumptions().gpuHourCost()).isEqualTo(2.0);
    }

    @Test
    void theRootFileOverridesFragmentsAndLaterFragmentsOverrideEarlierOnes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/a.cpo"), "assumptions { pue 1.5 lifetime 4 years discount-rate 6 % }\n");
        Files.writeString(dir.resolve("common/b.cpo"), "import \"a.cpo\"\nassumptions { lifetime 6 years }\n"
                + "site \"shared\" { cluster \"c\" { gpus 8 x H100 } }\n");
        Files.writeString(dir.resolve("main.cpo"), """
                architecture "merge"
                import "common/a.cpo"
                import "common/b.cpo"
                assumptions { pue 1.2 }
                site "own" { cluster "c" { gpus 16 x H100 } }
                """);
        ReadResult r = TestCatalog.reader().read(dir.resolve("main.cpo"));
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        Architecture a = r.architecture();
        assertThat(a.assumptions().pue()).as("root over fragments").isEqualTo(1.2);
        assertThat(a.assumptions().lifetimeYears()).as("later fragment over earlier").isEqualTo(6.0);
        assertThat(a.assumptions().discountRate()).as("what only a fragment says").isEqualTo(0.06);
        assertThat(a.sites()).extracting(Site::name).containsExactly("shared", "own");
        assertThat(r.files()).as("root first, a.cpo read once").hasSize(3).doesNotHaveDuplicates();
        assertThat(r.files().get(0)).endsWith("main.cpo");
    }

    @Test
    void locationsOfClustersAndPropertiesAreKept() {
        ReadResult r = TestCatalog.reader().read("architecture \"x\"\nsite \"s\" {\n  cluster \"c\" {\n    gpus 8 x H100\n  }\n}\n", "loc.cpo");
        assertThat(r.sources().find("site", "s", "c").orElseThrow().line()).isEqualTo(3);
        assertThat(r.sources().cluster("s", "c", "gpus").orElseThrow()).hasToString("loc.cpo:4:5");
        assertThat(r.sources().cluster("s", "c", "nic").orElseThrow().line()).as("falls back to the cluster").isEqualTo(3);
    }

    @Test
    void keywordsAreNotReservedWhereAnIdentifierStands() {
        Architecture a = read("""
                architecture "soft"
                catalog { accelerator "switch" { nic 400G gpus-per-node 8 } }
                site "site" { region core cluster "cluster" { gpus 8 x switch } }
                """);
        assertThat(a.sites().get(0).region()).isEqualTo("core");
        assertThat(a.sites().get(0).clusters().get(0).accelerator()).isEqualTo("switch");
    }

    @Test
    void aStringWithEscapesIsUnescaped() {
        Architecture a = read("architecture \"Acme \\\"AI\\\" \\\\ Co\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }");
        assertThat(a.name()).isEqualTo("Acme \"AI\" \\ Co");
    }

    @Test
    void readerInstancesKeepNoStateBetweenReads() {
        CpoReader reader = TestCatalog.reader();
        String text = "architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }";
        assertThat(reader.read(text, "a.cpo").diagnostics()).isEmpty();
        assertThat(reader.read(text, "a.cpo").diagnostics()).as("site s is not a duplicate of the first read's").isEmpty();
    }
}
