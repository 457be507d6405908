package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.SweepOptions;
import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.advice.UncertainFigure;
import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real sensitivity and sweep results for the report tests: the ai-factory sample with three ranges given in
 * code (electricity at phx-2, the discount rate, the price of the CPO switch) on top of those the catalog and
 * the defaults carry. Computed once per test run.
 */
final class UncertaintyFixture {

    private UncertaintyFixture() {
    }

    static final String SAMPLE = "../samples/ai-factory.cpo";

    private static Sensitivity sensitivity;
    private static SweepSummary sweep;

    static synchronized ReadResult read(Advisor advisor) {
        ReadResult r = advisor.read(Path.of(SAMPLE));
        Map<FigureRef, Range> map = new LinkedHashMap<>();
        map.put(FigureRef.site("phx-2", "electricity"), new Range(0.03, 0.2));
        map.put(FigureRef.assumption("discount-rate"), new Range(0.04, 0.14));
        map.put(FigureRef.catalog("switch", "spectrum-x-photonics-409t", "price"), new Range(100000, 900000));
        return new ReadResult(r.architecture().withRanges(map), r.sources(), r.diagnostics(), r.files());
    }

    static synchronized Sensitivity sensitivity() {
        if (sensitivity == null) {
            Advisor advisor = new Advisor();
            sensitivity = advisor.sensitivity(read(advisor));
        }
        return sensitivity;
    }

    static synchronized SweepSummary sweep() {
        if (sweep == null) {
            Advisor advisor = new Advisor();
            sweep = advisor.sweep(read(advisor), SweepOptions.of(300, 7));
        }
        return sweep;
    }

    // ------------------------------------------------------------------ made by hand, for exact tests

    /** Three figures: a share, a price per kWh, and one whose name and source carry Markdown and HTML. */
    static final List<UncertainFigure> FIGURES = List.of(
            new UncertainFigure("discount-rate", "share", 0.08, 0.04, 0.14, "triangular", null, "default", "docs/model.md"),
            new UncertainFigure("site dal-1 electricity", "USD/kWh", 0.07, 0.03, 0.2, "uniform", "energy", "file", "a.cpo:12"),
            new UncertainFigure("switch q|<b>x</b> price", "USD", 80000, 60000, 110000, "triangular", "energy", "catalog",
                    "vendor *list* 2026"));

    /**
     * Two clusters: one whose verdict flips within two ranges (once each way up, once with no CPO option at an end),
     * one that no figure moves.
     */
    static Sensitivity handMadeSensitivity() {
        Sensitivity.ClusterSensitivity dal = new Sensitivity.ClusterSensitivity("dal-1.train", Verdict.WAIT, "cpo-spine", 0.05,
                List.of(new Sensitivity.Swing("site dal-1 electricity", 0.03, 0.2, 0.01, 0.18, Verdict.WAIT, Verdict.PILOT, 0.17,
                                List.of(new Sensitivity.Flip(0.1123456789, Verdict.WAIT, Verdict.PILOT))),
                        new Sensitivity.Swing("switch q|<b>x</b> price", 60000, 110000, 0.12, null, Verdict.PILOT, Verdict.WAIT, 0.12,
                                List.of(new Sensitivity.Flip(66000, Verdict.PILOT, Verdict.WAIT))),
                        new Sensitivity.Swing("discount-rate", 0.04, 0.14, 0.055, 0.044, Verdict.WAIT, Verdict.WAIT, 0.011, List.of())));
        Sensitivity.ClusterSensitivity osl = new Sensitivity.ClusterSensitivity("osl-3.serve", Verdict.PREPARE, "cpo-all", 0.2, List.of());
        return new Sensitivity("Hand <made>", "hand.cpo", "USD", FIGURES, List.of(dal, osl), List.of());
    }

    /** Two clusters of 1,000 scenarios: one spread over three verdicts, one with no CPO option in any scenario. */
    static SweepSummary handMadeSweep() {
        Map<Verdict, Long> spread = new EnumMap<>(Verdict.class);
        spread.put(Verdict.ADOPT, 100L);
        spread.put(Verdict.PILOT, 250L);
        spread.put(Verdict.PREPARE, 0L);
        spread.put(Verdict.WAIT, 650L);
        SweepSummary.Spread saving = new SweepSummary.Spread(990, 0.031234, -0.1, -0.08, -0.05, -0.01, 0.03, 0.07, 0.1, 0.12, 0.2);
        SweepSummary.Spread gpus = new SweepSummary.Spread(150, 1234.56, 512, 600, 700, 800, 1024, 2048, 4096, 8192, 9000);
        List<Long> counts = List.of(5L, 10L, 20L, 40L, 60L, 80L, 100L, 120L, 110L, 100L, 90L, 80L, 60L, 40L, 30L, 20L, 15L, 5L, 3L, 2L);
        SweepSummary.ClusterSweep dal = new SweepSummary.ClusterSweep("dal-1.train", Verdict.WAIT, spread, saving, 10, gpus, 50,
                new SweepSummary.Histogram(-0.1, 0.015, counts));
        Map<Verdict, Long> none = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) none.put(v, v == Verdict.WAIT ? 1000L : 0L);
        SweepSummary.ClusterSweep osl = new SweepSummary.ClusterSweep("osl-3.serve", Verdict.WAIT, Collections.unmodifiableMap(none),
                null, 1000, null, 200, null);
        return new SweepSummary("Hand <made>", "hand.cpo", "USD", 1000, 42, FIGURES, List.of(dal, osl), 200, List.of());
    }

    /** A sensitivity of a file with an error: nothing but its diagnostics. */
    static Sensitivity brokenSensitivity() {
        return new Sensitivity("", "broken.cpo", "USD", List.of(), List.of(), List.of(broken()));
    }

    static SweepSummary brokenSweep() {
        return new SweepSummary("", "broken.cpo", "USD", 100, 1, List.of(), List.of(), 200, List.of(broken()));
    }

    private static Diagnostic broken() {
        return Diagnostic.of(Code.CPO208, "unknown cooling `liqud`", new SourceLocation("broken.cpo", 3, 11, 5));
    }
}
