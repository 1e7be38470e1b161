package com.coopromo.pricing.host;


import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferItemRestrictionRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The host {@code Offer} row that stands for each campaign, so campaign discounts are ordinary Broadleaf adjustment
 * rows that point at an offer (the cart, the order, the admin's order view and Broadleaf's totals then need no special
 * case). The row carries the campaign's name, marketing message (Broadleaf copies it into every adjustment's offer
 * name), window and cap; it has no rules and is never automatic, so the host's own engine never applies it — the
 * module's {@link CoopCampaignOfferExtensionHandler} writes its adjustments. See docs/PRICING-INTEGRATION.md §3.
 */
@Service("coopCampaignHostOffers")
public class CampaignHostOffers {
    private static final EnumSet<CampaignState> PRICED = EnumSet.of(CampaignState.SCHEDULED, CampaignState.LIVE);

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "coopCampaignDao")
    protected CampaignDao campaignDao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** Every campaign's host offer id; loaded on first use, grown as offers are created (ids are never reused). */
    private volatile Set<Long> ids;

    /**
     * Creates the campaign's host offer, or brings the existing one in line with the campaign's current terms, and
     * records its id on the campaign. Runs in the caller's transaction.
     */
    @Transactional("blTransactionManager")
    public Offer synchronize(Campaign campaign) {
        CampaignTerms terms = campaign.toTerms();
        Offer offer = campaign.getHostOfferId() == null ? null : offerDao.readOfferById(campaign.getHostOfferId());
        if (offer == null) {
            offer = offerDao.create();
        }
        describe(offer, campaign.getId(), terms);
        offer = offerDao.save(offer);
        campaign.setHostOfferId(offer.getId());
        remember(offer.getId());
        return offer;
    }

    /**
     * Gives every scheduled or live campaign its host offer (creating the missing ones, refreshing the others), for
     * campaigns written before the module created them or loaded in bulk. Returns how many campaigns it handled.
     */
    @Transactional("blTransactionManager")
    public int synchronizeAll() {
        int handled = 0;
        for (Campaign campaign : campaignDao.findInStates(PRICED)) {
            synchronize(campaign); // the campaign is managed: its new host offer id is written with the transaction
            handled++;
        }
        return handled;
    }

    /** Whether the offer id is a campaign's host offer (any campaign, any state). */
    public boolean isCampaignOffer(Long offerId) {
        return offerId != null && ids().contains(offerId);
    }

    /** The host offer ids of every campaign; a read-only view. */
    public Set<Long> ids() {
        Set<Long> known = ids;
        if (known == null) {
            synchronized (this) {
                if (ids == null) {
                    // in a transaction of its own: the first call may come from inside an order's pricing, whose
                    // persistence context must not be flushed half-way (see OrderCampaignPricer)
                    TransactionTemplate own = new TransactionTemplate(transactionManager);
                    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                    own.setReadOnly(true);
                    ids = Collections.unmodifiableSet(new HashSet<Long>(own.execute(new TransactionCallback<List<Long>>() {
                        @Override
                        public List<Long> doInTransaction(TransactionStatus status) {
                            return campaignDao.hostOfferIds();
                        }
                    })));
                }
                known = ids;
            }
        }
        return known;
    }

    /** Forgets the known host offer ids (another node may have created one); they are read again on next use. */
    public synchronized void forgetIds() {
        ids = null;
    }

    private synchronized void remember(Long offerId) {
        Set<Long> known = ids();
        if (!known.contains(offerId)) {
            Set<Long> grown = new HashSet<Long>(known);
            grown.add(offerId);
            ids = Collections.unmodifiableSet(grown);
        }
    }

    /** The offer's fields as docs/PRICING-INTEGRATION.md §3 lists them: a labelled, rule-less, never-automatic offer. */
    static void describe(Offer offer, long campaignId, CampaignTerms terms) {
        offer.setName("Campaign: " + terms.name());
        offer.setMarketingMessage(terms.marketingMessage());
        offer.setDescription("Cooperative campaign #" + campaignId + " (managed by the Cooperative Promotions module;"
                + " edit the campaign, not this offer)");
        offer.setType(OfferType.ORDER_ITEM);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(terms.maxDiscountPercent());
        offer.setStartDate(Date.from(terms.startInstant()));
        offer.setEndDate(Date.from(terms.endInstant()));
        offer.setAutomaticallyAdded(false);
        offer.setDeliveryType(OfferDeliveryType.MANUAL);
        offer.setCombinableWithOtherOffers(true);
        offer.setTotalitarianOffer(false);
        offer.setApplyDiscountToSalePrice(true);
        offer.setOfferItemQualifierRuleType(OfferItemRestrictionRuleType.NONE);
        offer.setOfferItemTargetRuleType(OfferItemRestrictionRuleType.NONE);
        offer.setTreatAsNewFormat(true);
        offer.setMaxUsesPerCustomer(0L);
        offer.setMaxUsesPerOrder(0);
    }
}
