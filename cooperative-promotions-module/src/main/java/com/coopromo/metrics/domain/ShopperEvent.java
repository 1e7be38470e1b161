package com.coopromo.metrics.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing a shopper did to one listing, as the metrics count it. The idempotency key makes a retry or a double
 * submit count once: the same key is stored once, whatever arrives later (e.g. {@code "O:<orderItemId>"} for an order
 * line, {@code "I:<pageViewId>:<skuId>"} for an impression).
 * <p>
 * {@code campaignId} is null for a listing seen or bought outside any campaign (the "before" window of incremental
 * traffic needs those). Money is the line's, in the store's currency, scale 2.
 */
public final class ShopperEvent {
    public static final int MAX_KEY_LENGTH = 96;

    private final String key;
    private final ShopperEventType type;
    private final Instant occurredAt;
    private final Long campaignId;
    private final long sellerId;
    private final long skuId;
    private final String visitorId;
    private final Long customerId;
    private final Long orderId;
    private final int units;
    private final BigDecimal gross;
    private final BigDecimal discount;
    private final BigDecimal platformPart;

    private ShopperEvent(Builder b) {
        if (b.key == null || b.key.isEmpty() || b.key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("an event needs a key of 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (b.type == null || b.occurredAt == null) {
            throw new IllegalArgumentException("an event needs a type and a time");
        }
        if (b.units < 0) {
            throw new IllegalArgumentException("units must be 0 or more (was " + b.units + ")");
        }
        this.key = b.key;
        this.type = b.type;
        this.occurredAt = b.occurredAt;
        this.campaignId = b.campaignId;
        this.sellerId = b.sellerId;
        this.skuId = b.skuId;
        this.visitorId = b.visitorId;
        this.customerId = b.customerId;
        this.orderId = b.orderId;
        this.units = b.units;
        this.gross = money(b.gross);
        this.discount = money(b.discount);
        this.platformPart = b.platformPart == null ? null : money(b.platformPart);
        if (platformPart != null && (platformPart.signum() < 0 || platformPart.compareTo(discount) > 0)) {
            throw new IllegalArgumentException("the platform's part must be between 0 and the discount (was "
                    + platformPart + " of " + discount + ")");
        }
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public static Builder builder(String key, ShopperEventType type, Instant occurredAt) {
        return new Builder(key, type, occurredAt);
    }

    public String key() {
        return key;
    }

    public ShopperEventType type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The campaign the listing was shown or sold in, or null outside campaigns. */
    public Long campaignId() {
        return campaignId;
    }

    public long sellerId() {
        return sellerId;
    }

    public long skuId() {
        return skuId;
    }

    /** The browser's anonymous visitor id (a cookie), or null. */
    public String visitorId() {
        return visitorId;
    }

    /** The host customer, or null when unknown (impressions and clicks of anonymous shoppers). */
    public Long customerId() {
        return customerId;
    }

    public Long orderId() {
        return orderId;
    }

    public int units() {
        return units;
    }

    /** The line's amount before the campaign discount (0 for impressions and clicks). */
    public BigDecimal gross() {
        return gross;
    }

    /** The campaign discount on the line (0 when none). */
    public BigDecimal discount() {
        return discount;
    }

    /**
     * The platform's part of {@link #discount()} (the seller funds the rest), from the order's attribution; null when
     * the recorder does not know it: the rollups then split the discount by the campaign's platform funding percent.
     */
    public BigDecimal platformPart() {
        return platformPart;
    }

    @Override
    public String toString() {
        return type + " " + key + " at " + occurredAt;
    }

    public static final class Builder {
        private final String key;
        private final ShopperEventType type;
        private final Instant occurredAt;
        private Long campaignId;
        private long sellerId;
        private long skuId;
        private String visitorId;
        private Long customerId;
        private Long orderId;
        private int units;
        private BigDecimal gross;
        private BigDecimal discount;
        private BigDecimal platformPart;

        private Builder(String key, ShopperEventType type, Instant occurredAt) {
            this.key = key;
            this.type = type;
            this.occurredAt = occurredAt;
        }

        public Builder listing(Long campaignId, long sellerId, long skuId) {
            this.campaignId = campaignId;
            this.sellerId = sellerId;
            this.skuId = skuId;
            return this;
        }

        public Builder shopper(String visitorId, Long customerId) {
            this.visitorId = visitorId;
            this.customerId = customerId;
            return this;
        }

        public Builder order(Long orderId, int units, BigDecimal gross, BigDecimal discount) {
            this.orderId = orderId;
            this.units = units;
            this.gross = gross;
            this.discount = discount;
            return this;
        }

        /** The platform's part of the discount (see {@link ShopperEvent#platformPart()}). */
        public Builder platformPart(BigDecimal platformPart) {
            this.platformPart = platformPart;
            return this;
        }

        public Builder units(int units) {
            this.units = units;
            return this;
        }

        public ShopperEvent build() {
            return new ShopperEvent(this);
        }
    }
}
