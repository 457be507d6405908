package org.cpoadvisor.rules.judge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every kind of finding the built-in rules raise, with what reports say about it:
 * the stable id, a title, the severity the rules give it, what it means, what to do
 * about it, and its entry in the documentation. This is the one place of that
 * metadata: the rules in {@code findings.drl} raise a finding through its kind
 * ({@link #finding}), so that its id and severity come from here, and a test holds
 * that every kind is raised by a rule and listed in {@code docs/advice.md}.
 *
 * <p>Finding ids are stable, like diagnostic codes: a new kind of finding gets a new
 * constant here. Rule packs' findings have no kind (docs/rule-packs.md).
 */
public enum FindingKind {

    NETWORK_BOTTLENECK("network-bottleneck", "scale-out network is the bottleneck", "warning", null,
            "A training cluster of at least min-gpus GPUs has 200G or less of scale-out bandwidth per "
                    + "GPU, so the network, not the GPUs, limits training.",
            "Move to 400G-800G per GPU at the next network refresh, then run the advice again: CPO is "
                    + "judged on the faster fabric."),
    COOLING_PREREQUISITE("cooling-prerequisite", "CPO needs liquid cooling first", "warning", "error",
            "CPO is planned or advised on a site that is not liquid-cooled. Co-packaged optics concentrate "
                    + "heat in the switch package; the CPO switches in the catalog are liquid-cooled. An error "
                    + "when the policy sets `require-liquid-cooling true`.",
            "Put liquid or cold-plate cooling in place for the switch rows before the CPO switches arrive "
                    + "(the roadmap's first action), then set `cooling liquid` for the site; or "
                    + "drop the CPO plan for this site."),
    MAINTENANCE_RISK("maintenance-risk", "CPO with remote staff is a maintenance risk", "warning", null,
            "CPO is advised or planned on a site whose staff is remote. A failed optical engine is a "
                    + "switch-level repair, not a module swap.",
            "Arrange on-site or vendor service and spares for the CPO switches, and prefer a platform "
                    + "with field-replaceable lasers."),
    POWER_CAP("power-cap", "growth exceeds the site's power cap", "warning", null,
            "Planned growth takes the site's facility power (whole GPU nodes, at 1.8 x the GPUs' power, and "
                    + "the network) past its `power-cap` within the horizon; the message gives the first year "
                    + "over the cap, by how much, and whether the best CPO options' power saving closes the gap.",
            "Plan more facility power, slower growth or another site; where CPO closes the gap, bring it in "
                    + "before that year."),
    FEWER_TIERS("fewer-tiers", "CPO platform needs fewer tiers", "note", null,
            "A higher-radix CPO platform builds the cluster's fabric with fewer tiers than today's "
                    + "platform: fewer hops, switches and modules.",
            "Nothing to fix: take the smaller fabric into account when planning the move to CPO."),
    EXTRA_TIERS("extra-tiers", "more tiers fixed than the GPUs need", "warning", null,
            "The cluster's `fabric` fixes more tiers than its GPUs need on today's platform, so the "
                    + "baseline is priced with switches and modules a minimal non-blocking fabric leaves out; "
                    + "the message counts them. The CPO options are always sized with the fewest tiers.",
            "Leave `tiers` out to get the fewest that fit, or keep it if the extra tier is there for "
                    + "growth beyond the horizon, and read the baseline's figures with that in mind."),
    LPO_FIRST("lpo-first", "LPO is the better near-term step", "note", null,
            "Linear-drive pluggable optics (LPO) on today's switches save at least min-saving, while CPO "
                    + "is not advised yet (wait or prepare) or saves no more than LPO.",
            "Consider LPO at the next module purchase: it keeps the switches, the cooling and the vendor; "
                    + "judge CPO again at the next switch refresh."),
    FAMILY_CHANGE("family-change", "a change of family, compared apart", "note", null,
            "The policy allows a change of family (`allow-family-change true`): the advice prices CPO switches of "
                    + "the other family (InfiniBand for Ethernet or the reverse) on every tier, as option "
                    + "`family-change`. That saving is a new fabric's, not co-packaged optics', and the verdict "
                    + "never reads it.",
            "Weigh the change of fabric on its own merits (software, NICs, operations, skills); judge CPO within "
                    + "the family by the verdict."),
    PLUGGABLE_REFRESH("pluggable-refresh", "another pluggable switch saves on its own", "note", null,
            "A pluggable platform of the cluster's family on sale in the purchase year (a newer, larger or "
                    + "cheaper switch) costs less than today's over the lifetime. CPO is judged against it, so that "
                    + "the saving of a new switch generation or of a flatter fabric is not credited to "
                    + "co-packaged optics.",
            "Compare the two purchases as the advice does: the pluggable refresh on its own, and CPO's "
                    + "saving on top of it."),
    VENDOR_CHANGE("vendor-change", "CPO option from another switch vendor", "note", null,
            "The best CPO option comes from another vendor than today's switches (same family). The saving "
                    + "is CPO's, but the move also changes qualification, operations tooling, spares and "
                    + "support contracts.",
            "Weigh the vendor change with the saving; to keep the options to the vendors you work with, "
                    + "name them in `policy { vendors … }`."),
    PLAN_CONTRADICTS_NUMBERS("plan-contradicts-numbers", "plan contradicts the numbers", "warning", null,
            "The cluster's `plan` disagrees with the advice: CPO is planned where the numbers say wait, "
                    + "or pluggable optics are planned where CPO is advised and saves at least min-saving.",
            "Review the plan against the verdict and its reasons; if the plan stands, check the "
                    + "assumptions and policy the numbers rest on."),
    PLAN_TOO_EARLY("plan-too-early", "plan starts CPO too early", "warning", null,
            "The plan starts CPO before the first CPO platform that fits the cluster is available.",
            "Move `plan cpo from` to the year the message gives, or later."),
    ASSUMED_FIGURES("assumed-figures", "advice rests on assumed figures", "note", null,
            "Some catalog figures the advice uses are assumptions, not published figures; the message "
                    + "lists them.",
            "Check them against vendor quotes and, where they differ, override the entries in the file's "
                    + "`catalog` with a `source`.");

    /** The page of the documentation that lists every finding, relative to the {@code docs} folder. */
    public static final String DOCS_PAGE = "advice.md";

    private final String id;
    private final String title;
    private final String severity;
    private final String escalated;
    private final String description;
    private final String help;

    FindingKind(String id, String title, String severity, String escalated, String description, String help) {
        this.id = id;
        this.title = title;
        this.severity = severity;
        this.escalated = escalated;
        this.description = description;
        this.help = help;
    }

    /** The stable id, as reports, baselines and SARIF fingerprints carry it. */
    public String id() { return id; }

    /** A short title (SARIF's {@code shortDescription}). */
    public String title() { return title; }

    /** The severity the rules give ({@code error}, {@code warning} or {@code note}). */
    public String severity() { return severity; }

    /** The severity the rules raise it to where the policy says so (see {@link #escalated}), or null. */
    public String escalatedSeverity() { return escalated; }

    /** Every severity a rule may give this kind: its own, then the escalated one if any. */
    public Set<String> severities() {
        return escalated == null ? Set.of(severity) : Set.of(severity, escalated);
    }

    /** What the finding means. */
    public String description() { return description; }

    /** What to do about it. */
    public String help() { return help; }

    /** Its entry in the documentation: the page ({@link #DOCS_PAGE}) and the anchor of its heading, {@code advice.md#ID}. */
    public String docs() { return DOCS_PAGE + "#" + anchor(); }

    /** The anchor of its heading in {@link #DOCS_PAGE} (the heading is the id, so the anchor is the id). */
    public String anchor() { return id; }

    /** A finding of this kind, at its own severity. */
    public Finding finding(String subject, String message, String... reasons) {
        return new Finding(id, severity, subject, message, List.of(reasons));
    }

    /** A finding of this kind, at its escalated severity when {@code escalate} holds, else at its own. */
    public Finding escalated(boolean escalate, String subject, String message, String... reasons) {
        if (escalated == null) throw new IllegalStateException(id + " has no escalated severity");
        return new Finding(id, escalate ? escalated : severity, subject, message, List.of(reasons));
    }

    /** The kind of a finding id, if a built-in rule raises it. */
    public static Optional<FindingKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
