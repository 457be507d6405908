package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.SweepOptions;
import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.report.UncertaintyReports;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.util.List;

import static org.cpoadvisor.advisor.repl.Words.unquote;

/** {@code sensitivity} and {@code sweep} on the architecture as it stands (docs/model.md section 9), as the commands print them. */
final class UncertaintyCommands {

    private final Session s;

    UncertaintyCommands(Session s) {
        this.s = s;
    }

    /** The tornado of every cluster, or of one. */
    boolean sensitivity(Session.Input in, int offset, String cluster) {
        ReadResult read = readable(in, offset);
        if (read == null) return false;
        Sensitivity result = s.advisor.sensitivity(read);
        if (cluster != null) {
            String path = unquote(cluster);
            List<Sensitivity.ClusterSensitivity> one = result.clusters().stream().filter(c -> c.cluster().equals(path)).toList();
            if (one.isEmpty()) {
                return s.fail(in, offset, "no cluster `" + cluster + "`", "clusters: "
                        + String.join(", ", result.clusters().stream().map(Sensitivity.ClusterSensitivity::cluster).toList()));
            }
            result = new Sensitivity(result.architecture(), result.file(), result.currency(), result.figures(), one,
                    result.diagnostics());
        }
        s.out.print(UncertaintyReports.sensitivity(result, "text"));
        return true;
    }

    /** A sweep: {@code sweep [SCENARIOS [SEED]]}. */
    boolean sweep(Session.Input in, int offset, List<String> args) {
        long scenarios = SweepOptions.DEFAULT_SCENARIOS;
        long seed = SweepOptions.DEFAULT_SEED;
        try {
            if (!args.isEmpty()) scenarios = Long.parseLong(args.get(0).replace("_", "").replace(",", ""));
            if (args.size() > 1) seed = Long.parseLong(args.get(1));
        } catch (NumberFormatException e) {
            return s.fail(in, offset, "not a number: " + e.getMessage().replaceFirst("^For input string: ", ""),
                    "sweep [SCENARIOS [SEED]], e.g. `sweep 2000 7`");
        }
        if (scenarios < 1 || scenarios > SweepOptions.MAX_SCENARIOS) {
            return s.fail(in, offset, "scenarios must be 1.." + SweepOptions.MAX_SCENARIOS, "e.g. `sweep 2000`");
        }
        ReadResult read = readable(in, offset);
        if (read == null) return false;
        SweepSummary result = s.advisor.sweep(read, SweepOptions.of(scenarios, seed));
        s.out.print(UncertaintyReports.sweep(result, "text"));
        return true;
    }

    private ReadResult readable(Session.Input in, int offset) {
        if (!s.needModelOrErrors(in, offset)) return null;
        ReadResult read = s.state.read;
        if (read.hasErrors() || read.architecture() == null) {
            s.out.print(DiagnosticPrinter.render(read.diagnostics()));
            s.fail(in, offset, "the architecture has errors", null);
            return null;
        }
        return read;
    }
}
