package com.coopromo.pricing.domain;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.Validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One cart line as the pricing calculator sees it: the Sku and quantity, the host's unit price before any discount,
 * the discount per unit the host's own offers already grant on the line, the stock the host reports, the campaign
 * offer the Sku is enrolled in (or none), the instant of pricing, what is left of that campaign's platform budget and
 * the campaign discount the order's earlier lines of the same funding already carry.
 * Money is kept with scale 2. Built only through {@link Builder#build()}, which refuses bad input naming every bad
 * field at once.
 */
public final class LineInput {
    private final long skuId;
    private final int quantity;
    private final BigDecimal unitPrice;
    private final BigDecimal nativeDiscountPerUnit;
    private final Integer stockAvailable;
    private final CampaignOffer offer;
    private final Instant pricedAt;
    private final BigDecimal remainingPlatformBudget;
    private final boolean budgetIsSellerCap;
    private final BigDecimal orderDiscountBefore;

    private LineInput(Builder b) {
        this.skuId = b.skuId;
        this.quantity = b.quantity;
        this.unitPrice = cents(b.unitPrice);
        this.nativeDiscountPerUnit = cents(b.nativeDiscountPerUnit);
        this.stockAvailable = b.stockAvailable;
        this.offer = b.offer;
        this.pricedAt = b.pricedAt;
        this.remainingPlatformBudget = b.remainingPlatformBudget == null ? Money.ZERO : cents(b.remainingPlatformBudget);
        this.budgetIsSellerCap = b.budgetIsSellerCap;
        this.orderDiscountBefore = b.orderDiscountBefore == null ? Money.ZERO : cents(b.orderDiscountBefore);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this line, to change some values and build again. */
    public Builder toBuilder() {
        return new Builder().skuId(skuId).quantity(quantity).unitPrice(unitPrice).nativeDiscountPerUnit(nativeDiscountPerUnit)
                .stockAvailable(stockAvailable).offer(offer).pricedAt(pricedAt).remainingPlatformBudget(remainingPlatformBudget)
                .budgetIsSellerCap(budgetIsSellerCap).orderDiscountBefore(orderDiscountBefore);
    }

    public long skuId() { return skuId; }
    public int quantity() { return quantity; }
    /** The host's price of one unit before any discount, scale 2. */
    public BigDecimal unitPrice() { return unitPrice; }
    /** The discount per unit the host's own offers grant on this line, 0 or more, scale 2. */
    public BigDecimal nativeDiscountPerUnit() { return nativeDiscountPerUnit; }
    /** Units the host has in stock, or null when the host does not track stock for the Sku. */
    public Integer stockAvailable() { return stockAvailable; }
    /** The campaign offer the Sku is enrolled in, or null when it is in none. */
    public CampaignOffer offer() { return offer; }
    public Instant pricedAt() { return pricedAt; }
    /** What is left of the offer's campaign budget for the platform's share, scale 2 (0.00 when not enrolled). */
    public BigDecimal remainingPlatformBudget() { return remainingPlatformBudget; }
    /**
     * True when {@link #remainingPlatformBudget()} is what is left of the campaign's per-seller cap for this seller
     * (smaller than what the campaign budget has left), so explanations name the right limit.
     */
    public boolean budgetIsSellerCap() { return budgetIsSellerCap; }
    /**
     * The campaign discount the order's lines priced before this one already carry in the same funding (the campaign,
     * or the campaign and this seller when it caps per seller; see {@link OrderFundingSplit}), scale 2, 0.00 for the
     * first. The platform's share is split once for the order, so this line costs the budget what its discount adds
     * to that share ({@link FundingSplit#added}).
     */
    public BigDecimal orderDiscountBefore() { return orderDiscountBefore; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LineInput)) {
            return false;
        }
        LineInput other = (LineInput) o;
        return skuId == other.skuId && quantity == other.quantity && unitPrice.equals(other.unitPrice)
                && nativeDiscountPerUnit.equals(other.nativeDiscountPerUnit)
                && (stockAvailable == null ? other.stockAvailable == null : stockAvailable.equals(other.stockAvailable))
                && (offer == null ? other.offer == null : offer.equals(other.offer))
                && pricedAt.equals(other.pricedAt) && remainingPlatformBudget.equals(other.remainingPlatformBudget)
                && budgetIsSellerCap == other.budgetIsSellerCap && orderDiscountBefore.equals(other.orderDiscountBefore);
    }

    @Override
    public int hashCode() {
        int h = Long.valueOf(skuId).hashCode();
        h = h * 31 + quantity;
        h = h * 31 + unitPrice.hashCode();
        h = h * 31 + nativeDiscountPerUnit.hashCode();
        h = h * 31 + (offer == null ? 0 : offer.hashCode());
        return h * 31 + pricedAt.hashCode();
    }

    @Override
    public String toString() {
        return "LineInput{sku " + skuId + " x" + quantity + " at " + unitPrice.toPlainString() + ", native -"
                + nativeDiscountPerUnit.toPlainString() + "/unit, stock " + (stockAvailable == null ? "untracked" : stockAvailable)
                + ", " + (offer == null ? "not enrolled" : offer.toString()) + ", at " + pricedAt + ", platform budget left "
                + remainingPlatformBudget.toPlainString()
                + (orderDiscountBefore.signum() == 0 ? "" : ", order's discount before " + orderDiscountBefore.toPlainString()) + "}";
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(Money.SCALE, RoundingMode.UNNECESSARY);
    }

    /** Input for {@link LineInput}; every setter takes raw values, {@link #build()} checks them all. */
    public static final class Builder {
        private Long skuId;
        private Integer quantity;
        private BigDecimal unitPrice;
        private BigDecimal nativeDiscountPerUnit;
        private boolean stockGiven;
        private Integer stockAvailable;
        private CampaignOffer offer;
        private Instant pricedAt;
        private BigDecimal remainingPlatformBudget;
        private boolean budgetIsSellerCap;
        private BigDecimal orderDiscountBefore;

        private Builder() {
        }

        public Builder skuId(long v) { this.skuId = v; return this; }
        public Builder quantity(int v) { this.quantity = v; return this; }
        public Builder unitPrice(BigDecimal v) { this.unitPrice = v; return this; }
        /** Required; 0 when the host's own offers grant nothing on the line. */
        public Builder nativeDiscountPerUnit(BigDecimal v) { this.nativeDiscountPerUnit = v; return this; }
        /** Required; null when the host does not track stock for the Sku (so stock never blocks the discount). */
        public Builder stockAvailable(Integer v) { this.stockAvailable = v; this.stockGiven = true; return this; }
        /** The offer the Sku is enrolled in; null (the default) when it is in none. */
        public Builder offer(CampaignOffer v) { this.offer = v; return this; }
        public Builder pricedAt(Instant v) { this.pricedAt = v; return this; }
        /** Required with an offer: what is left of its campaign's budget for the platform's share. */
        public Builder remainingPlatformBudget(BigDecimal v) { this.remainingPlatformBudget = v; return this; }
        /** Whether the remaining budget given is the seller's cap rather than the campaign's budget (default false). */
        public Builder budgetIsSellerCap(boolean v) { this.budgetIsSellerCap = v; return this; }
        /** The order's campaign discount before this line in the same funding (default 0.00). */
        public Builder orderDiscountBefore(BigDecimal v) { this.orderDiscountBefore = v; return this; }

        /** Every problem with the input, each naming its field. */
        public Validation validate() {
            Validation v = new Validation();
            v.require(skuId != null, "skuId", "is required");
            if (quantity == null) {
                v.reject("quantity", "is required");
            } else {
                v.require(quantity > 0, "quantity", "must be 1 or more (was " + quantity + ")");
            }
            boolean priceOk = money(v, "unitPrice", unitPrice);
            if (money(v, "nativeDiscountPerUnit", nativeDiscountPerUnit) && priceOk
                    && nativeDiscountPerUnit.compareTo(unitPrice) > 0) {
                v.reject("nativeDiscountPerUnit", "must not exceed the unit price (" + nativeDiscountPerUnit.toPlainString()
                        + " > " + unitPrice.toPlainString() + ")");
            }
            v.require(stockGiven, "stockAvailable", "is required (null when the host does not track stock)");
            v.require(pricedAt != null, "pricedAt", "is required");
            if (offer != null || remainingPlatformBudget != null) {
                money(v, "remainingPlatformBudget", remainingPlatformBudget);
            }
            if (orderDiscountBefore != null) {
                money(v, "orderDiscountBefore", orderDiscountBefore);
            }
            return v;
        }

        /** @throws CoopValidationException naming every bad field */
        public LineInput build() {
            validate().throwIfInvalid();
            return new LineInput(this);
        }

        private static boolean money(Validation v, String field, BigDecimal value) {
            if (value == null) {
                v.reject(field, "is required");
                return false;
            }
            if (value.signum() < 0 || !Money.atMostTwoDecimals(value)) {
                v.reject(field, "must be 0 or more in whole cents (was " + value.toPlainString() + ")");
                return false;
            }
            return true;
        }
    }
}
