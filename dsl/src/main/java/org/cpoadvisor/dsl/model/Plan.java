package org.cpoadvisor.dsl.model;

import java.util.List;

/**
 * The owner's intent for a cluster: {@code plan cpo from 2027 tiers spine} or
 * {@code plan pluggable}. The rules check it against the numbers.
 *
 * @param fromYear the year CPO is meant to start, or {@code null}
 * @param tiers    the tiers meant to go co-packaged; empty means not said
 */
public record Plan(PlanIntent intent, Integer fromYear, List<Tier> tiers) {

    public Plan {
        tiers = List.copyOf(tiers);
    }
}
