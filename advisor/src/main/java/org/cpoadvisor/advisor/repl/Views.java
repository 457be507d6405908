package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.BreakEven;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.Advice.OptionFigures;
import org.cpoadvisor.advisor.advice.Advice.SiteRoadmap;
import org.cpoadvisor.advisor.advice.Advice.Stage;
import org.cpoadvisor.advisor.report.TextViews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the REPL prints parts of an {@link Advice}: short views of what the text report prints in full. */
final class Views {

    private Views() {
    }

    /** The verdict table; the last column is the saving of the best CPO option, also where the verdict is to wait. */
    static String verdicts(List<ClusterAdvice> clusters) {
        StringBuilder out = new StringBuilder("VERDICTS\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"cluster", "GPUs", "NIC", "today", "verdict", "option", "CPO platform", "year", "best CPO saving"});
        for (ClusterAdvice c : clusters) {
            Double saving = best(c).map(OptionFigures::saving).orElse(null);
            rows.add(new String[]{c.path(), count(c.gpus()), gbps(c.nicGbps()), orDash(c.platform()), c.verdict().word(),
                    orDash(c.option()), orDash(c.cpoPlatform()), c.year() == null ? "-" : c.year().toString(),
                    saving == null ? "-" : pct(saving)});
        }
        table(out, rows, "  ", new boolean[]{false, true, true, false, false, false, false, true, true});
        return out.toString();
    }

    static String findings(List<FindingAdvice> findings) {
        StringBuilder out = new StringBuilder("FINDINGS\n");
        if (findings.isEmpty()) {
            return out.append("  none\n").toString();
        }
        for (FindingAdvice f : findings) {
            out.append("  ").append(f.severity().word()).append(' ').append(f.id()).append(" [").append(f.subject()).append("]: ")
                    .append(f.message()).append('\n');
        }
        return out.toString();
    }

    /** The option with the figures that matter: the advised CPO option, else the CPO option that saves most. */
    static Optional<OptionFigures> best(ClusterAdvice c) {
        if (c.option() != null && !c.option().equals("baseline")) {
            Optional<OptionFigures> o = c.options().stream().filter(x -> x.option().equals(c.option())).findFirst();
            if (o.isPresent()) return o;
        }
        // only the co-packaged options: the refresh and LPO are pluggable
        return c.options().stream().filter(o -> o.saving() != null && o.option().startsWith("cpo-"))
                .max(Comparator.comparingDouble(OptionFigures::saving));
    }

    static String cluster(ClusterAdvice c, String currency) {
        StringBuilder out = new StringBuilder();
        out.append(c.path()).append(": ").append(c.summary()).append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"option", "platforms", "tiers", "switches", "modules", "power kW", "capex", "opex/year", "TCO", "saving"});
        for (OptionFigures o : c.options()) {
            String platforms = o.leafPlatform().equals(o.upperPlatform()) ? o.leafPlatform() : o.leafPlatform() + " + " + o.upperPlatform();
            rows.add(new String[]{o.option(), platforms, Integer.toString(o.tiers()), count(o.switches()), count(o.modules()),
                    count(Math.round(o.powerW() / 1000)), money(o.capex()), money(o.opexPerYear()), money(o.tco()),
                    o.saving() == null ? "-" : pct(o.saving())});
        }
        table(out, rows, "    ", new boolean[]{false, false, true, true, true, true, true, true, true, true});
        if (c.cpoYear() != null) {
            out.append("    CPO from ").append(c.cpoYear()).append(c.adoptionYear() == null ? "; no natural point in the horizon"
                    : "; first natural point " + c.adoptionYear()).append("; payback ").append(payback(c.payback())).append('\n');
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
        return out.toString();
    }

    static String payback(Double p) {
        return p == null ? "never within the lifetime" : p == 0 ? "immediate (no extra capex)" : String.format(Locale.ROOT, "%.1f years", p);
    }

