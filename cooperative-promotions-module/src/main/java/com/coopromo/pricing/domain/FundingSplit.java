package com.coopromo.pricing.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who pays a campaign discount: the platform's share (from the campaign budget) and the seller's. The two parts
 * always add up to the discount exactly; they are a {@link LargestRemainder} split with the platform first, so a
 * half-cent tie goes to the platform (its part is the platform percent of the total rounded half-up to cents).
 */
public final class FundingSplit {
    private static final FundingSplit NONE = new FundingSplit(Money.ZERO, Money.ZERO);

    private final BigDecimal platformPart;
    private final BigDecimal sellerPart;

    private FundingSplit(BigDecimal platformPart, BigDecimal sellerPart) {
        this.platformPart = platformPart;
        this.sellerPart = sellerPart;
    }

    /**
     * @param discountTotal   the campaign discount to fund, whole cents, 0 or more
     * @param platformPercent the platform's share, 0 to 100 (the seller funds the rest)
     * @throws IllegalArgumentException on a programming error: fractions of a cent, a negative total, a percent outside
     *                                  0-100
     */
    public static FundingSplit of(BigDecimal discountTotal, BigDecimal platformPercent) {
        BigDecimal total = Money.exact(discountTotal, "discountTotal");
        if (total.signum() < 0) {
            throw new IllegalArgumentException("discountTotal must be 0 or more (was " + total.toPlainString() + ")");
        }
        if (platformPercent == null || platformPercent.signum() < 0 || platformPercent.compareTo(Money.HUNDRED) > 0) {
            throw new IllegalArgumentException("platformPercent must be between 0 and 100 (was " + platformPercent + ")");
        }
        if (total.signum() == 0) {
            return NONE;
        }
        List<BigDecimal> parts = LargestRemainder.split(total, platformPercent, Money.HUNDRED.subtract(platformPercent));
        return new FundingSplit(parts.get(0), parts.get(1));
    }

    /** No discount, nobody pays. */
    public static FundingSplit none() {
        return NONE;
    }

    public BigDecimal platformPart() {
        return platformPart;
    }

    public BigDecimal sellerPart() {
        return sellerPart;
    }

    /** platformPart + sellerPart: the discount funded. */
    public BigDecimal total() {
        return platformPart.add(sellerPart);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FundingSplit)) {
            return false;
        }
        FundingSplit other = (FundingSplit) o;
        return platformPart.equals(other.platformPart) && sellerPart.equals(other.sellerPart);
    }

    @Override
    public int hashCode() {
        return platformPart.hashCode() * 31 + sellerPart.hashCode();
    }

    @Override
    public String toString() {
        return "platform " + platformPart.toPlainString() + " + seller " + sellerPart.toPlainString();
    }
}
