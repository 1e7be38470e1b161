package com.coopromo.admin.persistence;

import com.coopromo.admin.form.FormValues;
import com.coopromo.admin.web.AdminActors;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignObjective;
import com.coopromo.campaign.domain.CampaignOption;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The Campaigns section's add and edit: the submitted form becomes a {@link CampaignTerms.Builder} (form property
 * names are {@code CampaignImpl}'s field names, which are also the builder's), and
 * {@link CampaignService#create} / {@link CampaignService#updateTerms} validate and save it, the signed-in admin acting
 * as organizer. New campaigns start as DRAFT; the state is never taken from the form.
 */
public class CampaignAdminHandler extends DomainPersistenceHandler {
    public static final String BEAN_NAME = "coopCampaignAdminHandler";

    private final CampaignService campaigns;

    public CampaignAdminHandler(CampaignService campaigns) {
        super(Campaign.class);
        this.campaigns = campaigns;
    }

    @Override
    protected Serializable add(FormValues form) {
        CampaignTerms.Builder terms = terms(CampaignTerms.builder(), form);
        return campaigns.create(terms, organizer());
    }

    @Override
    protected Serializable update(long id, FormValues form) {
        Campaign campaign = campaigns.find(id);
        if (campaign == null) {
            throw new CoopValidationException("id", "no campaign with id " + id);
        }
        CampaignTerms.Builder terms = terms(campaign.toTerms().toBuilder(), form);
        return campaigns.updateTerms(id, terms, organizer());
    }

    private static Actor organizer() {
        return new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER);
    }

    /**
     * Sets every term the form carries on {@code b} (an edit form leaves out none of them; a missing property keeps
     * its value). An empty field becomes null, which the domain reports as required where it is.
     */
    static CampaignTerms.Builder terms(CampaignTerms.Builder b, FormValues f) {
        List<FieldError> missing = new ArrayList<FieldError>();
        if (f.has("name")) b.name(f.text("name"));
        if (f.has("slug")) b.slug(f.text("slug") == null ? null : f.text("slug").trim());
        if (f.has("themeBrief")) b.themeBrief(f.text("themeBrief"));
        if (f.has("marketingMessage")) b.marketingMessage(f.text("marketingMessage"));
        if (f.has("objective")) b.objective(f.enumValue("objective", CampaignObjective.class));
        if (f.has("tier")) b.tier(f.enumValue("tier", CampaignTier.class));
        if (f.has("timeZone")) b.timeZone(f.text("timeZone"));
        if (f.has("startsAt")) b.startsAt(f.dateTime("startsAt"));
        if (f.has("endsAt")) b.endsAt(f.dateTime("endsAt"));
        if (f.has("enrollmentDeadline")) b.enrollmentDeadline(f.dateTime("enrollmentDeadline"));
        if (f.has("assetDeadline")) b.assetDeadline(f.dateTime("assetDeadline"));
        if (f.has("minDiscountPercent")) b.minDiscountPercent(f.decimal("minDiscountPercent"));
        if (f.has("maxDiscountPercent")) b.maxDiscountPercent(f.decimal("maxDiscountPercent"));
        if (f.has("budget")) b.budget(f.decimal("budget"));
        if (f.has("platformFundingPercent")) b.platformFundingPercent(f.decimal("platformFundingPercent"));
        if (f.has("sellerPlatformCap")) b.sellerPlatformCap(f.decimal("sellerPlatformCap"));
        if (f.has("stackingPolicy")) b.stackingPolicy(f.enumValue("stackingPolicy", StackingPolicy.class));
        if (f.has("targetRevenue")) b.targetRevenue(f.decimal("targetRevenue"));
        if (f.has("targetConversionPercent")) b.targetConversionPercent(f.decimal("targetConversionPercent"));
        if (f.has("targetNewBuyers")) b.targetNewBuyers(f.intValue("targetNewBuyers"));
        if (f.has("minSellers")) {
            Integer value = f.intValue("minSellers");
            if (value != null) {
                b.minSellers(value);
            } else if (f.text("minSellers") == null) {
                missing.add(new FieldError("minSellers", "is required"));
            }
        }
        if (f.has("maxSellers")) b.maxSellers(f.intValue("maxSellers"));
        if (f.has("maxSellerSharePercent")) b.maxSellerSharePercent(f.decimal("maxSellerSharePercent"));
        if (f.has("minUnitsInStock")) {
            Integer value = f.intValue("minUnitsInStock");
            if (value != null) {
                b.minUnitsInStock(value);
            } else if (f.text("minUnitsInStock") == null) {
                missing.add(new FieldError("minUnitsInStock", "is required"));
            }
        }
        if (f.has("rewardMinSellers")) b.rewardMinSellers(f.intValue("rewardMinSellers"));
        if (f.has("extraRequiredAssets")) b.extraRequiredAssets(f.enumSet("extraRequiredAssets", AssetKind.class));
        if (f.has("options")) b.options(f.enumSet("options", CampaignOption.class));
        if (!missing.isEmpty() || !f.problems().isEmpty()) {
            List<FieldError> domain = new ArrayList<FieldError>(b.validate().errors());
            domain.addAll(missing);
            if (f.problems().isEmpty()) {
                throw new CoopValidationException(domain);
            }
            throwIfProblems(f, domain);
        }
        return b;
    }
}
