package org.cpoadvisor.rules.catalog;

import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.ModuleKind;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.parse.CpoReader;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The built-in catalog reads cleanly, every figure in it carries a source, the ids other
 * people's files rely on exist, the figures we sourced are what the sources say, and the
 * CPO power figures hang together with the pluggable ones (see the header of builtin.cpo).
 */
class BuiltinCatalogTest {

    private static final List<String> ACCELERATORS = List.of(
            "H100", "H200", "B200", "B300", "GB200", "GB300", "MI300X", "MI355X", "L40S", "A100", "Ascend-910B");
    private static final List<String> PLUGGABLE_SWITCHES = List.of(
            "spectrum-4-800g", "quantum-2-400g", "quantum-x800-800g", "tomahawk5-800g", "tomahawk4-400g",
            "tomahawk6-1.6t");
    private static final List<String> CPO_SWITCHES = List.of(
            "quantum-x-photonics-800g", "spectrum-x-photonics-102t", "spectrum-x-photonics-409t",
            "tomahawk5-bailly-cpo", "tomahawk6-davisson-cpo");
    private static final List<String> OPTICS = List.of(
            "dsp-100g", "dsp-200g", "dsp-400g", "dsp-800g", "dsp-1.6t", "lpo-800g", "aoc-400g");

    private final Catalog catalog = BuiltinCatalog.get();

    @Test
    void readsWithoutAnyDiagnostic() {
        assertThat(catalog.entries()).isNotEmpty();
        ReadResult result = new CpoReader().readFragment(BuiltinCatalog.text(), "builtin.cpo");
        assertThat(result.diagnostics()).as("diagnostics of builtin.cpo").isEmpty();
    }

