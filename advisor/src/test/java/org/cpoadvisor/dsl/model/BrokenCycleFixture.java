package org.cpoadvisor.dsl.model;

import org.cpoadvisor.dsl.parse.BrokenCycleFixtureOther;

/** With {@link BrokenCycleFixtureOther}, breaks "no package cycles": model and parse need each other. */
public final class BrokenCycleFixture {
    public BrokenCycleFixtureOther other;
}
