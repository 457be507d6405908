package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private static final Advisor ADVISOR = new Advisor();
    private static final MarkdownRenderer MD = new MarkdownRenderer();

    /** The cells of a table row, split at unescaped pipes, as GitHub-flavoured Markdown does. */
    static List<String> cells(String row) {
        assertThat(row).startsWith("|").endsWith("|").doesNotEndWith("\\|");
        return Arrays.stream(row.substring(1, row.length() - 1).split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }

    @Test
    void theMarkdownOfTheAiFactorySampleIsTheReviewedOne() throws IOException {
        Golden.assertMatches("ai-factory.md", MD.render(ADVISOR.advise(Path.of("../samples/ai-factory.cpo"))));
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeader() {
        String md = MD.render(ADVISOR.advise(Path.of("../samples/hyperscale-cn/hyperscale-cn.cpo")));
        assertTablesAreWellFormed(md);
    }

    private static void assertTablesAreWellFormed(String md) {
        int columns = -1;
        int tables = 0;
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("|")) {
                int n = cells(line).size();
                if (columns < 0) {
                    columns = n;
                    tables++;
                } else {
                    assertThat(n).as(line).isEqualTo(columns);
                }
            } else {
                columns = -1;
            }
        }
        assertThat(tables).isPositive();
    }

    @Test
    void namesFromTheFileCannotBreakTablesOrFormatting() throws IOException {
        String sample = Files.readString(Path.of("../samples/ai-factory.cpo"));
        Advice a = ADVISOR.advise(sample.replace("site \"dal-1\"", "site \"a|b *c* <i>#1\"")
                .replace("cluster \"gb300-train\"", "cluster \"_x_ [y](z)\""), "odd.cpo");
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        String md = MD.render(a);
        assertTablesAreWellFormed(md);
        assertThat(md).contains("a\\|b \\*c\\* \\<i>\\#1.\\_x\\_ \\[y\\](z)")
                .doesNotContain("a|b").doesNotContain(" <i>").doesNotContain("*c*");
        // in the verdict table, the cluster's path is one cell
        String row = Arrays.stream(md.split("\n")).filter(l -> l.startsWith("| a\\|b")).findFirst().orElseThrow();
        assertThat(cells(row).get(0)).isEqualTo("a\\|b \\*c\\* \\<i>\\#1.\\_x\\_ \\[y\\](z)");
        assertThat(md).contains("### Site a\\|b \\*c\\* \\<i>\\#1 (capex ");
    }

    @Test
    void escapingKeepsTextLiteralEverywhere() {
        assertThat(MarkdownRenderer.esc("a|b")).isEqualTo("a\\|b");
        assertThat(MarkdownRenderer.esc("back\\slash `code`")).isEqualTo("back\\\\slash \\`code\\`");
        assertThat(MarkdownRenderer.esc("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownRenderer.esc("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(MarkdownRenderer.esc("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownRenderer.esc("two\r\nlines\nhere")).isEqualTo("two lines here");
        assertThat(MarkdownRenderer.esc("R&D ~~gone~~")).isEqualTo("R\\&D \\~\\~gone\\~\\~");
        assertThat(MarkdownRenderer.esc("cpo-spine 1.6T, 85 %")).isEqualTo("cpo-spine 1.6T, 85 %");
        assertThat(MarkdownRenderer.esc("400G < 800G, <b>, </b>, <https://x>")).isEqualTo("400G < 800G, \\<b>, \\</b>, \\<https://x>");
        assertThat(MarkdownRenderer.esc("> not a quote, a > b")).isEqualTo("\\> not a quote, a > b");
    }

    @Test
    void aFileWithErrorsShowsItsDiagnosticsAndNoAdvice() {
        Advice a = ADVISOR.advise("architecture \"x|y\"\nsite \"s\" { cluster \"c\" { gpus 8 x H10 } }\n", "bad.cpo");
        String md = MD.render(a);
        assertThat(md).startsWith("# Advice on x\\|y\n").contains("## Diagnostics")
                .contains("| bad.cpo:2:35 | error | CPO203 | unknown accelerator \\`H10\\`")
                .endsWith("**No advice: the files have errors.**\n")
                .doesNotContain("## Verdicts");
        assertTablesAreWellFormed(md);
    }

    @Test
    void severalFilesAreOneDocumentAndTheOutputIsStable() {
        Advice first = ADVISOR.advise(Path.of("../samples/inference-edge.cpo"));
        Advice second = ADVISOR.advise(Path.of("../samples/mid-size-cloud.cpo"));
        String md = MD.render(List.of(first, second));
        assertThat(md).isEqualTo(MD.render(first) + "\n---\n\n" + MD.render(second));
        assertThat(md.lines().filter(l -> l.startsWith("# ")).toList())
                .containsExactly("# Advice on " + MarkdownRenderer.esc(first.architecture()), "# Advice on " + MarkdownRenderer.esc(second.architecture()));
        assertThat(new MarkdownRenderer().render(List.of(new Advisor().advise(Path.of("../samples/inference-edge.cpo")),
                second))).isEqualTo(md);
        assertThat(md).doesNotContain("\r");
        assertThat(MD.format()).isEqualTo("markdown");
    }
}
