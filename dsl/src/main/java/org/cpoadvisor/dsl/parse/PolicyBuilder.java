package org.cpoadvisor.dsl.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.YearRange;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@code policy} block: the thresholds the rules judge by and the bounds of a CPO option. */
final class PolicyBuilder {

    /** A pilot converts one spine group or pod: ten thousand switches is past any of them. */
    private static final int MAX_PILOT_SWITCHES = 10_000;
    private static final int MAX_MIN_MODULES = 100_000_000;

    private final ValueReader values;
    private final Leftovers leftovers;
    private final ReadContext context;

    PolicyBuilder(ValueReader values, Leftovers leftovers) {
        this.values = values;
        this.leftovers = leftovers;
        this.context = values.context;
    }

    Policy policy(PolicyBlockContext block) {
        Integer minGpus = null;
        Double minLink = null, minEw = null, minSaving = null, maxPayback = null;
        YearRange pilot = null, scale = null;
        Boolean liquid = null;
        Integer pilotSwitches = null;
        Integer minModules = null;
        List<String> vendors = null;
        Boolean familyChange = null;
        Map<String, Token> seen = new HashMap<>();
        List<PolicyRuleContext> items = block.policyRule();
        Set<ParserRuleContext> skipped = leftovers.foldStrays(items, p -> p instanceof OtherPolicyContext o ? o.otherProperty() : null);
        for (PolicyRuleContext p : items) {
            if (skipped.contains(p)) continue;
            if (p instanceof OtherPolicyContext o) {
                leftovers.other(o.otherProperty(), Block.POLICY);
                continue;
            }
            String key = p.start.getText();
            if (!values.once(seen, key, p.start, "policy")) continue;
            context.sources.put(values.at(p), "policy", key);
            if (p instanceof MinGpusPolicyContext m) {
                Double v = values.plain(m.quantity(), key, 1, SiteBuilder.MAX_GPUS);
                minGpus = v == null ? null : values.whole(v, m.quantity(), key);
            } else if (p instanceof MinModulesPolicyContext m) {
                Double v = values.plain(m.quantity(), key, 0, MAX_MIN_MODULES);
                minModules = v == null ? null : values.whole(v, m.quantity(), key);
            } else if (p instanceof MinLinkPolicyContext m) {
                minLink = values.bandwidth(m.quantity(), key);
            } else if (p instanceof MinEastWestPolicyContext m) {
                minEw = values.share(m.quantity(), key);
            } else if (p instanceof MinSavingPolicyContext m) {
                minSaving = values.share(m.quantity(), key);
            } else if (p instanceof MaxPaybackPolicyContext m) {
                maxPayback = values.years(m.quantity(), key, 0.1, 30);
            } else if (p instanceof PilotWindowPolicyContext w) {
                pilot = values.yearRange(w.yearRange(), key);
            } else if (p instanceof ScaleWindowPolicyContext w) {
                scale = values.yearRange(w.yearRange(), key);
            } else if (p instanceof RequireLiquidCoolingPolicyContext r) {
                liquid = values.bool(r.value, key);
            } else if (p instanceof PilotSwitchesPolicyContext m) {
                Double v = values.plain(m.quantity(), key, 1, MAX_PILOT_SWITCHES);
                pilotSwitches = v == null ? null : values.whole(v, m.quantity(), key);
            } else if (p instanceof VendorsPolicyContext v) {
                vendors = vendors(v);
            } else if (p instanceof AllowFamilyChangePolicyContext f) {
                familyChange = values.bool(f.value, key);
            }
        }
        return new Policy(minGpus, minLink, minEw, minSaving, maxPayback, pilot, scale, liquid, pilotSwitches, vendors,
                minModules, familyChange);
    }

    /**
     * The switch vendors a CPO option may come from: quoted names, as the switch entries'
     * {@code vendor} writes them. A name listed twice is kept once, with a warning; a list
     * with no name left (every one malformed) is {@code null}, as if not given.
     */
    private List<String> vendors(VendorsPolicyContext v) {
        List<String> names = new ArrayList<>();
        for (TerminalNode s : v.STRING()) {
            String name = values.name(s.getSymbol());
            if (name == null) continue;
            if (names.contains(name)) {
                values.report(Code.CPO209, "vendor `" + name + "` is listed twice", s.getSymbol(), "list each vendor once");
                continue;
            }
            names.add(name);
        }
        return names.isEmpty() ? null : names;
    }
}
