package com.coopromo.campaign.persistence;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignObjective;
import com.coopromo.campaign.domain.CampaignOption;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

@Entity
@Table(name = "COOP_CAMPAIGN")
@AdminPresentationClass(friendlyName = "Cooperative campaign")
public class CampaignImpl implements Campaign {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopCampaignId")
    @GenericGenerator(name = "CoopCampaignId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "CAMPAIGN_ID")
    @AdminPresentation(friendlyName = "Campaign Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000)
    protected String name;

    @Column(name = "SLUG", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "URL slug", order = 1100, prominent = true, gridOrder = 1100)
    protected String slug;

    @Column(name = "THEME_BRIEF", nullable = false, length = 20000)
    @AdminPresentation(friendlyName = "Theme brief", order = 1200, largeEntry = true)
    protected String themeBrief;

    @Column(name = "MARKETING_MESSAGE")
    @AdminPresentation(friendlyName = "Marketing message (shown with the discount)", order = 1300)
    protected String marketingMessage;

    @Column(name = "OBJECTIVE", nullable = false, length = 32)
    @AdminPresentation(friendlyName = "Objective", order = 1400, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.coopromo.admin.option.CampaignObjectiveOption")
    protected String objective;

    @Column(name = "TIER", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "Tier", order = 1500, prominent = true, gridOrder = 1300,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.coopromo.admin.option.CampaignTierOption")
    protected String tier;

    @Column(name = "STATE", nullable = false, length = 16)
    @Index(name = "IX_COOP_CAMPAIGN_STATE", columnNames = {"STATE"})
    @AdminPresentation(friendlyName = "State", order = 1600, prominent = true, gridOrder = 1200, readOnly = true)
    protected String state;

    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "Time zone (IANA name, e.g. Europe/Paris)", order = 2000,
            tooltip = "CoopCampaign_timeZone_tooltip")
    protected String timeZone;

    @Column(name = "STARTS_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Starts (local time)", order = 2100, prominent = true, gridOrder = 1400)
    protected Date startsAt;

    @Column(name = "ENDS_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Ends (local time)", order = 2200, prominent = true, gridOrder = 1500)
    protected Date endsAt;

    @Column(name = "ENROLLMENT_DEADLINE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Enrollment deadline", order = 2300)
    protected Date enrollmentDeadline;

    @Column(name = "ASSET_DEADLINE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Asset deadline", order = 2400)
    protected Date assetDeadline;

    @Column(name = "MIN_DISCOUNT_PCT", nullable = false, precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "Minimum viable discount %", order = 3000)
    protected BigDecimal minDiscountPercent;

    @Column(name = "MAX_DISCOUNT_PCT", nullable = false, precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "Discount cap %", order = 3100)
    protected BigDecimal maxDiscountPercent;

    @Column(name = "BUDGET", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Platform budget", order = 3200)
    protected BigDecimal budget;

    @Column(name = "SELLER_PLATFORM_CAP", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Platform funding per seller, at most (empty: no cap)", order = 3250)
    protected BigDecimal sellerPlatformCap;

    @Column(name = "PLATFORM_FUNDING_PCT", nullable = false, precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "Platform-funded share of each discount %", order = 3300)
    protected BigDecimal platformFundingPercent;

    @Column(name = "STACKING_POLICY", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "Stacking with native offers", order = 3400,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.coopromo.admin.option.StackingPolicyOption")
    protected String stackingPolicy;

    @Column(name = "TARGET_REVENUE", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "Target revenue", order = 4000)
    protected BigDecimal targetRevenue;

    @Column(name = "TARGET_CONVERSION_PCT", precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "Target conversion %", order = 4100)
    protected BigDecimal targetConversionPercent;

    @Column(name = "TARGET_NEW_BUYERS")
    @AdminPresentation(friendlyName = "Target new buyers", order = 4200)
    protected Integer targetNewBuyers;

    @Column(name = "MIN_SELLERS", nullable = false)
    @AdminPresentation(friendlyName = "Minimum sellers", order = 5000)
    protected Integer minSellers;

    @Column(name = "MAX_SELLERS")
    @AdminPresentation(friendlyName = "Maximum sellers", order = 5100)
    protected Integer maxSellers;

    @Column(name = "MAX_SELLER_SHARE_PCT", nullable = false, precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "Maximum share of listings per seller %", order = 5200)
    protected BigDecimal maxSellerSharePercent;

    @Column(name = "MIN_UNITS_IN_STOCK", nullable = false)
    @AdminPresentation(friendlyName = "Minimum units in stock per listing", order = 5300)
    protected Integer minUnitsInStock;

    @Column(name = "REWARD_MIN_SELLERS")
    @AdminPresentation(friendlyName = "Reward: distinct sellers a shopper must buy from (2 to 50; empty: no reward)", order = 5350)
    protected Integer rewardMinSellers;

    @Column(name = "EXTRA_REQUIRED_ASSETS")
    @AdminPresentation(friendlyName = "Extra required assets", order = 5400,
            tooltip = "CoopCampaign_extraRequiredAssets_tooltip")
    protected String extraRequiredAssets;

    @Column(name = "OPTIONS")
    @AdminPresentation(friendlyName = "Options", order = 5500, tooltip = "CoopCampaign_options_tooltip")
    protected String options;

    @Column(name = "CLONED_FROM_ID")
    @AdminPresentation(friendlyName = "Cloned from campaign", order = 6000, readOnly = true)
    protected Long clonedFromId;

    @Column(name = "HOST_OFFER_ID", unique = true)
    @AdminPresentation(friendlyName = "Host offer (shown on discounted order lines)", order = 6050, readOnly = true)
    protected Long hostOfferId;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Created", order = 6100, readOnly = true)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Updated", order = 6200, readOnly = true)
    protected Date updatedAt;

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getSlug() {
        return slug;
    }

    @Override
    public CampaignState getState() {
        return state == null ? null : CampaignState.valueOf(state);
    }

    @Override
    public void setState(CampaignState value) {
        this.state = value == null ? null : value.name();
    }

    @Override
    public CampaignTerms toTerms() {
        return CampaignTerms.builder()
                .name(name).slug(slug).themeBrief(themeBrief).marketingMessage(marketingMessage)
                .objective(CampaignObjective.valueOf(objective)).tier(CampaignTier.valueOf(tier))
                .timeZone(timeZone)
                .startsAt(StoredValues.wallClock(startsAt)).endsAt(StoredValues.wallClock(endsAt))
                .enrollmentDeadline(StoredValues.wallClock(enrollmentDeadline))
                .assetDeadline(StoredValues.wallClock(assetDeadline))
                .minDiscountPercent(minDiscountPercent).maxDiscountPercent(maxDiscountPercent)
                .budget(budget).sellerPlatformCap(sellerPlatformCap).platformFundingPercent(platformFundingPercent)
                .stackingPolicy(StackingPolicy.valueOf(stackingPolicy))
                .targetRevenue(targetRevenue).targetConversionPercent(targetConversionPercent)
                .targetNewBuyers(targetNewBuyers)
                .minSellers(minSellers).maxSellers(maxSellers).maxSellerSharePercent(maxSellerSharePercent)
                .minUnitsInStock(minUnitsInStock)
                .rewardMinSellers(rewardMinSellers)
                .extraRequiredAssets(StoredValues.enums(AssetKind.class, extraRequiredAssets))
                .options(StoredValues.enums(CampaignOption.class, options))
                .build();
    }

    @Override
    public void applyTerms(CampaignTerms t) {
        name = t.name();
        slug = t.slug();
        themeBrief = t.themeBrief();
        marketingMessage = t.marketingMessage();
        objective = t.objective().name();
        tier = t.tier().name();
        timeZone = t.zone().getId();
        startsAt = StoredValues.wallClock(t.startsAt());
        endsAt = StoredValues.wallClock(t.endsAt());
        enrollmentDeadline = StoredValues.wallClock(t.enrollmentDeadline());
        assetDeadline = StoredValues.wallClock(t.assetDeadline());
        minDiscountPercent = t.minDiscountPercent();
        maxDiscountPercent = t.maxDiscountPercent();
        budget = t.budget();
        sellerPlatformCap = t.sellerPlatformCap();
        platformFundingPercent = t.platformFundingPercent();
        stackingPolicy = t.stackingPolicy().name();
        targetRevenue = t.targetRevenue();
        targetConversionPercent = t.targetConversionPercent();
        targetNewBuyers = t.targetNewBuyers();
        minSellers = t.minSellers();
        maxSellers = t.maxSellers();
        maxSellerSharePercent = t.maxSellerSharePercent();
        minUnitsInStock = t.minUnitsInStock();
        rewardMinSellers = t.rewardMinSellers();
        extraRequiredAssets = StoredValues.names(t.extraRequiredAssets());
        options = StoredValues.names(t.options());
    }

    @Override
    public Long getClonedFromId() {
        return clonedFromId;
    }

    @Override
    public void setClonedFromId(Long campaignId) {
        this.clonedFromId = campaignId;
    }

    @Override
    public Long getHostOfferId() {
        return hostOfferId;
    }

    @Override
    public void setHostOfferId(Long offerId) {
        this.hostOfferId = offerId;
    }

    @Override
    public Instant getCreatedAt() {
        return StoredValues.instant(createdAt);
    }

    @Override
    public void setCreatedAt(Instant at) {
        this.createdAt = StoredValues.instant(at);
    }

    @Override
    public Instant getUpdatedAt() {
        return StoredValues.instant(updatedAt);
    }

    @Override
    public void setUpdatedAt(Instant at) {
        this.updatedAt = StoredValues.instant(at);
    }
}
