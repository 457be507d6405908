package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.diag.SafeText;
import org.cpoadvisor.dsl.diag.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The advice for a terminal: the verdicts at a glance, then each cluster's options
 * and reasons, the findings, the roadmap with its bills of materials, and the
 * assumptions. Plain text, no colour; deterministic. No control or bidirectional
 * character of a file reaches it raw ({@link SafeText}: visible escapes such as
 * <code>&#92;u202E</code>); tabs and newlines are its own.
 */
public final class TextRenderer implements Renderer {

    private final boolean color;

    /** Plain text, as files and pipes want it. */
    public TextRenderer() {
        this(false);
    }

    /** With {@code color}, verdicts and severities are coloured for a terminal (ANSI). */
    public TextRenderer(boolean color) {
        this.color = color;
    }

    /**
     * The report as it is built: plain text, and where colour goes. The colour codes are
     * added only at the end, after every character of the text that came from a file has
     * been made safe ({@link SafeText}), so that the only escape sequences in the report are
     * its own.
     */
    private final class Out {
        final StringBuilder text = new StringBuilder();
        private final List<int[]> marks = new ArrayList<>(); // start, end, index into CODES

        /** Appends {@code s}, coloured as a verdict. */
        void paint(String s, Verdict verdict) {
            mark(s, switch (verdict) {
                case ADOPT -> 0;
                case PILOT -> 1;
                case PREPARE -> 2;
                case WAIT -> 3;
            });
        }

        /** Appends {@code s}, coloured as a severity. */
        void paint(String s, Severity severity) {
            mark(s, switch (severity) {
                case ERROR -> 4;
                case WARNING -> 5;
                case NOTE -> 6;
            });
        }

        /** Appends {@code s} in bold. */
        void bold(String s) {
            mark(s, 7);
        }

        private void mark(String s, int code) {
            int start = text.length();
            text.append(s);
            if (color) marks.add(new int[]{start, text.length(), code});
        }

        String finish() {
            StringBuilder done = new StringBuilder(text.length() + marks.size() * 12);
            int at = 0;
            for (int[] m : marks) {
                done.append(SafeText.text(text.substring(at, m[0])));
                done.append("\u001b[").append(CODES[m[2]]).append('m').append(SafeText.text(text.substring(m[0], m[1])))
                        .append("\u001b[0m");
                at = m[1];
            }
            return done.append(SafeText.text(text.substring(at))).toString();
        }
    }

    private static final String[] CODES = {"32;1", "33;1", "35;1", "2", "31;1", "33", "36", "1"};

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String render(List<Advice> advices) {
        Out o = new Out();
        for (int i = 0; i < advices.size(); i++) {
            if (i > 0) o.text.append('\n');
            render(o, advices.get(i));
        }
        return o.finish();
    }

    @Override
    public String render(Advice a) {
        Out o = new Out();
        render(o, a);
        return o.finish();
    }

    private void render(Out o, Advice a) {
        StringBuilder out = o.text;
        if (a.hasErrors()) {
            out.append(DiagnosticPrinter.render(a.diagnostics()));
            out.append("no advice: the files have errors\n");
            return;
        }
        if (!a.diagnostics().isEmpty()) {
            out.append(DiagnosticPrinter.render(a.diagnostics())).append('\n');
        }
        out.append("Advice on \"").append(a.architecture()).append("\" (").append(String.join(", ", a.files()))
                .append("), amounts in ").append(a.currency()).append("\n\n");
        verdicts(out, a);
        for (ClusterAdvice c : a.clusters()) {
            cluster(o, c, a.currency());
        }
        findings(o, a);
        roadmap(out, a);
        out.append("Policy: ").append(String.join(", ", a.policy())).append('\n');
        if (!a.assumptions().isEmpty()) {
            out.append("Assumptions behind these figures: ").append(String.join(", ", a.assumptions())).append('\n');
        }
    }

    private static void verdicts(StringBuilder out, Advice a) {
        out.append("VERDICTS\n");
        TextViews.verdicts(out, a.clusters(), false);
        out.append('\n');
    }

    private void cluster(Out report, ClusterAdvice c, String currency) {
        StringBuilder out = report.text;
        report.bold(c.path());
        out.append(": ");
        report.paint(c.summary(), c.verdict());
        out.append('\n');
        TextViews.options(out, c, "    ", true);
        TextViews.timing(out, c, "    ");
        TextViews.breakEvenLine(out, c, currency, "    ");
        for (String r : c.reasons()) {
            out.append("    - ").append(r).append('\n');
        }
        if (c.explanation().rule() != null) {
            out.append("    rule: ").append(c.explanation().rule()).append('\n');
        }
        if (!c.defaulted().isEmpty()) {
            // the figures only: their sources are in `cpo explain` and the other formats
            out.append("    defaults used: ").append(String.join("; ", c.defaulted().stream().map(TextRenderer::figureOnly).toList()))
                    .append(" (sources: cpo explain)").append('\n');
        }
        if (c.options().stream().anyMatch(o -> !o.tierCounts().isEmpty())) {
            out.append("    fabric per option, bottom tier first:\n");
            TextViews.fabric(out, c, currency, "      ", false);
        }
        out.append('\n');
    }

    private void findings(Out o, Advice a) {
        StringBuilder out = o.text;
        out.append("FINDINGS\n");
        if (a.findings().isEmpty()) {
            out.append("  none\n\n");
            return;
        }
        for (FindingAdvice f : a.findings()) {
            out.append("  ");
            o.paint(f.severity().word(), f.severity());
            out.append(' ').append(f.id()).append(" [").append(f.subject()).append("]");
            if (f.location() != null) out.append(" at ").append(f.location());
            out.append("\n    ").append(f.message()).append('\n');
            if (!f.reasons().isEmpty()) out.append("    because: ").append(String.join("; ", f.reasons())).append('\n');
            if (f.explanation().rule() != null) out.append("    rule: ").append(f.explanation().rule()).append('\n');
        }
        out.append('\n');
    }

    private static void roadmap(StringBuilder out, Advice a) {
        out.append("ROADMAP\n");
        for (SiteRoadmap r : a.roadmap()) {
            TextViews.siteLine(out, r, a.currency(), "  ");
            for (Stage s : r.stages()) {
                TextViews.stageLine(out, s, "    ", false);
                TextViews.actions(out, s, "      ");
                if (!s.lines().isEmpty()) {
                    TextViews.text(out, TextViews.bill(s.lines()), "        ", false);
                }
            }
        }
        out.append('\n');
    }

    /** "name value unit (source)": the name, value and unit. */
    static String figureOnly(String defaulted) {
        int open = defaulted.indexOf(" (");
        return open < 0 ? defaulted : defaulted.substring(0, open);
    }
}
