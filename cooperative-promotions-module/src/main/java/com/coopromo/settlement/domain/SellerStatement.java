package com.coopromo.settlement.domain;

import java.math.BigDecimal;

/**
 * One seller's settlement in a campaign, exact to the cent: gross sales (before the campaign discount), the discounts
 * the seller funded, the platform's reimbursement of the discounts it funded, cancelled lines reversed, the bonus and
 * the rule that earned it, and the net amount owed: {@code gross − sellerFunded − cancellationsReversed + bonus}
 * (the platform reimbursement is inside it: shoppers paid gross − both parts, the platform pays its part).
 */
public final class SellerStatement {
    private final long sellerId;
    private final long lines;
    private final BigDecimal grossSales;
    private final BigDecimal sellerFundedDiscounts;
    private final BigDecimal platformReimbursements;
    private final BigDecimal cancellationsReversed;
    private final BigDecimal bonus;
    private final String bonusRule;

    public SellerStatement(long sellerId, long lines, BigDecimal grossSales, BigDecimal sellerFundedDiscounts,
                           BigDecimal platformReimbursements, BigDecimal cancellationsReversed, BigDecimal bonus,
                           String bonusRule) {
        this.sellerId = sellerId;
        this.lines = lines;
        this.grossSales = grossSales.setScale(2);
        this.sellerFundedDiscounts = sellerFundedDiscounts.setScale(2);
        this.platformReimbursements = platformReimbursements.setScale(2);
        this.cancellationsReversed = cancellationsReversed.setScale(2);
        this.bonus = bonus.setScale(2);
        this.bonusRule = bonusRule;
    }

    public long sellerId() { return sellerId; }
    public long lines() { return lines; }
    public BigDecimal grossSales() { return grossSales; }
    public BigDecimal sellerFundedDiscounts() { return sellerFundedDiscounts; }
    public BigDecimal platformReimbursements() { return platformReimbursements; }
    public BigDecimal cancellationsReversed() { return cancellationsReversed; }
    /** gross − seller-funded − cancellations reversed: what the tiers look at. */
    public BigDecimal netSales() { return grossSales.subtract(sellerFundedDiscounts).subtract(cancellationsReversed); }
    public BigDecimal bonus() { return bonus; }
    /** Which rule earned the bonus, or why there is none, in one sentence. */
    public String bonusRule() { return bonusRule; }
    /** Net sales + bonus. */
    public BigDecimal net() { return netSales().add(bonus); }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SellerStatement)) {
            return false;
        }
        SellerStatement s = (SellerStatement) o;
        return sellerId == s.sellerId && lines == s.lines && grossSales.equals(s.grossSales)
                && sellerFundedDiscounts.equals(s.sellerFundedDiscounts)
                && platformReimbursements.equals(s.platformReimbursements)
                && cancellationsReversed.equals(s.cancellationsReversed) && bonus.equals(s.bonus)
                && bonusRule.equals(s.bonusRule);
    }

    @Override
    public int hashCode() {
        return (int) sellerId * 31 + bonus.hashCode();
    }

    @Override
    public String toString() {
        return "seller " + sellerId + ": gross " + grossSales + ", seller-funded " + sellerFundedDiscounts
                + ", platform " + platformReimbursements + ", reversed " + cancellationsReversed + ", bonus " + bonus
                + " (" + bonusRule + "), net " + net();
    }
}
