package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.JsonArchitectureReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of broken files under {@code src/test/resources/invalid}: each case is a
 * file ({@code name.cpo}, {@code .json}, {@code .yaml}) or a folder whose root file is
 * {@code main.cpo} (for imports). A case states the diagnostics it must produce, all
 * of them and nothing else, in comment lines of its root file:
 *
 * <pre>
 * // expect: CPO201 at 4:5
 * // expect: CPO302 at common/a.cpo:2:1      (a place in another file of the case)
 * </pre>
 *
 * or, for JSON (which has no comments), in a file beside it named {@code name.json.expect}
 * with lines {@code CPO201 at 4:5}. Places are line:column, 1-based.
 */
class InvalidCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/invalid");
    private static final Pattern EXPECT = Pattern.compile("(?://|#)?\\s*(?:expect:)?\\s*(CPO\\d{3}) at (?:(\\S+):)?(\\d+):(\\d+)\\s*$");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> !p.toString().endsWith(".expect")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesExactlyTheExpectedDiagnostics(Path testCase) throws IOException {
        Path root = Files.isDirectory(testCase) ? testCase.resolve("main.cpo") : testCase;
        Path caseDir = Files.isDirectory(testCase) ? testCase : testCase.getParent();
        List<String> expected = expectations(root);
        assertThat(expected).as("the case states what it expects").isNotEmpty();

        String name = root.getFileName().toString();
        ReadResult result = name.endsWith(".json") || name.endsWith(".yaml")
                ? new JsonArchitectureReader(TestCatalog.reader()).read(root)
                : TestCatalog.reader().read(root);

        List<String> actual = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.message()).isNotBlank();
            assertThat(d.location()).as("every diagnostic has a place: " + d.summary()).isNotNull();
            String file = caseDir.relativize(Path.of(d.location().file())).toString();
            String where = file.equals(root.getFileName().toString()) && !Files.isDirectory(testCase) || file.equals("main.cpo")
                    ? "" : file + ":";
            actual.add(d.code() + " at " + where + d.location().line() + ":" + d.location().column());
        }
        assertThat(actual).as(DiagnosticPrinter.render(result.diagnostics())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.hasErrors() || expected.stream().noneMatch(e -> e.startsWith("CPO1") || e.startsWith("CPO3")))
                .isTrue();
    }

    private static List<String> expectations(Path root) throws IOException {
        Path sidecar = root.resolveSibling(root.getFileName() + ".expect");
        List<String> lines = Files.exists(sidecar) ? Files.readAllLines(sidecar) : readLenient(root);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (!Files.exists(sidecar) && !trimmed.matches("(//|#)\\s*expect:.*")) continue;
            Matcher m = EXPECT.matcher(trimmed);
            if (m.find()) {
                out.add(m.group(1) + " at " + (m.group(2) == null ? "" : m.group(2) + ":") + m.group(3) + ":" + m.group(4));
            }
        }
        return out;
    }

    private static List<String> readLenient(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        return List.of(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).split("\n"));
    }
}
