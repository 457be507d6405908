package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice.BreakEven;
import org.cpoadvisor.advisor.advice.BreakEvenQuantity;
import org.cpoadvisor.advisor.advice.BreakEvenStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wording the text report, {@code cpo explain} and the REPL share. */
class TextViewsTest {

    private static BreakEven point(BreakEvenQuantity q, BreakEvenStatus s, Double value, double low, double high) {
        return new BreakEven("cpo-all", q, s, value, low, high);
    }

    @Test
    void everyBreakEvenIsWordedOnceForEveryView() {
        assertThat(TextViews.breakEven(point(BreakEvenQuantity.GPUS, BreakEvenStatus.FOUND, 6143.6, 1024, 131072), "USD"))
                .isEqualTo("saves min-saving from 6,144 GPUs");
        // the REPL said "at every size from 1,024 GPUs" here before the views were one
        assertThat(TextViews.breakEven(point(BreakEvenQuantity.GPUS, BreakEvenStatus.ALWAYS, 1024.0, 1024, 131072), "USD"))
                .isEqualTo("already at the smallest size searched (1,024 GPUs)");
        assertThat(TextViews.breakEven(point(BreakEvenQuantity.GPUS, BreakEvenStatus.NONE, null, 1024, 131072), "USD"))
                .isEqualTo("not at any size up to 131,072 GPUs");
        assertThat(TextViews.breakEven(point(BreakEvenQuantity.ELECTRICITY, BreakEvenStatus.FOUND, 0.0725, 0.02, 0.5), "EUR"))
                .isEqualTo("from 0.0725 EUR/kWh");
        // and "not at any price up to 0.50 EUR/kWh" here, which was wrong: the saving holds up to the value
        assertThat(TextViews.breakEven(point(BreakEvenQuantity.ELECTRICITY, BreakEvenStatus.UNTIL, 0.31, 0.02, 0.5), "EUR"))
                .isEqualTo("up to 0.3100 EUR/kWh (dearer energy erodes the saving)");
        assertThat(TextViews.breakEven(point(BreakEvenQuantity.YEAR, BreakEvenStatus.NONE, null, 2025, 2030), "EUR"))
                .isEqualTo("not in 2025..2030");
        assertThat(TextViews.label(point(BreakEvenQuantity.ELECTRICITY, BreakEvenStatus.NONE, null, 0.02, 0.5))).isEqualTo("electricity price");
        assertThat(TextViews.searched(point(BreakEvenQuantity.GPUS, BreakEvenStatus.NONE, null, 1024, 131072), "USD"))
                .isEqualTo("1,024..131,072 GPUs");
    }

    @Test
    void paybackAndSpeeds() {
        assertThat(TextViews.payback(null)).isEqualTo("never within the lifetime");
        assertThat(TextViews.payback(0.0)).isEqualTo("immediate (no extra capex)");
        assertThat(TextViews.payback(2.349)).isEqualTo("2.3 years");
        assertThat(TextViews.gbps(800)).isEqualTo("800G");
        assertThat(TextViews.gbps(1600)).isEqualTo("1.6T");
    }
}
