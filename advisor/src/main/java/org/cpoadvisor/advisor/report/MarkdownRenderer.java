package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.Action;
import org.cpoadvisor.advisor.advice.Advice.BreakEven;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.advisor.advice.OptionKind;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The advice as Markdown (GitHub-flavoured: pipe tables), for a wiki page, a pull
 * request or an architecture review: per file a heading, the diagnostics, the
 * verdicts at a glance, each cluster with its option table and reasons, the
 * findings, the roadmap with a bill-of-materials table per stage, the policy and
 * the assumptions.
 *
 * <p>Every text that comes from a file (names, ids, messages) is escaped, so that
 * it renders as written: Markdown's punctuation gets a backslash ({@code a|b}
 * cannot break a table, {@code *x*} is not emphasis, {@code <b>} is not HTML) and
 * line breaks become spaces; control and bidirectional characters show as their escapes
 * ({@link SafeText}). Numbers are formatted as in the text report. LF line
 * ends; deterministic.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String render(List<Advice> advices) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < advices.size(); i++) {
            if (i > 0) out.append("\n---\n\n");
            advice(out, advices.get(i));
        }
        return SafeText.text(out.toString()); // what no field escaped (there should be nothing) is still never raw
    }

    private static void advice(StringBuilder out, Advice a) {
        out.append("# ").append(a.architecture() != null ? "Advice on " + esc(a.architecture())
                : a.files().isEmpty() ? "Advice on a file that could not be read" : "Advice on " + esc(a.files().get(0))).append("\n\n");
        List<String> about = new ArrayList<>();
        if (!a.files().isEmpty()) about.add("Files: " + String.join(", ", a.files().stream().map(MarkdownRenderer::esc).toList()) + ".");
        if (a.currency() != null) about.add("Amounts in " + esc(a.currency()) + ".");
        if (!about.isEmpty()) out.append(String.join(" ", about)).append("\n\n");
        diagnostics(out, a);
        if (a.hasErrors()) {
            out.append("**No advice: the files have errors.**\n");
            return;
        }
        verdicts(out, a);
        out.append("## Clusters\n\n");
        for (ClusterAdvice c : a.clusters()) {
            cluster(out, c, a.currency());
        }
        findings(out, a);
        roadmap(out, a);
        out.append("## Policy\n\n");
        list(out, a.policy());
        out.append('\n');
        out.append("## Assumptions\n\n");
        if (a.assumptions().isEmpty()) {
            out.append("None: every figure used is a published one.\n");
        } else {
            out.append("These figures are assumptions, not published figures:\n\n");
            list(out, a.assumptions());
        }
    }

    private static void diagnostics(StringBuilder out, Advice a) {
        if (a.diagnostics().isEmpty()) return;
        out.append("## Diagnostics\n\n");
        List<String[]> rows = new ArrayList<>();
        for (Diagnostic d : a.diagnostics().stream().sorted(Diagnostic.ORDER).toList()) {
            String where = d.location() == null ? "" : d.location().toString();
            if (d.path() != null) where = where.isEmpty() ? d.path() : where + " " + d.path();
            rows.add(new String[]{esc(where), d.severity().word(), d.code().name(), esc(d.message()),
                    d.hint() == null ? "" : esc(d.hint())});
        }
        table(out, new String[]{"where", "severity", "code", "message", "hint"}, "-----", rows);
        out.append('\n');
    }

    private static void verdicts(StringBuilder out, Advice a) {
        out.append("## Verdicts\n\n");
        List<String[]> rows = new ArrayList<>();
        for (ClusterAdvice c : a.clusters()) {
            Double saving = c.options().stream().filter(o -> o.option().equals(c.option())).findFirst()
                    .map(OptionFigures::saving).orElse(null);
            rows.add(new String[]{esc(c.path()), TextViews.count(c.gpus()), esc(TextViews.gbps(c.nicGbps())),
                    orDash(c.platform()), "**" + c.verdict().word() + "**", esc(c.option()), orDash(c.cpoPlatform()),
                    c.year() == null ? "-" : c.year().toString(), saving == null ? "-" : TextViews.pct(saving)});
        }
        table(out, new String[]{"cluster", "GPUs", "NIC", "today", "verdict", "option", "CPO platform", "year", "saving"},
                "-rr----rr", rows);
        out.append('\n');
    }

    private static void cluster(StringBuilder out, ClusterAdvice c, String currency) {
        out.append("### ").append(esc(c.path())).append(": ").append(c.verdict().word()).append("\n\n");
        out.append(esc(c.summary())).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        for (OptionFigures o : c.options()) {
            String platforms = o.leafPlatform().equals(o.upperPlatform()) ? esc(o.leafPlatform())
                    : esc(o.leafPlatform()) + " + " + esc(o.upperPlatform());
            rows.add(new String[]{esc(o.option()), platforms, Integer.toString(o.tiers()), TextViews.count(o.switches()),
                    TextViews.count(o.modules()), TextViews.count(Math.round(o.powerW() / 1000)),
                    TextViews.money(o.capex()), TextViews.money(o.opexPerYear()), TextViews.money(o.tco()),
                    o.saving() == null ? "-" : TextViews.pct(o.saving())});
        }
        table(out, new String[]{"option", "platforms", "tiers", "switches", "modules", "power kW",
                "capex " + esc(currency), "opex/year", "TCO", "saving"}, "--rrrrrrrr", rows);
        out.append('\n');
        List<String> facts = new ArrayList<>();
        if (c.options().stream().anyMatch(o -> o.kind() == OptionKind.REFRESH)) {
            facts.add("Savings against the baseline; the CPO options' against the refresh, the best pluggable purchase");
        }
        if (c.cpoYear() != null) {
            facts.add("CPO from " + c.cpoYear() + (c.adoptionYear() == null ? "; no natural point in the horizon"
                    : "; first natural point " + c.adoptionYear()));
            facts.add("Payback: " + (c.payback() == null ? "never within the lifetime"
                    : c.payback() == 0 ? "immediate (no extra capex)" : String.format(Locale.ROOT, "%.1f years", c.payback())));
        }
        if (!c.breakEvens().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (BreakEven b : c.breakEvens()) {
                parts.add(esc(TextViews.breakEven(b, currency)));
            }
            facts.add("Break-even (" + esc(c.breakEvens().get(0).option()) + "): " + String.join("; ", parts));
        }
        for (String f : facts) {
            out.append("- ").append(f).append('\n');
        }
        if (!facts.isEmpty()) out.append('\n');
        if (!c.reasons().isEmpty()) {
            out.append("Reasons:\n\n");
            list(out, c.reasons());
            out.append('\n');
        }
        if (c.explanation() != null && c.explanation().rule() != null) {
            out.append("Rule: *").append(esc(c.explanation().rule())).append("*\n\n");
        }
        if (!c.defaulted().isEmpty()) {
            out.append("Defaults used:\n\n");
            list(out, c.defaulted());
            out.append('\n');
        }
        fabric(out, c);
    }

    /** Each option's tiers (a table) and links per boundary; the bills are in the JSON, HTML and CSV reports. */
    private static void fabric(StringBuilder out, ClusterAdvice c) {
        for (OptionFigures o : c.options()) {
            if (o.tierCounts().isEmpty()) continue;
            out.append("Fabric of **").append(esc(o.option())).append("**: ").append(esc(TextViews.shape(o))).append("\n\n");
            table(out, TextViews.tiers(o));
            String links = TextViews.links(o);
            if (!links.isEmpty()) out.append("\nLinks: ").append(esc(links)).append('\n');
            out.append('\n');
        }
    }

    private static void findings(StringBuilder out, Advice a) {
        out.append("## Findings\n\n");
        if (a.findings().isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        for (FindingAdvice f : a.findings()) {
            out.append("- **").append(f.severity().word()).append("** ").append(esc(f.id())).append(" (").append(esc(f.subject()))
                    .append(f.location() == null ? "" : ", " + esc(f.location().toString())).append("): ")
                    .append(esc(f.message())).append('\n');
            if (!f.reasons().isEmpty()) {
                out.append("  - because: ").append(esc(String.join("; ", f.reasons()))).append('\n');
            }
            if (f.explanation() != null && f.explanation().rule() != null) {
                out.append("  - rule: *").append(esc(f.explanation().rule())).append("*\n");
            }
        }
        out.append('\n');
    }

    private static void roadmap(StringBuilder out, Advice a) {
        out.append("## Roadmap\n\n");
        for (SiteRoadmap r : a.roadmap()) {
            out.append("### Site ").append(esc(r.site())).append(" (capex ").append(TextViews.money(r.capex())).append(' ')
                    .append(esc(a.currency())).append(")\n\n");
            for (Stage s : r.stages()) {
                out.append("#### ").append(s.year()).append(' ').append(s.kind().word());
                if (s.capex() != 0 || s.opexChangePerYear() != 0) {
                    out.append(" (capex ").append(TextViews.money(s.capex())).append(", opex ")
                            .append(TextViews.signedMoney(s.opexChangePerYear())).append(" a year)");
                }
                out.append("\n\n");
                if (!s.actions().isEmpty()) {
                    list(out, s.actions().stream().map(Action::text).toList());
                    out.append('\n');
                }
                if (!s.lines().isEmpty()) {
                    table(out, TextViews.bill(s.lines()));
                    out.append('\n');
                }
            }
        }
    }

    /** A bulleted list of texts from the advice, each escaped. */
    private static void list(StringBuilder out, List<String> items) {
        for (String s : items) {
            out.append("- ").append(esc(s)).append('\n');
        }
    }

    /**
     * A pipe table. {@code align} has one letter per column: {@code r} right-aligned,
     * anything else left. Cells must be escaped already (so that {@code |} is {@code \|}).
     */
    /** A pipe table: {@code align} has an {@code r} for each right-aligned column; the cells as they are. */
    static void table(StringBuilder out, String[] header, String align, List<String[]> rows) {
        out.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.length; i++) {
            out.append(align.charAt(i) == 'r' ? "---:|" : "---|");
        }
        out.append('\n');
        for (String[] r : rows) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
    }

    /**
     * A shared view as a pipe table, a footer row in bold. Text cells are escaped; the
     * numbers of the right-aligned columns and the dash of an unknown value are the
     * renderer's own and stay as they are (a cell is inline text: {@code -} is no list).
     */
    private static void table(StringBuilder out, TextViews.Table t) {
        List<String[]> rows = new ArrayList<>(t.rows().size() + 1);
        for (List<String> r : t.rows()) {
            String[] cells = new String[r.size()];
            for (int i = 0; i < cells.length; i++) {
                String cell = r.get(i);
                cells[i] = t.right(i) || cell.equals("-") ? cell : esc(cell);
            }
            rows.add(cells);
        }
        if (t.footer() != null) {
            String[] cells = new String[t.footer().size()];
            for (int i = 0; i < cells.length; i++) {
                String f = t.footer().get(i);
                cells[i] = f.isEmpty() ? "" : "**" + (t.right(i) ? f : esc(f)) + "**";
            }
            rows.add(cells);
        }
        String[] header = new String[t.header().size()];
        for (int i = 0; i < header.length; i++) header[i] = esc(t.header().get(i));
        table(out, header, t.align(), rows);
    }

    private static String orDash(String s) {
        return s == null ? "-" : esc(s);
    }

    /**
     * Text from a file as Markdown that renders as written, also inside a table cell
     * and at the start of a line: backslash before every character CommonMark gives a
     * meaning inline or in a heading ({@code \ ` * _ [ ] | ~ & #}), before a {@code <}
     * that could open HTML or an autolink, before a leading {@code +}, {@code -},
     * {@code =} or {@code >} (list items, setext headings, quotes), and before the dot or
     * parenthesis of a leading number ({@code 1.}); CR and LF become spaces.
     * ({@code !} and {@code (} need nothing: they only mean something next to {@code [}
     * or {@code ]}, which are escaped.)
     */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '~', '&', '#' -> b.append('\\').append(c);
                case '<' -> {
                    // only a letter, '/', '!' or '?' after it starts HTML or an autolink: keep "a < b" readable
                    char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                    if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') b.append('\\');
                    b.append(c);
                }
                case '\r' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                    b.append(' ');
                }
                case '\n' -> b.append(' ');
                case '+', '-', '=', '>' -> {
                    if (i == 0) b.append('\\');
                    b.append(c);
                }
                case '.', ')' -> {
                    if (i > 0 && s.substring(0, i).chars().allMatch(Character::isDigit)) b.append('\\');
                    b.append(c);
                }
                default -> {
                    // a control or bidi character shows as its escape (U+202E as the text \\u202E), its backslash escaped in turn
                    if (SafeText.unsafe(c)) b.append('\\').append(SafeText.visible(c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