    static String breakEven(BreakEven b, String currency) {
        return switch (b.quantity()) {
            case "gpus" -> switch (b.status()) {
                case FOUND -> "saves min-saving from " + count(Math.round(b.value())) + " GPUs";
                case ALWAYS -> "at every size from " + count(Math.round(b.value())) + " GPUs";
                default -> "not at any size up to " + count(Math.round(b.high())) + " GPUs";
            };
            case "electricity" -> switch (b.status()) {
                case FOUND -> String.format(Locale.ROOT, "from %.4f %s/kWh", b.value(), currency);
                case ALWAYS -> "at any electricity price";
                default -> String.format(Locale.ROOT, "not at any price up to %.2f %s/kWh", b.high(), currency);
            };
            default -> switch (b.status()) {
                case FOUND, ALWAYS -> "from " + Math.round(b.value());
                default -> "not in " + Math.round(b.low()) + ".." + Math.round(b.high());
            };
        };
    }

    static String breakEvens(ClusterAdvice c, String currency, String minSaving) {
        StringBuilder out = new StringBuilder();
        if (c.breakEvens().isEmpty()) {
            return out.append(c.path()).append(": no break-even points: no CPO option fits this cluster\n").toString();
        }
        out.append(c.path()).append(": where ").append(c.breakEvens().get(0).option()).append(" saves ")
                .append(minSaving == null ? "min-saving" : "min-saving " + minSaving).append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"quantity", "status", "point", "searched"});
        for (BreakEven b : c.breakEvens()) {
            String range = switch (b.quantity()) {
                case "gpus" -> count(Math.round(b.low())) + ".." + count(Math.round(b.high())) + " GPUs";
                case "electricity" -> String.format(Locale.ROOT, "%.2f..%.2f %s/kWh", b.low(), b.high(), currency);
                default -> Math.round(b.low()) + ".." + Math.round(b.high());
            };
            String label = switch (b.quantity()) {
                case "gpus" -> "GPU count";
                case "electricity" -> "electricity price";
                case "year" -> "first year";
                default -> b.quantity();
            };
            rows.add(new String[]{label, b.status().word(), breakEven(b, currency), range});
        }
        table(out, rows, "  ", new boolean[]{false, false, false, false});
        Optional<OptionFigures> best = c.options().stream().filter(o -> o.option().equals(c.breakEvens().get(0).option())).findFirst();
        out.append("  today: ").append(count(c.gpus())).append(" GPUs");
        best.ifPresent(o -> out.append(", ").append(o.option()).append(" saving ").append(o.saving() == null ? "-" : pct(o.saving())));
        out.append("; verdict ").append(c.verdict()).append('\n');
        return out.toString();
    }

    static String roadmap(SiteRoadmap r, String currency) {
        StringBuilder out = new StringBuilder();
        out.append("site ").append(r.site()).append(" (capex ").append(money(r.capex())).append(' ').append(currency).append(")\n");
        for (Stage s : r.stages()) {
            out.append("  ").append(s.year()).append(' ').append(s.kind().word());
            if (s.capex() != 0 || s.opexChangePerYear() != 0) {
                out.append(" (capex ").append(money(s.capex())).append(", opex ").append(signedMoney(s.opexChangePerYear())).append(" a year")
                        .append(s.lines().isEmpty() ? "" : ", " + s.lines().size() + (s.lines().size() == 1 ? " line" : " lines") + " of materials")
                        .append(')');
            }
            out.append('\n');
            for (Advice.Action a : s.actions()) {
                out.append("    - ").append(a.text()).append('\n');
            }
        }
        return out.toString();
    }

    static String bom(SiteRoadmap r, Stage s, String currency) {
        StringBuilder out = new StringBuilder();
        out.append("site ").append(r.site()).append(", ").append(s.year()).append(' ').append(s.kind().word()).append(": capex ")
                .append(money(s.capex())).append(' ').append(currency).append(", opex ").append(signedMoney(s.opexChangePerYear()))
                .append(" a year\n");
        TextViews.text(out, TextViews.bill(s.lines()), "  ", false);
        return out.toString();
    }

    /** As {@code cpo explain --cluster}: the verdict's rule and facts, each option's tiers and whole bill. */
    static String explain(ClusterAdvice c, String currency) {
        return TextViews.explain(c, currency);
    }

    static String explain(FindingAdvice f) {
        return TextViews.explain(f);
    }

    static void table(StringBuilder out, List<String[]> rows, String indent, boolean[] right) {
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
        return v >= 1000 ? trim(v / 1000) + "T" : trim(v) + "G";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
