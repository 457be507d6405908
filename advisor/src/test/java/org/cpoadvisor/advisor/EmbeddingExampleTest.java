package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** samples/embedding/EmbeddingExample.java compiles against the API and runs. */
class EmbeddingExampleTest {

    private static final Path EXAMPLE = Path.of("../samples/embedding/EmbeddingExample.java");

    /** The test class path: surefire names it in a property of its own when it starts tests from a manifest-only jar. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    @Test
    void theExampleCompilesAndPrintsTheAdvice(@TempDir Path out) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK, not a JRE").isNotNull();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, "-Xlint:all", "-Werror", "--release", "17",
                "-cp", classPath(), "-d", out.toString(), EXAMPLE.toString());
        assertThat(status).as(messages.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[]{out.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("EmbeddingExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[]{"../samples/ai-factory.cpo"});
        } finally {
            System.setOut(stdout);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        Advice advice = new Advisor().advise(Path.of("../samples/ai-factory.cpo"));
        assertThat(text).startsWith(advice.architecture() + ", amounts in " + advice.currency() + "\n");
        for (Advice.ClusterAdvice c : advice.clusters()) {
            assertThat(text).contains("  " + c.path() + ": " + c.verdict() + " - " + c.summary() + "\n");
        }
        assertThat(text).contains("roadmap of ").contains("json " + Advisor.render(advice, "json").length() + " chars")
                .contains("formats [text, markdown, json, sarif, github, junit, csv, html]");
    }
}
