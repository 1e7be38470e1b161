package com.coopromo.participation.domain;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.seller.domain.SellerStanding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the eligibility policies look at for one listing a seller wants to enroll: the campaign's terms, the
 * seller, the listing's price, floor and stock as the host reports them, the discount asked for, what is already
 * enrolled, and the moment of asking.
 */
public final class EnrollmentCandidate {
    final CampaignTerms campaign;
    final SellerStanding sellerStanding;
    final String sellerName;
    final BigDecimal unitPrice;
    final BigDecimal marginFloor;
    final Integer stockUnits;
    final BigDecimal discountPercent;
    final Instant now;
    final int sellerEnrolledListings;
    final int campaignEnrolledListings;
    final Set<AssetKind> submittedAssets;
    final List<OtherEnrollment> otherEnrollments;

    private EnrollmentCandidate(Builder b) {
        this.campaign = b.campaign;
        this.sellerStanding = b.sellerStanding;
        this.sellerName = b.sellerName;
        this.unitPrice = b.unitPrice;
        this.marginFloor = b.marginFloor;
        this.stockUnits = b.stockUnits;
        this.discountPercent = b.discountPercent;
        this.now = b.now;
        this.sellerEnrolledListings = b.sellerEnrolledListings;
        this.campaignEnrolledListings = b.campaignEnrolledListings;
        this.submittedAssets = b.submittedAssets;
        this.otherEnrollments = b.otherEnrollments;
    }

    public static Builder builder(CampaignTerms campaign) {
        return new Builder(campaign);
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    /** The same listing enrolled in another campaign (its name and terms). */
    public static final class OtherEnrollment {
        final String campaignName;
        final CampaignTerms terms;

        public OtherEnrollment(String campaignName, CampaignTerms terms) {
            this.campaignName = campaignName;
            this.terms = terms;
        }
    }

    public static final class Builder {
        private final CampaignTerms campaign;
        private SellerStanding sellerStanding = SellerStanding.GOOD;
        private String sellerName = "the seller";
        private BigDecimal unitPrice;
        private BigDecimal marginFloor;
        private Integer stockUnits;
        private BigDecimal discountPercent;
        private Instant now;
        private int sellerEnrolledListings;
        private int campaignEnrolledListings;
        private Set<AssetKind> submittedAssets = EnumSet.noneOf(AssetKind.class);
        private List<OtherEnrollment> otherEnrollments = Collections.emptyList();

        private Builder(CampaignTerms campaign) {
            this.campaign = campaign;
        }

        public Builder seller(String name, SellerStanding standing) {
            this.sellerName = name;
            this.sellerStanding = standing;
            return this;
        }

        /** @param stockUnits units the host has in stock, or null when the host tracks none */
        public Builder listing(BigDecimal unitPrice, BigDecimal marginFloor, Integer stockUnits) {
            this.unitPrice = unitPrice;
            this.marginFloor = marginFloor;
            this.stockUnits = stockUnits;
            return this;
        }

        public Builder discountPercent(BigDecimal value) {
            this.discountPercent = value;
            return this;
        }

        public Builder at(Instant value) {
            this.now = value;
            return this;
        }

        /** Listings already enrolled: by this seller, and in the whole campaign (both without this one). */
        public Builder enrolled(int bySeller, int inCampaign) {
            this.sellerEnrolledListings = bySeller;
            this.campaignEnrolledListings = inCampaign;
            return this;
        }

        public Builder submittedAssets(Set<AssetKind> value) {
            this.submittedAssets = value == null || value.isEmpty() ? EnumSet.noneOf(AssetKind.class) : EnumSet.copyOf(value);
            return this;
        }

        public Builder otherEnrollments(List<OtherEnrollment> value) {
            this.otherEnrollments = value == null ? Collections.<OtherEnrollment>emptyList() : value;
            return this;
        }

        public EnrollmentCandidate build() {
            if (campaign == null || unitPrice == null || marginFloor == null || discountPercent == null || now == null) {
                throw new IllegalArgumentException("campaign, listing price and floor, discount and time are required");
            }
            return new EnrollmentCandidate(this);
        }
    }
}
