package com.coopromo.search;

import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.pricing.domain.CampaignDiscountCalculator;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.pricing.domain.LineInput;
import com.coopromo.pricing.domain.LinePricing;
import com.coopromo.pricing.index.ActiveEnrollmentDao;
import com.coopromo.pricing.ledger.RemainingBudgets;
import com.coopromo.search.domain.HubBuckets;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds hub documents from the committed rows: the enrollments of scheduled and live campaigns (the same rows the
 * pricing index reads), the host's Skus and categories, the store's stock and the campaigns' remaining budgets.
 * <p>
 * The campaign price is the module's own calculator ({@link CampaignDiscountCalculator}) asked the way cart pricing
 * asks it for one unit in an empty cart: the Sku's price before discounts, the offer the pricing index would pick at
 * this instant (for a campaign not live yet: the next to start, priced at its start), the campaign's (and the seller
 * cap's) remaining budget, no native offer (a host offer's effect is known only in a cart). A Sku out of stock is priced as
 * if one unit were left, and marked out of stock.
 */
@Component("coopHubDocuments")
public class HubDocumentBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(HubDocumentBuilder.class);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int BATCH = 500;

    private final CampaignDiscountCalculator calculator = new CampaignDiscountCalculator();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "coopActiveEnrollmentDao")
    protected ActiveEnrollmentDao enrollments;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    /** The figure now, not a node's short-lived cache: a document must not keep a stale stock after the change. */
    @Resource(name = "coopStock")
    protected StockService stock;

    @Resource(name = "coopRemainingBudgets")
    protected RemainingBudgets budgets;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** The seller community's badges and premium placement, when the store has it. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    protected SellerHubStanding sellerStanding;

    @Value("${coop.hub.newcomer-days}")
    protected int newcomerDays = 90;

    /** Receives the documents of a full build, a batch at a time. */
    public interface Sink {
        void accept(List<HubDocument> batch, int done, int total);
    }

    /** Builds the document of every enrolled listing, in batches; returns how many. */
    public int buildAll(Sink sink) {
        List<EnrollmentImpl> all = readOnly().execute(new TransactionCallback<List<EnrollmentImpl>>() {
            @Override
            public List<EnrollmentImpl> doInTransaction(TransactionStatus status) {
                return enrollments.activeEnrollments();
            }
        });
        List<List<EnrollmentImpl>> byListing = new ArrayList<List<EnrollmentImpl>>(groupByListing(all).values());
        int total = byListing.size();
        int done = 0;
        for (int from = 0; from < total; from += BATCH) {
            final List<List<EnrollmentImpl>> chunk = byListing.subList(from, Math.min(total, from + BATCH));
            List<HubDocument> docs = readOnly().execute(new TransactionCallback<List<HubDocument>>() {
                @Override
                public List<HubDocument> doInTransaction(TransactionStatus status) {
                    return documents(chunk);
                }
            });
            done += chunk.size();
            sink.accept(docs, done, total);
        }
        return total;
    }

    /** What changed for a set of touched records: the documents to write and the listing ids to delete. */
    public static final class Update {
        public final List<HubDocument> write;
        public final Set<Long> delete;

        Update(List<HubDocument> write, Set<Long> delete) {
            this.write = write;
            this.delete = delete;
        }
    }

    /**
     * The documents of every listing the touched records reach, as they stand now, and the listings among them that
     * are enrolled in no scheduled or live campaign any more (to delete).
     */
    public Update update(final Collection<Long> skuIds, final Collection<Long> campaignIds, final Collection<Long> sellerIds,
                         final Collection<Long> listingIds) {
        return readOnly().execute(new TransactionCallback<Update>() {
            @Override
            public Update doInTransaction(TransactionStatus status) {
                Set<Long> skus = new HashSet<Long>(skuIds);
                skus.addAll(enrollments.skusEnrolledIn(campaignIds));
                skus.addAll(enrollments.skusOfListings(listingIds));
                if (!sellerIds.isEmpty()) {
                    skus.addAll(em.createQuery("select l.skuId from SellerListingImpl l where l.seller.id in (:sellers)", Long.class)
                            .setParameter("sellers", sellerIds).getResultList());
                }
                if (skus.isEmpty()) {
                    return new Update(Collections.<HubDocument>emptyList(), Collections.<Long>emptySet());
                }
                Set<Long> touchedListings = new HashSet<Long>();
                List<Long> skuList = new ArrayList<Long>(skus);
                for (int from = 0; from < skuList.size(); from += 1000) {
                    touchedListings.addAll(em.createQuery("select l.id from SellerListingImpl l where l.skuId in (:skus)", Long.class)
                            .setParameter("skus", skuList.subList(from, Math.min(skuList.size(), from + 1000))).getResultList());
                }
                List<HubDocument> docs = documents(new ArrayList<List<EnrollmentImpl>>(
                        groupByListing(enrollments.activeEnrollmentsOfSkus(skus)).values()));
                for (HubDocument doc : docs) {
                    touchedListings.remove(doc.getListingId());
                }
                return new Update(docs, touchedListings);
            }
        });
    }

    private static Map<Long, List<EnrollmentImpl>> groupByListing(List<EnrollmentImpl> enrollments) {
        Map<Long, List<EnrollmentImpl>> byListing = new LinkedHashMap<Long, List<EnrollmentImpl>>();
        for (EnrollmentImpl e : enrollments) {
            List<EnrollmentImpl> of = byListing.get(e.getListing().getId());
            if (of == null) {
                of = new ArrayList<EnrollmentImpl>(2);
                byListing.put(e.getListing().getId(), of);
            }
            of.add(e);
        }
        return byListing;
    }

    /** Inside a read-only transaction: one document per listing (each list: the listing's enrollments). */
    private List<HubDocument> documents(List<List<EnrollmentImpl>> byListing) {
        if (byListing.isEmpty()) {
            return new ArrayList<HubDocument>();
        }
        Instant now = clock.instant();
        List<Long> skuIds = new ArrayList<Long>();
        Set<Long> campaignIds = new HashSet<Long>();
        for (List<EnrollmentImpl> of : byListing) {
            skuIds.add(of.get(0).getListing().getSkuId());
            for (EnrollmentImpl e : of) {
                campaignIds.add(e.getParticipation().getCampaign().getId());
            }
        }
        Map<Long, Sku> skus = new HashMap<Long, Sku>();
        for (Sku sku : catalog.findSkusByIds(skuIds)) {
            skus.put(sku.getId(), sku);
        }
        Map<Long, Integer> counted = stock.unitsLeft(skuIds);
        RemainingBudgets.Budgets left = budgets.budgets(campaignIds);
        Map<Long, CampaignTerms> terms = new HashMap<Long, CampaignTerms>();
        Map<Long, List<String>> categoryPaths = new HashMap<Long, List<String>>();
        Set<Long> sellerIds = new HashSet<Long>();
        for (List<EnrollmentImpl> of : byListing) {
            sellerIds.add(of.get(0).getListing().getSeller().getId());
        }
        Map<Long, List<String>> badges = sellerStanding == null ? Collections.<Long, List<String>>emptyMap()
                : sellerStanding.hubBadges(sellerIds);
        Set<Long> premium = sellerStanding == null ? Collections.<Long>emptySet() : sellerStanding.premiumSellers();
        List<HubDocument> docs = new ArrayList<HubDocument>(byListing.size());
        for (List<EnrollmentImpl> of : byListing) {
            SellerListing listing = of.get(0).getListing();
            Sku sku = skus.get(listing.getSkuId());
            if (sku == null || sku.getPrice() == null) {
                continue; // a listing whose host Sku is gone or has no price is not sold
            }
            HubDocument doc = document(listing, sku, of, terms, categoryPaths, counted, left, now);
            if (doc != null) {
                doc.setPremiumSeller(premium.contains(doc.getSellerId()));
                List<String> shown = badges.get(doc.getSellerId());
                doc.setSellerBadges(shown == null ? null : new ArrayList<String>(shown));
                docs.add(doc);
            }
        }
        return docs;
    }

    private HubDocument document(SellerListing listing, Sku sku, List<EnrollmentImpl> of, Map<Long, CampaignTerms> termsById,
                                 Map<Long, List<String>> categoryPaths, Map<Long, Integer> counted,
                                 RemainingBudgets.Budgets left, Instant now) {
        EnrollmentIndex.Builder offers = EnrollmentIndex.builder();
        Map<Long, Campaign> campaigns = new LinkedHashMap<Long, Campaign>();
        for (EnrollmentImpl enrollment : of) {
            Campaign campaign = enrollment.getParticipation().getCampaign();
            try {
                CampaignTerms terms = termsById.get(campaign.getId());
                if (terms == null) {
                    terms = campaign.toTerms();
                    termsById.put(campaign.getId(), terms);
                }
                offers.add(listing.getSkuId(), CampaignOffer.builder()
                        .campaign(campaign.getId(), terms)
                        .hostOfferId(campaign.getHostOfferId())
                        .sellerId(enrollment.getParticipation().getSeller().getId())
                        .listingId(listing.getId())
                        .sellerDiscountPercent(enrollment.getDiscountPercent())
                        .marginFloor(listing.getMarginFloorPrice())
                        .build());
                campaigns.put(campaign.getId(), campaign);
            } catch (CoopValidationException e) {
                LOG.warn("Enrollment " + enrollment.getId() + " is left out of the hub index: " + e.getMessage());
            }
        }
        EnrollmentIndex index = offers.build();
        CampaignOffer offer = index.offerFor(listing.getSkuId(), now);
        Instant at = now;
        if (offer == null) {
            for (CampaignOffer next : index.offersFor(listing.getSkuId())) {
                if (next.startsAt().isAfter(now) && (offer == null || next.startsAt().isBefore(offer.startsAt()))) {
                    offer = next;
                }
            }
            if (offer == null) {
                return null; // enrolled only in campaigns whose window has passed (ending now)
            }
            at = offer.startsAt();
        }
        Campaign priced = campaigns.get(offer.campaignId());
        Seller seller = listing.getSeller();
        BigDecimal listPrice = sku.getPrice().getAmount().setScale(2, RoundingMode.HALF_UP);
        Integer unitsLeft = SkuUnits.left(sku, counted);
        LinePricing pricing = calculator.price(LineInput.builder().skuId(sku.getId()).quantity(1).unitPrice(listPrice)
                .nativeDiscountPerUnit(ZERO).stockAvailable(unitsLeft == null ? null : Integer.valueOf(Math.max(1, unitsLeft)))
                .offer(offer).pricedAt(at).remainingPlatformBudget(budgetLeft(left, offer))
                .budgetIsSellerCap(sellerCapBinds(left, offer)).orderDiscountBefore(ZERO).build());
        BigDecimal campaignPrice = pricing.finalUnitPrice().setScale(2, RoundingMode.HALF_UP);
        BigDecimal percent = listPrice.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : listPrice.subtract(campaignPrice).multiply(HUNDRED).divide(listPrice, 2, RoundingMode.HALF_UP);

        HubDocument doc = new HubDocument();
        doc.setListingId(listing.getId());
        doc.setSkuId(sku.getId());
        Product product = sku.getProduct();
        doc.setProductId(product == null || product.getId() == null ? 0L : product.getId());
        doc.setSellerId(seller.getId());
        doc.setSellerCode(seller.getCode());
        doc.setSellerName(seller.getName());
        doc.setSellerSegment(seller.getSegment() == null ? null : seller.getSegment().name());
        doc.setSellerNewcomer(seller.getCreatedAt() != null
                && seller.getCreatedAt().toInstant().isAfter(now.minus(Duration.ofDays(newcomerDays))));
        for (Campaign c : campaigns.values()) {
            doc.getCampaignIds().add(c.getId());
            doc.getCampaignSlugs().add(c.getSlug());
        }
        doc.setPriceCampaignId(offer.campaignId());
        doc.setPriceCampaignSlug(priced == null ? null : priced.getSlug());
        doc.setPriceCampaignName(offer.campaignName());
        doc.setCampaignStartsAt(offer.startsAt().toEpochMilli());
        doc.setCampaignLive(offer.isLiveAt(now));
        Category category = product == null ? null : product.getDefaultCategory();
        doc.setCategory(category == null ? null : category.getName());
        doc.setCategoryPath(category == null ? new ArrayList<String>() : categoryPath(category, categoryPaths));
        doc.setProductName(sku.getName());
        doc.setDescription(sku.getLongDescription() != null ? sku.getLongDescription() : sku.getDescription());
        doc.setUrl(product == null ? null : product.getUrl());
        doc.setListPrice(listPrice);
        doc.setCampaignPrice(campaignPrice);
        doc.setDiscountPercent(percent);
        doc.setPriceBucket(HubBuckets.priceBucket(campaignPrice));
        doc.setDiscountBucket(HubBuckets.discountBucket(percent));
        doc.setDiscounted(pricing.campaignApplied());
        doc.setPriceNote(pricing.explanation());
        doc.setUnitsLeft(unitsLeft);
        doc.setInStock(unitsLeft == null || unitsLeft > 0);
        if (listing.getShippingWindow() != null) {
            doc.setShipMinDays(listing.getShippingWindow().minDays());
            doc.setShipMaxDays(listing.getShippingWindow().maxDays());
        }
        doc.setFeaturedEligible(doc.isInStock() && doc.isDiscounted());
        doc.setListedAt(listing.getCreatedAt() == null ? 0L : listing.getCreatedAt().getTime());
        return doc;
    }

    /** What pricing would let the line use of the platform's budget: the campaign's, or the seller cap's when smaller. */
    private static BigDecimal budgetLeft(RemainingBudgets.Budgets left, CampaignOffer offer) {
        BigDecimal campaignLeft = left.remaining(offer.campaignId());
        campaignLeft = campaignLeft == null ? ZERO : campaignLeft;
        BigDecimal sellerLeft = sellerLeft(left, offer);
        return sellerLeft != null && sellerLeft.compareTo(campaignLeft) < 0 ? sellerLeft : campaignLeft;
    }

    private static boolean sellerCapBinds(RemainingBudgets.Budgets left, CampaignOffer offer) {
        BigDecimal campaignLeft = left.remaining(offer.campaignId());
        BigDecimal sellerLeft = sellerLeft(left, offer);
        return sellerLeft != null && sellerLeft.compareTo(campaignLeft == null ? ZERO : campaignLeft) < 0;
    }

    private static BigDecimal sellerLeft(RemainingBudgets.Budgets left, CampaignOffer offer) {
        if (offer.sellerPlatformCap() == null) {
            return null;
        }
        return ZERO.max(offer.sellerPlatformCap().subtract(left.sellerUsed(offer.campaignId(), offer.sellerId())));
    }

    /** "Home", "Home/School", "Home/School/Bags": every ancestor path, root first (cached per category id). */
    private static List<String> categoryPath(Category category, Map<Long, List<String>> cache) {
        List<String> cached = cache.get(category.getId());
        if (cached != null) {
            return new ArrayList<String>(cached);
        }
        LinkedList<String> names = new LinkedList<String>();
        Set<Long> seen = new HashSet<Long>();
        for (Category c = category; c != null && names.size() < 20 && seen.add(c.getId()); c = c.getDefaultParentCategory()) {
            names.addFirst(c.getName() == null ? "" : c.getName().replace('/', '-'));
        }
        List<String> paths = new ArrayList<String>(names.size());
        StringBuilder path = new StringBuilder();
        for (String name : names) {
            path.append(path.length() == 0 ? "" : "/").append(name);
            paths.add(path.toString());
        }
        cache.put(category.getId(), paths);
        return new ArrayList<String>(paths);
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.setReadOnly(true);
        return own;
    }
}