    @Test
    void everyFieldHasASource() {
        List<String> missing = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            for (String field : fieldsOf(e)) {
                String source = e.sourceOf(field);
                if (source == null || source.isBlank()) {
                    missing.add(e.kind() + " " + e.id() + ": " + field);
                }
            }
        }
        assertThat(missing).as("fields without a source").isEmpty();
    }

    @Test
    void pricesAreLabelledAsAssumptions() {
        for (CatalogEntry e : catalog.entries()) {
            if (fieldsOf(e).contains("price")) {
                assertThat(e.sourceOf("price")).as(e.id() + " price").startsWith("assumption:");
            }
            if (fieldsOf(e).contains("repair")) {
                assertThat(e.sourceOf("repair")).as(e.id() + " repair").startsWith("assumption:");
            }
        }
    }

    @Test
    void theIdsOtherFilesUseExist() {
        assertThat(catalog.ids("accelerator")).containsAll(ACCELERATORS);
        assertThat(catalog.ids("switch")).containsAll(PLUGGABLE_SWITCHES).containsAll(CPO_SWITCHES);
        assertThat(catalog.ids("optic")).containsAll(OPTICS);
        for (String id : PLUGGABLE_SWITCHES) {
            assertThat(sw(id).optics()).as(id).isEqualTo(SwitchOptics.PLUGGABLE);
        }
        for (String id : CPO_SWITCHES) {
            assertThat(sw(id).optics()).as(id).isEqualTo(SwitchOptics.CPO);
        }
    }

    @Test
    void sourcedSwitchFiguresAreExact() {
        assertPorts("spectrum-4-800g", 64, 800);         // NVIDIA SN5000 manual
        assertPorts("quantum-2-400g", 64, 400);          // QM97XX manual
        assertPorts("quantum-x800-800g", 144, 800);      // Q3400-RA
        assertPorts("tomahawk5-800g", 64, 800);          // 51.2T
        assertPorts("tomahawk4-400g", 64, 400);          // 25.6T
        assertPorts("quantum-x-photonics-800g", 144, 800);
        assertPorts("spectrum-x-photonics-102t", 128, 800);
        assertPorts("spectrum-x-photonics-409t", 512, 800);
        assertPorts("tomahawk5-bailly-cpo", 64, 800);
        assertPorts("tomahawk6-davisson-cpo", 128, 800);

        assertThat(sw("quantum-x-photonics-800g").capacityGbps()).isEqualTo(115_200);
        assertThat(sw("spectrum-x-photonics-102t").capacityGbps()).isEqualTo(102_400);
        assertThat(sw("spectrum-x-photonics-409t").capacityGbps()).isEqualTo(409_600);
        assertThat(sw("tomahawk5-bailly-cpo").capacityGbps()).isEqualTo(51_200);
        assertThat(sw("tomahawk6-davisson-cpo").capacityGbps()).isEqualTo(102_400);

        assertThat(sw("quantum-x-photonics-800g").cooling()).isEqualTo(Cooling.LIQUID);
        assertThat(sw("spectrum-x-photonics-102t").cooling()).isEqualTo(Cooling.LIQUID);
        assertThat(sw("spectrum-x-photonics-409t").cooling()).isEqualTo(Cooling.LIQUID);
        assertThat(sw("quantum-2-400g").cooling()).isEqualTo(Cooling.AIR);

        assertThat(sw("quantum-x-photonics-800g").fieldReplaceableLasers()).isTrue();
        assertThat(sw("tomahawk5-bailly-cpo").fieldReplaceableLasers()).isTrue();
        assertThat(sw("tomahawk6-davisson-cpo").fieldReplaceableLasers()).isTrue();
    }

    @Test
    void sourcedAcceleratorAndOpticFiguresAreExact() {
        assertAccelerator("H100", 400, 8, 700);
        assertAccelerator("H200", 400, 8, 700);
        assertAccelerator("B200", 400, 8, 1000);
        assertAccelerator("B300", 800, 8, 1100);
        assertAccelerator("GB200", 400, 4, 1200);
        assertAccelerator("GB300", 800, 4, 1400);
        assertAccelerator("MI300X", 400, 8, 750);
        assertAccelerator("MI355X", 400, 8, 1400);
        assertAccelerator("L40S", 200, 8, 350);

        OpticModule dsp800 = optic("dsp-800g");
        assertThat(dsp800.speedGbps()).isEqualTo(800);
        assertThat(dsp800.moduleKind()).isEqualTo(ModuleKind.DSP);
        assertThat(dsp800.powerW()).isEqualTo(16.0);            // NVIDIA MMS4X00-NS typical
        assertThat(optic("dsp-400g").powerW()).isEqualTo(9.0);  // NVIDIA MMS4X00-NS400
        assertThat(optic("dsp-1.6t").speedGbps()).isEqualTo(1600);
        assertThat(optic("dsp-1.6t").powerW()).isEqualTo(30.0); // NVIDIA, ~30 W per 1.6T port
        assertThat(optic("lpo-800g").moduleKind()).isEqualTo(ModuleKind.LPO);
        assertThat(optic("lpo-800g").powerW()).isBetween(7.0, 9.0);
        assertThat(optic("aoc-400g").moduleKind()).isEqualTo(ModuleKind.AOC);
        for (String id : OPTICS) {
            assertThat(optic(id).fit()).as(id + " fit").isEqualTo(100.0); // IDC: ~100 FIT
        }
    }

    @Test
    void cpoSwitchesAreCompleteAndArriveIn2025Or2026() {
        for (String id : CPO_SWITCHES) {
            SwitchPlatform s = sw(id);
            assertThat(s.available()).as(id + " available").isBetween(2025, 2026);
            assertThat(s.powerW()).as(id + " power").isNotNull().isPositive();
            assertThat(s.price()).as(id + " price").isNotNull().isPositive();
            assertThat(s.portFit()).as(id + " port-fit").isNotNull().isPositive();
            assertThat(s.repairCost()).as(id + " repair").isNotNull().isPositive();
            assertThat(s.fieldReplaceableLasers()).as(id + " field-replaceable-lasers").isNotNull();
            // the external lasers are their own entries, named and counted; `laser-power` and `laser-fit`
            // (for platforms without a laser entry) would count them twice
            assertThat(s.laserPowerW()).as(id + " laser-power").isNull();
            assertThat(s.laserFit()).as(id + " laser-fit").isNull();
            assertThat(s.lasers()).as(id + " lasers").isNotNull().isPositive();
            assertThat(catalog.laser(s.laser())).as(id + " laser " + s.laser()).isPresent();
            // NVIDIA's 10x resiliency over ~100 FIT pluggable modules (IDC)
            assertThat(s.portFit()).as(id + " port-fit").isLessThan(optic("dsp-800g").fit());
        }
        for (String id : PLUGGABLE_SWITCHES) {
            SwitchPlatform s = sw(id);
            assertThat(s.powerW()).as(id + " power").isNotNull().isPositive();
            assertThat(s.available()).as(id + " available").isBetween(2019, 2026);
            assertThat(s.portFit()).as(id + " port-fit").isNull();
        }
    }

    /**
     * A CPO switch, optics and lasers included, draws less than pluggable switches of the same
     * port speed plus their DSP modules, scaled to the same capacity; against a pluggable switch
     * of exactly its capacity the whole-system saving is about Cisco's -25 % to -30 % (IDC report).
     */
    @Test
    void cpoPowerIsBelowPluggablePlusModulesAtEqualCapacity() {
        Map<String, String> sameCapacity = new LinkedHashMap<>();
        sameCapacity.put("quantum-x-photonics-800g", "quantum-x800-800g");
        sameCapacity.put("tomahawk5-bailly-cpo", "tomahawk5-800g");
        sameCapacity.put("spectrum-x-photonics-102t", "tomahawk6-800g");
        sameCapacity.put("tomahawk6-davisson-cpo", "tomahawk6-800g");

        List<SwitchPlatform> cpo = switches(SwitchOptics.CPO);
        List<SwitchPlatform> pluggable = switches(SwitchOptics.PLUGGABLE);
        assertThat(cpo).hasSizeGreaterThanOrEqualTo(CPO_SWITCHES.size());
        for (SwitchPlatform c : cpo) {
            List<SwitchPlatform> peers = pluggable.stream().filter(p -> p.portGbps() == c.portGbps()).toList();
            assertThat(peers).as("pluggable switches at the speed of " + c.id()).isNotEmpty();
            for (SwitchPlatform p : peers) {
                double scaled = pluggableSystemPower(p) * c.capacityGbps() / p.capacityGbps();
                assertThat(systemPower(c)).as(c.id() + " vs " + p.id() + " + modules, scaled").isLessThan(scaled);
                assertThat(saving(c, p)).as(c.id() + " saving vs " + p.id()).isBetween(0.20, 0.40);
            }
        }
        sameCapacity.forEach((cpoId, plugId) -> {
            SwitchPlatform c = sw(cpoId);
            SwitchPlatform p = sw(plugId);
            assertThat(c.capacityGbps()).isEqualTo(p.capacityGbps());
            assertThat(saving(c, p)).as(cpoId + " saving vs " + plugId + " + modules").isCloseTo(0.29, within(0.04));
        });
    }

    /** Per-port CPO optics stay within the published 4-6 W per 800G port (docs/catalog.md, method note 3). */
    @Test
    void cpoOpticsPerPortMatchThePublishedRange() {
        Map<String, String> base = Map.of(
                "quantum-x-photonics-800g", "quantum-x800-800g",
                "tomahawk5-bailly-cpo", "tomahawk5-800g",
                "tomahawk6-davisson-cpo", "tomahawk6-800g",
                "spectrum-x-photonics-102t", "tomahawk6-800g");
        base.forEach((cpoId, plugId) -> {
            SwitchPlatform c = sw(cpoId);
            SwitchPlatform p = sw(plugId);
            double opticsPerPort = (systemPower(c) - p.powerW()) / c.ports();
            assertThat(opticsPerPort).as(cpoId + " optics W per 800G port").isBetween(4.0, 6.0);
        });
    }

    // ------------------------------------------------------------------ helpers

    private double pluggableSystemPower(SwitchPlatform p) {
        return p.powerW() + p.ports() * dspModuleAt(p.portGbps()).powerW();
    }

    private double saving(SwitchPlatform cpo, SwitchPlatform pluggable) {
        double scaled = pluggableSystemPower(pluggable) * cpo.capacityGbps() / pluggable.capacityGbps();
        return 1 - systemPower(cpo) / scaled;
    }

    /** A CPO switch with its external lasers: its own power (which leaves them out) + lasers x the laser entry's. */
    private double systemPower(SwitchPlatform cpo) {
        double lasers = cpo.lasers() == null ? 0 : cpo.lasers() * catalog.laser(cpo.laser()).orElseThrow().powerW();
        return cpo.powerW() + lasers;
    }

    private OpticModule dspModuleAt(double gbps) {
        return catalog.entries().stream()
                .filter(e -> e instanceof OpticModule o && o.moduleKind() == ModuleKind.DSP && o.speedGbps() == gbps)
                .map(OpticModule.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no DSP module of " + gbps + "G in the catalog"));
    }

    private List<SwitchPlatform> switches(SwitchOptics optics) {
        return catalog.entries().stream()
                .filter(e -> e instanceof SwitchPlatform s && s.optics() == optics)
                .map(SwitchPlatform.class::cast)
                .toList();
    }

    private void assertPorts(String id, int ports, double gbps) {
        assertThat(sw(id).ports()).as(id + " ports").isEqualTo(ports);
        assertThat(sw(id).portGbps()).as(id + " port speed").isEqualTo(gbps);
    }

    private void assertAccelerator(String id, double nic, int perNode, double watts) {
        Accelerator a = catalog.accelerator(id).orElseThrow();
        assertThat(a.nicGbps()).as(id + " nic").isEqualTo(nic);
        assertThat(a.gpusPerNode()).as(id + " gpus-per-node").isEqualTo(perNode);
        assertThat(a.powerW()).as(id + " power").isEqualTo(watts);
    }

    private SwitchPlatform sw(String id) {
        return catalog.switchPlatform(id).orElseThrow(() -> new AssertionError("no switch " + id));
    }

    private OpticModule optic(String id) {
        return catalog.optic(id).orElseThrow(() -> new AssertionError("no optic " + id));
    }

    /** The fields an entry has (non-null), by their keyword in the language. */
    private static List<String> fieldsOf(CatalogEntry e) {
        List<String> fields = new ArrayList<>();
        if (e instanceof SwitchPlatform s) {
            fields.add("ports");
            fields.add("optics");
            add(fields, "power", s.powerW());
            add(fields, "price", s.price());
            add(fields, "available", s.available());
            add(fields, "cooling", s.cooling());
            add(fields, "port-fit", s.portFit());
            add(fields, "laser-power", s.laserPowerW());
            add(fields, "laser-fit", s.laserFit());
            add(fields, "lasers", s.lasers());
            add(fields, "repair", s.repairCost());
            add(fields, "field-replaceable-lasers", s.fieldReplaceableLasers());
        } else if (e instanceof OpticModule o) {
            fields.add("speed");
            fields.add("kind");
            add(fields, "power", o.powerW());
            add(fields, "price", o.price());
            add(fields, "fit", o.fit());
            add(fields, "available", o.available());
        } else if (e instanceof Accelerator a) {
            add(fields, "nic", a.nicGbps());
            add(fields, "gpus-per-node", a.gpusPerNode());
            add(fields, "power", a.powerW());
        }
        return fields;
    }

    private static void add(List<String> fields, String field, Object value) {
        if (value != null) {
            fields.add(field);
        }
    }
}
