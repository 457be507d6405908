package org.cpoadvisor.rules.cost;

import org.cpoadvisor.rules.model.ResolvedCluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options of one cluster, priced for one year, with each CPO option's
 * saving and payback against the baseline.
 *
 * @param cpoYear the year the CPO options were priced for: the first year from the start
 *                year in which a CPO platform fits; {@code null} when none does in the horizon
 * @param staged  the upper tiers on the best option's own CPO platform, the path a roadmap takes to it
 *                ({@code null}: the cpo-spine option is that path)
 * @param refresh the best pluggable platform of the family on sale that year, where it costs less than today's
 *                ({@code null}: today's platform is the best pluggable purchase)
 */
public record Evaluation(ResolvedCluster cluster, OptionResult baseline, OptionResult cpoSpine, OptionResult cpoAll,
                         Integer cpoYear, OptionResult lpo, OptionResult staged, OptionResult refresh,
                         OptionResult familyChange) {

    public Evaluation(ResolvedCluster cluster, OptionResult baseline, OptionResult cpoSpine, OptionResult cpoAll,
                      Integer cpoYear, OptionResult lpo) {
        this(cluster, baseline, cpoSpine, cpoAll, cpoYear, lpo, null, null, null);
    }

    public Evaluation(ResolvedCluster cluster, OptionResult baseline, OptionResult cpoSpine, OptionResult cpoAll,
                      Integer cpoYear, OptionResult lpo, OptionResult staged, OptionResult refresh) {
        this(cluster, baseline, cpoSpine, cpoAll, cpoYear, lpo, staged, refresh, null);
    }

    /** The same evaluation with the separate comparison of a change of family (docs/model.md section 5). */
    public Evaluation withFamilyChange(OptionResult other) {
        return new Evaluation(cluster, baseline, cpoSpine, cpoAll, cpoYear, lpo, staged, refresh, other);
    }

    /**
     * What a CPO option is judged against (docs/model.md section 3): the cheaper of today's platform and the best
     * pluggable one on sale the same year, both bought with the same year's prices.
     */
    public OptionResult reference() {
        return refresh != null && baseline != null && refresh.tco() < baseline.tco() ? refresh : baseline;
    }

    /** 1 − TCO(option) / TCO(reference): a CPO option's own saving, the one the verdict judges. */
    public double cpoSaving(OptionKind kind) {
        return option(kind).map(o -> Savings.saving(reference(), o)).orElse(Double.NaN);
    }

    /** The options without an LPO one. */
    public Evaluation(ResolvedCluster cluster, OptionResult baseline, OptionResult cpoSpine, OptionResult cpoAll,
                      Integer cpoYear) {
        this(cluster, baseline, cpoSpine, cpoAll, cpoYear, null);
    }

    /** The same evaluation with an LPO option. */
    public Evaluation withLpo(OptionResult lpoOption) {
        return new Evaluation(cluster, baseline, cpoSpine, cpoAll, cpoYear, lpoOption, staged, refresh, familyChange);
    }

    /** The same evaluation with the upper tiers on the best option's platform, for the roadmap. */
    public Evaluation withStaged(OptionResult upperTiers) {
        return new Evaluation(cluster, baseline, cpoSpine, cpoAll, cpoYear, lpo, upperTiers, refresh, familyChange);
    }

    /**
     * The upper tiers a roadmap's pilot and scale stages put on CPO: on the platform of the best CPO option, so that
     * every stage of the path to it buys one platform (docs/model.md section 6); the cpo-spine option where it is the
     * best, or where the best's platform gives no such option.
     */
    public OptionResult stagedSpine() {
        return staged != null ? staged : cpoSpine;
    }

    public Optional<OptionResult> option(OptionKind kind) {
        return Optional.ofNullable(switch (kind) {
            case BASELINE -> baseline;
            case REFRESH -> refresh;
            case FAMILY_CHANGE -> familyChange;
            case LPO -> lpo;
            case CPO_SPINE -> cpoSpine;
            case CPO_ALL -> cpoAll;
        });
    }

    /** 1 − TCO(option) / TCO(baseline). */
    public double saving(OptionKind kind) {
        return option(kind).map(o -> Savings.saving(baseline, o)).orElse(Double.NaN);
    }

    /** The options the advice rests on: the baseline and the best CPO option, those that could be built. */
    public List<OptionResult> chosen() {
        List<OptionResult> options = new ArrayList<>(2);
        if (baseline != null) options.add(baseline);
        best().ifPresent(options::add);
        return options;
    }

    /** The CPO option with the larger saving, if any CPO option could be built. */
    public Optional<OptionResult> best() {
        if (cpoSpine == null) return Optional.ofNullable(cpoAll);
        if (cpoAll == null) return Optional.of(cpoSpine);
        return Optional.of(Savings.saving(baseline, cpoAll) > Savings.saving(baseline, cpoSpine) ? cpoAll : cpoSpine);
    }
}
