package com.coopromo.pricing.index;

import java.math.BigDecimal;

/**
 * One active enrollment as the enrollment index needs it: plain columns, read without building entities, so a full
 * rebuild at tens of thousands of enrollments allocates a row per enrollment and one campaign per campaign.
 */
final class EnrollmentRow {
    final long enrollmentId;
    final long campaignId;
    final long skuId;
    final long sellerId;
    final long listingId;
    final BigDecimal sellerDiscountPercent;
    final BigDecimal marginFloor;

    EnrollmentRow(Object[] columns) {
        this.enrollmentId = ((Number) columns[0]).longValue();
        this.campaignId = ((Number) columns[1]).longValue();
        this.skuId = ((Number) columns[2]).longValue();
        this.sellerId = ((Number) columns[3]).longValue();
        this.listingId = ((Number) columns[4]).longValue();
        this.sellerDiscountPercent = (BigDecimal) columns[5];
        this.marginFloor = (BigDecimal) columns[6];
    }
}
