package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.BomLine;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.LinkFigures;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.TierFigures;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader checks an option's tiers without arithmetic: 2,048 GPUs at 400G on
 * spectrum-4-800g (64 x 800G, non-blocking, two tiers) are 32 leaves and 16 spines in
 * every report and in {@code cpo explain}.
 *
 * <p>Worked by hand: the endpoint speed is 400G and each 800G port carries two 400G
 * links, so the logical radix is 128 and a leaf splits it 64 down, 64 up. Leaves:
 * 2,048 / 64 = 32, using 2,048 / 2 + 2,048 / 2 = 2,048 ports; leaf-spine links
 * 32 × 64 = 2,048; spines 2,048 / 128 = 16, using 1,024 ports. Modules: 2,048 at the
 * NICs (400G), (2,048 + 2,048) / 2 = 2,048 at the leaves and 2,048 / 2 = 1,024 at the
 * spines (800G, two links each).
 */
class TierFiguresTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The baseline of the cluster, its figures as worked out above; its bill at catalog prices. */
    static OptionFigures baseline() {
        List<TierFigures> tiers = List.of(
                new TierFigures("leaf", "spectrum-4-800g", false, 32, 2048, 2048, 2048, 2048, 0),
                new TierFigures("spine", "spectrum-4-800g", false, 16, 1024, 2048, 0, 1024, 0));
        List<LinkFigures> links = List.of(new LinkFigures("gpu-leaf", 2048, 1024, 0), new LinkFigures("leaf-spine", 2048, 2048, 0));
        List<BomLine> bill = List.of(
                line("optic", "dsp-400g", "MMS4X00-NS400", "nic", "400G dsp module, NIC side", 2048, 600, 9),
                line("switch", "spectrum-4-800g", "SN5600", "leaf", "64 x 800G pluggable switch", 32, 50_000, 1400),
                line("optic", "dsp-800g", null, "leaf", "800G dsp module (2 x 400G)", 2048, 1000, 16),
                line("switch", "spectrum-4-800g", "SN5600", "spine", "64 x 800G pluggable switch", 16, 50_000, 1400),
                line("optic", "dsp-800g", null, "spine", "800G dsp module (2 x 400G)", 1024, 1000, 16),
                line("fibre", "fibre", null, "gpu-leaf", "fibre link with connectors, gpu-leaf", 2048, 60, 0),
                line("fibre", "fibre", null, "leaf-spine", "fibre link with connectors, leaf-spine", 2048, 60, 0));
        double capex = bill.stream().mapToDouble(BomLine::extendedPrice).sum();
        double power = bill.stream().mapToDouble(BomLine::powerW).sum();
        assertThat(capex).isEqualTo(6_946_560);
        return new OptionFigures("baseline", "spectrum-4-800g", "spectrum-4-800g", 2, 48, 2048 + 2048 + 1024, 0, 4096, power,
                capex, 100_000, 0.5, 0, 120_000, capex + 500_000, null, 2025, 1, tiers, links, bill);
    }

    private static BomLine line(String category, String id, String part, String place, String description, long quantity,
                                double unitPrice, double unitPowerW) {
        return new BomLine(category, id, part, place, description, quantity, unitPrice, quantity * unitPrice, unitPowerW,
                quantity * unitPowerW);
    }

    static Advice advice() {
        ClusterAdvice c = new ClusterAdvice("s.c", "s", "c", "training", 2048, "B200", 400, "spectrum-4-800g", Verdict.WAIT, "baseline",
                null, null, "wait: stay on pluggable optics", List.of(), new Advice.Explanation("a rule", List.of("a fact")),
                List.of(baseline()), null, null, null, List.of(), List.of(), null, List.of(), 5, 0.08);
        return new Advice("Tier check", "USD", List.of("tiers.cpo"), List.of(), List.of("min-gpus 4096"), List.of(c), List.of(),
                List.of(new Advice.SiteRoadmap("s", List.of(), 0)), List.of());
    }

    /** A tier row of a plain-text table: the cells in order, any spaces between them. */
    private static Pattern row(String... cells) {
        return Pattern.compile("(?m)^ +" + String.join(" +", java.util.Arrays.stream(cells).map(Pattern::quote).toList()) + "$");
    }

    private static final Pattern LEAF_ROW = row("leaf", "spectrum-4-800g", "32", "2,048", "2,048", "2,048", "2,048", "0");
    private static final Pattern SPINE_ROW = row("spine", "spectrum-4-800g", "16", "1,024", "2,048", "0", "1,024", "0");

    @Test
    void theTextReportShowsEachTierInOneRowWithin100Columns() {
        String text = new TextRenderer().render(advice());
        assertThat(text).containsPattern(LEAF_ROW).containsPattern(SPINE_ROW)
                .contains("      baseline: 2 tiers\n")
                .contains("        links: gpu-leaf 2,048, leaf-spine 2,048; NIC modules 2,048\n");
        String fabric = text.substring(text.indexOf("fabric per option"), text.indexOf("FINDINGS"));
        assertThat(fabric.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
        // the text report lists each option's tiers, not its bill (cpo explain does)
        assertThat(fabric).doesNotContain("SN5600");
    }

    @Test
    void moreThanOnePlaneIsSaidWithTheCounts() {
        OptionFigures o = baseline();
        OptionFigures planes = new OptionFigures(o.option(), o.leafPlatform(), o.upperPlatform(), o.tiers(), o.switches(),
                o.modules(), o.enginePorts(), o.links(), o.powerW(), o.capex(), o.energyPerYear(), o.failuresPerYear(),
                o.lostGpuHoursPerYear(), o.opexPerYear(), o.tco(), o.saving(), o.year(), 4, o.tierCounts(), o.boundaries(), o.bill());
        assertThat(TextViews.shape(planes)).isEqualTo("2 tiers \u00d7 4 planes (counts over all planes)");
        assertThat(TextViews.shape(o)).isEqualTo("2 tiers");
    }

    @Test
    void theMarkdownReportHasATierTablePerOption() {
        String md = new MarkdownRenderer().render(advice());
        assertThat(md).contains("Fabric of **baseline**: 2 tiers\n\n"
                + "| tier | platform | switches | ports used | links down | links up | modules | engine ports |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|\n"
                + "| leaf | spectrum-4-800g | 32 | 2,048 | 2,048 | 2,048 | 2,048 | 0 |\n"
                + "| spine | spectrum-4-800g | 16 | 1,024 | 2,048 | 0 | 1,024 | 0 |\n"
                + "\nLinks: gpu-leaf 2,048, leaf-spine 2,048; NIC modules 2,048\n");
    }

    @Test
    void theJsonCarriesTiersBoundariesAndTheWholeBillInTheSchema() throws Exception {
        Advice a = advice();
        JsonNode doc = MAPPER.readTree(new JsonRenderer().render(a));
        try (InputStream in = JsonRenderer.class.getResourceAsStream(JsonRenderer.SCHEMA_RESOURCE)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            assertThat(schema.validate(doc)).isEmpty();
        }
        assertThat(doc.get("schema").asText()).isEqualTo("cpo-advice/2");
        JsonNode o = doc.at("/reports/0/clusters/0/options/0");
        assertThat(o.get("planes").asInt()).isEqualTo(1);
        assertThat(o.get("tierCounts")).hasSize(2);
        JsonNode leaf = o.at("/tierCounts/0"), spine = o.at("/tierCounts/1");
        assertThat(leaf.get("tier").asText()).isEqualTo("leaf");
        assertThat(leaf.get("cpo").asBoolean()).isFalse();
        assertThat(List.of(leaf.get("switches").asLong(), leaf.get("portsUsed").asLong(), leaf.get("linksDown").asLong(),
                leaf.get("linksUp").asLong(), leaf.get("modules").asLong(), leaf.get("enginePorts").asLong()))
                .containsExactly(32L, 2048L, 2048L, 2048L, 2048L, 0L);
        assertThat(spine.get("tier").asText()).isEqualTo("spine");
        assertThat(List.of(spine.get("switches").asLong(), spine.get("portsUsed").asLong(), spine.get("linksDown").asLong(),
                spine.get("linksUp").asLong(), spine.get("modules").asLong(), spine.get("enginePorts").asLong()))
                .containsExactly(16L, 1024L, 2048L, 0L, 1024L, 0L);
        assertThat(o.at("/boundaries/0/boundary").asText()).isEqualTo("gpu-leaf");
        assertThat(o.at("/boundaries/1/links").asLong()).isEqualTo(2048);
        JsonNode bill = o.get("bill");
        assertThat(bill).hasSize(7);
        assertThat(bill.get(0).get("partNumber").asText()).isEqualTo("MMS4X00-NS400");
        assertThat(bill.get(2).get("partNumber").isNull()).isTrue();
        assertThat(bill.get(0).get("place").asText()).isEqualTo("nic");
        assertThat(bill.get(0).get("unitPowerW").asDouble()).isEqualTo(9);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode l : bill) sum = sum.add(l.get("extendedPrice").decimalValue());
        assertThat(sum).isEqualByComparingTo(o.get("capex").decimalValue());
    }

    private static String cells(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (i > 0) out.append('|');
            out.append(nodes.item(i).getTextContent());
        }
        return out.toString();
    }

    @Test
    void theHtmlPageHasATierTableAndTheBillFolded() throws Exception {
        String html = new HtmlRenderer().render(advice());
        Document doc = HtmlRendererTest.parse(html);
        var xp = XPathFactory.newInstance().newXPath();
        String tiers = "//section[@id='a1-c1']//table[contains(@class,'tiers')]";
        assertThat(xp.evaluate("count(" + tiers + ")", doc)).isEqualTo("1");
        assertThat(cells(doc, tiers + "/tbody/tr[1]/td")).isEqualTo("leaf|spectrum-4-800g|32|2,048|2,048|2,048|2,048|0");
        assertThat(cells(doc, tiers + "/tbody/tr[2]/td")).isEqualTo("spine|spectrum-4-800g|16|1,024|2,048|0|1,024|0");
        String bill = "//section[@id='a1-c1']//details[@class='bill']";
        assertThat(xp.evaluate(bill + "/summary", doc)).isEqualTo("Bill of materials: 7 lines, capex 6,946,560 USD");
        assertThat(xp.evaluate("count(" + bill + "/div/table/tbody/tr)", doc)).isEqualTo("7");
        assertThat(xp.evaluate(bill + "/div/table/tbody/tr[2]/td[4]", doc)).isEqualTo("SN5600");
        assertThat(xp.evaluate(bill + "/div/table/tfoot/tr/td[1]", doc)).isEqualTo("6,946,560");
        assertThat(xp.evaluate("//section[@id='a1-c1']//p[@class='links']", doc))
                .isEqualTo("Links: gpu-leaf 2,048, leaf-spine 2,048; NIC modules 2,048");
    }

    @Test
    void explainShowsTheTiersTheBoundariesAndTheWholeBillWithItsTotalTheCapex() {
        Advice a = advice();
        String text = TextViews.explain(a.clusters().get(0), a.currency());
        assertThat(text).containsPattern(LEAF_ROW).containsPattern(SPINE_ROW)
                .containsPattern(row("gpu-leaf", "2,048", "1,024", "0")).containsPattern(row("leaf-spine", "2,048", "2,048", "0"))
                .contains("      NIC modules 2,048\n")
                .containsPattern(row("nic", "optic", "dsp-400g", "MMS4X00-NS400", "2,048", "600", "1,228,800", "18.4",
                        "400G dsp module, NIC side"))
                .containsPattern(row("leaf", "optic", "dsp-800g", "-", "2,048", "1,000", "2,048,000", "32.8",
                        "800G dsp module (2 x 400G)"))
                .containsPattern(row("total", "6,946,560", "134.8"))
                .contains("    baseline: 2 tiers; capex 6,946,560 USD\n");
    }

    /** The same figures from the advice of a file, through the command line: the sizing behind them is the hand-worked one. */
    @Test
    void cpoExplainOfA2048GpuClusterShows32LeavesAnd16Spines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tiers.cpo"), """
                architecture "Tier check"
                site "s" {
                  cooling liquid
                  cluster "c" {
                    workload training
                    gpus 2048 x B200
                    nic 400G
                    fabric fat-tree tiers 2 oversubscription 1:1
                    switch spectrum-4-800g
                  }
                }
                """);
        Advice a = new Advisor().advise(file);
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        OptionFigures o = a.clusters().get(0).options().get(0);
        assertThat(o.option()).isEqualTo("baseline");
        assertThat(o.tierCounts()).extracting(TierFigures::tier, TierFigures::switches, TierFigures::portsUsed,
                        TierFigures::linksDown, TierFigures::linksUp, TierFigures::modules)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("leaf", 32L, 2048L, 2048L, 2048L, 2048L),
                        org.assertj.core.groups.Tuple.tuple("spine", 16L, 1024L, 2048L, 0L, 1024L));
        assertThat(TextViews.nicModules(o)).isEqualTo(2048);
        assertThat(o.bill().stream().mapToDouble(BomLine::extendedPrice).sum()).isEqualTo(o.capex());

        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new String[]{"explain", file.toString(), "--cluster", "s.c"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern(LEAF_ROW).containsPattern(SPINE_ROW)
                .containsPattern(row("total", TextViews.money(o.capex()), TextViews.kw(o.powerW())))
                .contains("NIC modules 2,048");
        for (String format : List.of("text", "markdown", "html")) {
            assertThat(Advisor.render(a, format)).as(format).contains("2,048").contains("spectrum-4-800g");
        }
        assertThat(Advisor.render(a, "text")).containsPattern(LEAF_ROW).containsPattern(SPINE_ROW);
        assertThat(MAPPER.readTree(Advisor.render(a, "json")).at("/reports/0/clusters/0/options/0/tierCounts/1/switches").asLong()).isEqualTo(16);
    }
}
