package org.cpoadvisor.advisor.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports' own number formatting writes exactly what {@code String.format} writes. */
class NumbersProperties {

    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.doubles().between(-2, 2),
                // ties at every scale: 1.005, 26.595, 0.125, -0.5 ...
                Arbitraries.integers().between(-2_000_000, 2_000_000).map(i -> i / 200.0),
                Arbitraries.integers().between(-2_000_000, 2_000_000).map(i -> i / 1000.0 + 0.0005),
                Arbitraries.of(0.0, -0.0, -0.04, -0.5, 0.5, 1.5, 2.5, 999.5, 999_999.5, -999_999.5, 1e15, -1e15, 123_456_789.125,
                        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY));
    }

    @Property(tries = 3000)
    void fixedIsStringFormat(@ForAll("values") double v, @ForAll @IntRange(min = 0, max = 4) int decimals) {
        assertThat(Numbers.fixed(v, decimals)).as("%s, %d decimals", v, decimals)
                .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    @Property(tries = 3000)
    void groupedIsStringFormatWithSeparators(@ForAll("values") double v, @ForAll @IntRange(min = 0, max = 2) int decimals) {
        assertThat(Numbers.grouped(v, decimals)).as("%s, %d decimals", v, decimals)
                .isEqualTo(String.format(Locale.ROOT, "%,." + decimals + "f", v));
    }

    @Property(tries = 2000)
    void groupedLongIsStringFormat(@ForAll long v) {
        assertThat(Numbers.grouped(v)).isEqualTo(String.format(Locale.ROOT, "%,d", v));
    }

    @Test
    void examples() {
        assertThat(Numbers.grouped(15_122_700.4, 0)).isEqualTo("15,122,700");
        assertThat(Numbers.grouped(-1234.5, 1)).isEqualTo("-1,234.5");
        assertThat(Numbers.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
        assertThat(Numbers.fixed(1.005, 2)).isEqualTo("1.01");
        assertThat(Numbers.fixed(-0.04, 1)).isEqualTo("-0.0");
    }
}
