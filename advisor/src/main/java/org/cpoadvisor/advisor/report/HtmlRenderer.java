package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.StageKind;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.advisor.advice.Advice.BreakEven;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.SafeText;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.cpoadvisor.advisor.report.Html.esc;

/**
 * The advice as one self-contained HTML page: inline CSS, inline SVG, no script and
 * no external resource. It shows the verdicts (colour-coded), each cluster's options
 * with a cumulative-cost chart and its break-even, the findings, each site's roadmap
 * as a timeline with the bill of materials of every stage, the policy and the
 * assumptions. Every text that comes from a file is escaped, its control and
 * bidirectional characters shown as escapes ({@link SafeText}); the same advice gives
 * the same bytes.
 */
public final class HtmlRenderer implements Renderer {

    private static final Pattern HORIZON = Pattern.compile("horizon (\\d{4})\\.\\.(\\d{4})");

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String render(List<Advice> advices) {
        StringBuilder out = new StringBuilder(64 * 1024);
        String title;
        if (advices.size() == 1 && advices.get(0).architecture() != null) {
            title = "CPO advice: " + advices.get(0).architecture();
        } else if (advices.size() == 1) {
            title = "CPO advice";
        } else {
            title = "CPO advice: " + advices.size() + " architectures";
        }
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"cpo-advisor\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header class=\"page\"><div class=\"wrap\"><p class=\"kicker\">cpo-advisor \u00b7 co-packaged optics</p>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n");
        if (advices.size() > 1) {
            out.append("<nav aria-label=\"Architectures\"><ol>");
            for (int i = 0; i < advices.size(); i++) {
                Advice a = advices.get(i);
                out.append("<li><a href=\"#a").append(i + 1).append("\">")
                        .append(esc(a.architecture() == null ? String.join(", ", a.files()) : a.architecture()))
                        .append("</a></li>");
            }
            out.append("</ol></nav>\n");
        }
        out.append("</div></header>\n<main class=\"wrap\">\n");
        for (int i = 0; i < advices.size(); i++) {
            architecture(out, advices.get(i), "a" + (i + 1), advices.size() > 1);
        }
        out.append("</main>\n<footer class=\"wrap\"><p>Made by cpo-advisor. Amounts are model estimates from the catalog ")
                .append("and the assumptions listed above; figures marked as assumptions are not published figures.</p></footer>\n")
                .append("</body>\n</html>\n");
        return SafeText.text(out.toString()); // what no field escaped (there should be nothing) is still never raw
    }

    private static void architecture(StringBuilder out, Advice a, String id, boolean many) {
        out.append("<article class=\"architecture\" id=\"").append(id).append("\">\n");
        if (many) {
            out.append("<h2 class=\"arch-name\">").append(esc(a.architecture() == null ? "(unreadable)" : a.architecture()))
                    .append("</h2>\n");
        }
        out.append("<p class=\"meta\">");
        if (a.architecture() != null) out.append("Architecture <strong>").append(esc(a.architecture())).append("</strong> \u00b7 ");
        out.append("files ");
        for (int i = 0; i < a.files().size(); i++) {
            if (i > 0) out.append(", ");
            out.append("<code>").append(esc(a.files().get(i))).append("</code>");
        }
        if (a.currency() != null) out.append(" \u00b7 amounts in <strong>").append(esc(a.currency())).append("</strong>");
        out.append("</p>\n");
        if (!a.diagnostics().isEmpty()) {
            out.append("<section class=\"diagnostics").append(a.hasErrors() ? " has-errors" : "").append("\">\n<h2>")
                    .append(a.hasErrors() ? "No advice: the files have errors" : "Diagnostics").append("</h2>\n<pre>")
                    .append(esc(DiagnosticPrinter.render(a.diagnostics()))).append("</pre>\n</section>\n");
        }
        if (a.hasErrors()) {
            out.append("</article>\n");
            return;
        }
        String cur = a.currency() == null ? "" : a.currency();
        summary(out, a, cur);
        verdicts(out, a, id);
        out.append("<section class=\"clusters\">\n<h2 id=\"").append(id).append("-clusters\">Clusters</h2>\n");
        for (int i = 0; i < a.clusters().size(); i++) {
            cluster(out, a.clusters().get(i), cur, id + "-c" + (i + 1));
        }
        out.append("</section>\n");
        findings(out, a, id);
        roadmap(out, a, cur, id);
        basis(out, a, id);
        out.append("</article>\n");
    }

    private static void summary(StringBuilder out, Advice a, String cur) {
        long adopt = a.clusters().stream().filter(c -> c.verdict() == Verdict.ADOPT).count();
        long pilot = a.clusters().stream().filter(c -> c.verdict() == Verdict.PILOT).count();
        long prepare = a.clusters().stream().filter(c -> c.verdict() == Verdict.PREPARE).count();
        long wait = a.clusters().stream().filter(c -> c.verdict() == Verdict.WAIT).count();
        double capex = a.roadmap().stream().mapToDouble(SiteRoadmap::capex).sum();
        long warnings = a.findings().stream().filter(f -> f.severity() != Severity.NOTE).count();
        out.append("<section class=\"kpis\" aria-label=\"Summary\">\n");
        kpi(out, "kpi", Long.toString(a.clusters().size()), "clusters judged");
        kpi(out, "kpi adopt", Long.toString(adopt), "adopt CPO");
        kpi(out, "kpi pilot", Long.toString(pilot), "pilot CPO");
        if (prepare > 0) kpi(out, "kpi", Long.toString(prepare), "prepare cooling first");
        kpi(out, "kpi wait", Long.toString(wait), "wait");
        kpi(out, "kpi", esc(Html.shortMoney(capex)) + " <small>" + esc(cur) + "</small>", "roadmap capex");
        kpi(out, "kpi", Long.toString(warnings), warnings == 1 ? "warning or error" : "warnings and errors");
        out.append("</section>\n");
    }

    private static void kpi(StringBuilder out, String cls, String value, String label) {
        out.append("<div class=\"").append(cls).append("\"><span class=\"value\">").append(value)
                .append("</span><span class=\"label\">").append(label).append("</span></div>\n");
    }

    private static String verdictClass(Verdict verdict) {
        return switch (verdict) {
            case ADOPT, PILOT, WAIT -> verdict.word();
            case PREPARE -> "other";
        };
    }

    private static String badge(Verdict verdict) {
        return "<span class=\"badge v-" + verdictClass(verdict) + "\">" + verdict.word() + "</span>";
    }

    private static void verdicts(StringBuilder out, Advice a, String id) {
        out.append("<section class=\"verdicts\">\n<h2 id=\"").append(id).append("-verdicts\">Verdicts</h2>\n");
        out.append("<p class=\"legend-line\"><span class=\"badge v-adopt\">adopt</span> CPO pays now ")
                .append("<span class=\"badge v-pilot\">pilot</span> pays, but a threshold or the timing is not met yet ")
                .append("<span class=\"badge v-wait\">wait</span> stay on pluggable optics</p>\n");
        out.append("<div class=\"scroll\"><table class=\"data verdict-table\">\n<caption>Verdict per cluster</caption>\n<thead><tr>")
                .append("<th scope=\"col\">cluster</th><th scope=\"col\">workload</th><th scope=\"col\" class=\"num\">GPUs</th>")
                .append("<th scope=\"col\" class=\"num\">NIC</th><th scope=\"col\">today</th><th scope=\"col\">verdict</th>")
                .append("<th scope=\"col\">option</th><th scope=\"col\">CPO platform</th><th scope=\"col\" class=\"num\">year</th>")
                .append("<th scope=\"col\" class=\"num\">TCO saving</th><th scope=\"col\" class=\"num\">payback</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < a.clusters().size(); i++) {
            ClusterAdvice c = a.clusters().get(i);
            Double saving = c.options().stream().filter(o -> o.option().equals(c.option())).findFirst()
                    .map(OptionFigures::saving).orElse(null);
            out.append("<tr class=\"row-").append(verdictClass(c.verdict())).append("\"><th scope=\"row\"><a href=\"#")
                    .append(id).append("-c").append(i + 1).append("\">").append(esc(c.path())).append("</a></th>")
                    .append("<td>").append(esc(c.workload())).append("</td>")
                    .append("<td class=\"num\">").append(Html.count(c.gpus())).append("</td>")
                    .append("<td class=\"num\">").append(Html.gbps(c.nicGbps())).append("</td>")
                    .append("<td>").append(dash(c.platform())).append("</td>")
                    .append("<td>").append(badge(c.verdict())).append("</td>")
                    .append("<td>").append(dash(c.option())).append("</td>")
                    .append("<td>").append(dash(c.cpoPlatform())).append("</td>")
                    .append("<td class=\"num\">").append(c.year() == null ? "\u2013" : c.year().toString()).append("</td>")
                    .append("<td class=\"num\">").append(saving == null ? "\u2013" : Html.pct(saving)).append("</td>")
                    .append("<td class=\"num\">").append(payback(c)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static String payback(ClusterAdvice c) {
        if (c.cpoYear() == null) return "\u2013";
        if (c.payback() == null) return "none";
        if (c.payback() == 0) return "immediate";
        return Html.trim(c.payback(), 1) + " y";
    }

    private static String dash(String s) {
        return s == null ? "\u2013" : esc(s);
    }

    private static void cluster(StringBuilder out, ClusterAdvice c, String cur, String id) {
        out.append("<section class=\"card cluster v-border-").append(verdictClass(c.verdict())).append("\" id=\"").append(id)
                .append("\">\n<h3>").append(esc(c.path())).append(' ').append(badge(c.verdict())).append("</h3>\n");
        out.append("<p class=\"summary\">").append(esc(c.summary())).append("</p>\n");
        out.append("<p class=\"facts\">").append(esc(c.workload())).append(" \u00b7 ").append(Html.count(c.gpus()))
                .append(" \u00d7 ").append(esc(c.accelerator())).append(" \u00b7 ").append(Html.gbps(c.nicGbps()))
                .append(" per GPU \u00b7 today ").append(dash(c.platform()));
        if (c.cpoYear() != null) {
            out.append(" \u00b7 CPO available from ").append(c.cpoYear()).append(" \u00b7 ")
                    .append(c.adoptionYear() == null ? "no natural adoption point in the horizon"
                            : "first natural adoption point " + c.adoptionYear());
        }
        out.append("</p>\n");
        if (!c.options().isEmpty()) {
            out.append("<div class=\"cluster-body\">\n");
            if (CostChart.drawable(c)) chart(out, c, cur, id);
            options(out, c, cur);
            out.append("</div>\n");
        }
        if (!c.breakEvens().isEmpty()) {
            out.append("<p class=\"break-evens\"><strong>Where ").append(esc(c.breakEvens().get(0).option()))
                    .append(" reaches min-saving:</strong> ");
            for (int i = 0; i < c.breakEvens().size(); i++) {
                BreakEven b = c.breakEvens().get(i);
                out.append(i > 0 ? "; " : "").append(esc(breakEven(b, cur)));
            }
            out.append("</p>\n");
        }
        if (!c.reasons().isEmpty()) {
            out.append("<ul class=\"reasons\">\n");
            for (String r : c.reasons()) {
                String cls = r.startsWith("met:") ? "met" : r.startsWith("not met:") ? "not-met" : r.startsWith("not yet:") ? "not-yet" : "plain";
                out.append("<li class=\"").append(cls).append("\">").append(esc(r)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (c.explanation() != null && c.explanation().rule() != null) {
            out.append("<p class=\"rule\">Rule: ").append(esc(c.explanation().rule())).append("</p>\n");
        }
        if (!c.defaulted().isEmpty()) {
            out.append("<p class=\"defaults\">Defaults used: ").append(esc(String.join("; ", c.defaulted()))).append("</p>\n");
        }
        fabric(out, c, cur, id);
        out.append("</section>\n");
    }

    /** The cumulative-cost chart and its caption: how the curves are built and where each option crosses the baseline. */
    private static void chart(StringBuilder out, ClusterAdvice c, String cur, String id) {
        CostChart.Basis basis = CostChart.basis(c);
        out.append("<figure class=\"chart\">\n").append(CostChart.svg(c, cur, id + "-chart", basis)).append('\n')
                .append("<figcaption>").append(CostChart.basisText(basis, cur)).append(" Break-even: ");
        int crossings = 0;
        for (OptionFigures o : c.options()) {
            if (o.crossing() == null) continue;
            out.append(crossings++ > 0 ? "; " : "").append("<strong>").append(esc(o.option())).append("</strong> ")
                    .append(esc(CostChart.describe(o.crossing())));
        }
        out.append(crossings == 0 ? "no CPO option." : ".");
        out.append("</figcaption>\n</figure>\n");
    }

    /**
     * Each option's fabric: its tiers (a table), its links per boundary and, folded in a
     * {@code <details>} block, its whole bill of materials with the total, its capex.
     */
    private static void fabric(StringBuilder out, ClusterAdvice c, String cur, String id) {
        if (c.options().stream().allMatch(o -> o.tierCounts().isEmpty() && o.bill().isEmpty())) return;
        out.append("<div class=\"fabric\">\n<h4>Fabric and bill of materials per option</h4>\n");
        for (int i = 0; i < c.options().size(); i++) {
            OptionFigures o = c.options().get(i);
            boolean chosen = o.option().equals(c.option());
            out.append("<div class=\"option-fabric\" id=\"").append(id).append("-o").append(i + 1).append("\">\n<h5>")
                    .append("<span class=\"swatch\" style=\"background:").append(CostChart.color(o, i)).append("\"></span>")
                    .append(esc(o.option())).append(chosen ? " <span class=\"tag\">advised</span>" : "")
                    .append(" <span class=\"shape\">").append(esc(TextViews.shape(o))).append("</span></h5>\n");
            if (!o.tierCounts().isEmpty()) {
                table(out, TextViews.tiers(o), "tiers", "Tiers of " + o.option() + ", bottom up");
            }
            String links = TextViews.links(o);
            if (!links.isEmpty()) out.append("<p class=\"links\">Links: ").append(esc(links)).append("</p>\n");
            if (!o.bill().isEmpty()) {
                out.append("<details class=\"bill\"><summary>Bill of materials: ").append(o.bill().size())
                        .append(o.bill().size() == 1 ? " line" : " lines").append(", capex ").append(Html.money(o.capex()))
                        .append(' ').append(esc(cur)).append("</summary>\n");
                table(out, TextViews.bill(o.bill()), "bill", "Bill of materials of " + o.option() + " for " + c.path()
                        + " (" + cur + ")");
                out.append("</details>\n");
            }
            out.append("</div>\n");
        }
        out.append("</div>\n");
    }

    /**
     * A shared view as a data table: right-aligned columns numeric, ids in {@code <code>},
     * the footer's leading empty cells joined to its label. Every cell is escaped.
     */
    private static void table(StringBuilder out, TextViews.Table t, String cls, String caption) {
        int cols = t.header().size();
        boolean[] code = new boolean[cols];
        out.append("<div class=\"scroll\"><table class=\"data ").append(cls).append("\">\n<caption>").append(esc(caption))
                .append("</caption>\n<thead><tr>");
        for (int i = 0; i < cols; i++) {
            String h = t.header().get(i);
            code[i] = h.equals("platform") || h.equals("catalog id") || h.equals("part number");
            out.append("<th scope=\"col\"").append(t.right(i) ? " class=\"num\">" : ">").append(esc(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < cols; i++) {
                out.append(t.right(i) ? "<td class=\"num\">" : "<td>");
                if (code[i] && !r.get(i).equals("-")) out.append("<code>").append(esc(r.get(i))).append("</code>");
                else out.append(esc(r.get(i)));
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n");
        if (t.footer() != null) {
            List<String> f = t.footer();
            int span = 1;
            while (span < cols && f.get(span).isEmpty()) span++;
            out.append("<tfoot><tr><th scope=\"row\"").append(span > 1 ? " colspan=\"" + span + "\"" : "").append('>')
                    .append(esc(f.get(0))).append("</th>");
            for (int i = span; i < cols; i++) {
                out.append(t.right(i) ? "<td class=\"num\">" : "<td>").append(esc(f.get(i))).append("</td>");
            }
            out.append("</tr></tfoot>\n");
        }
        out.append("</table></div>\n");
    }

    /** A break-even point in words: which quantity, and from where the saving reaches min-saving. */
    static String breakEven(BreakEven b, String cur) {
        double v = b.value() == null ? b.low() : b.value();
        return switch (b.quantity()) {
            case GPUS -> "cluster size " + switch (b.status()) {
                case FOUND -> "from " + Html.count(Math.round(v)) + " GPUs";
                case ALWAYS -> "already at the smallest size searched (" + Html.count(Math.round(v)) + " GPUs)";
                case UNTIL, NONE -> "none up to " + Html.count(Math.round(b.high())) + " GPUs";
            };
            case ELECTRICITY -> "electricity price " + switch (b.status()) {
                case FOUND -> "from " + Html.trim(v, 4) + " " + cur + "/kWh";
                case ALWAYS -> "any";
                case UNTIL -> "up to " + Html.trim(v, 4) + " " + cur + "/kWh (dearer energy erodes the saving)";
                case NONE -> "none up to " + Html.trim(b.high(), 2) + " " + cur + "/kWh";
            };
            case YEAR -> b.quantity().word() + " " + switch (b.status()) {
                case FOUND, ALWAYS -> "from " + Math.round(v);
                case UNTIL, NONE -> "none in " + Math.round(b.low()) + ".." + Math.round(b.high());
            };
        };
    }

    private static void options(StringBuilder out, ClusterAdvice c, String cur) {
        out.append("<div class=\"scroll\"><table class=\"data options\">\n<caption>Options for ").append(esc(c.path()))
                .append(" (").append(esc(cur)).append(")</caption>\n<thead><tr><th scope=\"col\">option</th>")
                .append("<th scope=\"col\">platforms</th><th scope=\"col\" class=\"num\">tiers</th>")
                .append("<th scope=\"col\" class=\"num\">switches</th><th scope=\"col\" class=\"num\">modules</th>")
                .append("<th scope=\"col\" class=\"num\">power kW</th><th scope=\"col\" class=\"num\">capex</th>")
                .append("<th scope=\"col\" class=\"num\">opex / year</th><th scope=\"col\" class=\"num\">TCO</th>")
                .append("<th scope=\"col\" class=\"num\">saving</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < c.options().size(); i++) {
            OptionFigures o = c.options().get(i);
            String platforms = o.leafPlatform().equals(o.upperPlatform()) ? esc(o.leafPlatform())
                    : esc(o.leafPlatform()) + " + " + esc(o.upperPlatform());
            boolean chosen = o.option().equals(c.option());
            out.append("<tr").append(chosen ? " class=\"chosen\"" : "").append("><th scope=\"row\"><span class=\"swatch\" style=\"background:")
                    .append(CostChart.color(o, i)).append("\"></span>").append(esc(o.option()))
                    .append(chosen ? " <span class=\"tag\">advised</span>" : "").append("</th>")
                    .append("<td>").append(platforms).append("</td>")
                    .append("<td class=\"num\">").append(o.tiers()).append("</td>")
                    .append("<td class=\"num\">").append(Html.count(o.switches())).append("</td>")
                    .append("<td class=\"num\">").append(Html.count(o.modules())).append("</td>")
                    .append("<td class=\"num\">").append(Html.count(Math.round(o.powerW() / 1000))).append("</td>")
                    .append("<td class=\"num\">").append(Html.money(o.capex())).append("</td>")
                    .append("<td class=\"num\">").append(Html.money(o.opexPerYear())).append("</td>")
                    .append("<td class=\"num\">").append(Html.money(o.tco())).append("</td>")
                    .append("<td class=\"num\">").append(o.saving() == null ? "\u2013" : Html.pct(o.saving())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static void findings(StringBuilder out, Advice a, String id) {
        out.append("<section class=\"findings\">\n<h2 id=\"").append(id).append("-findings\">Findings</h2>\n");
        if (a.findings().isEmpty()) {
            out.append("<p class=\"empty\">No findings.</p>\n</section>\n");
            return;
        }
        out.append("<ul class=\"finding-list\">\n");
        for (FindingAdvice f : a.findings()) {
            String sev = f.severity().word();
            out.append("<li class=\"finding f-").append(sev).append("\"><div class=\"finding-head\"><span class=\"sev s-")
                    .append(sev).append("\">").append(f.severity().word()).append("</span> <code>").append(esc(f.id()))
                    .append("</code> <span class=\"subject\">").append(esc(f.subject())).append("</span>");
            if (f.location() != null) out.append(" <span class=\"where\">").append(esc(f.location())).append("</span>");
            out.append("</div>\n<p>").append(esc(f.message())).append("</p>\n");
            if (!f.reasons().isEmpty()) {
                out.append("<p class=\"because\">Because: ").append(esc(String.join("; ", f.reasons()))).append("</p>\n");
            }
            if (f.explanation() != null && f.explanation().rule() != null) {
                out.append("<p class=\"rule\">Rule: ").append(esc(f.explanation().rule())).append("</p>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static String stageClass(StageKind kind) {
        return switch (kind) {
            case ASSESS, PILOT, SCALE -> kind.word();
            case ALL_OPTICAL -> "optical";
            case PREPARE -> "other";
        };
    }

    private static void roadmap(StringBuilder out, Advice a, String cur, String id) {
        out.append("<section class=\"roadmap\">\n<h2 id=\"").append(id).append("-roadmap\">Roadmap</h2>\n");
        if (a.roadmap().isEmpty()) {
            out.append("<p class=\"empty\">No roadmap.</p>\n</section>\n");
            return;
        }
        int from = Integer.MAX_VALUE, to = Integer.MIN_VALUE;
        for (String p : a.policy()) {
            Matcher m = HORIZON.matcher(p);
            if (m.matches()) {
                from = Integer.parseInt(m.group(1));
                to = Integer.parseInt(m.group(2));
            }
        }
        for (SiteRoadmap r : a.roadmap()) {
            for (Stage s : r.stages()) {
                from = Math.min(from, s.year());
                to = Math.max(to, s.year());
            }
        }
        if (from > to) {
            from = 0;
            to = 0;
        }
        for (int i = 0; i < a.roadmap().size(); i++) {
            site(out, a.roadmap().get(i), cur, from, to, id + "-s" + (i + 1));
        }
        out.append("</section>\n");
    }

    private static void site(StringBuilder out, SiteRoadmap r, String cur, int from, int to, String id) {
        int years = to - from + 1;
        out.append("<section class=\"card site\" id=\"").append(id).append("\">\n<h3>Site ").append(esc(r.site()))
                .append(" <span class=\"site-capex\">capex ").append(Html.money(r.capex())).append(' ').append(esc(cur))
                .append("</span></h3>\n");
        out.append("<div class=\"timeline\" role=\"group\" aria-label=\"Roadmap timeline of site ").append(esc(r.site()))
                .append("\" style=\"grid-template-columns:repeat(").append(years).append(",minmax(0,1fr));background-size:calc(100% / ")
                .append(years).append(") 100%\">\n");
        for (int y = from; y <= to; y++) {
            out.append("<div class=\"tl-year\" style=\"grid-column:").append(y - from + 1).append(";grid-row:1\">")
                    .append(y).append("</div>");
        }
        out.append('\n');
        List<Stage> stages = r.stages();
        // one lane when every stage has its own year (the usual case); a row per stage when some share a year
        boolean oneLane = stages.stream().map(Stage::year).distinct().count() == stages.size();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            int end = to + 1;
            for (int j = i + 1; j < stages.size(); j++) {
                if (stages.get(j).year() > s.year()) {
                    end = stages.get(j).year();
                    break;
                }
            }
            out.append("<div class=\"tl-stage st-").append(stageClass(s.kind())).append("\" style=\"grid-column:")
                    .append(s.year() - from + 1).append('/').append(end - from + 1).append(";grid-row:").append(oneLane ? 2 : i + 2)
                    .append("\"><a href=\"#").append(id).append("-st").append(i + 1).append("\"><span class=\"tl-name\">")
                    .append(s.kind().word()).append("</span> <span class=\"tl-when\">").append(s.year()).append("</span>");
            if (s.capex() != 0 || s.opexChangePerYear() != 0) {
                out.append("<span class=\"tl-money\">capex ").append(esc(Html.shortMoney(s.capex()))).append("</span>")
                        .append("<span class=\"tl-money\">opex ").append(Math.round(s.opexChangePerYear()) > 0 ? "+" : "")
                        .append(esc(Html.shortMoney(s.opexChangePerYear()))).append(" a year</span>");
            }
            out.append("</a></div>\n");
        }
        out.append("</div>\n");
        for (int i = 0; i < stages.size(); i++) {
            stage(out, r, stages.get(i), cur, id + "-st" + (i + 1));
        }
        out.append("</section>\n");
    }

    private static void stage(StringBuilder out, SiteRoadmap r, Stage s, String cur, String id) {
        out.append("<div class=\"stage st-border-").append(stageClass(s.kind())).append("\" id=\"").append(id).append("\">\n<h4>")
                .append(s.year()).append(" \u00b7 ").append(s.kind().word());
        if (s.capex() != 0 || s.opexChangePerYear() != 0) {
            out.append(" <span class=\"stage-money\">capex ").append(Html.money(s.capex())).append(' ').append(esc(cur))
                    .append(" \u00b7 opex ").append(Html.signedMoney(s.opexChangePerYear())).append(' ').append(esc(cur))
                    .append(" a year</span>");
        }
        out.append("</h4>\n");
        if (!s.actions().isEmpty()) {
            out.append("<ul class=\"actions\">\n");
            for (Advice.Action act : s.actions()) {
                out.append("<li>").append(esc(act.text())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (!s.lines().isEmpty()) {
            table(out, TextViews.bill(s.lines()), "bom", "Bill of materials: " + s.kind().word() + ' ' + s.year() + ", site "
                    + r.site() + " (" + cur + ")");
        }
        out.append("</div>\n");
    }

    private static void basis(StringBuilder out, Advice a, String id) {
        out.append("<section class=\"basis\">\n<h2 id=\"").append(id).append("-basis\">Policy and assumptions</h2>\n");
        out.append("<h3>Policy</h3>\n<ul class=\"chips\">");
        for (String p : a.policy()) out.append("<li>").append(esc(p)).append("</li>");
        out.append("</ul>\n");
        out.append("<h3>Assumptions behind these figures</h3>\n");
        if (a.assumptions().isEmpty()) {
            out.append("<p class=\"empty\">None: every figure used is a published one.</p>\n");
        } else {
            out.append("<ul class=\"chips assumed\">");
            for (String s : a.assumptions()) out.append("<li>").append(esc(s)).append("</li>");
            out.append("</ul>\n");
        }
        out.append("</section>\n");
    }

    private static final String CSS = """
            :root{--ink:#0f172a;--muted:#475569;--line:#e2e8f0;--bg:#f8fafc;--card:#fff;--accent:#0f4c81;
            --adopt:#15803d;--adopt-bg:#dcfce7;--pilot:#b45309;--pilot-bg:#fef3c7;--wait:#475569;--wait-bg:#e2e8f0;
            --error:#b91c1c;--warning:#b45309;--note:#1d4ed8}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif}
            .wrap{max-width:1200px;margin:0 auto;padding:0 28px}
            header.page{background:linear-gradient(120deg,#0b2545,#13406b 60%,#1d5a8c);color:#fff;padding:26px 0 22px;margin-bottom:22px}
            header.page h1{margin:2px 0 0;font-size:28px;font-weight:650;letter-spacing:-.01em}
            header.page .kicker{margin:0;font-size:12px;letter-spacing:.12em;text-transform:uppercase;opacity:.75}
            header.page nav ol{margin:10px 0 0;padding-left:20px}
            header.page nav a{color:#cfe3ff}
            h2{font-size:20px;margin:30px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
            h3{font-size:17px;margin:0 0 6px}
            h4{font-size:15px;margin:0 0 6px}
            a{color:var(--accent)}
            code{font-family:ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace;font-size:.9em}
            .meta{color:var(--muted);margin:0 0 14px}
            .kpis{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:12px;margin:0 0 8px}
            .kpi{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;border-top:4px solid #94a3b8}
            .kpi .value{display:block;font-size:24px;font-weight:650;line-height:1.2}
            .kpi .value small{font-size:13px;font-weight:500;color:var(--muted)}
            .kpi .label{color:var(--muted);font-size:13px}
            .kpi.adopt{border-top-color:var(--adopt)}.kpi.pilot{border-top-color:#f59e0b}.kpi.wait{border-top-color:var(--wait)}
            .scroll{overflow-x:auto}
            table.data{border-collapse:collapse;width:100%;background:var(--card);font-size:13.5px;font-variant-numeric:tabular-nums}
            table.data caption{text-align:left;font-weight:600;color:var(--muted);font-size:12.5px;padding:0 0 6px;caption-side:top}
            table.data th,table.data td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            table.data thead th{background:#f1f5f9;color:#334155;font-weight:600;font-size:12.5px;white-space:nowrap;border-bottom:1px solid #cbd5e1}
            table.data tbody th{font-weight:600}
            table.data tfoot th,table.data tfoot td{font-weight:650;border-top:2px solid #cbd5e1;border-bottom:0}
            table.data .num{text-align:right;white-space:nowrap}
            table.verdict-table{border:1px solid var(--line);border-radius:8px}
            table.verdict-table td,table.verdict-table th{white-space:nowrap;padding:7px 8px}
            table.verdict-table tbody tr{border-left:5px solid transparent}
            tr.row-adopt{background:#f0fdf4;border-left-color:var(--adopt)!important}
            tr.row-pilot{background:#fffbeb;border-left-color:#f59e0b!important}
            tr.row-wait{background:#f8fafc;border-left-color:#94a3b8!important}
            .badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12px;font-weight:650;letter-spacing:.02em;vertical-align:middle;border:1px solid transparent}
            .v-adopt{background:var(--adopt-bg);color:var(--adopt);border-color:#86efac}
            .v-pilot{background:var(--pilot-bg);color:var(--pilot);border-color:#fcd34d}
            .v-wait{background:var(--wait-bg);color:var(--wait);border-color:#cbd5e1}
            .v-other{background:#ede9fe;color:#6d28d9}
            .legend-line{color:var(--muted);font-size:13px;margin:0 0 10px}
            .legend-line .badge{margin:0 4px 0 10px}.legend-line .badge:first-child{margin-left:0}
            .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 20px;margin:0 0 18px;box-shadow:0 1px 2px rgba(15,23,42,.04)}
            .cluster{border-left:6px solid #94a3b8}
            .v-border-adopt{border-left-color:var(--adopt)}.v-border-pilot{border-left-color:#f59e0b}.v-border-wait{border-left-color:#94a3b8}
            .summary{margin:0 0 2px;font-weight:500}
            .facts{margin:0 0 12px;color:var(--muted);font-size:13.5px}
            figure.chart{margin:0 0 12px}
            svg.cost-chart{display:block;width:100%;max-width:860px;height:auto;font-size:12px}
            svg.cost-chart text{fill:#334155}
            svg.cost-chart .grid{stroke:#e2e8f0;stroke-width:1}
            svg.cost-chart .base{stroke:#94a3b8;stroke-width:1}
            svg.cost-chart .axis-title{fill:#64748b;font-size:12px}
            svg.cost-chart .legend-name{font-weight:650;font-size:13px}
            svg.cost-chart .legend-note{fill:#64748b;font-size:11.5px}
            svg.cost-chart .break-even line{stroke:#dc2626;stroke-width:1.2;stroke-dasharray:3 3}
            svg.cost-chart .break-even circle{fill:none;stroke:#dc2626;stroke-width:2.2}
            svg.cost-chart .break-even text{fill:#b91c1c;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
            figcaption{color:var(--muted);font-size:12.5px;max-width:860px;margin-top:4px}
            .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:7px;vertical-align:baseline}
            tr.chosen{background:#f0f9ff}
            .tag{font-size:11px;font-weight:600;color:#0369a1;background:#e0f2fe;border-radius:4px;padding:0 5px;margin-left:4px}
            .break-evens{font-size:13.5px;margin:12px 0 6px}
            ul.reasons{list-style:none;padding:0;margin:8px 0;columns:2;column-gap:24px;font-size:13.5px}
            ul.reasons li{padding:2px 0 2px 22px;position:relative;break-inside:avoid}
            ul.reasons li::before{position:absolute;left:0;top:2px;font-weight:700}
            ul.reasons li.met::before{content:"\\2713";color:var(--adopt)}
            ul.reasons li.not-met::before{content:"\\2717";color:var(--error)}
            ul.reasons li.not-yet::before{content:"\\25F7";color:var(--pilot)}
            ul.reasons li.plain::before{content:"\\2022";color:var(--muted)}
            .rule,.defaults,.because{color:var(--muted);font-size:13px;margin:4px 0}
            .rule{font-style:italic}
            ul.finding-list{list-style:none;padding:0;margin:0}
            .finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--note);border-radius:10px;padding:12px 16px;margin:0 0 10px}
            .finding p{margin:4px 0}
            .f-error{border-left-color:var(--error)}.f-warning{border-left-color:#f59e0b}
            .finding-head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
            .sev{font-size:11.5px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:1px 8px;border-radius:4px}
            .s-error{background:#fee2e2;color:var(--error)}.s-warning{background:#fef3c7;color:var(--warning)}.s-note{background:#dbeafe;color:var(--note)}
            .subject{font-weight:600}.where{color:var(--muted);font-size:12.5px;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
            .site-capex{font-weight:500;color:var(--muted);font-size:14px;margin-left:8px}
            .timeline{display:grid;gap:6px 0;margin:10px 0 16px;padding:0 0 8px;border-bottom:1px solid var(--line);
            background-image:linear-gradient(to right,#e2e8f0 1px,transparent 1px);background-repeat:repeat-x}
            .tl-year{font-size:12px;font-weight:600;color:var(--muted);border-left:1px solid #cbd5e1;padding:0 0 4px 6px}
            .tl-stage{margin:0 3px;border-radius:7px;padding:6px 10px;font-size:12.5px;line-height:1.35;min-height:58px;color:#0f172a;border:1px solid transparent}
            .tl-stage a{color:inherit;text-decoration:none;display:block}
            table.bom code,table.bill code,table.tiers code{white-space:nowrap}
            table.bom td:first-child,table.bill td:first-child{white-space:nowrap}
            .fabric{margin:14px 0 0;border-top:1px solid var(--line);padding-top:10px}
            .fabric h4{font-size:14px;color:var(--muted);font-weight:600;margin:0 0 8px}
            .option-fabric{margin:0 0 14px}
            .option-fabric h5{font-size:14px;margin:0 0 6px}
            .option-fabric .shape{font-weight:500;color:var(--muted);font-size:13px;margin-left:6px}
            table.tiers{width:auto;min-width:60%}
            .links{font-size:13px;color:var(--muted);margin:6px 0}
            details.bill{margin:6px 0 0;font-size:13.5px}
            details.bill summary{cursor:pointer;color:var(--accent);font-weight:600}
            details.bill[open] summary{margin-bottom:6px}
            .tl-name{font-weight:700;display:inline-block}
            .tl-name::first-letter{text-transform:uppercase}
            .tl-when{color:#475569;font-size:11.5px}
            .tl-money{display:block;font-size:11.5px;color:#334155;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
            .st-assess{background:#e2e8f0;border-color:#cbd5e1}
            .st-pilot{background:#fef3c7;border-color:#fcd34d}
            .st-scale{background:#dbeafe;border-color:#93c5fd}
            .st-optical{background:#ccfbf1;border-color:#5eead4}
            .st-other{background:#ede9fe;border-color:#c4b5fd}
            .stage{border-left:4px solid #cbd5e1;padding:4px 0 4px 14px;margin:0 0 16px}
            .st-border-pilot{border-left-color:#f59e0b}.st-border-scale{border-left-color:#3b82f6}.st-border-optical{border-left-color:#14b8a6}
            .stage-money{font-weight:500;color:var(--muted);font-size:13px;margin-left:6px}
            ul.actions{margin:2px 0 8px;padding-left:20px;font-size:14px}
            ul.chips{list-style:none;padding:0;margin:0 0 12px;display:flex;flex-wrap:wrap;gap:6px}
            ul.chips li{background:var(--card);border:1px solid var(--line);border-radius:999px;padding:2px 11px;font-size:13px}
            ul.chips.assumed li{background:#fffbeb;border-color:#fde68a}
            .basis h3{font-size:14px;color:var(--muted);font-weight:600;margin:12px 0 6px}
            .diagnostics pre{background:#0f172a;color:#e2e8f0;padding:14px;border-radius:8px;overflow-x:auto;font-size:13px}
            .diagnostics.has-errors h2{color:var(--error)}
            .empty{color:var(--muted)}
            footer{color:var(--muted);font-size:12.5px;padding-top:10px;padding-bottom:30px}
            @media (max-width:900px){.kpis{grid-template-columns:repeat(3,minmax(0,1fr))}ul.reasons{columns:1}}
            @media print{header.page{background:none;color:var(--ink)}.card,.finding{break-inside:avoid;box-shadow:none}}
            """;
}
