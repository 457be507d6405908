package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.rules.judge.Judge;
import org.kie.api.KieServices;

/** Breaks "front ends use only the public API" and "only the judging package uses Drools". */
public final class BrokenFrontEndFixture {
    public Judge judge;
    public KieServices kie;
}
