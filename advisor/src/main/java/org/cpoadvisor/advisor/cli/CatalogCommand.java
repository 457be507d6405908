package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.parse.ModelWriter;
import org.cpoadvisor.dsl.diag.Suggest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cpo catalog [list | show ID]}: the built-in hardware catalog, its switches, optics,
 * accelerators and laser sources. {@code list} shows a switch's family; {@code show} prints an
 * entry in the language, part number, family, vendor and sources included.
 */
@Command(name = "catalog", description = "List the built-in hardware catalog, or show one entry with the source of every figure.",
        footer = {"", "Examples:", "  cpo catalog list", "  cpo catalog show tomahawk5-bailly-cpo"})
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "list|show", defaultValue = "list")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CatalogEntry> entries = Advisor.builtinCatalog().entries();
        return switch (action) {
            case "list" -> {
                list(entries, out);
                yield 0;
            }
            case "show" -> show(entries, Advisor.builtinCatalog().ranges(), id, out, err);
            default -> {
                err.println("cpo catalog: `" + action + "` is not list or show");
                yield 2;
            }
        };
    }

    /**
     * One line an entry, every kind: a laser source has no ports and no optics, only power, price and
     * year; a switch's family (InfiniBand or Ethernet) where its entry says.
     */
    static void list(List<CatalogEntry> entries, PrintWriter out) {
        out.println(String.format(Locale.ROOT, "%-12s %-28s %-14s %-10s %-10s %10s %12s %5s  %s", "kind", "id", "ports/speed",
                "optics", "family", "power W", "price USD", "year", "part number").stripTrailing());
        for (CatalogEntry e : entries) {
            out.println(String.format(Locale.ROOT, "%-12s %-28s %-14s %-10s %-10s %10s %12s %5s  %s", e.kind(), e.id(), size(e),
                    optics(e), family(e), num(power(e)), num(price(e)), year(e), partNumber(e)).stripTrailing());
        }
    }

    /**
     * Every entry of that id (a switch and a laser source may share one), in the language, its figures' ranges
     * with them; 2 when there is none.
     */
    static int show(List<CatalogEntry> entries, java.util.Map<org.cpoadvisor.dsl.model.FigureRef, org.cpoadvisor.dsl.model.Range> ranges,
                    String id, PrintWriter out, PrintWriter err) {
        if (id == null) {
            err.println("cpo catalog show: which entry? e.g. `cpo catalog show spectrum-4-800g`");
            return 2;
        }
        List<CatalogEntry> found = entries.stream().filter(e -> e.id().equals(id)).toList();
        if (found.isEmpty()) {
            String hint = Suggest.didYouMean(id, entries.stream().map(CatalogEntry::id).toList());
            err.println("cpo catalog: no entry `" + id + "`" + (hint == null ? "; see `cpo catalog list`" : "; " + hint));
            return 2;
        }
        found.forEach(e -> out.print(ModelWriter.write(e, "USD", ranges)));
        return 0;
    }

    private static String size(CatalogEntry e) {
        if (e instanceof SwitchPlatform s) return s.ports() + " x " + ModelWriter.bandwidth(s.portGbps());
        if (e instanceof OpticModule o) return (long) o.speedGbps() + "G";
        if (e instanceof Accelerator a && a.nicGbps() != null) return "nic " + a.nicGbps().longValue() + "G";
        return "";
    }

    private static String optics(CatalogEntry e) {
        if (e instanceof SwitchPlatform s) return s.optics().word();
        if (e instanceof OpticModule o) return o.moduleKind().word();
        return "";
    }

    private static String family(CatalogEntry e) {
        return e instanceof SwitchPlatform s && s.family() != null ? s.family().word() : "";
    }

    private static Double power(CatalogEntry e) {
        if (e instanceof SwitchPlatform s) return s.powerW();
        if (e instanceof OpticModule o) return o.powerW();
        if (e instanceof Accelerator a) return a.powerW();
        if (e instanceof LaserSource l) return l.powerW();
        return null;
    }

    private static Double price(CatalogEntry e) {
        if (e instanceof SwitchPlatform s) return s.price();
        if (e instanceof OpticModule o) return o.price();
        if (e instanceof LaserSource l) return l.price();
        return null;
    }

    private static String year(CatalogEntry e) {
        Integer y = e instanceof SwitchPlatform s ? s.available() : e instanceof OpticModule o ? o.available()
                : e instanceof LaserSource l ? l.available() : null;
        return y == null ? "" : y.toString();
    }

    private static String partNumber(CatalogEntry e) {
        String p = e instanceof SwitchPlatform s ? s.partNumber() : e instanceof OpticModule o ? o.partNumber()
                : e instanceof LaserSource l ? l.partNumber() : null;
        return p == null ? "" : p;
    }

    private static String num(Double v) {
        return v == null ? "" : v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString();
    }
}
