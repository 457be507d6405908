package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.BreakEven;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.SafeText;

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

        /** Appends {@code s}, coloured as {@code word} (a verdict, a severity; anything else: bold). */
        void paint(String s, String word) {
            int start = text.length();
            text.append(s);
            if (color) marks.add(new int[]{start, text.length(), code(word)});
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

    private static int code(String word) {
        return switch (word) {
            case "adopt" -> 0;
            case "pilot" -> 1;
            case "prepare" -> 2;
            case "wait" -> 3;
            case "error" -> 4;
            case "warning" -> 5;
            case "note" -> 6;
            default -> 7;
        };
    }

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
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"cluster", "GPUs", "NIC", "today", "verdict", "option", "CPO platform", "year", "saving"});
        for (ClusterAdvice c : a.clusters()) {
            Double saving = c.options().stream().filter(o -> o.option().equals(c.option())).findFirst()
                    .map(OptionFigures::saving).orElse(null);
            rows.add(new String[]{c.path(), count(c.gpus()), gbps(c.nicGbps()), orDash(c.platform()), c.verdict().word(), c.option(),
                    orDash(c.cpoPlatform()), c.year() == null ? "-" : c.year().toString(),
                    saving == null ? "-" : pct(saving)});
        }
        table(out, rows, "  ", new boolean[]{false, true, true, false, false, false, false, true, true});
        out.append('\n');
    }

    private void cluster(Out report, ClusterAdvice c, String currency) {
        StringBuilder out = report.text;
        report.paint(c.path(), "");
        out.append(": ");
        report.paint(c.summary(), c.verdict().word());
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"option", "platforms", "tiers", "switches", "modules", "power kW", "capex", "opex/year", "TCO", "saving"});
        for (OptionFigures o : c.options()) {
            String platforms = o.leafPlatform().equals(o.upperPlatform()) ? o.leafPlatform() : o.leafPlatform() + " + " + o.upperPlatform();
            rows.add(new String[]{o.option(), platforms, Integer.toString(o.tiers()), count(o.switches()), count(o.modules()),
                    count(Math.round(o.powerW() / 1000)), money(o.capex()), money(o.opexPerYear()), money(o.tco()),
                    o.saving() == null ? "-" : pct(o.saving())});
        }
        table(out, rows, "    ", new boolean[]{false, false, true, true, true, true, true, true, true, true});
        if (c.options().stream().anyMatch(o -> o.option().equals("refresh"))) {
            out.append("    savings against the baseline; the CPO options' against the refresh, the best pluggable purchase\n");
        }
        if (c.cpoYear() != null) {
            out.append("    CPO from ").append(c.cpoYear()).append(c.adoptionYear() == null ? "; no natural point in the horizon"
                    : "; first natural point " + c.adoptionYear()).append("; payback ")
                    .append(c.payback() == null ? "never within the lifetime" : c.payback() == 0 ? "immediate (no extra capex)"
                            : String.format(Locale.ROOT, "%.1f years", c.payback())).append('\n');
        }
        if (!c.breakEvens().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (BreakEven b : c.breakEvens()) {
                parts.add(breakEven(b, currency));
            }
            out.append("    break-even (").append(c.breakEvens().get(0).option()).append("): ").append(String.join("; ", parts)).append('\n');
        }
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

    static String breakEven(BreakEven b, String currency) {
        return switch (b.quantity()) {
            case "gpus" -> switch (b.status()) {
                case FOUND -> "saves min-saving from " + count(Math.round(b.value())) + " GPUs";
                case ALWAYS -> "already at the smallest size searched (" + count(Math.round(b.value())) + " GPUs)";
                default -> "not at any size up to " + count(Math.round(b.high())) + " GPUs";
            };
            case "electricity" -> switch (b.status()) {
                case FOUND -> String.format(Locale.ROOT, "from %.4f %s/kWh", b.value(), currency);
                case ALWAYS -> "at any electricity price";
                case UNTIL -> String.format(Locale.ROOT, "up to %.4f %s/kWh (dearer energy erodes the saving)", b.value(), currency);
                default -> String.format(Locale.ROOT, "not at any price up to %.2f %s/kWh", b.high(), currency);
            };
            default -> switch (b.status()) {
                case FOUND, ALWAYS -> "from " + Math.round(b.value());
                default -> "not in " + Math.round(b.low()) + ".." + Math.round(b.high());
            };
        };
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
            o.paint(f.severity().word(), f.severity().word());
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
            out.append("  site ").append(r.site()).append(" (capex ").append(money(r.capex())).append(' ').append(a.currency()).append(")\n");
            for (Stage s : r.stages()) {
                out.append("    ").append(s.year()).append(' ').append(s.kind().word());
                if (s.capex() != 0 || s.opexChangePerYear() != 0) {
                    out.append(" (capex ").append(money(s.capex())).append(", opex ").append(signedMoney(s.opexChangePerYear()))
                            .append(" a year)");
                }
                out.append('\n');
                for (Advice.Action act : s.actions()) {
                    out.append("      - ").append(act.text()).append('\n');
                }
                if (!s.lines().isEmpty()) {
                    TextViews.text(out, TextViews.bill(s.lines()), "        ", false);
                }
            }
        }
        out.append('\n');
    }

    private static void table(StringBuilder out, List<String[]> rows, String indent, boolean[] right) {
        TextViews.table(out, rows, indent, right);
    }

    static String pct(double f) {
        return TextViews.pct(f);
    }

    static String money(double v) {
        return TextViews.money(v);
    }

    static String signedMoney(double v) {
        return TextViews.signedMoney(v);
    }

    static String count(long v) {
        return TextViews.count(v);
    }

    static String gbps(double v) {
        return v >= 1000 ? String.format(Locale.ROOT, "%sT", trim(v / 1000)) : trim(v) + "G";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    /** "name value unit (source)": the name, value and unit. */
    static String figureOnly(String defaulted) {
        int open = defaulted.indexOf(" (");
        return open < 0 ? defaulted : defaulted.substring(0, open);
    }
}
