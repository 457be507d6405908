package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.parse.SourceMap;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.model.Resolver;
import org.cpoadvisor.rules.sizing.FabricSizer;
import org.cpoadvisor.rules.sizing.Sizing;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a file that need the sizing (docs/model.md section 1): a fixed tier count
 * that is too few for the GPUs at the platform's radix, and a fabric that cannot be
 * built at all. They are diagnostics of the file, reported like the parser's.
 */
public final class FabricCheck {

    private FabricCheck() {
    }

    public static List<Diagnostic> check(Architecture architecture, SourceMap sources, Catalog builtin) {
        List<Diagnostic> out = new ArrayList<>();
        Resolver resolver = new Resolver(architecture, builtin);
        for (ResolvedCluster c : resolver.clusters()) {
            SourceLocation at = sources.cluster(c.siteName(), c.name(), "fabric").orElse(null);
            if (c.platform() == null) {
                out.add(Diagnostic.of(Code.CPO215, "cluster `" + c.path() + "`: no pluggable switch in the catalog fits a "
                        + (long) c.nicGbps() + "G NIC", sources.cluster(c.siteName(), c.name(), "nic").orElse(null))
                        .withHint("name a `switch` for the cluster, or add one to the `catalog`"));
                continue;
            }
            Sizing s = FabricSizer.size(c.gpus(), c.nicGbps(), c.planes(), c.ratio(), c.fixedTiers(), c.platform(), c.platform());
            if (!s.fits()) {
                out.add(Diagnostic.of(Code.CPO215, "cluster `" + c.path() + "`: the fabric cannot be built on `"
                        + c.platform().id() + "`: " + s.misfit(), at)
                        .withHint("use a higher-radix switch, fewer GPUs per fabric, or split the cluster"));
            } else if (s.tooFewTiers()) {
                out.add(Diagnostic.of(Code.CPO214, "cluster `" + c.path() + "`: " + c.gpus() + " GPUs at "
                        + (long) s.endpointGbps() + "G need " + s.tiersNeeded() + " tiers of `" + c.platform().id()
                        + "` (radix " + s.leafRadix() + "), not " + c.fixedTiers(), at)
                        .withHint("write `tiers " + s.tiersNeeded() + "`, or leave `tiers` out to get the fewest that fit"));
            }
        }
        return out;
    }
}
