package com.coopromo.admin.money;

import com.coopromo.pricing.checkout.OrderAttributionRecord;
import com.coopromo.pricing.ledger.BudgetTotals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/** What the campaign's money page shows ({@link CampaignMoney#of}). */
public final class MoneyView {
    private final long campaignId;
    private final String campaignName;
    private final BudgetTotals totals;
    private final BigDecimal sellerCap;
    private final List<SellerLine> sellers;
    private final List<Row> rows;
    private final boolean sellerScoped;

    MoneyView(long campaignId, String campaignName, BudgetTotals totals, BigDecimal sellerCap, List<SellerLine> sellers,
              List<Row> rows, boolean sellerScoped) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.totals = totals;
        this.sellerCap = sellerCap;
        this.sellers = Collections.unmodifiableList(sellers);
        this.rows = Collections.unmodifiableList(rows);
        this.sellerScoped = sellerScoped;
    }

    public long campaignId() { return campaignId; }

    public String campaignName() { return campaignName; }

    /** Budget, held, consumed and left; null for a seller-scoped user. */
    public BudgetTotals totals() { return totals; }

    /** The most the platform funds per seller, or null when the campaign sets no cap. */
    public BigDecimal sellerCap() { return sellerCap; }

    public List<SellerLine> sellers() { return sellers; }

    public List<Row> rows() { return rows; }

    public boolean sellerScoped() { return sellerScoped; }

    /** One seller's share of the campaign's money. */
    public static final class SellerLine {
        final Long sellerId;
        final BigDecimal cap;
        String name;
        BigDecimal held = BigDecimal.ZERO;
        BigDecimal consumed = BigDecimal.ZERO;
        BigDecimal sellerFunded = BigDecimal.ZERO;

        SellerLine(Long sellerId, BigDecimal cap) {
            this.sellerId = sellerId;
            this.cap = cap;
        }

        public Long getSellerId() { return sellerId; }

        public String getName() { return name; }

        /** The platform's funding held for this seller's lines in checkouts not yet submitted (capped campaigns). */
        public BigDecimal getHeld() { return held; }

        /** The platform's funding of this seller's lines in submitted orders (reversed rows excluded). */
        public BigDecimal getConsumed() { return consumed; }

        /** What this seller funded of its own discounts in submitted orders. */
        public BigDecimal getSellerFunded() { return sellerFunded; }

        public BigDecimal getCap() { return cap; }

        /** What the cap still allows the platform to fund for this seller, or null without a cap. */
        public BigDecimal getCapLeft() {
            if (cap == null) {
                return null;
            }
            BigDecimal left = cap.subtract(held).subtract(consumed);
            return left.signum() < 0 ? BigDecimal.ZERO.setScale(cap.scale()) : left;
        }
    }

    /** One attribution row and its order. */
    public static final class Row {
        private final OrderAttributionRecord record;
        private final String orderNumber;
        private final String orderStatus;
        private final String sellerName;

        Row(OrderAttributionRecord record, String orderNumber, String orderStatus, String sellerName) {
            this.record = record;
            this.orderNumber = orderNumber;
            this.orderStatus = orderStatus;
            this.sellerName = sellerName;
        }

        public OrderAttributionRecord record() { return record; }

        public String orderNumber() { return orderNumber; }

        public String orderStatus() { return orderStatus; }

        public String sellerName() { return sellerName; }

        /** Whether the order may be offered for cancellation (submitted, not cancelled). */
        public boolean cancellable() { return "SUBMITTED".equals(orderStatus); }
    }
}
