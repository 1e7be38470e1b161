package com.coopromo.participation.service;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignDao;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import com.coopromo.participation.domain.EligibilityPolicies;
import com.coopromo.participation.domain.EnrollmentCandidate;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.common.domain.PolicyResult;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationDao;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerDao;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@Service("coopParticipationService")
public class ParticipationServiceImpl implements ParticipationService {
    /** Campaigns that still take participants. */
    private static final Set<CampaignState> OPEN = EnumSet.of(CampaignState.DRAFT, CampaignState.SUBMITTED,
            CampaignState.IN_REVIEW, CampaignState.APPROVED, CampaignState.SCHEDULED, CampaignState.LIVE);

    @Resource(name = "coopParticipationDao")
    protected ParticipationDao participationDao;

    @Resource(name = "coopCampaignDao")
    protected CampaignDao campaignDao;

    @Resource(name = "coopSellerDao")
    protected SellerDao sellerDao;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopChangePublisher")
    protected ChangePublisher changes;

    @Resource(name = "coopStock")
    protected StockService stock;

    @Resource(name = "coopClock")
    protected Clock clock;

    protected EligibilityPolicies policies = EligibilityPolicies.standard();

    /** Early access (the seller community), when the store has it. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    protected EnrollmentOpening opening;

    @Override
    @Transactional("blTransactionManager")
    public ParticipationImpl invite(long campaignId, long sellerId) {
        return join(campaignId, sellerId, ParticipationState.INVITED);
    }

    @Override
    @Transactional("blTransactionManager")
    public ParticipationImpl apply(long campaignId, long sellerId) {
        return join(campaignId, sellerId, ParticipationState.APPLIED);
    }

    private ParticipationImpl join(long campaignId, long sellerId, ParticipationState state) {
        Campaign campaign = campaign(campaignId);
        Seller seller = sellerDao.findSeller(sellerId);
        if (seller == null) {
            throw new CoopValidationException("sellerId", "no seller with id " + sellerId);
        }
        requireOpenForParticipants(campaign);
        ParticipationImpl existing = participationDao.find(campaignId, sellerId);
        if (existing != null) {
            throw new CoopValidationException("sellerId", seller.getName() + " already takes part in '" + campaign.getName()
                    + "' (" + existing.getState() + ")");
        }
        return published(participationDao.save(new ParticipationImpl(campaign, seller, state, clock.instant())));
    }

    @Override
    @Transactional("blTransactionManager")
    public ParticipationImpl accept(long participationId) {
        ParticipationImpl p = participation(participationId);
        requireState(p, ParticipationState.INVITED, ParticipationState.APPLIED);
        requireOpenForParticipants(p.getCampaign());
        CampaignTerms terms = p.getCampaign().toTerms();
        long accepted = participationDao.countAccepted(p.getCampaign().getId());
        if (terms.maxSellers() != null && accepted >= terms.maxSellers()) {
            throw new CoopValidationException("participation", "'" + terms.name() + "' already has its maximum of "
                    + terms.maxSellers() + " sellers");
        }
        p.setState(ParticipationState.ACCEPTED, clock.instant());
        return published(participationDao.save(p));
    }

    @Override
    @Transactional("blTransactionManager")
    public ParticipationImpl decline(long participationId) {
        ParticipationImpl p = participation(participationId);
        requireState(p, ParticipationState.INVITED, ParticipationState.APPLIED);
        p.setState(ParticipationState.DECLINED, clock.instant());
        return published(participationDao.save(p));
    }

    @Override
    @Transactional("blTransactionManager")
    public ParticipationImpl submitAssets(long participationId, Set<AssetKind> kinds) {
        ParticipationImpl p = participation(participationId);
        p.setSubmittedAssets(kinds, clock.instant());
        return published(participationDao.save(p));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<PolicyResult> checkEligibility(long participationId, long listingId, BigDecimal discountPercent) {
        ParticipationImpl p = participation(participationId);
        return policies.rejections(candidate(p, listing(p, listingId), discountPercent, clock.instant()));
    }

    @Override
    @Transactional("blTransactionManager")
    public EnrollmentImpl enroll(long participationId, long listingId, BigDecimal discountPercent) {
        ParticipationImpl p = participation(participationId);
        requireState(p, ParticipationState.ACCEPTED);
        if (discountPercent == null) {
            throw new CoopValidationException("discountPercent", "is required");
        }
        SellerListing listing = listing(p, listingId);
        Instant now = clock.instant();
        List<PolicyResult> rejections = policies.rejections(candidate(p, listing, discountPercent, now));
        if (!rejections.isEmpty()) {
            List<FieldError> errors = new ArrayList<FieldError>();
            for (PolicyResult r : rejections) {
                errors.add(new FieldError(r.rule(), r.reason()));
            }
            throw new CoopValidationException(errors);
        }
        EnrollmentOpening.Answer open = opening == null ? EnrollmentOpening.Answer.open()
                : opening.forSeller(p.getCampaign().getId(), p.getSeller().getId(), now);
        if (open.refusal() != null) {
            throw new CoopValidationException("enrollment", open.refusal());
        }
        EnrollmentImpl saved = participationDao.save(new EnrollmentImpl(p, listing, discountPercent, now));
        if (open.isEarly()) {
            opening.enrolledEarly(saved.getId(), p.getCampaign().getId(), p.getSeller().getId(), listing.getId(), now);
        }
        changes.publish(enrollmentChanged(saved));
        return saved;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<ParticipationImpl> participationsOf(long campaignId) {
        return participationDao.ofCampaign(campaignId);
    }

    @Override
    @Transactional("blTransactionManager")
    public List<EnrollmentImpl> pauseListing(long campaignId, long listingId, boolean paused) {
        List<EnrollmentImpl> changed = new ArrayList<EnrollmentImpl>();
        for (EnrollmentImpl enrollment : participationDao.enrollmentsOfCampaign(campaignId)) {
            if (enrollment.getListing().getId() == listingId
                    && enrollment.getParticipation().getState() == ParticipationState.ACCEPTED) {
                enrollment.setPaused(paused);
                changed.add(enrollment);
                // the pricing index leaves paused enrollments out; it follows once this commits
                changes.publish(enrollmentChanged(enrollment));
            }
        }
        if (changed.isEmpty()) {
            throw new CoopValidationException("listingId", "listing " + listingId + " is not enrolled in campaign " + campaignId);
        }
        return changed;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<EnrollmentImpl> enrollmentsOf(long campaignId) {
        return participationDao.enrollmentsOfCampaign(campaignId);
    }

    private EnrollmentCandidate candidate(ParticipationImpl p, SellerListing listing, BigDecimal discountPercent, Instant now) {
        Campaign campaign = p.getCampaign();
        Sku sku = catalogService.findSkuById(listing.getSkuId());
        if (sku == null || sku.getPrice() == null) {
            throw new CoopValidationException("listingId", "the listing's Sku " + listing.getSkuId() + " is no longer in the catalog");
        }
        List<EnrollmentCandidate.OtherEnrollment> others = new ArrayList<EnrollmentCandidate.OtherEnrollment>();
        for (EnrollmentImpl other : participationDao.activeEnrollmentsOfListingElsewhere(listing.getId(), campaign.getId())) {
            Campaign otherCampaign = other.getParticipation().getCampaign();
            others.add(new EnrollmentCandidate.OtherEnrollment(otherCampaign.getName(), otherCampaign.toTerms()));
        }
        Seller seller = p.getSeller();
        return EnrollmentCandidate.builder(campaign.toTerms())
                .seller(seller.getName(), seller.getStanding())
                .listing(sku.getPrice().getAmount(), listing.getMarginFloorPrice(), stock.unitsLeft(sku))
                .discountPercent(discountPercent)
                .at(now)
                .enrolled((int) participationDao.countEnrollments(campaign.getId(), seller.getId()),
                        (int) participationDao.countEnrollments(campaign.getId()))
                .submittedAssets(p.getSubmittedAssets())
                .otherEnrollments(others)
                .build();
    }

    private SellerListing listing(ParticipationImpl p, long listingId) {
        SellerListing listing = sellerDao.findListing(listingId);
        if (listing == null) {
            throw new CoopValidationException("listingId", "no listing with id " + listingId);
        }
        if (!listing.getSeller().getId().equals(p.getSeller().getId())) {
            throw new CoopValidationException("listingId", "listing " + listingId + " belongs to " + listing.getSeller().getName()
                    + ", not to " + p.getSeller().getName());
        }
        return listing;
    }

    private Campaign campaign(long campaignId) {
        Campaign campaign = campaignDao.find(campaignId);
        if (campaign == null) {
            throw new CoopValidationException("campaignId", "no campaign with id " + campaignId);
        }
        return campaign;
    }

    private ParticipationImpl participation(long participationId) {
        ParticipationImpl p = participationDao.find(participationId);
        if (p == null) {
            throw new CoopValidationException("participationId", "no participation with id " + participationId);
        }
        return p;
    }

    private void requireOpenForParticipants(Campaign campaign) {
        if (!OPEN.contains(campaign.getState())) {
            throw new CoopValidationException("campaignId", "'" + campaign.getName() + "' is " + campaign.getState()
                    + " and takes no participants");
        }
        CampaignTerms terms = campaign.toTerms();
        if (!clock.instant().isBefore(terms.enrollmentDeadlineInstant())) {
            throw new CoopValidationException("enrollmentDeadline", "enrollment for '" + terms.name() + "' closed at "
                    + terms.enrollmentDeadline() + " " + terms.zone());
        }
    }

    private static void requireState(ParticipationImpl p, ParticipationState... allowed) {
        for (ParticipationState state : allowed) {
            if (p.getState() == state) {
                return;
            }
        }
        throw new CoopValidationException("participation", "the participation of " + p.getSeller().getName() + " is "
                + p.getState() + "; this needs " + java.util.Arrays.toString(allowed));
    }

    private ParticipationImpl published(ParticipationImpl p) {
        changes.publish(ChangeEvent.participation(p.getId(), p.getCampaign().getId(), p.getSeller().getId()));
        return p;
    }

    private static ChangeEvent enrollmentChanged(EnrollmentImpl e) {
        return ChangeEvent.enrollment(e.getId(), e.getParticipation().getCampaign().getId(), e.getListing().getSkuId(),
                e.getParticipation().getSeller().getId());
    }
}
