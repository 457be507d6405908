package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.report.Renderers;
import org.cpoadvisor.dsl.diag.Suggest;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code help}: every command, or one, with its arguments and examples. */
final class HelpCommand {

    private final Session s;

    HelpCommand(Session s) {
        this.s = s;
    }

    /** The commands, with their arguments and what they do: {@code help} prints this. */
    static final Map<String, String[]> COMMANDS = commands();

    boolean help(Session.Input in, int offset, String command) {
        if (command == null) {
            s.out.println("Commands (Tab completes commands, paths, properties, catalog ids and units):");
            int width = 0;
            for (Map.Entry<String, String[]> e : COMMANDS.entrySet()) width = Math.max(width, (e.getKey() + " " + e.getValue()[0]).length());
            for (Map.Entry<String, String[]> e : COMMANDS.entrySet()) {
                String head = (e.getKey() + " " + e.getValue()[0]).strip();
                s.out.println("  " + head + " ".repeat(width - head.length() + 2) + e.getValue()[1]);
            }
            s.out.println();
            s.out.println("Blocks typed as in a .cpo file merge into the architecture: `site \"x\" { … }` adds or replaces a site,");
            s.out.println("`policy { … }`, `assumptions { … }` and `catalog { … }` add or replace properties and entries.");
            s.out.println("A block continues over several lines until its braces balance. Ctrl-C cancels a line, Ctrl-D leaves.");
            return true;
        }
        String[] h = COMMANDS.get(command);
        if (h == null) {
            String hint = Suggest.didYouMean(command, COMMANDS.keySet());
            return s.fail(in, offset, "no command `" + command + "`", hint != null ? hint : "`help` lists the commands");
        }
        s.out.println((command + " " + h[0]).strip());
        s.out.println("  " + h[1]);
        for (int i = 2; i < h.length; i++) {
            s.out.println("  " + h[i]);
        }
        return true;
    }

    private static Map<String, String[]> commands() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("load", new String[]{"FILE", "read an architecture (.cpo, .json, .yaml); changes not saved are dropped"});
        m.put("show", new String[]{"[SITE[.CLUSTER]]", "the canonical text of the architecture, or of a site, cluster, policy, assumptions, catalog entry",
                "e.g. `show sh-01.train-a`, `show policy`, `show catalog.switch.tomahawk5-bailly-cpo`"});
        m.put("advise", new String[]{"[SITE]", "the verdicts and findings; for a site, its clusters with their options and its roadmap",
                "`diff` afterwards compares with what this printed"});
        m.put("explain", new String[]{"ID|SITE.CLUSTER", "why a verdict or a finding: the rule, the facts and thresholds it read"});
        m.put("roadmap", new String[]{"[SITE]", "the staged roadmap per site: assess, pilot, scale, all-optical"});
        m.put("bom", new String[]{"[STAGE|SITE]", "the bills of materials (stages: assess, pilot, scale, all-optical)"});
        m.put("breakeven", new String[]{"SITE.CLUSTER", "where the best CPO option's saving reaches min-saving: GPU count, electricity price, year"});
        m.put("sensitivity", new String[]{"[SITE.CLUSTER]", "each figure with a range moved alone to its ends: the saving and verdict at each, largest effect first, and where the verdict flips",
                "ranges come from the file (`set assumptions.electricity 0.08 USD/kWh range 0.05..0.14`), the catalog and the defaults"});
        m.put("sweep", new String[]{"[SCENARIOS [SEED]]", "draw every range at once (1000 scenarios, seed 1 unless given): how often each verdict comes out, the saving's spread",
                "the same seed gives the same figures; as `cpo sweep`"});
        m.put("set", new String[]{"PATH VALUE", "what-if: change one property and see the verdicts move",
                "set sh-01.train-a.gpus 32768        (keeps the accelerator; `.accelerator GB300` changes it)",
                "set sh-01.cooling liquid",
                "set policy.min-saving 15 %",
                "set assumptions.electricity 0.12 USD/kWh",
                "set catalog.switch.tomahawk5-bailly-cpo.price 30000 USD   (copies a built-in entry into the catalog)",
                "a value the language rejects is refused with its diagnostic; the architecture is unchanged"});
        m.put("unset", new String[]{"PATH", "remove a property (its default applies), or a site, cluster, block or catalog entry"});
        m.put("diff", new String[]{"", "what changed in the advice since the last `advise`: verdicts, findings, saving, TCO, capex and power of the best option, roadmap capex (as `cpo diff`)"});
        m.put("undo", new String[]{"", "take back the last set, unset or block"});
        m.put("save", new String[]{"[--force] FILE", "write the architecture in canonical form (atomically); the loaded file only with --force or a yes",
                "the canonical form keeps no comments and no imports"});
        m.put("export", new String[]{"[--force] FORMAT FILE", "write the advice as a report: " + String.join(", ", Renderers.names())});
        m.put("help", new String[]{"[COMMAND]", "this list, or one command"});
        m.put("quit", new String[]{"", "leave (also `exit`, or Ctrl-D)"});
        m.put("exit", new String[]{"", "leave"});
        return m;
    }
}
