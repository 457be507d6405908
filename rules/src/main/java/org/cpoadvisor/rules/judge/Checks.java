package org.cpoadvisor.rules.judge;

import org.cpoadvisor.rules.model.Thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the results the rules insert, with their reasons: each reason names a fact
 * of the cluster and the threshold it was compared with. The rules decide; this class
 * only words and assembles.
 */
public final class Checks {

    private Checks() {
    }

    /** Every threshold of the adopt rule, met or not, in one fixed order. */
    public static List<String> all(ClusterFact c, Thresholds p) {
        List<String> out = new ArrayList<>();
        out.add(check(c.getSaving() >= p.getMinSaving(), "TCO saving " + pct(c.getSaving()) + c.getAgainst(),
                "min-saving " + pct(p.getMinSaving())));
        out.add(check(c.getGpus() >= p.getMinGpus(), c.getGpus() + " GPUs", "min-gpus " + p.getMinGpus()));
        out.add(check(c.getModules() >= p.getMinModules(), c.getModules() + " optical modules today",
                "min-modules " + p.getMinModules()));
        out.add(check(c.getNicGbps() >= p.getMinLinkGbps(), (long) c.getNicGbps() + "G per GPU", "min-link " + (long) p.getMinLinkGbps() + "G"));
        out.add(check(c.getEastWest() >= p.getMinEastWest(), "east-west " + pct(c.getEastWest()), "min-east-west " + pct(p.getMinEastWest())));
        if (p.isRequireLiquidCooling()) {
            out.add((c.isCoolingReady() ? "met: " : "not met: ") + "site cooling " + c.getCooling() + " (require-liquid-cooling true)");
        }
        out.add(c.paybackWithin(p.getMaxPaybackYears())
                ? "met: payback " + years(c.getPayback()) + " ≤ max-payback " + years(p.getMaxPaybackYears())
                : "not met: " + (c.getPayback() == null ? "no payback within the lifetime" : "payback " + years(c.getPayback()))
                + " vs max-payback " + years(p.getMaxPaybackYears()));
        if (c.getAdoptionYear() != null) {
            boolean scale = c.getAdoptionYear() > p.getPilotTo();
            out.add((scale ? "met: " : "not yet: ") + "adoption year " + c.getAdoptionYear()
                    + (scale ? " is past the pilot window " : " falls in the pilot window ") + p.getPilotWindow());
        }
        return out;
    }

    public static Verdict adopt(ClusterFact c, Thresholds p) {
        return new Verdict(c.getPath(), Verdict.Decision.ADOPT, c.getCpoOption(), c.getAdoptionYear(),
                "adopt " + c.getCpoOption() + " on " + c.getCpoPlatform() + " from " + c.getAdoptionYear()
                        + ": saves " + pct(c.getSaving()) + " of lifetime TCO", all(c, p), true);
    }

    public static Verdict pilot(ClusterFact c, Thresholds p) {
        List<String> checks = all(c, p);
        boolean onlyTiming = checks.stream().filter(s -> s.startsWith("not met")).findAny().isEmpty();
        int year = c.getPilotYear() != null ? c.getPilotYear() : c.getAdoptionYear();
        String why = onlyTiming ? "it meets every threshold; its first CPO capacity falls in the pilot window"
                : "CPO saves " + pct(c.getSaving()) + " but " + String.join("; ", unmet(checks));
        return new Verdict(c.getPath(), Verdict.Decision.PILOT, c.getCpoOption(), year,
                "pilot " + c.getCpoOption() + " on " + c.getCpoPlatform() + ": " + why, checks, onlyTiming);
    }

    /** CPO pays and the gates hold, but the site needs liquid cooling first. */
    public static Verdict prepare(ClusterFact c, Thresholds p) {
        return new Verdict(c.getPath(), Verdict.Decision.PREPARE, c.getCpoOption(), c.getAdoptionYear(),
                "prepare: bring liquid cooling to the network rows of the " + c.getCooling() + "-cooled site first; then "
                        + c.getCpoOption() + " on " + c.getCpoPlatform() + " saves " + pct(c.getSaving())
                        + " of lifetime TCO", all(c, p), false);
    }

    public static Verdict waitFor(ClusterFact c, Thresholds p, String why) {
        List<String> checks = c.getCpoOption() == null ? List.of("not met: " + why) : all(c, p);
        return new Verdict(c.getPath(), Verdict.Decision.WAIT, c.getCpoOption() == null ? "baseline" : "baseline", null,
                "wait: stay on pluggable optics; " + why, checks, false);
    }

    public static Finding finding(String id, String severity, String subject, String message, String... reasons) {
        return new Finding(id, severity, subject, message, List.of(reasons));
    }

    private static List<String> unmet(List<String> checks) {
        return checks.stream().filter(s -> s.startsWith("not")).map(s -> s.substring(s.indexOf(':') + 2)).toList();
    }

    private static String check(boolean met, String fact, String threshold) {
        return (met ? "met: " : "not met: ") + fact + (met ? " ≥ " : " < ") + threshold;
    }

    public static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    public static String years(Double y) {
        return y == null ? "never" : String.format(Locale.ROOT, "%.1f years", y);
    }

    public static String mw(double watts) {
        return String.format(Locale.ROOT, "%.1f MW", watts / 1e6);
    }
}
