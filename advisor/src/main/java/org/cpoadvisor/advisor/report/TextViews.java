package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.BomLine;
import org.cpoadvisor.advisor.advice.Advice.BreakEven;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.LinkFigures;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.advisor.advice.Advice.TierFigures;
import org.cpoadvisor.advisor.advice.OptionKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The views of an option's fabric and of a bill of materials that every report shows,
 * made once here: the text and Markdown reports, the HTML page, {@code cpo explain} and
 * the REPL lay out the same {@link Table}s (the same columns, the same number formats),
 * each in its own way and with its own escaping. Also the plain-text views the text
 * report, {@code cpo explain} and the REPL share: the table layout, the verdict and
 * option tables, the payback and break-even wording, the roadmap's stages, and the
 * explanation of a verdict or a finding.
 *
 * <p>Cells are plain text, not escaped: a renderer escapes them as its format needs.
 * Numbers are formatted as in the text report (thousands separated by commas, money
 * without decimals, power in kW with one decimal), without {@link String#format}.
 */
public final class TextViews {

    private TextViews() {
    }

    /**
     * A table of plain-text cells.
     *
     * @param header the column labels
     * @param align  one letter per column: {@code r} right-aligned (numbers), anything else left
     * @param rows   the body, each as long as the header
     * @param footer a last row (a bill's total), or {@code null}
     */
    public record Table(List<String> header, String align, List<List<String>> rows, List<String> footer) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            footer = footer == null ? null : List.copyOf(footer);
        }

        public boolean right(int column) {
            return align.charAt(column) == 'r';
        }
    }

    private static final List<String> TIER_HEADER = List.of("tier", "platform", "switches", "ports used", "links down",
            "links up", "modules", "engine ports");

    /**
     * An option's switch tiers, bottom up: per tier its platform, switches, ports used, links
     * down and up, pluggable modules and optical-engine ports, over all planes. A pluggable
     * tier has modules, a CPO tier engine ports.
     */
    public static Table tiers(OptionFigures o) {
        List<List<String>> rows = new ArrayList<>(o.tierCounts().size());
        for (TierFigures t : o.tierCounts()) {
            rows.add(List.of(t.tier(), t.platform(), count(t.switches()), count(t.portsUsed()), count(t.linksDown()),
                    count(t.linksUp()), count(t.modules()), count(t.enginePorts())));
        }
        return new Table(TIER_HEADER, "llrrrrrr", rows, null);
    }

    private static final List<String> BOUNDARY_HEADER = List.of("boundary", "links", "modules", "engine ports");

    /** An option's tier boundaries, bottom up: links, and modules and engine ports at the switch ends. */
    public static Table boundaries(OptionFigures o) {
        List<List<String>> rows = new ArrayList<>(o.boundaries().size());
        for (LinkFigures b : o.boundaries()) {
            rows.add(List.of(b.boundary(), count(b.links()), count(b.modules()), count(b.enginePorts())));
        }
        return new Table(BOUNDARY_HEADER, "lrrr", rows, null);
    }

    /**
     * An option in a few words: {@code 2 tiers} and, with more than one plane,
     * {@code × 4 planes (counts over all planes)}.
     */
    public static String shape(OptionFigures o) {
        String tiers = o.tiers() + (o.tiers() == 1 ? " tier" : " tiers");
        return o.planes() > 1 ? tiers + " \u00d7 " + o.planes() + " planes (counts over all planes)" : tiers;
    }

    /**
     * The links per boundary in one line ({@code gpu-leaf 2,048, leaf-spine 2,048}), then the
     * modules at the NICs ({@code ; NIC modules 2,048}) when the option has any.
     */
    public static String links(OptionFigures o) {
        StringBuilder out = new StringBuilder();
        for (LinkFigures b : o.boundaries()) {
            if (!out.isEmpty()) out.append(", ");
            out.append(b.boundary()).append(' ').append(count(b.links()));
        }
        long nic = nicModules(o);
        if (nic > 0) out.append(out.isEmpty() ? "" : "; ").append("NIC modules ").append(count(nic));
        return out.toString();
    }

    /** The optical modules at the NICs: the option's {@code nic} optic lines. */
    public static long nicModules(OptionFigures o) {
        long n = 0;
        for (BomLine l : o.bill()) {
            if (l.place().equals("nic") && l.category().equals("optic")) n += l.quantity();
        }
        return n;
    }

    private static final List<String> BILL_HEADER = List.of("place", "category", "catalog id", "part number", "qty",
            "unit price", "extended", "power kW", "description");

    /**
     * A bill of materials, one row per line in the bill's order, with a total row of the
     * extended prices and the power. The description comes last: it is the longest cell,
     * and a terminal keeps the numbers aligned before it. An unknown part number is {@code -}.
     */
    public static Table bill(List<BomLine> lines) {
        List<List<String>> rows = new ArrayList<>(lines.size());
        double total = 0, power = 0;
        for (BomLine l : lines) {
            rows.add(List.of(l.place(), l.category(), l.catalogId(), l.partNumber() == null ? "-" : l.partNumber(),
                    count(l.quantity()), money(l.unitPrice()), money(l.extendedPrice()), kw(l.powerW()), l.description()));
            total += l.extendedPrice();
            power += l.powerW();
        }
        return new Table(BILL_HEADER, "llllrrrrl", rows, List.of("total", "", "", "", "", "", money(total), kw(power), ""));
    }

    /**
     * A table laid out in plain text: columns padded to their widest cell, two spaces
     * between them, each line after {@code indent}, trailing spaces dropped. With
     * {@code twoLineHeader}, labels of two words or more are split over two header lines
     * ({@code ports} over {@code used}), which keeps a table of many narrow columns narrow.
     */
    public static void text(StringBuilder out, Table t, String indent, boolean twoLineHeader) {
        int cols = t.header().size();
        List<String[]> rows = new ArrayList<>(t.rows().size() + 3);
        if (twoLineHeader) {
            String[] top = new String[cols];
            String[] bottom = new String[cols];
            boolean split = false;
            for (int i = 0; i < cols; i++) {
                String label = t.header().get(i);
                int space = label.indexOf(' ');
                top[i] = space < 0 ? "" : label.substring(0, space);
                bottom[i] = space < 0 ? label : label.substring(space + 1);
                split |= space >= 0;
            }
            if (split) rows.add(top);
            rows.add(bottom);
        } else {
            rows.add(t.header().toArray(new String[0]));
        }
        for (List<String> r : t.rows()) rows.add(r.toArray(new String[0]));
        if (t.footer() != null) rows.add(t.footer().toArray(new String[0]));
        boolean[] right = new boolean[cols];
        for (int i = 0; i < cols; i++) right[i] = t.right(i);
        table(out, rows, indent, right);
    }

    /** Rows of cells laid out in plain text, as {@link #text} does; the first row is the header. */
    public static void table(StringBuilder out, List<String[]> rows, String indent, boolean[] right) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], r[i].length());
        }
        StringBuilder line = new StringBuilder(128);
        for (String[] r : rows) {
            line.setLength(0);
            line.append(indent);
            for (int i = 0; i < cols; i++) {
                String cell = r[i];
                int pad = width[i] - cell.length();
                if (right[i]) spaces(line, pad).append(cell);
                else spaces(line.append(cell), pad);
                if (i < cols - 1) line.append("  ");
            }
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') end--;
            out.append(line, 0, end).append('\n');
        }
    }

    /**
     * Each option's fabric in plain text: a line with the option and its shape, its tier
     * table and its links per boundary. With {@code bills}, also its whole bill of materials
     * with the total, which is the option's capex.
     */
    public static void fabric(StringBuilder out, ClusterAdvice c, String currency, String indent, boolean bills) {
        String inner = indent + "  ";
        for (OptionFigures o : c.options()) {
            out.append(indent).append(o.option()).append(": ").append(shape(o));
            if (bills) {
                out.append("; capex ").append(money(o.capex())).append(currency == null ? "" : " " + currency);
            }
            out.append('\n');
            if (!o.tierCounts().isEmpty()) text(out, tiers(o), inner, true);
            if (bills) {
                if (!o.boundaries().isEmpty()) text(out, boundaries(o), inner, false);
                long nic = nicModules(o);
                if (nic > 0) out.append(inner).append("NIC modules ").append(count(nic)).append('\n');
                if (!o.bill().isEmpty()) {
                    out.append(inner).append("bill of materials:\n");
                    text(out, bill(o.bill()), inner + "  ", false);
                }
            } else {
                String links = links(o);
                if (!links.isEmpty()) out.append(inner).append("links: ").append(links).append('\n');
            }
        }
    }

    /**
     * Why a cluster's verdict: the rule, the facts and checks it read, the CPO platforms
     * considered and why any were left out, each option's figures, fabric per tier and whole
     * bill of materials, the defaults and the catalog
     * sources used. What {@code cpo explain --cluster} and the REPL's {@code explain} print.
     */
    public static String explain(ClusterAdvice c, String currency) {
        StringBuilder out = new StringBuilder(4096);
        out.append(c.path()).append(": ").append(c.verdict()).append(c.location() == null ? "" : " (" + c.location() + ")").append('\n');
        out.append("  ").append(c.summary()).append('\n');
        out.append("  rule: ").append(c.explanation().rule()).append('\n');
        out.append("  facts read:\n");
        for (String f : c.explanation().facts()) out.append("    ").append(f).append('\n');
        out.append("  checks:\n");
        for (String r : c.reasons()) out.append("    ").append(r).append('\n');
        if (!c.candidates().isEmpty()) {
            out.append("  CPO platforms considered:\n");
            for (String x : c.candidates()) out.append("    ").append(x).append('\n');
        }
        out.append("  options:\n");
        for (OptionFigures o : c.options()) {
            spaces(out.append("    ").append(o.option()), Math.max(1, 11 - o.option().length())).append(o.upperPlatform())
                    .append(" tiers ").append(o.tiers()).append(", switches ").append(count(o.switches()))
                    .append(", modules ").append(count(o.modules())).append(", power ").append(money(o.powerW())).append(" W")
                    .append(", capex ").append(money(o.capex())).append(", opex ").append(money(o.opexPerYear()))
                    .append(" a year, TCO ").append(money(o.tco()));
            if (o.saving() != null) out.append(", saving ").append(pct(o.saving()));
            out.append('\n');
        }
        out.append("  fabric and bill of materials of each option (amounts in ").append(currency).append("):\n");
        fabric(out, c, currency, "    ", true);
        if (!c.defaulted().isEmpty()) {
            out.append("  defaults used:\n");
            for (String d : c.defaulted()) out.append("    ").append(d).append('\n');
        }
        if (!c.sources().isEmpty()) {
            out.append("  catalog sources of the figures used:\n");
            for (String s : c.sources()) out.append("    ").append(s).append('\n');
        }
        return out.toString();
    }

    /** Why a finding: the rule, the facts it read and its reasons. */
    public static String explain(FindingAdvice f) {
        StringBuilder out = new StringBuilder();
        out.append(f.severity().word()).append(' ').append(f.id()).append(" [").append(f.subject()).append("]")
                .append(f.location() == null ? "" : " (" + f.location() + ")").append('\n');
        out.append("  ").append(f.message()).append('\n');
        out.append("  rule: ").append(f.explanation().rule()).append('\n');
        out.append("  facts read:\n");
        for (String x : f.explanation().facts()) out.append("    ").append(x).append('\n');
        out.append("  because:\n");
        for (String r : f.reasons()) out.append("    ").append(r).append('\n');
        return out.toString();
    }

    /**
     * The verdict table. With {@code bestCpo}, the last column is the saving of the best CPO option
     * ({@link #best}), also where the verdict is to wait (the REPL's view); else the advised option's.
     */
    public static void verdicts(StringBuilder out, List<ClusterAdvice> clusters, boolean bestCpo) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"cluster", "GPUs", "NIC", "today", "verdict", "option", "CPO platform", "year",
                bestCpo ? "best CPO saving" : "saving"});
        for (ClusterAdvice c : clusters) {
            Optional<OptionFigures> shown = bestCpo ? best(c) : c.options().stream().filter(o -> o.option().equals(c.option())).findFirst();
            Double saving = shown.map(OptionFigures::saving).orElse(null);
            rows.add(new String[]{c.path(), count(c.gpus()), gbps(c.nicGbps()), orDash(c.platform()), c.verdict().word(),
                    orDash(c.option()), orDash(c.cpoPlatform()), c.year() == null ? "-" : c.year().toString(),
                    saving == null ? "-" : pct(saving)});
        }
        table(out, rows, "  ", new boolean[]{false, true, true, false, false, false, false, true, true});
    }

    /** The option with the figures that matter: the advised CPO option, else the co-packaged option that saves most. */
    public static Optional<OptionFigures> best(ClusterAdvice c) {
        if (c.option() != null && OptionKind.of(c.option()) != OptionKind.BASELINE) {
            Optional<OptionFigures> o = c.options().stream().filter(x -> x.option().equals(c.option())).findFirst();
            if (o.isPresent()) return o;
        }
        // only the co-packaged options: the refresh and LPO are pluggable
        return c.options().stream()
                .filter(o -> o.saving() != null && (o.kind() == OptionKind.CPO_SPINE || o.kind() == OptionKind.CPO_ALL))
                .max(Comparator.comparingDouble(OptionFigures::saving));
    }

    /**
     * A cluster's options, one row each (platforms, tiers, switches, modules, power, capex, opex, TCO, saving),
     * laid out after {@code indent}; with {@code refreshNote}, a line under it where a refresh option
     * changes what the CPO options' savings are against.
     */
    public static void options(StringBuilder out, ClusterAdvice c, String indent, boolean refreshNote) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"option", "platforms", "tiers", "switches", "modules", "power kW", "capex", "opex/year", "TCO", "saving"});
        for (OptionFigures o : c.options()) {
            String platforms = o.leafPlatform().equals(o.upperPlatform()) ? o.leafPlatform() : o.leafPlatform() + " + " + o.upperPlatform();
            rows.add(new String[]{o.option(), platforms, Integer.toString(o.tiers()), count(o.switches()), count(o.modules()),
                    count(Math.round(o.powerW() / 1000)), money(o.capex()), money(o.opexPerYear()), money(o.tco()),
                    o.saving() == null ? "-" : pct(o.saving())});
        }
        table(out, rows, indent, new boolean[]{false, false, true, true, true, true, true, true, true, true});
        if (refreshNote && c.options().stream().anyMatch(o -> o.kind() == OptionKind.REFRESH)) {
            out.append(indent).append("savings against the baseline; the CPO options' against the refresh, the best pluggable purchase\n");
        }
    }

    /** The CPO year, first natural point and payback of a cluster in one line; nothing without a CPO year. */
    public static void timing(StringBuilder out, ClusterAdvice c, String indent) {
        if (c.cpoYear() == null) return;
        out.append(indent).append("CPO from ").append(c.cpoYear()).append(c.adoptionYear() == null ? "; no natural point in the horizon"
                : "; first natural point " + c.adoptionYear()).append("; payback ").append(payback(c.payback())).append('\n');
    }

    /** The break-even points of a cluster's best CPO option in one line; nothing without them. */
    public static void breakEvenLine(StringBuilder out, ClusterAdvice c, String currency, String indent) {
        if (c.breakEvens().isEmpty()) return;
        List<String> parts = new ArrayList<>();
        for (BreakEven b : c.breakEvens()) parts.add(breakEven(b, currency));
        out.append(indent).append("break-even (").append(c.breakEvens().get(0).option()).append("): ")
                .append(String.join("; ", parts)).append('\n');
    }

    /** Years to pay back the extra capex, in words. */
    public static String payback(Double p) {
        return p == null ? "never within the lifetime" : p == 0 ? "immediate (no extra capex)" : String.format(Locale.ROOT, "%.1f years", p);
    }

    /** A break-even point in words: from where (or up to where) the saving reaches min-saving. */
    public static String breakEven(BreakEven b, String currency) {
        return switch (b.quantity()) {
            case GPUS -> switch (b.status()) {
                case FOUND -> "saves min-saving from " + count(Math.round(b.value())) + " GPUs";
                case ALWAYS -> "already at the smallest size searched (" + count(Math.round(b.value())) + " GPUs)";
                case UNTIL, NONE -> "not at any size up to " + count(Math.round(b.high())) + " GPUs";
            };
            case ELECTRICITY -> switch (b.status()) {
                case FOUND -> String.format(Locale.ROOT, "from %.4f %s/kWh", b.value(), currency);
                case ALWAYS -> "at any electricity price";
                case UNTIL -> String.format(Locale.ROOT, "up to %.4f %s/kWh (dearer energy erodes the saving)", b.value(), currency);
                case NONE -> String.format(Locale.ROOT, "not at any price up to %.2f %s/kWh", b.high(), currency);
            };
            case YEAR -> switch (b.status()) {
                case FOUND, ALWAYS -> "from " + Math.round(b.value());
                case UNTIL, NONE -> "not in " + Math.round(b.low()) + ".." + Math.round(b.high());
            };
        };
    }

    /** What a break-even search varies, as a table labels it. */
    public static String label(BreakEven b) {
        return switch (b.quantity()) {
            case GPUS -> "GPU count";
            case ELECTRICITY -> "electricity price";
            case YEAR -> "first year";
        };
    }

    /** The range a break-even search covered, in the quantity's unit. */
    public static String searched(BreakEven b, String currency) {
        return switch (b.quantity()) {
            case GPUS -> count(Math.round(b.low())) + ".." + count(Math.round(b.high())) + " GPUs";
            case ELECTRICITY -> String.format(Locale.ROOT, "%.2f..%.2f %s/kWh", b.low(), b.high(), currency);
            case YEAR -> Math.round(b.low()) + ".." + Math.round(b.high());
        };
    }

    /**
     * A stage of a roadmap in one line: its year and kind and, when it changes anything, its capex and
     * opex change; with {@code lineCount}, also how many lines of materials it buys.
     */
    public static void stageLine(StringBuilder out, Stage s, String indent, boolean lineCount) {
        out.append(indent).append(s.year()).append(' ').append(s.kind().word());
        if (s.capex() != 0 || s.opexChangePerYear() != 0) {
            out.append(" (capex ").append(money(s.capex())).append(", opex ").append(signedMoney(s.opexChangePerYear())).append(" a year");
            if (lineCount && !s.lines().isEmpty()) {
                out.append(", ").append(s.lines().size()).append(s.lines().size() == 1 ? " line" : " lines").append(" of materials");
            }
            out.append(')');
        }
        out.append('\n');
    }

    /** A site's roadmap header: {@code site NAME (capex X CUR)}. */
    public static void siteLine(StringBuilder out, SiteRoadmap r, String currency, String indent) {
        out.append(indent).append("site ").append(r.site()).append(" (capex ").append(money(r.capex())).append(' ')
                .append(currency).append(")\n");
    }

    /** A stage's actions, one a line after {@code - }. */
    public static void actions(StringBuilder out, Stage s, String indent) {
        for (Advice.Action a : s.actions()) out.append(indent).append("- ").append(a.text()).append('\n');
    }

    /** Link speed per GPU: {@code 800G}, {@code 1.6T}. */
    public static String gbps(double v) {
        return v >= 1000 ? trim(v / 1000) + "T" : trim(v) + "G";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The text, or {@code -} for none. */
    public static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static StringBuilder spaces(StringBuilder out, int n) {
        for (int i = 0; i < n; i++) out.append(' ');
        return out;
    }

    /** A share as a percentage with one decimal: {@code 31.5 %}. */
    public static String pct(double fraction) {
        return Numbers.fixed(fraction * 100, 1) + " %";
    }

    /** An amount with thousands separators and no decimals. */
    public static String money(double v) {
        return Numbers.grouped(v, 0);
    }

    /** An amount with a sign, for changes. */
    public static String signedMoney(double v) {
        long r = Math.round(v);
        return (r > 0 ? "+" : r < 0 ? "-" : "") + money(Math.abs(v));
    }

    /** A count with thousands separators. */
    public static String count(long v) {
        return Numbers.grouped(v);
    }

    /** Watts as kilowatts with one decimal. */
    public static String kw(double watts) {
        return Numbers.grouped(watts / 1000, 1);
    }
}
