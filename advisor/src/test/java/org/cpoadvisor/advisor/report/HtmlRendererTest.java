package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.advisor.advice.CrossingStatus;
import org.cpoadvisor.advisor.advice.StageKind;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.Advisor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HtmlRendererTest {

    private static final Advisor ADVISOR = new Advisor();
    private static final HtmlRenderer HTML = new HtmlRenderer();

    /** The page parses as XML (void elements are self-closed), so its structure can be checked with XPath. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(Object context, String xpath) throws Exception {
        XPath xp = XPathFactory.newInstance().newXPath();
        return (NodeList) xp.evaluate(xpath, context, XPathConstants.NODESET);
    }

    private static String text(Object context, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, context);
    }

    @Test
    void thePageIsWellFormedAndHasAChartWithALinePerOptionForEveryCluster() throws Exception {
        Advice a = ADVISOR.advise(Path.of("../samples/ai-factory.cpo"));
        String html = HTML.render(a);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
        Document doc = parse(html);

        assertThat(text(doc, "/html/@lang")).isEqualTo("en");
        assertThat(text(doc, "/html/head/title")).isEqualTo("CPO advice: Helios AI Factory");
        assertThat(text(doc, "/html/head/style").length()).isGreaterThan(1000);

        // verdicts: one row per cluster, headers in the head, colour class per verdict
        NodeList rows = nodes(doc, "//table[contains(@class,'verdict-table')]/tbody/tr");
        assertThat(rows.getLength()).isEqualTo(a.clusters().size());
        assertThat(nodes(doc, "//table[contains(@class,'verdict-table')]/thead/tr/th[@scope='col']").getLength()).isEqualTo(11);
        for (int i = 0; i < rows.getLength(); i++) {
            ClusterAdvice c = a.clusters().get(i);
            Element row = (Element) rows.item(i);
            assertThat(row.getAttribute("class")).isEqualTo("row-" + c.verdict());
            assertThat(text(row, "th")).isEqualTo(c.path());
            assertThat(text(row, "td/span[contains(@class,'badge')]")).isEqualTo(c.verdict().word());
        }

        // one chart per cluster, a <title>, a line per option, labelled ticks on both axes, a legend
        NodeList charts = nodes(doc, "//svg[@class='cost-chart']");
        assertThat(charts.getLength()).isEqualTo(a.clusters().size()).isEqualTo(4);
        for (int i = 0; i < charts.getLength(); i++) {
            ClusterAdvice c = a.clusters().get(i);
            Element svg = (Element) charts.item(i);
            assertThat(((Element) svg.getElementsByTagName("*").item(0)).getTagName()).isEqualTo("title");
            assertThat(text(svg, "title")).contains(c.path());
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            List<String> series = new ArrayList<>();
            NodeList gs = nodes(svg, "g[@class='series']");
            for (int j = 0; j < gs.getLength(); j++) {
                Element g = (Element) gs.item(j);
                series.add(g.getAttribute("data-option"));
                String points = text(g, "polyline/@points");
                assertThat(points.split(" ")).as(c.path()).hasSize(6); // years 0..5
            }
            assertThat(series).containsExactlyElementsOf(c.options().stream().map(OptionFigures::option).toList())
                    .startsWith("baseline").endsWith("cpo-spine", "cpo-all");
            assertThat(nodes(svg, "g[contains(@class,'axis x')]/text").getLength()).isEqualTo(7); // 0..5 and the title
            assertThat(text(svg, "g[contains(@class,'axis x')]/text[1]")).isEqualTo("0");
            assertThat(nodes(svg, "g[contains(@class,'axis y')]/text").getLength()).isGreaterThanOrEqualTo(4);
            assertThat(text(svg, "g[contains(@class,'axis y')]/text[2]")).endsWith(" M");
            assertThat(nodes(svg, "g[@class='legend']/text[@class='legend-name']").getLength()).isEqualTo(c.options().size());
            // each option's line against the baseline's (the chart draws every option against today's switches), read
            // from the advice's own capex (year 0) and TCO (the end
            // of the lifetime): cheaper at both ends, cheaper from the start; dearer up front and cheaper at the end, a
            // break-even; cheaper up front and dearer at the end, a running cost that overtakes it; dearer at both, never
            OptionFigures base = c.options().get(0);
            int marked = 0;
            for (OptionFigures o : c.options().subList(1, c.options().size())) {
                boolean cheaperFirst = o.capex() < base.capex();
                boolean cheaperLast = o.tco() < base.tco();
                String expected = cheaperFirst && cheaperLast ? o.option() + ": no crossing: cheaper from the start"
                        : !cheaperFirst && cheaperLast ? o.option() + ": break-even in year "
                        : cheaperFirst ? o.option() + ": cheaper at first, dearer from year "
                        : o.option() + ": no crossing: never cheaper within the lifetime";
                assertThat(text(svg, "desc")).as(c.path()).contains(expected);
                if (cheaperFirst != cheaperLast) marked++;
            }
            assertThat(nodes(svg, "g[@class='break-even']").getLength()).as(c.path()).isEqualTo(marked);
        }
        assertThat(text(doc, "(//figure[@class='chart']/figcaption)[1]"))
                .contains("discounted at 8\u00a0% a year").contains("5-year lifetime").contains("capex at year 0")
                .contains("cpo-spine no crossing: never cheaper within the lifetime");   // dal-1: CPO costs more

        // findings, roadmap timeline, one BOM table per stage with lines, with a total
        assertThat(nodes(doc, "//li[contains(@class,'finding')]").getLength()).isEqualTo(a.findings().size());
        assertThat(nodes(doc, "//li[contains(@class,'f-warning')]").getLength()).isEqualTo(4); // maintenance-risk at phx-2, power-cap at phx-2 and dal-1, plan-contradicts-numbers at dal-1
        assertThat(nodes(doc, "//div[@class='timeline']").getLength()).isEqualTo(a.roadmap().size());
        long stages = a.roadmap().stream().mapToLong(r -> r.stages().size()).sum();
        assertThat(nodes(doc, "//div[@class='timeline']/div[starts-with(@class,'tl-stage')]").getLength()).isEqualTo((int) stages);
        assertThat(nodes(doc, "//div[@class='timeline']/div[@class='tl-year']").getLength()).isEqualTo(3 * 6); // 2025..2030
        // dal-1 waits; phx-2 (the second site) pilots in 2026, the second year of the timeline
        assertThat(nodes(doc, "//section[@id='a1-s1']//div[contains(@class,'st-pilot')]").getLength()).isZero();
        assertThat(text(doc, "//section[@id='a1-s2']//div[contains(@class,'st-pilot')]/@style")).isEqualTo("grid-column:2/3;grid-row:2");
        long withLines = a.roadmap().stream().flatMap(r -> r.stages().stream()).filter(s -> !s.lines().isEmpty()).count();
        NodeList boms = nodes(doc, "//table[contains(@class,'bom')]");
        assertThat(boms.getLength()).isEqualTo((int) withLines).isEqualTo(3);   // phx-2: pilot, scale, all-optical
        Advice.Stage firstBought = a.roadmap().stream().flatMap(r -> r.stages().stream()).filter(s -> !s.lines().isEmpty())
                .findFirst().orElseThrow();
        assertThat(text(boms.item(0), "tfoot/tr/td[1]")).isEqualTo(Html.money(firstBought.capex()));
        assertThat(text(boms.item(0), "caption")).isEqualTo("Bill of materials: pilot 2026, site phx-2 (USD)");
        assertThat(text(doc, "//section[@class='basis']")).contains("min-saving 10 %").contains("dsp-800g price");
    }

    /** The chart's basis is the advice's lifetime and rate, and with them each option's curve ends at its TCO. */
    @Test
    void theChartDiscountsOverTheLifetimeAndRateOfTheAdvice() {
        Advice sample = ADVISOR.advise(Path.of("../samples/ai-factory.cpo"));
        for (ClusterAdvice c : sample.clusters()) {
            assertThat(CostChart.basis(c)).isEqualTo(new CostChart.Basis(5, 0.08));
        }
        for (String[] in : new String[][]{{"7 years", "6.5 %", "7", "0.065"}, {"3 years", "0 %", "3", "0"},
                {"10 years", "12.25 %", "10", "0.1225"}, {"1 years", "8 %", "1", "0.08"}}) {
            Advice a = ADVISOR.advise("architecture \"t\"\nassumptions {\n  lifetime " + in[0] + "\n  discount-rate " + in[1]
                    + "\n}\nsite \"s\" { cluster \"c\" { gpus 16384 x B300 nic 800G switch spectrum-4-800g } }\n", "t.cpo");
            assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
            CostChart.Basis b = CostChart.basis(a.clusters().get(0));
            assertThat(b.years()).as(in[0]).isEqualTo(Integer.parseInt(in[2]));
            assertThat(b.rate()).as(in[1]).isCloseTo(Double.parseDouble(in[3]), within(1e-9));
            // the curves the advice carries run over the lifetime, from the capex to the TCO
            for (OptionFigures o : a.clusters().get(0).options()) {
                List<Double> curve = o.cumulativeCost();
                assertThat(curve).hasSize(b.years() + 1);
                assertThat(curve.get(0)).isEqualTo(o.capex());
                assertThat(curve.get(b.years())).isCloseTo(o.tco(), within(o.tco() * 1e-9));
            }
            String caption = HTML.render(a);
            assertThat(caption).contains(in[3].equals("0") ? "not discounted" : "discounted at " + in[1].replace(" ", "\u00a0"))
                    .contains(in[2] + "-year lifetime");
        }
    }

    /** Figures with a curve and a crossing as given (the engine's arithmetic is CostCurveTest's). */
    private static OptionFigures option(String name, double capex, double opex, List<Double> curve, Advice.Crossing crossing) {
        return new OptionFigures(name, "leaf-x", "leaf-x", 2, 10, 100, 0, 50, 1000, capex, opex, 1, 0, opex,
                curve.get(curve.size() - 1), null, 2026, 1, List.of(), List.of(), List.of(),
                new Advice.Running(opex, 0, 0, 0, 0, 0, 0, 0), curve, crossing);
    }

    private static ClusterAdvice cluster(List<OptionFigures> options) {
        return new ClusterAdvice("s.c", "s", "c", "training", 8192, "B300", 800, "leaf-x", Verdict.ADOPT, "cpo-all", "cpo-x",
                2027, "adopt cpo-all", List.of("met: it saves"), new Advice.Explanation("a rule", List.of()), options,
                1.5, 2026, 2027, List.of(), List.of(), null, List.of(), 5, 0);
    }

    @Test
    void aBreakEvenIsMarkedWhereACpoLineDropsBelowTheBaselineAndOtherwiseSaysThereIsNoCrossing() throws Exception {
        // undiscounted over 5 years (the engine's arithmetic, with these numbers, is CostCurveTest's): the baseline
        // 100 + 50 a year; cpo-spine 45 more up front and 30 a year less, crossing at 1.5 where both cost 175; cpo-all
        // 90 + 30 a year, cheaper from the start; "other" 150 + 60 a year, never cheaper
        ClusterAdvice c = cluster(List.of(
                option("baseline", 100, 50, List.of(100.0, 150.0, 200.0, 250.0, 300.0, 350.0), null),
                option("cpo-spine", 145, 20, List.of(145.0, 165.0, 185.0, 205.0, 225.0, 245.0),
                        new Advice.Crossing(CrossingStatus.BREAK_EVEN, 1.5, 175)),
                option("cpo-all", 90, 30, List.of(90.0, 120.0, 150.0, 180.0, 210.0, 240.0),
                        new Advice.Crossing(CrossingStatus.FROM_START, 0, 90)),
                option("other", 150, 60, List.of(150.0, 210.0, 270.0, 330.0, 390.0, 450.0),
                        new Advice.Crossing(CrossingStatus.NEVER, 0, 0))));
        assertThat(CostChart.basis(c)).isEqualTo(new CostChart.Basis(5, 0));

        // two stages in one year: the timeline gives each stage its own row
        Advice.Stage assess = new Advice.Stage(StageKind.ASSESS, 2025, List.of(), List.of(), 0, 0);
        Advice.Stage pilot = new Advice.Stage(StageKind.PILOT, 2025, List.of(), List.of(), 10, -1);
        Advice.Stage scale = new Advice.Stage(StageKind.SCALE, 2027, List.of(), List.of(), 100, -10);
        Advice a = new Advice("Crossing", "EUR", List.of("x.cpo"), List.of(), List.of("horizon 2025..2030"), List.of(c),
                List.of(), List.of(new Advice.SiteRoadmap("s", List.of(assess, pilot, scale), 110)), List.of());
        Document doc = parse(HTML.render(a));
        NodeList marks = nodes(doc, "//svg[@class='cost-chart']/g[@class='break-even']");
        assertThat(marks.getLength()).isEqualTo(1);
        assertThat(text(marks.item(0), "text")).isEqualTo("cpo-spine break-even, year 1.5");
        assertThat(text(doc, "//figure[@class='chart']/figcaption")).contains("not discounted")
                .contains("cpo-spine break-even in year 1.5").contains("cpo-all no crossing: cheaper from the start")
                .contains("other no crossing: never cheaper within the lifetime");
        assertThat(nodes(doc, "//svg[@class='cost-chart']/g[@class='series']/polyline").getLength()).isEqualTo(4);
        NodeList blocks = nodes(doc, "//div[@class='timeline']/div[starts-with(@class,'tl-stage')]/@style");
        assertThat(List.of(blocks.item(0).getNodeValue(), blocks.item(1).getNodeValue(), blocks.item(2).getNodeValue()))
                .containsExactly("grid-column:1/3;grid-row:2", "grid-column:1/3;grid-row:3", "grid-column:3/7;grid-row:4");
    }

    @Test
    void everyTextFromTheFileIsEscaped() throws Exception {
        String evil = "<script>alert(1)</script>";
        Advice a = ADVISOR.advise("architecture \"" + evil + " & <b>co</b>\"\n"
                + "site \"" + evil + "\" {\n  cooling liquid\n  cluster \"x'\\\"><img src=x onerror=alert(2)>\" {\n"
                + "    gpus 16384 x B300\n    nic 800G\n    switch spectrum-4-800g\n  }\n}\n", "evil.cpo");
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        assertThat(a.clusters().get(0).site()).isEqualTo(evil);
        String html = HTML.render(a);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<title>CPO advice: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;</title>");
        Document doc = parse(html);
        assertThat(nodes(doc, "//script").getLength()).isZero();
        assertThat(nodes(doc, "//img").getLength()).isZero();
        assertThat(text(doc, "//section[contains(@class,'site')]/h3")).startsWith("Site " + evil);
        assertThat(text(doc, "//svg[@class='cost-chart']/title")).contains(evil + ".x'\"><img src=x onerror=alert(2)>");

        // diagnostics (with the source line) are escaped too
        Advice bad = ADVISOR.advise("architecture \"x\"\nsite \"" + evil + "\" { cluster \"c\" { gpus 8 x <H10> } }\n", "bad.cpo");
        assertThat(bad.hasErrors()).isTrue();
        String page = HTML.render(bad);
        assertThat(page).doesNotContain("<script").contains("No advice: the files have errors").doesNotContain("<svg");
        parse(page);
    }

    @Test
    void theSameAdviceGivesTheSameBytesAndSeveralFilesGiveOnePage() throws Exception {
        Path p = Path.of("../samples/ai-factory.cpo");
        String first = HTML.render(ADVISOR.advise(p));
        String second = new HtmlRenderer().render(new Advisor().advise(p));
        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContainPattern("20[3-9]\\d-\\d\\d-\\d\\d").doesNotContain("generated at");

        List<Advice> many = List.of(ADVISOR.advise(p), ADVISOR.advise(Path.of("../samples/mid-size-cloud.cpo")),
                ADVISOR.advise("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H10 } }\n", "bad.cpo"));
        String page = HTML.render(many);
        assertThat(page).isEqualTo(HTML.render(many));
        Document doc = parse(page);
        assertThat(nodes(doc, "//html").getLength()).isEqualTo(1);
        assertThat(text(doc, "/html/head/title")).isEqualTo("CPO advice: 3 architectures");
        assertThat(nodes(doc, "//article[@class='architecture']").getLength()).isEqualTo(3);
        assertThat(nodes(doc, "//header//nav//a").getLength()).isEqualTo(3);
        // ids are unique across the page
        NodeList ids = nodes(doc, "//*[@id]");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < ids.getLength(); i++) seen.add(((Element) ids.item(i)).getAttribute("id"));
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(HTML.format()).isEqualTo("html");
    }
}
