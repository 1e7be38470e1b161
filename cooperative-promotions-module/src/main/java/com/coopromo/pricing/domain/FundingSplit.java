package com.coopromo.pricing.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who pays a campaign discount: the platform's share (from the campaign budget) and the seller's. The two parts
 * always add up to the discount exactly; they are a {@link LargestRemainder} split with the platform first, so a
 * half-cent tie goes to the platform (its part is the platform percent of the total rounded half-up to cents).
 * <p>
 * An order's discounts are split once per order and campaign (per seller too when the campaign caps the platform's
 * funding per seller), never line by line, so the rounding happens once: {@link OrderFundingSplit}. A line priced
 * after others of the same order takes what its discount {@linkplain #added adds} to that order-level split.
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

    /**
     * What one more line adds to an order's split when the order's earlier lines of the same funding (the campaign,
     * or the campaign and seller when it caps per seller) already carry {@code discountBefore}: the platform part is
     * {@code of(before + discount).platformPart() - of(before).platformPart()}, the seller part the rest of the
     * discount. Lines added one by one this way sum to exactly the split of their total; each part is between 0 and
     * the discount.
     *
     * @throws IllegalArgumentException on a programming error, as {@link #of}
     */
    public static FundingSplit added(BigDecimal discountBefore, BigDecimal discount, BigDecimal platformPercent) {
        BigDecimal before = Money.exact(discountBefore, "discountBefore");
        BigDecimal line = Money.exact(discount, "discount");
        if (before.signum() < 0 || line.signum() < 0) {
            throw new IllegalArgumentException("discountBefore and discount must be 0 or more (were "
                    + before.toPlainString() + ", " + line.toPlainString() + ")");
        }
        if (before.signum() == 0) {
            return of(line, platformPercent);
        }
        BigDecimal platform = of(before.add(line), platformPercent).platformPart()
                .subtract(of(before, platformPercent).platformPart());
        return parts(platform, line.subtract(platform));
    }

    /** A split whose parts were computed elsewhere (an order-level split allocated to a line); both whole cents, 0 or more. */
    static FundingSplit parts(BigDecimal platformPart, BigDecimal sellerPart) {
        BigDecimal platform = Money.exact(platformPart, "platformPart");
        BigDecimal seller = Money.exact(sellerPart, "sellerPart");
        if (platform.signum() < 0 || seller.signum() < 0) {
            throw new IllegalArgumentException("the parts must be 0 or more (were " + platform.toPlainString() + ", "
                    + seller.toPlainString() + ")");
        }
        return platform.signum() == 0 && seller.signum() == 0 ? NONE : new FundingSplit(platform, seller);
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
