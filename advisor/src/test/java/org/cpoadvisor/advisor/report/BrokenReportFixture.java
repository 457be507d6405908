package org.cpoadvisor.advisor.report;

import org.cpoadvisor.rules.Analyst;

/** Breaks "reports read only the Advice" and the layers: a report that holds the engine. */
public final class BrokenReportFixture {
    public Analyst analyst;
}
