package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the HTML report in a real browser (Debian's headless chromium): the page
 * loads without console messages or script errors, its DOM holds the charts, and the
 * screenshot is a real picture in which the chart lines and verdict colours appear.
 * Skipped where chromium is not installed. The screenshot is kept in
 * {@code target/html-screenshot/} for a person to look at.
 */
class HtmlScreenshotTest {

    private static final long TIMEOUT_SECONDS = 120;

    /** What one chromium run gave. */
    record Run(int exitCode, String dom, String log, Path png) {
        /** The console lines of the page: errors, warnings and uncaught exceptions all appear as CONSOLE. */
        List<String> consoleLines() {
            return log.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught") || l.contains("console error")).toList();
        }
    }

    private static Path chromium() {
        Path usual = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(usual)) return usual;
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String name : new String[]{"chromium", "chromium-browser"}) {
                    Path p = Path.of(dir, name);
                    if (Files.isExecutable(p)) return p;
                }
            }
        }
        return null;
    }

    /** Loads {@code html} in headless chromium, with a screenshot and the DOM, in at most TIMEOUT_SECONDS. */
    static Run load(Path chromium, Path html, Path png) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("cpo-chromium-profile");
        Path stdout = Files.createTempFile("cpo-chromium", ".dom");
        Path stderr = Files.createTempFile("cpo-chromium", ".log");
        try {
            Files.deleteIfExists(png);
            ProcessBuilder pb = new ProcessBuilder(chromium.toString(),
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                    "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000", "--dump-dom",
                    html.toAbsolutePath().toUri().toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s");
            }
            // the browser's helpers end with it; make sure none outlives the test
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            return new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), png);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Pixels within {@code tolerance} (per channel) of {@code rgb}. */
    private static int near(BufferedImage img, int rgb, int tolerance) {
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - r) <= tolerance && Math.abs((p >> 8 & 0xff) - g) <= tolerance
                        && Math.abs((p & 0xff) - b) <= tolerance) n++;
            }
        }
        return n;
    }

    @Test
    void theReportRendersInARealBrowserWithItsChartsAndWithoutScriptErrors() throws Exception {
        Path chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed");

        Advice advice = new Advisor().advise(Path.of("../samples/ai-factory.cpo"));
        Path dir = Files.createDirectories(Path.of("target", "html-screenshot"));
        Path html = dir.resolve("ai-factory.html");
        Files.writeString(html, new HtmlRenderer().render(advice), StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Run run = load(chromium, html, dir.resolve("ai-factory.png"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("chromium rendered the report in " + millis + " ms");

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.consoleLines()).as("console messages of the page").isEmpty();

        // the DOM the browser built: every chart, a line per option, the escaped text, and no script
        assertThat(count(run.dom(), "<svg class=\"cost-chart\"")).isEqualTo(advice.clusters().size()).isEqualTo(4);
        // a line per option of every cluster (baseline, refresh where one is listed, lpo, cpo-spine, cpo-all)
        assertThat(count(run.dom(), "<polyline")).isEqualTo(advice.clusters().stream().mapToInt(c -> c.options().size()).sum());
        assertThat(count(run.dom(), "<title id=")).isEqualTo(4);
        assertThat(run.dom()).contains("<html lang=\"en\">").contains("Helios AI Factory").doesNotContain("<script");

        // the screenshot: a real picture, not a blank or one-colour page
        assertThat(run.png()).exists();
        assertThat(Files.size(run.png())).isGreaterThan(50_000);
        BufferedImage img = ImageIO.read(run.png().toFile());
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(2000);
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) colours.merge(img.getRGB(x, y) & 0xffffff, 1, Integer::sum);
        }
        int commonest = colours.values().stream().max(Integer::compare).orElse(0);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(200);
        assertThat(commonest).as("pixels of the commonest colour").isLessThan(img.getWidth() * img.getHeight() * 9 / 10);

        // what must be seen in the first screen: the header band, the pilot/wait colours of the verdicts,
        // and the first chart's lines (cpo-spine blue, cpo-all teal, baseline slate)
        List<String> missing = new ArrayList<>();
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("header #13406b", 0x13406b);
        expected.put("pilot amber #f59e0b", 0xf59e0b);
        expected.put("cpo-spine line #2563eb", 0x2563eb);
        expected.put("cpo-all line #0d9488", 0x0d9488);
        expected.put("baseline line #64748b", 0x64748b);
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            int n = near(img, e.getValue(), 6);
            if (n < 100) missing.add(e.getKey() + " (" + n + " pixels)");
        }
        assertThat(missing).as("colours not seen in the screenshot").isEmpty();
    }

    @Test
    void theSensitivityAndSweepPagesRenderWithTheirChartsAndWithoutScriptErrors() throws Exception {
        Path chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed");

        org.cpoadvisor.advisor.advice.Sensitivity sensitivity = UncertaintyFixture.sensitivity();
        org.cpoadvisor.advisor.advice.SweepSummary sweep = UncertaintyFixture.sweep();
        Path dir = Files.createDirectories(Path.of("target", "html-screenshot"));
        Path sensHtml = dir.resolve("ai-factory-sensitivity.html");
        Path sweepHtml = dir.resolve("ai-factory-sweep.html");
        Files.writeString(sensHtml, UncertaintyReports.sensitivity(sensitivity, "html"), StandardCharsets.UTF_8);
        Files.writeString(sweepHtml, UncertaintyReports.sweep(sweep, "html"), StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Run sens = load(chromium, sensHtml, dir.resolve("ai-factory-sensitivity.png"));
        Run swept = load(chromium, sweepHtml, dir.resolve("ai-factory-sweep.png"));
        System.out.println("chromium rendered the two uncertainty pages in " + (System.nanoTime() - start) / 1_000_000 + " ms");

        for (Run run : List.of(sens, swept)) {
            assertThat(run.exitCode()).as(run.log()).isZero();
            assertThat(run.consoleLines()).as("console messages of the page").isEmpty();
            assertThat(run.dom()).contains("<html lang=\"en\">").contains("Helios AI Factory").doesNotContain("<script");
        }

        // the tornadoes: one per cluster that a figure moves, a row per swing with its two bars, the saving at the values
        int clusters = sensitivity.clusters().size();
        // a chart draws the first MAX_ROWS swings of a cluster (its table lists them all)
        int swings = sensitivity.clusters().stream().mapToInt(c -> Math.min(TornadoChart.MAX_ROWS, c.swings().size())).sum();
        assertThat(clusters).isEqualTo(4);
        assertThat(sensitivity.clusters()).allMatch(c -> !c.swings().isEmpty());
        assertThat(count(sens.dom(), "<svg class=\"tornado\"")).isEqualTo(clusters);
        assertThat(count(sens.dom(), "<g class=\"swing\"")).isEqualTo(swings);
        assertThat(count(sens.dom(), "<rect class=\"bar-low\"")).isEqualTo(swings);
        assertThat(count(sens.dom(), "<rect class=\"bar-high\"")).isEqualTo(swings);
        assertThat(count(sens.dom(), "<g class=\"base-saving\"")).isEqualTo(clusters);
        assertThat(count(sens.dom(), "<table class=\"data tornado-table\"")).isEqualTo(clusters);

        // the sweep: a verdict chart and a histogram of 20 bins with three percentile marks per cluster
        int histograms = (int) sweep.clusters().stream().filter(c -> c.histogram() != null).count();
        assertThat(histograms).isEqualTo(4);
        assertThat(count(swept.dom(), "<svg class=\"verdict-chart\"")).isEqualTo(sweep.clusters().size());
        assertThat(count(swept.dom(), "<rect class=\"verdict-bar\"")).isEqualTo(4 * sweep.clusters().size());
        assertThat(count(swept.dom(), "<svg class=\"histogram\"")).isEqualTo(histograms);
        assertThat(count(swept.dom(), "<rect class=\"bin\"")).isEqualTo(histograms * org.cpoadvisor.advisor.advice.SweepSummary.BINS);
        assertThat(count(swept.dom(), "<g class=\"percentile\"")).isEqualTo(3 * histograms);

        // the screenshots: real pictures, with the tornado's two colours and the histogram's bars in them
        Map<String, Integer> sensColours = new java.util.LinkedHashMap<>();
        sensColours.put("low-end bars " + TornadoChart.LOW, Integer.parseInt(TornadoChart.LOW.substring(1), 16));
        sensColours.put("high-end bars " + TornadoChart.HIGH, Integer.parseInt(TornadoChart.HIGH.substring(1), 16));
        sensColours.put("header #13406b", 0x13406b);
        Map<String, Integer> sweepColours = new java.util.LinkedHashMap<>();
        sweepColours.put("bins that save " + SweepCharts.SAVES, Integer.parseInt(SweepCharts.SAVES.substring(1), 16));
        sweepColours.put("bins that cost more " + SweepCharts.COSTS, Integer.parseInt(SweepCharts.COSTS.substring(1), 16));
        sweepColours.put("pilot bar " + SweepCharts.colour(org.cpoadvisor.advisor.advice.Verdict.PILOT),
                Integer.parseInt(SweepCharts.colour(org.cpoadvisor.advisor.advice.Verdict.PILOT).substring(1), 16));
        for (Map.Entry<Run, Map<String, Integer>> e : Map.of(sens, sensColours, swept, sweepColours).entrySet()) {
            Path png = e.getKey().png();
            assertThat(png).exists();
            assertThat(Files.size(png)).isGreaterThan(50_000);
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img.getWidth()).isEqualTo(1280);
            assertThat(img.getHeight()).isEqualTo(2000);
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
                int n = near(img, c.getValue(), 6);
                if (n < 300) missing.add(c.getKey() + " (" + n + " pixels)");
            }
            assertThat(missing).as("colours not seen in " + png.getFileName()).isEmpty();
        }
    }

    @Test
    void theBrowserCheckSeesAScriptErrorWhenThereIsOne() throws Exception {
        // guards the check above: with this chromium, an uncaught error does show in the log
        Path chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed");
        Path dir = Files.createDirectories(Path.of("target", "html-screenshot"));
        Path html = dir.resolve("broken.html");
        Files.writeString(html, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>x</p>"
                + "<script>notDefined();</script></body></html>", StandardCharsets.UTF_8);
        Run run = load(chromium, html, dir.resolve("broken.png"));
        assertThat(run.consoleLines()).anyMatch(l -> l.contains("Uncaught") && l.contains("notDefined"));
        assertThat(run.dom()).contains("<p>x</p>");
    }
}
