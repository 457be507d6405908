package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Suggest;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.SwitchPlatform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks that need the whole architecture: catalog ids (a cluster's accelerator
 * and switch, a switch's laser) against the built-in catalog and the file's own entries, speeds that must divide, settings that
 * contradict each other across blocks.
 */
final class Validator {

    private final Architecture architecture;
    private final SourceMap sources;
    private final Catalog builtin;
    private final Catalog catalog;
    private final List<Diagnostic> out = new ArrayList<>();

    Validator(Architecture architecture, SourceMap sources, Catalog builtin) {
        this.architecture = architecture;
        this.sources = sources;
        this.builtin = builtin;
        this.catalog = builtin.with(architecture.catalog());
    }

    List<Diagnostic> check() {
        currency();
        for (CatalogEntry e : architecture.catalog()) {
            if (builtin.find(e.kind(), e.id()).isPresent()) {
                add(Code.CPO220, "catalog " + e.kind() + " `" + e.id() + "` replaces the built-in entry of that id",
                        sources.find("catalog", e.kind(), e.id()),
                        "this is fine when meant; give it another id to add an entry beside the built-in one");
            }
            if (e instanceof SwitchPlatform s && s.laser() != null && catalog.laser(s.laser()).isEmpty()) {
                unknown("laser", s.laser(), sources.find("catalog", "switch", s.id(), "laser"));
            }
        }
        windows(architecture.policy());
        for (Site site : architecture.sites()) {
            for (Cluster cluster : site.clusters()) {
                cluster(site, cluster);
            }
        }
        return out;
    }

    private void currency() {
        String currency = architecture.currency();
        if (!currency.equals(Architecture.DEFAULT_CURRENCY) && !builtin.entries().isEmpty()
                && !architecture.assumptions().rates().containsKey(Architecture.DEFAULT_CURRENCY)) {
            add(Code.CPO206, "the built-in catalog is priced in USD, but there is no rate from USD to " + currency,
                    sources.find("currency"),
                    "add `rate USD X` to assumptions: X USD per one " + currency);
        }
    }

    private void windows(Policy policy) {
        if (policy.pilotWindow() != null && policy.scaleWindow() != null
                && policy.pilotWindow().from() > policy.scaleWindow().from()) {
            add(Code.CPO213, "the pilot window " + policy.pilotWindow() + " starts after the scale window "
                    + policy.scaleWindow(), sources.find("policy", "pilot-window"),
                    "pilots come before scale: move one of the windows");
        }
    }

    private void cluster(Site site, Cluster c) {
        String path = site.name() + "." + c.name();
        Optional<Accelerator> accelerator = Optional.empty();
        if (c.accelerator() != null) {
            accelerator = catalog.accelerator(c.accelerator());
            if (accelerator.isEmpty()) {
                unknown("accelerator", c.accelerator(), sources.cluster(site.name(), c.name(), "accelerator"));
            }
        }
        Optional<SwitchPlatform> platform = Optional.empty();
        if (c.switchId() != null) {
            platform = catalog.switchPlatform(c.switchId());
            if (platform.isEmpty()) {
                unknown("switch", c.switchId(), sources.cluster(site.name(), c.name(), "switch"));
            }
        }
        Integer perNode = c.gpusPerNode() != null ? c.gpusPerNode() : accelerator.map(Accelerator::gpusPerNode).orElse(null);
        if (perNode != null && c.gpus() > 0 && c.gpus() % perNode != 0) {
            add(Code.CPO204, "cluster `" + path + "`: " + c.gpus() + " GPUs do not fill whole nodes of " + perNode,
                    sources.cluster(site.name(), c.name(), "gpus"), Severity.WARNING,
                    "a node holds " + perNode + " GPUs: " + (c.gpus() / perNode * perNode) + " or "
                            + ((c.gpus() / perNode + 1) * perNode) + " would");
        }
        Double nic = c.nicGbps() != null ? c.nicGbps() : accelerator.map(Accelerator::nicGbps).orElse(null);
        if (nic != null && platform.isPresent()) {
            double port = platform.get().portGbps();
            double endpoint = Math.min(nic, port);
            if (!divides(endpoint, nic) || !divides(endpoint, port)) {
                add(Code.CPO207, "cluster `" + path + "`: a " + gbps(nic) + " NIC does not fit the " + gbps(port)
                                + " ports of `" + platform.get().id() + "`",
                        sources.cluster(site.name(), c.name(), c.nicGbps() != null ? "nic" : "switch"),
                        "the slower of the two must divide the faster (breakout): use a NIC of "
                                + gbps(port) + ", " + gbps(port / 2) + " or " + gbps(port / 4));
            }
        }
    }

    private static boolean divides(double small, double big) {
        BigDecimal[] qr = BigDecimal.valueOf(big).divideAndRemainder(BigDecimal.valueOf(small));
        return qr[1].signum() == 0;
    }

    private static String gbps(double v) {
        return v >= 1000 && v % 100 == 0
                ? ValueReader.plainNumber(v / 1000) + "T"
                : ValueReader.plainNumber(v) + "G";
    }

    private void unknown(String kind, String id, Optional<SourceLocation> at) {
        List<String> ids = catalog.ids(kind);
        String hint = Suggest.didYouMean(id, ids);
        if (hint == null) {
            hint = ids.isEmpty() ? "define it in a `catalog` block: `" + kind + " \"" + id + "\" { … }`"
                    : "known " + kind + " ids: " + String.join(", ", ids.size() > 12 ? ids.subList(0, 12) : ids)
                    + (ids.size() > 12 ? ", …" : "") + "; or define it in a `catalog` block";
        }
        add(Code.CPO203, "unknown " + kind + " `" + id + "`", at, hint);
    }

    private void add(Code code, String message, Optional<SourceLocation> at, String hint) {
        add(code, message, at, code.defaultSeverity(), hint);
    }

    private void add(Code code, String message, Optional<SourceLocation> at, Severity severity, String hint) {
        out.add(new Diagnostic(code, severity, message, at.orElse(null), null, hint, null));
    }
}
