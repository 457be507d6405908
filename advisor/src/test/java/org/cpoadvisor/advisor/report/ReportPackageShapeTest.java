package org.cpoadvisor.advisor.report;

import org.junit.jupiter.api.Test;

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
 * The reports read the advice and the diagnostics and nothing else of the project: not the API
 * package (which uses the reports) and not the rules. Until an ArchUnit rule guards it, the
 * imports and fully qualified names of the report sources are read here.
 */
class ReportPackageShapeTest {

    private static final Pattern PROJECT_NAME = Pattern.compile("org\\.cpoadvisor\\.[a-z.]*[a-z]");

    @Test
    void theReportsDependOnlyOnTheAdviceAndTheDiagnostics() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/cpoadvisor/advisor/report"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = PROJECT_NAME.matcher(Files.readString(f));
                while (m.find()) {
                    String pkg = m.group();
                    boolean allowed = pkg.startsWith("org.cpoadvisor.advisor.report") || pkg.startsWith("org.cpoadvisor.advisor.advice")
                            || pkg.startsWith("org.cpoadvisor.dsl.diag");
                    if (!allowed) wrong.add(f.getFileName() + ": " + pkg);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
