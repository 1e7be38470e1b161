package com.coopromo.seller.domain;

import com.coopromo.common.domain.FieldError;
import com.coopromo.common.domain.Validation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ListingDraftTest {
    private static final BigDecimal PRICE = new BigDecimal("20.00");

    private static Validation check(String floor, int minDays, int maxDays) {
        return new ListingDraft(1L, 2L, floor == null ? null : new BigDecimal(floor), minDays, maxDays).validate(PRICE);
    }

    @Test
    void aFloorBelowThePriceWithCentsIsAccepted() {
        assertThat(check("14.99", 1, 3).hasErrors()).isFalse();
    }

    @Test
    void aFloorExactlyAtThePriceIsAccepted() {
        assertThat(check("20.00", 0, 0).hasErrors()).isFalse();
    }

    @Test
    void aFloorOneCentAboveThePriceIsRefusedNamingBothValues() {
        assertThat(check("20.01", 1, 3).errors()).extracting(FieldError::toString)
                .containsExactly("marginFloorPrice: must not be above the Sku's price 20.00 (was 20.01)");
    }

    @Test
    void aNegativeOrMissingFloorIsRefused() {
        assertThat(check("-0.01", 1, 3).errors()).extracting(FieldError::field).containsExactly("marginFloorPrice");
        assertThat(check(null, 1, 3).errors()).extracting(FieldError::reason).containsExactly("is required");
    }

    @Test
    void fractionsOfACentAreRefusedNotRounded() {
        assertThat(check("9.999", 1, 3).errors()).extracting(FieldError::reason)
                .containsExactly("must have at most 2 decimals (was 9.999)");
        assertThat(check("9.9900", 1, 3).hasErrors()).as("trailing zeros are still cents").isFalse();
    }

    @Test
    void aFloorAboveWhatAMoneyColumnHoldsIsRefusedOnItsFieldEvenWithoutASku() {
        Validation v = new ListingDraft(1L, 77L, new BigDecimal("1E+26"), 1, 2).validate(null);
        assertThat(v.errors()).extracting(FieldError::toString).containsExactly(
                "skuId: no Sku with id 77 exists in the catalog",
                "marginFloorPrice: must be at most 99,999,999,999,999,999.99 (was 100000000000000000000000000)");
    }

    @Test
    void anUnknownSkuIsRefusedNamingTheId() {
        Validation v = new ListingDraft(1L, 77L, new BigDecimal("1.00"), 1, 2).validate(null);
        assertThat(v.errors()).extracting(FieldError::toString).containsExactly("skuId: no Sku with id 77 exists in the catalog");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Validation v = new ListingDraft(1L, 77L, new BigDecimal("-1"), 5, 2).validate(null);
        assertThat(v.errors()).extracting(FieldError::field).containsExactly("skuId", "marginFloorPrice", "shipMaxDays");
    }

    @Test
    void shippingWindowBoundsAreChecked() {
        assertThat(check("1.00", -1, 2).errors()).extracting(FieldError::toString)
                .containsExactly("shipMinDays: must be 0 or more (was -1)");
        assertThat(check("1.00", 3, 2).errors()).extracting(FieldError::toString)
                .containsExactly("shipMaxDays: must not be before shipMinDays (2 < 3)");
        assertThat(check("1.00", 0, ShippingWindow.LONGEST_DAYS).hasErrors()).isFalse();
        assertThat(check("1.00", 0, ShippingWindow.LONGEST_DAYS + 1).errors()).extracting(FieldError::field)
                .containsExactly("shipMaxDays");
    }
}
