package org.cpoadvisor.advisor.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.cli.Main;
import org.cpoadvisor.advisor.report.Csv;
import org.cpoadvisor.advisor.report.CsvRenderer;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.advisor.report.Renderers;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What every input must give: an {@link Advice} (advice, or diagnostics only) within
 * the hang guard, with no exception, no stack trace and no internal class name in
 * what a user reads, and reports in every format that render well-formed ({@link #report}).
 */
final class Robustness {

    /** One advisor for all cases: it holds no per-call state. */
    static final Advisor ADVISOR = new Advisor();

    private static final List<Renderer> RENDERERS = List.copyOf(Renderers.all(Advisor.tool(), false, "warning").values());

    /**
     * A stack frame, or an exception, internal class or API that leaked into a message, or a
     * null, NaN or infinity printed as a value (JSON's own word {@code 'null'}, quoted, is fine).
     */
    private static final Pattern LEAK = Pattern.compile(
            "\\n\\s*at [\\w$.]+\\(|\\b(java|javax|jdk|sun|org\\.antlr|org\\.drools|org\\.kie|com\\.fasterxml|org\\.yaml)\\.[\\w$]+\\."
                    + "|\\b\\w*(Exception|Error)\\b|(?<!')\\bnull\\b(?!')|\\bNaN\\b|\\bInfinity\\b|\\b[A-Z]\\w+\\.(get|is)[A-Z]\\w*\\(\\)");

    private Robustness() {
    }

    static {
        // the first advice loads Drools (seconds): not part of any case's time
        ADVISOR.advise("architecture \"warm-up\"\nsite \"s\" {\n  cluster \"c\" {\n    gpus 1024 x H100\n  }\n}\n", "warm-up.cpo");
    }

    /** Advises on text and checks the outcome. */
    static Advice advise(String text, String name) {
        return assertTimeoutPreemptively(FuzzBudget.TIMEOUT, () -> check(ADVISOR.advise(text, name), text),
                () -> "hang: advising and rendering took longer than " + FuzzBudget.TIMEOUT + " on " + describe(text));
    }

    /** Advises on a file (imports resolved) and checks the outcome. */
    static Advice advise(Path file, String input) {
        return assertTimeoutPreemptively(FuzzBudget.TIMEOUT, () -> check(ADVISOR.advise(file), input),
                () -> "hang: advising and rendering took longer than " + FuzzBudget.TIMEOUT + " on " + file);
    }

    /** Runs the command line as a user would; returns what it printed on stderr. */
    static String cli(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(FuzzBudget.TIMEOUT,
                () -> Main.run(args, new PrintWriter(out), new PrintWriter(err)),
                () -> "hang: cpo " + String.join(" ", args) + " took longer than " + FuzzBudget.TIMEOUT);
        assertThat(code).as("exit code of cpo %s; stderr:%n%s", String.join(" ", args), err).isBetween(0, 2);
        assertNoLeak(err.toString(), input, "stderr");
        String format = option(args, "--format");
        if (format != null && code <= 1) {
            // the report, on stdout or in the file of -o (written atomically), is well-formed
            String output = option(args, "-o");
            try {
                report(format, output == null ? out.toString() : Files.readString(Path.of(output), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError("cpo " + String.join(" ", args) + " exited " + code + " without its report: " + e, e);
            }
        }
        return err.toString();
    }

    private static String option(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) return args[i + 1];
        }
        return null;
    }

    static Advice check(Advice advice, String input) {
        assertThat(advice).isNotNull();
        for (Diagnostic d : advice.diagnostics()) {
            assertThat(d.message()).as("message of %s", d.code()).isNotBlank();
            assertNoLeak(d.message(), input, d.code() + " message");
            if (d.hint() != null) assertNoLeak(d.hint(), input, d.code() + " hint");
            if (d.location() != null) {
                assertThat(d.location().line()).as("line of %s", d.code()).isPositive();
                assertThat(d.location().column()).as("column of %s", d.code()).isPositive();
            }
        }
        if (advice.hasErrors()) {
            assertThat(advice.clusters()).as("no advice on a file with errors").isEmpty();
        }
        assertThat(DiagnosticPrinter.render(advice.diagnostics())).isNotNull();
        for (Renderer r : RENDERERS) {
            report(r.format(), r.render(advice));
        }
        return advice;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final int CSV_COLUMNS = CsvRenderer.HEADER.split(",").length;

    /**
     * A report is well-formed in its format whatever the input: JSON and SARIF parse, JUnit
     * is XML, CSV keeps one field per column, HTML holds no script; and no report holds a
     * control character (a terminal escape, a NUL) or half a surrogate pair.
     */
    static void report(String format, String text) {
        assertThat(text).as(format).isNotNull();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
                throw new AssertionError(format + " holds the control character U+" + String.format("%04X", (int) c) + " at " + i
                        + ": …" + Mutator.escape(text.substring(Math.max(0, i - 60), Math.min(text.length(), i + 20))));
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new AssertionError(format + " holds half a surrogate pair at " + i + ": …"
                        + Mutator.escape(text.substring(Math.max(0, i - 60), Math.min(text.length(), i + 20))));
            }
        }
        try {
            switch (format) {
                case "json", "sarif" -> assertThat(JSON.readTree(text).isObject()).as(format + " is a JSON object").isTrue();
                case "junit" -> xml(text);
                case "csv" -> {
                    List<List<String>> rows = Csv.parse(text);
                    assertThat(rows).as("csv header").isNotEmpty();
                    assertThat(rows).as("csv: one field per column").allSatisfy(r -> assertThat(r).hasSize(CSV_COLUMNS));
                }
                case "html" -> assertThat(text).as("html").startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                        .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:");
                default -> { }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new AssertionError(format + " is not well-formed: " + e.getMessage(), e);
        }
    }

    private static void xml(String text) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() { // thrown, not printed
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        builder.parse(new InputSource(new StringReader(text)));
    }

    private static void assertNoLeak(String shown, String input, String what) {
        var m = LEAK.matcher(shown);
        while (m.find()) {
            // a word the user wrote may come back in a message
            assertThat(input).as("%s shows `%s`, which the input does not hold: %s", what, m.group().trim(), shown)
                    .contains(m.group().trim());
        }
    }

    static String describe(String text) {
        String head = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        return Mutator.escape(head);
    }
}
