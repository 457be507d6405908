package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.model.BrokenCycleFixture;

/** The other half of the cycle of {@link BrokenCycleFixture}. */
public final class BrokenCycleFixtureOther {
    public BrokenCycleFixture back;
}
