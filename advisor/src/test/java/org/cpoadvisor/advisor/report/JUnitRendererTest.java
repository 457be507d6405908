package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.FailOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JUnit XML report: golden file, well-formed XML whatever the names, fail-on levels, counts. */
class JUnitRendererTest {

    private static final Advisor ADVISOR = new Advisor();
    private static final Path SAMPLE = Path.of("../samples/air-cooled-cpo-plan.cpo");

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList list = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    private static Element testcase(Document d, String classname, String name) {
        return elements(d, "testcase").stream()
                .filter(e -> e.getAttribute("classname").equals(classname) && e.getAttribute("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no test case " + classname + " / " + name));
    }

    private static String sample() throws IOException {
        return Files.readString(SAMPLE);
    }

    @Test
    void theJUnitXmlOfTheAirCooledSampleIsTheReviewedOne() throws IOException {
        String xml = new JUnitRenderer().render(ADVISOR.advise(SAMPLE));
        parse(xml);
        Golden.assertMatches("air-cooled.junit.xml", xml);
    }

    @Test
    void oneSuitePerFileOneCasePerClusterAndOneForTheFilesDiagnostics() {
        Document d = parse(new JUnitRenderer().render(ADVISOR.advise(SAMPLE)));
        Element suites = d.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        Element suite = elements(d, "testsuite").get(0);
        assertThat(suite.getAttribute("name")).isEqualTo("../samples/air-cooled-cpo-plan.cpo");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");

        Element file = testcase(d, "cpo.files", "../samples/air-cooled-cpo-plan.cpo reads cleanly");
        assertThat(file.getElementsByTagName("failure").getLength()).isZero();

        Element cluster = testcase(d, "cpo.chi-3", "b300-train verdict/findings");
        assertThat(cluster.getAttribute("time")).isEqualTo("0");
        Element failure = (Element) cluster.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("cooling-prerequisite");
        assertThat(failure.getAttribute("message")).contains("air-cooled");
        assertThat(failure.getTextContent()).contains("because: site cooling air");
        assertThat(cluster.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("verdict prepare: ");

        Element catalog = testcase(d, "cpo.catalog", "catalog findings");
        assertThat(catalog.getElementsByTagName("failure").getLength()).isZero();
        assertThat(catalog.getElementsByTagName("system-out").item(0).getTextContent()).contains("assumed-figures");
    }

    @ParameterizedTest
    @CsvSource({"error, 1", "warning, 1", "note, 2", "never, 0", "WARNING, 1", "' Never ', 0"})
    void aCaseFailsWhenAProblemReachesTheFailOnLevel(String failOn, int failures) {
        Document d = parse(new JUnitRenderer(failOn).render(ADVISOR.advise(SAMPLE)));
        assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo(Integer.toString(failures));
        assertThat(elements(d, "failure")).hasSize(failures);
    }

    @Test
    void theEnumAndTheDefaultAgreeWithTheString() {
        Advice advice = ADVISOR.advise(SAMPLE);
        assertThat(new JUnitRenderer().failOn()).isEqualTo(FailOn.ERROR);
        assertThat(new JUnitRenderer().render(advice)).isEqualTo(new JUnitRenderer("error").render(advice));
        assertThat(new JUnitRenderer(FailOn.NOTE).render(advice)).isEqualTo(new JUnitRenderer("note").render(advice));
        assertThat(new JUnitRenderer().format()).isEqualTo("junit");
        assertThatThrownBy(() -> new JUnitRenderer("fatal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("error, warning, note, never");
    }

    @Test
    void diagnosticsFailTheFileCaseAtTheirLevel() throws IOException {
        Advice broken = ADVISOR.advise(sample().replace("  pue 1.45", "  pue 1.45\n  nicc 800G"), "broken.cpo");
        Document d = parse(new JUnitRenderer().render(broken));
        assertThat(elements(d, "testcase")).hasSize(1);
        Element file = testcase(d, "cpo.files", "broken.cpo reads cleanly");
        Element failure = (Element) file.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("CPO201");
        assertThat(failure.getTextContent()).contains("broken.cpo:42:3: error CPO201").contains("hint: ");

        // a warning (pue set twice) fails only from fail-on warning; the advice still runs
        Advice twice = ADVISOR.advise(sample().replace("  pue 1.45", "  pue 1.45\n  pue 1.5"), "twice.cpo");
        assertThat(twice.hasErrors()).isFalse();
        Element passes = testcase(parse(new JUnitRenderer("never").render(twice)), "cpo.files", "twice.cpo reads cleanly");
        assertThat(passes.getElementsByTagName("failure").getLength()).isZero();
        assertThat(passes.getElementsByTagName("system-out").item(0).getTextContent()).contains("warning CPO209");
        Element fails = testcase(parse(new JUnitRenderer("warning").render(twice)), "cpo.files", "twice.cpo reads cleanly");
        assertThat(((Element) fails.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("CPO209");
    }

    @Test
    void namesFromTheFileAreEscaped() throws IOException {
        String site = "<x & \"y\">";
        String cluster = "]]> it's";
        String source = sample().replace("site \"chi-3\"", "site \"<x & \\\"y\\\">\"")
                .replace("cluster \"b300-train\"", "cluster \"]]> it's\"");
        Advice advice = ADVISOR.advise(source, "odd <name> & co.cpo");
        assertThat(advice.hasErrors()).as(advice.diagnostics().toString()).isFalse();
        String xml = new JUnitRenderer("note").render(advice);
        Document d = parse(xml);
        Element c = testcase(d, "cpo." + site, cluster + " verdict/findings");
        assertThat(c.getElementsByTagName("failure").item(0).getTextContent()).contains("at odd <name> & co.cpo:46:11");
        assertThat(elements(d, "testsuite").get(0).getAttribute("name")).isEqualTo("odd <name> & co.cpo");
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndLineBreaksInAttributesSurvive() {
        String nasty = "a\u0001b\u0000c\uD800d\uFFFFe \uD83D\uDE00 \"q\" 'a' <&>\nnext\tline \u202E\u0085\u007F";
        String attr = JUnitRenderer.attr(nasty);
        String text = JUnitRenderer.text(nasty);
        // controls as visible escapes (XML 1.0 cannot hold them); bidi, C1 and DEL as references: exact, never raw
        assertThat(attr + text).doesNotContain("\u202E", "\u0085", "\u007F").contains("&#x202E;&#x85;&#x7F;");
        Document d = parse("<r a=\"" + attr + "\">" + text + "</r>");
        String expected = "a\\u0001b\\u0000c\uFFFDd\uFFFDe \uD83D\uDE00 \"q\" 'a' <&>\nnext\tline \u202E\u0085\u007F";
        assertThat(d.getDocumentElement().getAttribute("a")).isEqualTo(expected);
        assertThat(d.getDocumentElement().getTextContent()).isEqualTo(expected);
    }

    @Test
    void severalFilesAddUpAndTheSameAdviceGivesTheSameBytes() throws IOException {
        List<Advice> advices = List.of(ADVISOR.advise(SAMPLE), ADVISOR.advise(Path.of("../samples/ai-factory.cpo")),
                ADVISOR.advise(sample().replace("  pue 1.45", "  pue 1.45\n  nicc 800G"), "broken.cpo"));
        String xml = new JUnitRenderer("warning").render(advices);
        Document d = parse(xml);
        List<Element> suites = elements(d, "testsuite");
        assertThat(suites).hasSize(3);
        int tests = suites.stream().mapToInt(s -> Integer.parseInt(s.getAttribute("tests"))).sum();
        int failures = suites.stream().mapToInt(s -> Integer.parseInt(s.getAttribute("failures"))).sum();
        assertThat(d.getDocumentElement().getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo(Integer.toString(failures));
        assertThat(elements(d, "testcase")).hasSize(tests);
        for (Element s : suites) {
            assertThat(s.getElementsByTagName("testcase").getLength()).isEqualTo(Integer.parseInt(s.getAttribute("tests")));
        }
        assertThat(testcase(d, "cpo.phx-2", "site findings").getTextContent()).contains("power-cap");

        assertThat(new JUnitRenderer("warning").render(List.of(new Advisor().advise(SAMPLE),
                new Advisor().advise(Path.of("../samples/ai-factory.cpo")),
                new Advisor().advise(sample().replace("  pue 1.45", "  pue 1.45\n  nicc 800G"), "broken.cpo"))))
                .isEqualTo(xml).doesNotContain("timestamp").doesNotContain("hostname");
    }
}
