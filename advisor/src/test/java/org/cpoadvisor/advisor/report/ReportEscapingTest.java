package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report escapes what came from the file. The architecture, its sites and its
 * clusters are named {@code <script>alert(1)</script>}, {@code "&'<>} and {@code ]]>};
 * each name also reaches a diagnostic (a property set twice), findings and the
 * roadmap. HTML holds no markup of theirs, Markdown shows them as text, JUnit XML is
 * well-formed and gives them back exactly, SARIF and JSON are valid JSON that give
 * them back exactly, and CSV keeps one field per column.
 */
class ReportEscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String QUOTES = "\"&'<>";
    static final String CDATA_END = "]]>";
    static final List<String> NAMES = List.of(SCRIPT, QUOTES, CDATA_END);

    private static Advice advice;

    /** A name as a quoted string of the language. */
    private static String q(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String cluster(String name, int gpus) {
        return "  cluster " + q(name) + " {\n    workload training\n    gpus " + gpus + " x B300\n    nic 800G\n"
                + "    traffic east-west 90 % north-south 10 %\n    growth 30 % per year\n    online 2026\n"
                + "    plan cpo from 2025 tiers spine\n  }\n";
    }

    @BeforeAll
    static void advise() {
        StringBuilder b = new StringBuilder("architecture " + q(SCRIPT) + "\nhorizon 2025..2030\n");
        int i = 0;
        for (String site : NAMES) {
            // a remote air-cooled site with a power cap: findings name it; pue twice: a warning names it
            b.append("site ").append(q(site)).append(" {\n  cooling ").append(i == 0 ? "liquid" : "air")
                    .append("\n  staff remote\n  power-cap 5 MW\n  pue 1.2\n  pue 1.3\n");
            for (String c : NAMES) b.append(cluster(c, 8192 + 1024 * i));
            b.append("}\n");
            i++;
        }
        advice = new Advisor().advise(b.toString(), SCRIPT + ".cpo");
        assertThat(advice.hasErrors()).as(advice.diagnostics().toString()).isFalse();
        assertThat(advice.diagnostics()).isNotEmpty();
        assertThat(advice.clusters()).hasSize(9);
        assertThat(advice.findings()).isNotEmpty();
        assertThat(advice.roadmap().stream().flatMap(r -> r.stages().stream()).flatMap(s -> s.lines().stream())).isNotEmpty();
    }

    private static String render(String format) {
        return Renderers.byName(Advisor.tool(), format, false, "error").orElseThrow().render(advice);
    }

    @Test
    void htmlHoldsNoMarkupOfTheFile() throws Exception {
        String html = render("html");
        assertThat(html).doesNotContain("<script", "alert(1)</", QUOTES, "'<", "&'");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&amp;&#39;&lt;&gt;", "]]&gt;");
        // every tag in the page is one of the renderer's own
        Matcher tags = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
        List<String> seen = new ArrayList<>();
        while (tags.find()) seen.add(tags.group(2).toLowerCase(java.util.Locale.ROOT));
        assertThat(seen).doesNotContain("script", "iframe", "img", "object", "embed");
        // and no attribute value is cut open by a quote: every `="` is closed before the tag ends
        Matcher attributes = Pattern.compile("<[a-zA-Z][^<>]*>").matcher(html);
        while (attributes.find()) {
            String tag = attributes.group();
            assertThat(tag.chars().filter(c -> c == '"').count() % 2).as(tag).isZero();
        }
    }

    @Test
    void markdownShowsTheNamesAsText() {
        String md = render("markdown");
        assertThat(md).contains("\\<script>alert(1)\\</script>");
        assertThat(Pattern.compile("(?<!\\\\)<script").matcher(md).find()).as("an unescaped <script").isFalse();
        assertThat(Pattern.compile("(?<!\\\\)</script").matcher(md).find()).as("an unescaped </script").isFalse();
        assertThat(md).doesNotContain("\"&'").contains("\"\\&'<>", "\\]\\]>");
        // table rows keep their columns: a row with a name has as many unescaped pipes as its header
        for (String line : md.split("\n")) {
            if (line.startsWith("|") && line.contains("alert")) {
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).as(line).isGreaterThan(2);
                assertThat(line).doesNotContain("\n");
            }
        }
    }

    @Test
    void junitXmlIsWellFormedAndGivesTheNamesBack() throws Exception {
        String xml = render("junit");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList cases = d.getElementsByTagName("testcase");
        List<String> text = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            text.add(e.getAttribute("classname") + "\n" + e.getAttribute("name") + "\n" + e.getTextContent());
        }
        String all = String.join("\n", text);
        for (String name : NAMES) assertThat(all).as(name).contains(name);
    }

    @Test
    void sarifAndJsonAreValidJsonAndGiveTheNamesBack() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String format : List.of("sarif", "json")) {
            JsonNode root = json.readTree(render(format));
            List<String> strings = new ArrayList<>();
            collect(root, strings);
            String all = String.join("\n", strings);
            for (String name : NAMES) assertThat(all).as(format + ": " + name).contains(name);
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) out.add(node.asText());
        node.forEach(child -> collect(child, out));
        node.fieldNames().forEachRemaining(out::add);
    }

    @Test
    void csvKeepsOneFieldPerColumn() {
        List<List<String>> rows = Csv.parse(render("csv"));
        int columns = CsvRenderer.HEADER.split(",").length;
        assertThat(rows).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r).hasSize(columns));
        List<String> sites = rows.subList(1, rows.size()).stream().map(r -> r.get(1)).distinct().toList();
        assertThat(sites).containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(rows.get(1).get(0)).isEqualTo(SCRIPT + ".cpo");
        List<String> clusters = rows.subList(1, rows.size()).stream().map(r -> r.get(2)).filter(c -> !c.isEmpty()).distinct().toList();
        assertThat(clusters).containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(rows.stream().map(r -> r.get(12)).filter(s -> s.contains("alert(1)"))).isNotEmpty();
    }

    /**
     * Issue 13: no control or bidirectional character of a file is raw in any report. Names hold a
     * right-to-left override and an isolate; a comment on a line a warning shows holds an escape sequence
     * and a C1 control. The coloured text report (a terminal's) has no escape sequences but its colours.
     */
    @Test
    void controlAndBidiCharactersAreShownNeverRawInEveryFormat() throws Exception {
        String rlo = "\u202E";
        String site = "s" + rlo + "exe.txt";
        String text = "architecture \"a" + rlo + "\u2066b\"\nhorizon 2025..2030\nsite " + q(site) + " {\n  cooling liquid\n  pue 1.2\n"
                + "  pue 1.3 // \u001B[2J\u009B" + rlo + "\n" + cluster("c" + rlo, 16384) + "}\n";
        Advice a = new Advisor().advise(text, "bidi.cpo");
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        assertThat(a.diagnostics()).isNotEmpty();
        for (String format : Renderers.names()) {
            String out = Renderers.byName(Advisor.tool(), format, false, "note").orElseThrow().render(a);
            for (char c : new char[]{'\u202E', '\u2066', '\u001B', '\u009B'}) {
                assertThat(out.indexOf(c)).as(format + " holds U+%04X raw", (int) c).isEqualTo(-1);
            }
            switch (format) {
                case "json", "sarif" -> {
                    List<String> strings = new ArrayList<>();
                    collect(new ObjectMapper().readTree(out), strings);
                    assertThat(strings).as(format).anyMatch(t -> t.contains(site)); // exactly the name, read back
                }
                case "junit" -> assertThat(out).contains("&#x202E;");
                case "markdown" -> assertThat(out).contains("s\\\\u202Eexe.txt");
                default -> assertThat(out).as(format).contains("s\\u202Eexe.txt");
            }
        }
        String coloured = new TextRenderer(true).render(a);
        assertThat(coloured).contains("\u001b[").contains("s\\u202Eexe.txt.c\\u202E");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).doesNotContain("\u001b").isEqualTo(new TextRenderer(false).render(a));
    }
}
