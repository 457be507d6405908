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
                .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n");
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
            out.append("<tr class=\"row-").append(Html.verdictClass(c.verdict())).append("\"><th scope=\"row\"><a href=\"#")
                    .append(id).append("-c").append(i + 1).append("\">").append(esc(c.path())).append("</a></th>")
                    .append("<td>").append(esc(c.workload())).append("</td>")
                    .append("<td class=\"num\">").append(Html.count(c.gpus())).append("</td>")
                    .append("<td class=\"num\">").append(Html.gbps(c.nicGbps())).append("</td>")
                    .append("<td>").append(dash(c.platform())).append("</td>")
                    .append("<td>").append(Html.badge(c.verdict())).append("</td>")
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
        out.append("<section class=\"card cluster v-border-").append(Html.verdictClass(c.verdict())).append("\" id=\"").append(id)
                .append("\">\n<h3>").append(esc(c.path())).append(' ').append(Html.badge(c.verdict())).append("</h3>\n");
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
}
