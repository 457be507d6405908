package org.cpoadvisor.advisor.report;

import java.util.List;
import java.util.Optional;

/**
 * What each finding id means and what to do about it: the rule metadata that
 * reports for tools (SARIF) carry beside the results. Finding ids are stable, like
 * diagnostic codes; a new kind of finding gets a new id and an entry here.
 */
public final class FindingRules {

    /**
     * One kind of finding.
     *
     * @param id          the stable finding id
     * @param title       a short title
     * @param level       the usual severity ({@code error}, {@code warning} or {@code note}); a result may differ
     * @param description what the finding means
     * @param help        what to do about it
     */
    public record FindingRule(String id, String title, String level, String description, String help) {
    }

    /** Every finding the rules can report, in a fixed order. */
    public static final List<FindingRule> ALL = List.of(
            new FindingRule("network-bottleneck", "scale-out network is the bottleneck", "warning",
                    "A training cluster of at least min-gpus GPUs has 200G or less of scale-out bandwidth per "
                            + "GPU, so the network, not the GPUs, limits training.",
                    "Move to 400G-800G per GPU at the next network refresh, then run the advice again: CPO is "
                            + "judged on the faster fabric."),
            new FindingRule("cooling-prerequisite", "CPO needs liquid cooling first", "warning",
                    "CPO is planned or advised on a site that is not liquid-cooled. Co-packaged optics concentrate "
                            + "heat in the switch package; the CPO switches in the catalog are liquid-cooled. An error "
                            + "when the policy sets `require-liquid-cooling true`.",
                    "Put liquid or cold-plate cooling in place for the switch rows before the CPO switches arrive "
                            + "(the roadmap's first action), then set `cooling liquid` for the site; or "
                            + "drop the CPO plan for this site."),
            new FindingRule("maintenance-risk", "CPO with remote staff is a maintenance risk", "warning",
                    "CPO is advised or planned on a site whose staff is remote. A failed optical engine is a "
                            + "switch-level repair, not a module swap.",
                    "Arrange on-site or vendor service and spares for the CPO switches, and prefer a platform "
                            + "with field-replaceable lasers."),
            new FindingRule("power-cap", "growth exceeds the site's power cap", "warning",
                    "Planned growth takes the site's facility power (whole GPU nodes, at 1.8 x the GPUs' power, and "
                            + "the network) past its `power-cap` within the horizon; the message gives the first year "
                            + "over the cap, by how much, and whether the best CPO options' power saving closes the gap.",
                    "Plan more facility power, slower growth or another site; where CPO closes the gap, bring it in "
                            + "before that year."),
            new FindingRule("fewer-tiers", "CPO platform needs fewer tiers", "note",
                    "A higher-radix CPO platform builds the cluster's fabric with fewer tiers than today's "
                            + "platform: fewer hops, switches and modules.",
                    "Nothing to fix: take the smaller fabric into account when planning the move to CPO."),
            new FindingRule("extra-tiers", "more tiers fixed than the GPUs need", "warning",
                    "The cluster's `fabric` fixes more tiers than its GPUs need on today's platform, so the "
                            + "baseline is priced with switches and modules a minimal non-blocking fabric leaves out; "
                            + "the message counts them. The CPO options are always sized with the fewest tiers.",
                    "Leave `tiers` out to get the fewest that fit, or keep it if the extra tier is there for "
                            + "growth beyond the horizon, and read the baseline's figures with that in mind."),
            new FindingRule("lpo-first", "LPO is the better near-term step", "note",
                    "Linear-drive pluggable optics (LPO) on today's switches save at least min-saving, while CPO "
                            + "is not advised yet (wait or prepare) or saves no more than LPO.",
                    "Consider LPO at the next module purchase: it keeps the switches, the cooling and the vendor; "
                            + "judge CPO again at the next switch refresh."),
            new FindingRule("family-change", "a change of family, compared apart", "note",
                    "The policy allows a change of family (`allow-family-change true`): the advice prices CPO switches of "
                            + "the other family (InfiniBand for Ethernet or the reverse) on every tier, as option "
                            + "`family-change`. That saving is a new fabric's, not co-packaged optics', and the verdict "
                            + "never reads it.",
                    "Weigh the change of fabric on its own merits (software, NICs, operations, skills); judge CPO within "
                            + "the family by the verdict."),
            new FindingRule("pluggable-refresh", "another pluggable switch saves on its own", "note",
                    "A pluggable platform of the cluster's family on sale in the purchase year (a newer, larger or "
                            + "cheaper switch) costs less than today's over the lifetime. CPO is judged against it, so that "
                            + "the saving of a new switch generation or of a flatter fabric is not credited to "
                            + "co-packaged optics.",
                    "Compare the two purchases as the advice does: the pluggable refresh on its own, and CPO's "
                            + "saving on top of it."),
            new FindingRule("vendor-change", "CPO option from another switch vendor", "note",
                    "The best CPO option comes from another vendor than today's switches (same family). The saving "
                            + "is CPO's, but the move also changes qualification, operations tooling, spares and "
                            + "support contracts.",
                    "Weigh the vendor change with the saving; to keep the options to the vendors you work with, "
                            + "name them in `policy { vendors … }`."),
            new FindingRule("plan-contradicts-numbers", "plan contradicts the numbers", "warning",
                    "The cluster's `plan` disagrees with the advice: CPO is planned where the numbers say wait, "
                            + "or pluggable optics are planned where CPO is advised and saves at least min-saving.",
                    "Review the plan against the verdict and its reasons; if the plan stands, check the "
                            + "assumptions and policy the numbers rest on."),
            new FindingRule("plan-too-early", "plan starts CPO too early", "warning",
                    "The plan starts CPO before the first CPO platform that fits the cluster is available.",
                    "Move `plan cpo from` to the year the message gives, or later."),
            new FindingRule("assumed-figures", "advice rests on assumed figures", "note",
                    "Some catalog figures the advice uses are assumptions, not published figures; the message "
                            + "lists them.",
                    "Check them against vendor quotes and, where they differ, override the entries in the file's "
                            + "`catalog` with a `source`."));

    private FindingRules() {
    }

    /** The rule of a finding id, if it is a known one. */
    public static Optional<FindingRule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
