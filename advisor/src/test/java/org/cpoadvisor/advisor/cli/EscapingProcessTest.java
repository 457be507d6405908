package org.cpoadvisor.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpoadvisor.dsl.diag.SafeText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 2, through the real {@code cpo} process: no control or bidirectional
 * character of an input reaches the terminal, a log or a report raw, in any format. The
 * estate's file name holds an escape sequence; its architecture and site names hold a
 * right-to-left override (U+202E); a comment on a line that a warning shows holds
 * U+202E, U+2066, an escape sequence and a C1 control (U+0085).
 */
@EnabledOnOs({OS.LINUX})
class EscapingProcessTest {

    static final String RLO = "\u202E";
    static final String FILE = "edge\u001B[2J.cpo";
    static final String ARCHITECTURE = "Metro " + RLO + "txt.exe";
    static final String SITE = "nyc" + RLO + "-edge-1";

    @TempDir
    Path dir;

    @BeforeEach
    void estate() throws IOException {
        String text = Files.readString(Path.of("../samples/inference-edge.cpo"))
                .replace("architecture \"Metro Edge Inference\"", "architecture \"" + ARCHITECTURE + "\"")
                .replace("site \"nyc-edge-1\" {", "site \"" + SITE + "\" {\n  pue 1.4\n  pue 1.3  // " + RLO + "\u2066 moc.elpmaxe \u001B[2J\u0085");
        Files.writeString(dir.resolve(FILE), text);
    }

    /** Every character of {@code text} that must not be raw, as escapes; empty when there is none. */
    private static List<String> raw(String text, boolean crlf) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && crlf && i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
            if (SafeText.unsafe(c) && c != '\n' && c != '\t') found.add(SafeText.visible(c) + " at " + i);
        }
        return found;
    }

    /** The defect of the issue: a U+202E in a file was printed raw in a diagnostic. */
    @Test
    void aBidiOverrideInAFileIsNeverPrintedRawInADiagnostic() throws Exception {
        for (String command : List.of("validate", "check", "advise")) {
            CliProcess.Result r = CliProcess.in(dir).run(command, FILE);
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(raw(r.out(), false)).as(command + ":\n" + r.out()).isEmpty();
            assertThat(raw(r.err(), false)).as(command).isEmpty();
            assertThat(r.out()).contains("edge\\u001B[2J.cpo:", "pue 1.3  // \\u202E\\u2066 moc.elpmaxe \\u001B[2J\\u0085");
        }
    }

    @Test
    void noReportFormatHoldsARawControlOrBidiCharacter() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String format : List.of("text", "markdown", "json", "sarif", "github", "junit", "csv", "html")) {
            CliProcess.Result r = CliProcess.in(dir).run("advise", FILE, "--format", format, "-o", "report." + format);
            assertThat(r.exit()).as(format + ": " + r).isZero();
            String report = Files.readString(dir.resolve("report." + format), StandardCharsets.UTF_8);
            assertThat(raw(report, format.equals("csv"))).as(format).isEmpty();
            switch (format) {
                case "json" -> {
                    // JSON's own escapes: read back, the names are exactly the file's
                    JsonNode advice = json.readTree(report).path("reports").get(0);
                    assertThat(advice.path("architecture").asText()).isEqualTo(ARCHITECTURE);
                    assertThat(advice.path("files").get(0).asText()).isEqualTo(FILE);
                    assertThat(report).contains("\\u202E", "\\u001B");
                }
                case "sarif" -> {
                    assertThat(json.readTree(report).path("version").asText()).isEqualTo("2.1.0");
                    assertThat(report).contains("\\u202E");
                }
                case "junit" -> {
                    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
                    NodeList cases = d.getElementsByTagName("testcase");
                    List<String> classes = new ArrayList<>();
                    for (int i = 0; i < cases.getLength(); i++) classes.add(((Element) cases.item(i)).getAttribute("classname"));
                    assertThat(classes).contains("cpo." + SITE); // a character reference: the exact name
                    assertThat(report).contains("&#x202E;");
                }
                default -> assertThat(report).as(format).contains(format.equals("markdown") ? "\\\\u202E" : "\\u202E");
            }
        }
    }

    @Test
    void anArgumentQuotedInAnErrorIsShownNotObeyed() throws Exception {
        CliProcess.Result r = CliProcess.in(dir).run("advise", "--frobnicate\u001B]0;pwned\u0007" + RLO, FILE);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(raw(r.err(), false)).as(r.err()).isEmpty();
        assertThat(r.err()).contains("--frobnicate\\u001B]0;pwned\\u0007\\u202E");

        Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        r = CliProcess.in(dir).run("advise", FILE, "-o", "blocker/r" + RLO + ".json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cpo: cannot write blocker/r\\u202E.json: not a directory\n");
    }
}
