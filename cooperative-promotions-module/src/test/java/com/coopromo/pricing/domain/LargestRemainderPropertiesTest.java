package com.coopromo.pricing.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LargestRemainderPropertiesTest {

    @Property(tries = 5000)
    void thePartsAlwaysSumToTheTotal(@ForAll @BigRange(min = "-100000000", max = "100000000") @Scale(2) BigDecimal total,
                                      @ForAll("weights") List<BigDecimal> weights) {
        List<BigDecimal> parts = LargestRemainder.split(total, weights);

        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            assertThat(part.scale()).isEqualTo(2);
            assertThat(part.signum() * total.signum()).isGreaterThanOrEqualTo(0);
            sum = sum.add(part);
        }
        assertThat(parts).hasSameSizeAs(weights);
        assertThat(sum).isEqualByComparingTo(total);
    }

    @Property(tries = 5000)
    void eachPartIsItsExactShareRoundedDownOrUpByOneCent(
            @ForAll @BigRange(min = "0", max = "100000000") @Scale(2) BigDecimal total,
            @ForAll("weights") List<BigDecimal> weights) {
        List<BigDecimal> parts = LargestRemainder.split(total, weights);
        BigDecimal weightSum = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            weightSum = weightSum.add(weight);
        }

        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = total.multiply(weights.get(i));
            BigDecimal down = exact.divide(weightSum, 2, RoundingMode.FLOOR);
            BigDecimal up = exact.divide(weightSum, 2, RoundingMode.CEILING);
            assertThat(parts.get(i)).isBetween(down, up);
        }
        assertThat(LargestRemainder.split(total, weights)).as("deterministic").isEqualTo(parts);
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(BigDecimal.ONE, new BigDecimal("3"))),
                net.jqwik.api.Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(4)));
        return weight.list().ofMinSize(1).ofMaxSize(40)
                .filter(list -> {
                    for (BigDecimal w : list) {
                        if (w.signum() > 0) {
                            return true;
                        }
                    }
                    return false;
                });
    }
}
