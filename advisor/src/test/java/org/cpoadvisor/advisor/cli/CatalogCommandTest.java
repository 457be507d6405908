package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Family;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.ModuleKind;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Range;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cpo catalog} over entries of every kind, laser sources and part numbers among them. */
class CatalogCommandTest {

    private static final LaserSource LASER = new LaserSource("els-a", 4.5, 2000.0, 200.0, 2026, "ELS-1 \"B\"", "vendor",
            Map.of("price", "assumption: list price"));
    private static final SwitchPlatform SWITCH = new SwitchPlatform("cpo-x", 128, 800, SwitchOptics.CPO, 2600.0, 180000.0, 2027,
            null, 10.0, null, null, 16, null, true, "els-a", "CPO-128", Family.ETHERNET, "Acme \"Photonics\"", null,
            Map.of("vendor", "press release"));
    private static final OpticModule OPTIC = new OpticModule("lpo-x", 800, ModuleKind.LPO, 8.5, 520.0, null, 2025, "LPO-8",
            null, Map.of());
    private static final List<CatalogEntry> ENTRIES = List.of(SWITCH, OPTIC, LASER);

    @Test
    void listShowsLaserSourcesAndPartNumbers() {
        StringWriter text = new StringWriter();
        CatalogCommand.list(ENTRIES, new PrintWriter(text, true));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("kind ").contains(" family ").endsWith("part number");
        assertThat(lines.get(1).split(" +")).containsExactly("switch", "cpo-x", "128", "x", "800G", "cpo", "ethernet", "2600", "180000",
                "2027", "CPO-128");
        // the family column lines up with its header
        assertThat(lines.get(1).indexOf("ethernet")).isEqualTo(lines.get(0).indexOf("family"));
        assertThat(lines.get(2).split(" +")).containsExactly("optic", "lpo-x", "800G", "lpo", "8.5", "520", "2025", "LPO-8");
        assertThat(lines.get(3).split(" +")).containsExactly("laser", "els-a", "4.5", "2000", "2026", "ELS-1", "\"B\"");
    }

    @Test
    void showPrintsALaserSourceAndASwitchWithItsLaserAndPartNumber() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(CatalogCommand.show(ENTRIES, Map.of(FigureRef.catalog("laser", "els-a", "price"), new Range(1500, 3000)), "els-a",
                new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        // the price's range is written with it, before its source
        assertThat(out.toString()).isEqualTo("""
                laser "els-a" {
                  source "vendor"
                  power 4.5 W
                  price 2000 USD range 1500..3000 source "assumption: list price"
                  fit 200 fit
                  available 2026
                  part-number "ELS-1 \\"B\\""
                }
                """);
        out.getBuffer().setLength(0);
        assertThat(CatalogCommand.show(ENTRIES, Map.of(), "cpo-x", new PrintWriter(out, true), new PrintWriter(err, true))).isZero();
        assertThat(out.toString()).contains("  laser els-a\n  lasers 16\n")
                .contains("  part-number \"CPO-128\"\n  family ethernet\n  vendor \"Acme \\\"Photonics\\\"\" source \"press release\"\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownIdGetsADidYouMean() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(CatalogCommand.show(ENTRIES, Map.of(), "els-b", new PrintWriter(out, true), new PrintWriter(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("no entry `els-b`").contains("did you mean `els-a`?");
        assertThat(out.toString()).isEmpty();
    }
}
