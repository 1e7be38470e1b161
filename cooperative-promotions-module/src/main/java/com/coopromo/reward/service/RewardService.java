package com.coopromo.reward.service;

import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignDao;
import com.coopromo.reward.domain.RewardCodes;
import com.coopromo.reward.domain.RewardProgress;
import com.coopromo.reward.persistence.RewardDao;
import com.coopromo.reward.persistence.RewardGrantRecord;
import com.coopromo.reward.persistence.RewardOfferRecord;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferAuditService;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferItemRestrictionRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-seller reward (a loyalty hook): a shopper who buys campaign-discounted items from at least K distinct
 * participating sellers of one campaign (K = the campaign's {@link CampaignTerms#rewardMinSellers()}) earns a
 * single-use Broadleaf offer code for an order discount.
 * <ul>
 * <li>{@link #afterSubmission}: run once an order is submitted (checkout step 7000); grants the code when the
 *     customer's count reaches K — once per customer and campaign, however many checkouts run at once or however
 *     often an order is submitted (an insert that does nothing when a GRANTED row exists, under a partial unique
 *     index);</li>
 * <li>{@link #afterCancellation}: run once a cancellation commits; when the customer's count fell below K and the
 *     code is unused, the code is archived and the grant marked REVOKED (a later crossing grants a new code);</li>
 * <li>{@link #progressOf}: "2 of 3 sellers", and the code once granted.</li>
 * </ul>
 * The count is taken from the checkout's attribution rows after they committed, so of two simultaneous checkouts
 * that together cross the threshold, the later count sees both.
 */
@Service("coopRewardService")
public class RewardService {
    @Resource(name = "coopRewardDao")
    protected RewardDao dao;

    @Resource(name = "coopCampaignDao")
    protected CampaignDao campaigns;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @Resource(name = "blOfferAuditService")
    protected OfferAuditService offerAudits;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Value("${coop.reward.percent-off}")
    protected String percentOff;

    protected final RewardCodes codes = new RewardCodes();

    /**
     * Grants the rewards the submitted order's customer has now earned (one per campaign whose threshold the count
     * reached and who holds none yet). Returns the grants this call made (empty when none, or when already held).
     */
    @Transactional("blTransactionManager")
    public List<RewardGrantRecord> afterSubmission(long orderId) {
        List<RewardGrantRecord> made = new ArrayList<RewardGrantRecord>();
        Long customerId = dao.customerOfOrder(orderId);
        if (customerId == null) {
            return made;
        }
        for (Long campaignId : dao.campaignsOfOrder(orderId)) {
            Campaign campaign = campaigns.find(campaignId);
            Integer needed = campaign == null ? null : campaign.toTerms().rewardMinSellers();
            if (needed == null) {
                continue;
            }
            int sellers = dao.distinctSellers(customerId, campaignId);
            if (sellers < needed) {
                continue;
            }
            Long grantId = dao.insertGrantIfAbsent(campaignId, customerId, orderId, sellers, clock.instant());
            if (grantId == null) {
                continue; // already held: granted once per customer and campaign
            }
            Offer offer = rewardOffer(campaign);
            OfferCode code = offerService.getOfferCodeDao().create();
            code.setOffer(offer);
            code.setOfferCode(codes.next());
            code.setMaxUses(1);
            code.setStartDate(offer.getStartDate());
            code = offerService.saveOfferCode(code);
            RewardGrantRecord grant = dao.grant(grantId);
            grant.issue(code.getId(), code.getOfferCode());
            made.add(grant);
        }
        return made;
    }

    /**
     * After an order was cancelled: for each campaign it carried, revokes the customer's held reward if their count
     * is now below the threshold and the code was not used (the code is archived, so Broadleaf no longer finds it,
     * and the module's checkout step refuses an order still carrying it). Returns the grants revoked.
     */
    @Transactional("blTransactionManager")
    public List<RewardGrantRecord> afterCancellation(long orderId) {
        List<RewardGrantRecord> revoked = new ArrayList<RewardGrantRecord>();
        Long customerId = dao.customerOfOrder(orderId);
        if (customerId == null) {
            return revoked;
        }
        for (Long campaignId : dao.campaignsOfOrder(orderId)) {
            RewardGrantRecord grant = dao.heldGrantForUpdate(customerId, campaignId);
            if (grant == null) {
                continue;
            }
            Campaign campaign = campaigns.find(campaignId);
            Integer needed = campaign == null ? null : campaign.toTerms().rewardMinSellers();
            if (needed == null || dao.distinctSellers(customerId, campaignId) >= needed || used(grant)) {
                continue; // still earned, no longer a reward campaign, or already spent
            }
            Instant now = clock.instant();
            grant.revoke(orderId, now);
            if (grant.getOfferCodeId() != null) {
                OfferCode code = offerService.findOfferCodeById(grant.getOfferCodeId());
                if (code != null) {
                    code.setArchived('Y');
                    code.setEndDate(Date.from(now));
                    offerService.saveOfferCode(code);
                }
            }
            revoked.add(grant);
        }
        return revoked;
    }

    /** Where the customer stands on the campaign's reward ({@link RewardProgress#none()} for a campaign without one). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public RewardProgress progressOf(long customerId, long campaignId) {
        Campaign campaign = campaigns.find(campaignId);
        Integer needed = campaign == null ? null : campaign.toTerms().rewardMinSellers();
        if (needed == null) {
            return RewardProgress.none();
        }
        RewardGrantRecord held = dao.heldGrant(customerId, campaignId);
        return new RewardProgress(dao.distinctSellers(customerId, campaignId), needed, held == null ? null : held.getCode());
    }

    /** Every grant of the customer in the campaign (held and revoked), oldest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<RewardGrantRecord> grants(long customerId, long campaignId) {
        return dao.grants(customerId, campaignId);
    }

    /** Whether an order was submitted with the grant's code. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean used(RewardGrantRecord grant) {
        Long uses = grant.getOfferCodeId() == null ? null : offerAudits.countOfferCodeUses(grant.getOfferCodeId());
        return uses != null && uses > 0;
    }

    /**
     * Why an order may not be submitted with these offer codes, in one sentence; null when it may. A reward code is
     * refused on another customer's order and once revoked.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public String refusal(Long customerId, Collection<String> offerCodes) {
        if (offerCodes.isEmpty()) {
            return null;
        }
        for (RewardGrantRecord grant : dao.grantsByCodes(new ArrayList<String>(offerCodes))) {
            if (grant.isRevoked()) {
                return "The reward code " + grant.getCode() + " was withdrawn because the order that earned it was"
                        + " cancelled; please remove it from the cart.";
            }
            if (customerId == null || !grant.getCustomerId().equals(customerId)) {
                return "The reward code " + grant.getCode() + " belongs to another shopper's account; please remove it"
                        + " from the cart.";
            }
        }
        return null;
    }

    /** The latest grants for the admin, newest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<RewardGrantView> latest(int first, int max) {
        List<RewardGrantView> views = new ArrayList<RewardGrantView>();
        Map<Long, String> campaignNames = new HashMap<Long, String>();
        for (RewardGrantRecord g : dao.latestGrants(first, max)) {
            String campaignName = campaignNames.get(g.getCampaignId());
            if (campaignName == null) {
                Campaign campaign = campaigns.find(g.getCampaignId());
                campaignName = campaign == null ? "campaign " + g.getCampaignId() : campaign.getName();
                campaignNames.put(g.getCampaignId(), campaignName);
            }
            Customer customer = customers.readCustomerById(g.getCustomerId());
            String customerName = customer == null ? null
                    : customer.getEmailAddress() != null ? customer.getEmailAddress() : customer.getUsername();
            RewardGrantView.Status status = g.isRevoked() ? RewardGrantView.Status.REVOKED
                    : used(g) ? RewardGrantView.Status.USED : RewardGrantView.Status.HELD;
            views.add(new RewardGrantView(g.getId(), g.getCampaignId(), campaignName, g.getCustomerId(),
                    customerName == null ? "customer " + g.getCustomerId() : customerName, g.getOrderId(), g.getSellers(),
                    g.getCode(), g.getGrantedAt(), status, g.getRevokedAt(), g.getRevokedByOrderId()));
        }
        return views;
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countGrants() {
        return dao.countGrants();
    }

    /** The percent off an order a reward code gives (property {@code coop.reward.percent-off}). */
    public BigDecimal percentOff() {
        BigDecimal percent;
        try {
            percent = new BigDecimal(percentOff.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalStateException("coop.reward.percent-off must be a number from 0.01 to 100 (was '" + percentOff + "').");
        }
        if (percent.signum() <= 0 || percent.compareTo(new BigDecimal("100")) > 0 || percent.scale() > 2) {
            throw new IllegalStateException("coop.reward.percent-off must be a number from 0.01 to 100 (was '" + percentOff + "').");
        }
        return percent;
    }

    /** The campaign's reward offer, created with its first grant (under the campaign row's lock, so only once). */
    protected Offer rewardOffer(Campaign campaign) {
        RewardOfferRecord known = dao.rewardOffer(campaign.getId());
        if (known == null) {
            dao.lockCampaignForRewardOffer(campaign.getId());
            known = dao.rewardOffer(campaign.getId()); // another node may have created it while this one waited
        }
        if (known != null) {
            Offer offer = offerDao.readOfferById(known.getOfferId());
            if (offer != null) {
                return offer;
            }
            throw new IllegalStateException("campaign " + campaign.getId() + "'s reward offer " + known.getOfferId()
                    + " no longer exists");
        }
        CampaignTerms terms = campaign.toTerms();
        Offer offer = offerDao.create();
        offer.setName("Reward: " + terms.name());
        offer.setMarketingMessage(terms.name() + ": reward for buying from " + terms.rewardMinSellers() + " sellers");
        offer.setDescription("Multi-seller reward of cooperative campaign #" + campaign.getId() + " (managed by the"
                + " Cooperative Promotions module; one single-use code per rewarded shopper)");
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
        offer.setValue(percentOff());
        offer.setStartDate(Date.from(terms.startInstant()));
        offer.setEndDate(null);
        offer.setAutomaticallyAdded(false);
        offer.setDeliveryType(OfferDeliveryType.CODE);
        offer.setCombinableWithOtherOffers(true);
        offer.setTotalitarianOffer(false);
        offer.setApplyDiscountToSalePrice(true);
        offer.setOfferItemQualifierRuleType(OfferItemRestrictionRuleType.NONE);
        offer.setOfferItemTargetRuleType(OfferItemRestrictionRuleType.NONE);
        offer.setTreatAsNewFormat(true);
        offer.setMaxUsesPerCustomer(0L);
        offer = offerDao.save(offer);
        dao.insert(new RewardOfferRecord(campaign.getId(), offer.getId(), clock.instant()));
        return offer;
    }
}
