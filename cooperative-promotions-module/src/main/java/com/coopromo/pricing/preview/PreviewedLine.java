package com.coopromo.pricing.preview;

import com.coopromo.pricing.domain.Outcome;

import java.math.BigDecimal;

/**
 * How one line of a previewed cart was priced: the host's figures for the line (money at scale 2, for the whole
 * line), the campaign the Sku is enrolled in (if any), the calculator's outcome and its explanation, and who funds the
 * campaign discount. {@code unitPrice × quantity − hostDiscount − campaignDiscount = finalTotal}.
 */
public final class PreviewedLine {
    private final long skuId;
    private final String name;
    private final int quantity;
    private final BigDecimal unitPrice;
    private final BigDecimal hostDiscount;
    private final BigDecimal campaignDiscount;
    private final BigDecimal finalTotal;
    private final Long campaignId;
    private final String campaignName;
    private final Outcome outcome;
    private final String outcomeLabel;
    private final String explanation;
    private final BigDecimal platformFunded;
    private final BigDecimal sellerFunded;
    private final boolean inCart;

    PreviewedLine(long skuId, String name, int quantity, BigDecimal unitPrice, BigDecimal hostDiscount,
                  BigDecimal campaignDiscount, BigDecimal finalTotal, Long campaignId, String campaignName,
                  Outcome outcome, String outcomeLabel, String explanation, BigDecimal platformFunded,
                  BigDecimal sellerFunded, boolean inCart) {
        this.skuId = skuId;
        this.name = name;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.hostDiscount = hostDiscount;
        this.campaignDiscount = campaignDiscount;
        this.finalTotal = finalTotal;
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.outcome = outcome;
        this.outcomeLabel = outcomeLabel;
        this.explanation = explanation;
        this.platformFunded = platformFunded;
        this.sellerFunded = sellerFunded;
        this.inCart = inCart;
    }

    public long skuId() { return skuId; }
    /** The line's name as the host shows it in a cart. */
    public String name() { return name; }
    public int quantity() { return quantity; }
    /** The Sku's best non-promotional unit price (sale price when on sale, else retail). */
    public BigDecimal unitPrice() { return unitPrice; }
    /** What the host's own offers take off the line (after the campaign's stacking policy). */
    public BigDecimal hostDiscount() { return hostDiscount; }
    /** What the campaign takes off the line. */
    public BigDecimal campaignDiscount() { return campaignDiscount; }
    /** The line's total as the cart shows it. */
    public BigDecimal finalTotal() { return finalTotal; }
    /** The campaign the Sku is enrolled in (live at the instant, or the nearest one that is not), or null. */
    public Long campaignId() { return campaignId; }
    public String campaignName() { return campaignName; }
    /**
     * The calculator's outcome; null only when the module did not price the line at all although a campaign is live
     * for it (see {@link #outcomeLabel()}).
     */
    public Outcome outcome() { return outcome; }
    /** A short heading: the outcome's label, e.g. "Campaign not live". */
    public String outcomeLabel() { return outcomeLabel; }
    /** Why (or why not), naming the rule and the values. */
    public String explanation() { return explanation; }
    /** The platform's part of {@link #campaignDiscount()}. */
    public BigDecimal platformFunded() { return platformFunded; }
    /** The seller's part of {@link #campaignDiscount()}. */
    public BigDecimal sellerFunded() { return sellerFunded; }
    /** False when Broadleaf would not let a shopper add the Sku to a cart (marked unavailable, not enough stock). */
    public boolean inCart() { return inCart; }

    @Override
    public String toString() {
        return "Sku " + skuId + " x" + quantity + " " + outcomeLabel + ": " + unitPrice.toPlainString() + " - host "
                + hostDiscount.toPlainString() + " - campaign " + campaignDiscount.toPlainString() + " = "
                + finalTotal.toPlainString();
    }
}
