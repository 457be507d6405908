package org.cpoadvisor.rules.cost;

import org.cpoadvisor.rules.cost.CostCurve.Crossing;
import org.cpoadvisor.rules.cost.CostCurve.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The cumulative-cost curves and their crossings, worked by hand. */
class CostCurveTest {

    /** An option with only a capex and a yearly opex (all of it energy). */
    private static OptionResult option(double capex, double opexPerYear) {
        return new OptionResult(OptionKind.CPO_SPINE, null, null, null, List.of(), 0, 0, opexPerYear, capex, 0, 0, 0, 0,
                new Opex(opexPerYear, 0, 0, 0, 0), 0, 0, 2026);
    }

    @Test
    void theCurveIsTheCapexThenEachYearsDiscountedOpex() {
        // capex 1 000, opex 110 a year at 10 %: 1 000; + 110/1.1 = 100 → 1 100; + 110/1.21 = 90.909091 → 1 190.909091
        double[] c = CostCurve.cumulative(option(1000, 110), 0.10, 2);
        assertThat(c).hasSize(3);
        assertThat(c[0]).isEqualTo(1000);
        assertThat(c[1]).isCloseTo(1100, within(1e-9));
        assertThat(c[2]).isCloseTo(1190.909091, within(1e-6));
        // not discounted: capex 100, opex 50 over 5 years: 100, 150, 200, 250, 300, 350
        assertThat(CostCurve.cumulative(option(100, 50), 0, 5)).containsExactly(100, 150, 200, 250, 300, 350);
    }

    @Test
    void aBreakEvenIsWhereTheLineDropsBelowTheBaselineAndOtherwiseThereIsNoCrossing() {
        // undiscounted over 5 years, the baseline 100 up front and 50 a year: 100, 150, 200, 250, 300, 350
        double[] baseline = CostCurve.cumulative(option(100, 50), 0, 5);
        // 45 more up front, 30 a year less: 145, 165, 185 … The difference is +15 at year 1 and −15 at year 2, so the
        // lines cross half way, at year 1.5, where the baseline costs 150 + 50 × 0.5 = 175
        Crossing spine = CostCurve.crossing(baseline, CostCurve.cumulative(option(145, 20), 0, 5));
        assertThat(spine.status()).isEqualTo(Status.BREAK_EVEN);
        assertThat(spine.year()).isCloseTo(1.5, within(1e-12));
        assertThat(spine.cost()).isCloseTo(175, within(1e-9));
        // 90 up front and 30 a year: cheaper every year, from its capex of 90
        assertThat(CostCurve.crossing(baseline, CostCurve.cumulative(option(90, 30), 0, 5)))
                .isEqualTo(new Crossing(Status.FROM_START, 0, 90));
        // 150 up front and 60 a year: dearer every year
        assertThat(CostCurve.crossing(baseline, CostCurve.cumulative(option(150, 60), 0, 5)))
                .isEqualTo(new Crossing(Status.NEVER, 0, 0));
    }

    @Test
    void aCheaperStartThatRunningCostsOvertakeIsDearerFromTheYearTheyMeet() {
        // 80 up front and 60 a year against 100 and 50: 80, 140, 200, 260 against 100, 150, 200, 250; the difference
        // is −20, −10, 0, +10: the lines meet at year 2 (cost 200) and the option is dearer after it
        Crossing x = CostCurve.crossing(CostCurve.cumulative(option(100, 50), 0, 5), CostCurve.cumulative(option(80, 60), 0, 5));
        assertThat(x.status()).isEqualTo(Status.UNTIL);
        assertThat(x.year()).isCloseTo(2, within(1e-12));
        assertThat(x.cost()).isCloseTo(200, within(1e-9));
    }

    @Test
    void equalUpFrontAndCheaperAfterIsCheaperFromTheStart() {
        // 100 up front for both, 40 a year against 50: equal at year 0, cheaper from year 1, so no break-even to mark
        assertThat(CostCurve.crossing(CostCurve.cumulative(option(100, 50), 0, 3), CostCurve.cumulative(option(100, 40), 0, 3)))
                .isEqualTo(new Crossing(Status.FROM_START, 0, 100));
    }
}
