package org.cpoadvisor.rules.sizing;

import org.cpoadvisor.dsl.model.SwitchPlatform;

/** How many switches of which platform one tier needs. */
public record TierCount(TierName tier, SwitchPlatform platform, long switches) {
}
