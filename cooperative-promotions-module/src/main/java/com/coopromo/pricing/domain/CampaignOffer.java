package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.Validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What the enrollment index knows about one enrolled Sku: the campaign (id, name, marketing message, discount range,
 * stacking policy, platform funding share, window as instants [start, end)), the seller and listing, the seller's
 * chosen discount percent and the listing's margin floor (a unit price).
 * <p>
 * The seller's percent is kept as enrolled; it may lie outside today's campaign range (the range may have changed
 * since), which is why pricing uses {@link #effectivePercent()}, the seller's percent clamped into [min, cap].
 * Built only through {@link Builder#build()}, which refuses bad input naming every bad field at once.
 */
public final class CampaignOffer {
    private final long campaignId;
    private final String campaignName;
    private final String marketingMessage;
    private final long sellerId;
    private final long listingId;
    private final BigDecimal sellerDiscountPercent;
    private final BigDecimal minDiscountPercent;
    private final BigDecimal capDiscountPercent;
    private final BigDecimal marginFloor;
    private final StackingPolicy stackingPolicy;
    private final BigDecimal platformFundingPercent;
    private final Instant startsAt;
    private final Instant endsAt;
    private final Long hostOfferId;
    private final BigDecimal sellerPlatformCap;

    private CampaignOffer(Builder b) {
        this.campaignId = b.campaignId;
        this.campaignName = b.campaignName;
        this.marketingMessage = b.marketingMessage;
        this.sellerId = b.sellerId;
        this.listingId = b.listingId;
        this.sellerDiscountPercent = b.sellerDiscountPercent;
        this.minDiscountPercent = b.minDiscountPercent;
        this.capDiscountPercent = b.capDiscountPercent;
        this.marginFloor = b.marginFloor.setScale(Money.SCALE, RoundingMode.UNNECESSARY);
        this.stackingPolicy = b.stackingPolicy;
        this.platformFundingPercent = b.platformFundingPercent;
        this.startsAt = b.startsAt;
        this.endsAt = b.endsAt;
        this.hostOfferId = b.hostOfferId;
        this.sellerPlatformCap = b.sellerPlatformCap;
    }

    public static Builder builder() {
        return new Builder();
    }

    public long campaignId() { return campaignId; }
    public String campaignName() { return campaignName; }
    /** The campaign's marketing message, or null when it has none. */
    public String marketingMessage() { return marketingMessage; }
    public long sellerId() { return sellerId; }
    public long listingId() { return listingId; }
    /** The percent the seller enrolled with (may lie outside the current range; see {@link #effectivePercent()}). */
    public BigDecimal sellerDiscountPercent() { return sellerDiscountPercent; }
    /** The campaign's minimum viable discount percent. */
    public BigDecimal minDiscountPercent() { return minDiscountPercent; }
    /** The campaign's discount cap percent. */
    public BigDecimal capDiscountPercent() { return capDiscountPercent; }
    /** The listing's lowest acceptable unit price once discounted, scale 2. */
    public BigDecimal marginFloor() { return marginFloor; }
    public StackingPolicy stackingPolicy() { return stackingPolicy; }
    /** The platform's share of every campaign discount, 0-100; the seller funds the rest. */
    public BigDecimal platformFundingPercent() { return platformFundingPercent; }
    /** First instant the campaign is live (inclusive). */
    public Instant startsAt() { return startsAt; }
    /** First instant the campaign is no longer live (exclusive). */
    public Instant endsAt() { return endsAt; }

    /** The host's Offer row that stands for the campaign on adjustment rows; null while the campaign has none. */
    public Long hostOfferId() { return hostOfferId; }

    /** The most the platform funds of this seller's discounts over the campaign; null when uncapped. */
    public BigDecimal sellerPlatformCap() { return sellerPlatformCap; }

    /** True while {@code instant} lies in [startsAt, endsAt). */
    public boolean isLiveAt(Instant instant) {
        return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
    }

    /** The seller's percent clamped into the campaign's [min, cap]. */
    public BigDecimal effectivePercent() {
        if (sellerDiscountPercent.compareTo(minDiscountPercent) < 0) {
            return minDiscountPercent;
        }
        if (sellerDiscountPercent.compareTo(capDiscountPercent) > 0) {
            return capDiscountPercent;
        }
        return sellerDiscountPercent;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CampaignOffer)) {
            return false;
        }
        CampaignOffer other = (CampaignOffer) o;
        return campaignId == other.campaignId && sellerId == other.sellerId && listingId == other.listingId
                && campaignName.equals(other.campaignName)
                && (marketingMessage == null ? other.marketingMessage == null : marketingMessage.equals(other.marketingMessage))
                && sellerDiscountPercent.compareTo(other.sellerDiscountPercent) == 0
                && minDiscountPercent.compareTo(other.minDiscountPercent) == 0
                && capDiscountPercent.compareTo(other.capDiscountPercent) == 0
                && marginFloor.equals(other.marginFloor) && stackingPolicy == other.stackingPolicy
                && platformFundingPercent.compareTo(other.platformFundingPercent) == 0
                && startsAt.equals(other.startsAt) && endsAt.equals(other.endsAt)
                && (hostOfferId == null ? other.hostOfferId == null : hostOfferId.equals(other.hostOfferId))
                && (sellerPlatformCap == null ? other.sellerPlatformCap == null
                : other.sellerPlatformCap != null && sellerPlatformCap.compareTo(other.sellerPlatformCap) == 0);
    }

    @Override
    public int hashCode() {
        int h = Long.valueOf(campaignId).hashCode();
        h = h * 31 + Long.valueOf(sellerId).hashCode();
        h = h * 31 + Long.valueOf(listingId).hashCode();
        h = h * 31 + sellerDiscountPercent.stripTrailingZeros().hashCode();
        h = h * 31 + marginFloor.hashCode();
        return h * 31 + startsAt.hashCode();
    }

    @Override
    public String toString() {
        return "CampaignOffer{campaign " + campaignId + " '" + campaignName + "', seller " + sellerId + ", listing "
                + listingId + ", " + Money.percent(sellerDiscountPercent) + " in [" + Money.percent(minDiscountPercent)
                + ", " + Money.percent(capDiscountPercent) + "], floor " + marginFloor.toPlainString() + ", "
                + stackingPolicy + ", platform funds " + Money.percent(platformFundingPercent) + ", [" + startsAt + ", "
                + endsAt + ")}";
    }

    /** Input for {@link CampaignOffer}; every setter takes raw values, {@link #build()} checks them all. */
    public static final class Builder {
        private Long campaignId;
        private String campaignName;
        private String marketingMessage;
        private Long sellerId;
        private Long listingId;
        private BigDecimal sellerDiscountPercent;
        private BigDecimal minDiscountPercent;
        private BigDecimal capDiscountPercent;
        private BigDecimal marginFloor;
        private StackingPolicy stackingPolicy;
        private BigDecimal platformFundingPercent;
        private Instant startsAt;
        private Instant endsAt;
        private Long hostOfferId;
        private BigDecimal sellerPlatformCap;

        private Builder() {
        }

        public Builder campaignId(long v) { this.campaignId = v; return this; }
        public Builder campaignName(String v) { this.campaignName = v; return this; }
        public Builder marketingMessage(String v) { this.marketingMessage = v; return this; }
        public Builder sellerId(long v) { this.sellerId = v; return this; }
        public Builder listingId(long v) { this.listingId = v; return this; }
        public Builder sellerDiscountPercent(BigDecimal v) { this.sellerDiscountPercent = v; return this; }
        public Builder minDiscountPercent(BigDecimal v) { this.minDiscountPercent = v; return this; }
        public Builder capDiscountPercent(BigDecimal v) { this.capDiscountPercent = v; return this; }
        public Builder marginFloor(BigDecimal v) { this.marginFloor = v; return this; }
        public Builder stackingPolicy(StackingPolicy v) { this.stackingPolicy = v; return this; }
        public Builder platformFundingPercent(BigDecimal v) { this.platformFundingPercent = v; return this; }
        /** Optional: the host Offer row standing for the campaign (pricing inside the host needs it). */
        public Builder hostOfferId(Long v) { this.hostOfferId = v; return this; }
        /** Optional: the most the platform funds of one seller's discounts over the campaign. */
        public Builder sellerPlatformCap(BigDecimal v) { this.sellerPlatformCap = v; return this; }

        /** The window [startsAt, endsAt): live from {@code startsAt} included until {@code endsAt} excluded. */
        public Builder window(Instant startsAt, Instant endsAt) {
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            return this;
        }

        /** Copies the campaign's id, name, message, discount range, stacking policy, funding share and window. */
        public Builder campaign(long id, CampaignTerms terms) {
            return campaignId(id).campaignName(terms.name()).marketingMessage(terms.marketingMessage())
                    .minDiscountPercent(terms.minDiscountPercent()).capDiscountPercent(terms.maxDiscountPercent())
                    .stackingPolicy(terms.stackingPolicy()).platformFundingPercent(terms.platformFundingPercent())
                    .window(terms.startInstant(), terms.endInstant()).sellerPlatformCap(terms.sellerPlatformCap());
        }

        /** Every problem with the input, each naming its field. */
        public Validation validate() {
            Validation v = new Validation();
            v.require(campaignId != null, "campaignId", "is required");
            v.require(campaignName != null && !campaignName.trim().isEmpty(), "campaignName", "is required");
            v.require(sellerId != null, "sellerId", "is required");
            v.require(listingId != null, "listingId", "is required");
            percent(v, "sellerDiscountPercent", sellerDiscountPercent, false);
            boolean minOk = percent(v, "minDiscountPercent", minDiscountPercent, true);
            boolean capOk = percent(v, "capDiscountPercent", capDiscountPercent, true);
            if (minOk && capOk && capDiscountPercent.compareTo(minDiscountPercent) < 0) {
                v.reject("capDiscountPercent", "must not be below minDiscountPercent ("
                        + capDiscountPercent.toPlainString() + " < " + minDiscountPercent.toPlainString() + ")");
            }
            percent(v, "platformFundingPercent", platformFundingPercent, false);
            if (marginFloor == null) {
                v.reject("marginFloor", "is required");
            } else if (marginFloor.signum() < 0 || !Money.atMostTwoDecimals(marginFloor)) {
                v.reject("marginFloor", "must be 0 or more in whole cents (was " + marginFloor.toPlainString() + ")");
            }
            v.require(stackingPolicy != null, "stackingPolicy", "is required (EXCLUSIVE, COMBINABLE or BEST_OF)");
            v.require(startsAt != null, "startsAt", "is required");
            v.require(endsAt != null, "endsAt", "is required");
            if (startsAt != null && endsAt != null && !startsAt.isBefore(endsAt)) {
                v.reject("endsAt", "must be after startsAt (" + endsAt + " is not after " + startsAt + ")");
            }
            return v;
        }

        /** @throws CoopValidationException naming every bad field */
        public CampaignOffer build() {
            validate().throwIfInvalid();
            return new CampaignOffer(this);
        }

        private static boolean percent(Validation v, String field, BigDecimal value, boolean positive) {
            if (value == null) {
                v.reject(field, "is required");
                return false;
            }
            if (value.signum() < 0 || value.compareTo(Money.HUNDRED) > 0) {
                v.reject(field, "must be between 0 and 100 (was " + value.toPlainString() + ")");
                return false;
            }
            if (positive && value.signum() == 0) {
                v.reject(field, "must be above 0 (was " + value.toPlainString() + ")");
                return false;
            }
            if (!Money.atMostTwoDecimals(value)) {
                v.reject(field, "must have at most 2 decimals (was " + value.toPlainString() + ")");
                return false;
            }
            return true;
        }
    }
}
