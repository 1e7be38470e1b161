package com.coopromo.pricing.domain;

import com.coopromo.common.domain.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.coopromo.pricing.domain.PricingFixture.aLine;
import static com.coopromo.pricing.domain.PricingFixture.aLineWithoutOffer;
import static com.coopromo.pricing.domain.PricingFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

class LineInputTest {

    private static List<String> problemsOf(LineInput.Builder builder) {
        List<String> problems = new ArrayList<String>();
        for (FieldError error : builder.validate().errors()) {
            problems.add(error.toString());
        }
        return problems;
    }

    @Test
    void keepsMoneyInCents() {
        LineInput line = aLine().unitPrice(dec("20")).nativeDiscountPerUnit(dec("0")).remainingPlatformBudget(dec("5.5")).build();

        assertThat(line.unitPrice()).isEqualTo(dec("20.00"));
        assertThat(line.nativeDiscountPerUnit()).isEqualTo(dec("0.00"));
        assertThat(line.remainingPlatformBudget()).isEqualTo(dec("5.50"));
    }

    @Test
    void refusesAQuantityBelowOne() {
        assertThat(problemsOf(aLine().quantity(0))).containsExactly("quantity: must be 1 or more (was 0)");
    }

    @Test
    void refusesAHostDiscountAboveThePrice() {
        assertThat(problemsOf(aLine().nativeDiscountPerUnit(dec("20.01"))))
                .containsExactly("nativeDiscountPerUnit: must not exceed the unit price (20.01 > 20.00)");
    }

    @Test
    void refusesNegativeAndFractionalCentAmounts() {
        assertThat(problemsOf(aLine().unitPrice(dec("-1")).nativeDiscountPerUnit(dec("0.001"))
                .remainingPlatformBudget(dec("-0.01")))).containsExactly(
                "unitPrice: must be 0 or more in whole cents (was -1)",
                "nativeDiscountPerUnit: must be 0 or more in whole cents (was 0.001)",
                "remainingPlatformBudget: must be 0 or more in whole cents (was -0.01)");
    }

    @Test
    void requiresTheStockToBeStatedEvenWhenUntracked() {
        LineInput.Builder unstated = LineInput.builder().skuId(1L).quantity(1).unitPrice(dec("1")).nativeDiscountPerUnit(dec("0"))
                .pricedAt(PricingFixture.DURING);

        assertThat(problemsOf(unstated)).containsExactly("stockAvailable: is required (null when the host does not track stock)");
        assertThat(unstated.stockAvailable(null).build().stockAvailable()).isNull();
    }

    @Test
    void requiresTheRemainingBudgetWithAnOffer() {
        assertThat(problemsOf(aLine().remainingPlatformBudget(null))).containsExactly("remainingPlatformBudget: is required");
    }

    @Test
    void needsNoBudgetWithoutAnOffer() {
        assertThat(aLineWithoutOffer().build().remainingPlatformBudget()).isEqualTo(dec("0.00"));
    }

    @Test
    void refusesAnEmptyLineNamingEveryField() {
        assertThat(problemsOf(LineInput.builder())).containsExactly("skuId: is required", "quantity: is required",
                "unitPrice: is required", "nativeDiscountPerUnit: is required",
                "stockAvailable: is required (null when the host does not track stock)", "pricedAt: is required");
    }

    @Test
    void linesWithTheSameValuesAreEqual() {
        assertThat(aLine().unitPrice(dec("20")).build()).isEqualTo(aLine().unitPrice(dec("20.00")).build());
        assertThat(aLine().build().toBuilder().build()).isEqualTo(aLine().build());
    }
}
