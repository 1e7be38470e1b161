package com.coopromo.pricing.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Supplier;

/**
 * The priced line: the campaign discount (per unit and for the line), the host's discount that remains after
 * stacking, the final unit price, who funds the campaign discount, why ({@link #reason()}) and a sentence saying so
 * ({@link #explanation()}). All money has scale 2.
 * <p>
 * The line amounts are authoritative. Normally the campaign discount for the line is exactly per unit × quantity; when
 * the budget reduced it ({@link Outcome#APPLIED_CAPPED_BY_BUDGET}) it need not divide evenly, and
 * {@link #campaignDiscountPerUnit()} is then the line amount / quantity rounded half-up, for display. To write it
 * down exactly per unit, give {@link #unitsWithOneCentMore()} units {@link #campaignDiscountPerUnitRoundedDown()}
 * + 0.01 and the others {@link #campaignDiscountPerUnitRoundedDown()}.
 */
public final class LinePricing {
    private final Outcome reason;
    private final int quantity;
    private final BigDecimal unitPrice;
    private final BigDecimal campaignPercent;
    private final BigDecimal campaignDiscountForLine;
    private final BigDecimal campaignDiscountPerUnit;
    private final BigDecimal nativeDiscountPerUnit;
    private final FundingSplit funding;
    /** Built on first read: pricing a cart never reads it, a preview or an admin screen does. */
    private Supplier<String> explanation;

    LinePricing(Outcome reason, int quantity, BigDecimal unitPrice, BigDecimal campaignPercent,
                BigDecimal campaignDiscountForLine, BigDecimal nativeDiscountPerUnit, FundingSplit funding,
                Supplier<String> explanation) {
        this.reason = reason;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.campaignPercent = campaignPercent;
        this.campaignDiscountForLine = campaignDiscountForLine;
        this.campaignDiscountPerUnit = Money.perUnit(campaignDiscountForLine, quantity);
        this.nativeDiscountPerUnit = nativeDiscountPerUnit;
        this.funding = funding;
        this.explanation = explanation;
    }

    /** Why the line got the campaign discount it got. */
    public Outcome reason() { return reason; }

    /** True when the line carries a campaign discount (above zero). */
    public boolean campaignApplied() { return reason.applied(); }

    public int quantity() { return quantity; }

    /** The host's unit price before any discount. */
    public BigDecimal unitPrice() { return unitPrice; }

    /** The seller's percent clamped into the campaign's [min, cap]; null when the Sku is not enrolled. */
    public BigDecimal campaignPercent() { return campaignPercent; }

    /** The campaign discount per unit (for display when the budget reduced it; see the class comment). */
    public BigDecimal campaignDiscountPerUnit() { return campaignDiscountPerUnit; }

    /** The campaign discount for the whole line, exact. */
    public BigDecimal campaignDiscountForLine() { return campaignDiscountForLine; }

    /** The campaign discount for the line divided by the quantity, rounded down to cents. */
    public BigDecimal campaignDiscountPerUnitRoundedDown() {
        return new BigDecimal(cents(campaignDiscountForLine).divide(BigInteger.valueOf(quantity)), Money.SCALE);
    }

    /** How many units carry one cent more than {@link #campaignDiscountPerUnitRoundedDown()} (0 when it divides evenly). */
    public int unitsWithOneCentMore() {
        return cents(campaignDiscountForLine).mod(BigInteger.valueOf(quantity)).intValue();
    }

    /** The host's own discount per unit that remains after stacking. */
    public BigDecimal nativeDiscountPerUnit() { return nativeDiscountPerUnit; }

    /** The host's own discount for the line that remains after stacking: per unit × quantity. */
    public BigDecimal nativeDiscountForLine() {
        return nativeDiscountPerUnit.multiply(BigDecimal.valueOf(quantity));
    }

    /** Unit price − remaining host discount − campaign discount per unit. */
    public BigDecimal finalUnitPrice() {
        return unitPrice.subtract(nativeDiscountPerUnit).subtract(campaignDiscountPerUnit);
    }

    /** Unit price × quantity − remaining host discount for the line − campaign discount for the line, exact. */
    public BigDecimal finalLineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(nativeDiscountForLine()).subtract(campaignDiscountForLine);
    }

    /**
     * Who funds {@link #campaignDiscountForLine()}: platform part + seller part = it, exactly. The platform part is what
     * the line adds to its order's platform share ({@link FundingSplit#added}), so the parts of an order's lines, summed,
     * are the order-level split the checkout holds in the budget.
     */
    public FundingSplit funding() { return funding; }

    /** Why (or why not), naming the rule and the values, for a preview screen; worded on first call. */
    public String explanation() {
        synchronized (this) {
            final String worded = explanation.get();
            explanation = () -> worded;
            return worded;
        }
    }

    private static BigInteger cents(BigDecimal money) {
        return money.unscaledValue();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LinePricing)) {
            return false;
        }
        LinePricing other = (LinePricing) o;
        return reason == other.reason && quantity == other.quantity && unitPrice.equals(other.unitPrice)
                && (campaignPercent == null ? other.campaignPercent == null : campaignPercent.equals(other.campaignPercent))
                && campaignDiscountForLine.equals(other.campaignDiscountForLine)
                && nativeDiscountPerUnit.equals(other.nativeDiscountPerUnit) && funding.equals(other.funding)
                && explanation().equals(other.explanation());
    }

    @Override
    public int hashCode() {
        int h = reason.hashCode();
        h = h * 31 + quantity;
        h = h * 31 + unitPrice.hashCode();
        h = h * 31 + campaignDiscountForLine.hashCode();
        h = h * 31 + nativeDiscountPerUnit.hashCode();
        return h * 31 + funding.hashCode();
    }

    @Override
    public String toString() {
        return reason + ": campaign -" + campaignDiscountPerUnit.toPlainString() + "/unit (-" + campaignDiscountForLine.toPlainString()
                + " line; " + funding + "), native -" + nativeDiscountPerUnit.toPlainString() + "/unit, final "
                + finalUnitPrice().toPlainString() + "/unit";
    }
}
