package com.coopromo.suggest.service;

import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.stock.service.StockLevels;
import com.coopromo.suggest.domain.CompleteTheSetRanking;
import com.coopromo.suggest.domain.SetCandidate;
import com.coopromo.suggest.domain.SetSuggestion;
import com.coopromo.suggest.persistence.CoPurchaseDao;
import org.springframework.stereotype.Service;

import javax.annotation.Resource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Complete the set": for what a shopper looks at or holds in the cart, listings of <em>other</em> participating
 * sellers in the same live campaigns, in stock, ranked by {@link CompleteTheSetRanking} (bought together first, then
 * the same department, each seller once before any seller twice). Campaigns, sellers and live windows come from the
 * pricing's enrollment index, so a suggestion is always something the cart would discount right now.
 */
@Service("coopCompleteTheSet")
public class CompleteTheSet {
    @Resource(name = "coopEnrollmentIndex")
    protected ActiveEnrollmentIndexHolder enrollmentIndex;

    @Resource(name = "coopStockLevels")
    protected StockLevels stockLevels;

    @Resource(name = "coopCoPurchaseDao")
    protected CoPurchaseDao coPurchases;

    @Resource(name = "coopClock")
    protected Clock clock;

    /**
     * @param basketSkuIds the Skus the shopper holds or looks at (those outside live campaigns are ignored)
     * @param limit        at most this many suggestions
     */
    public List<SetSuggestion> forBasket(Collection<Long> basketSkuIds, int limit) {
        if (basketSkuIds.isEmpty() || limit <= 0) {
            return Collections.emptyList();
        }
        Instant now = clock.instant();
        EnrollmentIndex index = enrollmentIndex.snapshot();
        Set<Long> basket = new LinkedHashSet<Long>(basketSkuIds);
        Map<Long, Set<Long>> basketSellers = new HashMap<Long, Set<Long>>();
        for (Long sku : basket) {
            CampaignOffer offer = index.offerFor(sku, now);
            if (offer != null) {
                Set<Long> sellers = basketSellers.get(offer.campaignId());
                if (sellers == null) {
                    sellers = new HashSet<Long>();
                    basketSellers.put(offer.campaignId(), sellers);
                }
                sellers.add(offer.sellerId());
            }
        }
        if (basketSellers.isEmpty()) {
            return Collections.emptyList();
        }
        Map<Long, CampaignOffer> offers = new HashMap<Long, CampaignOffer>();
        for (Long sku : index.skusOfCampaigns(basketSellers.keySet())) {
            CampaignOffer offer = basket.contains(sku) ? null : index.offerFor(sku, now);
            if (offer != null && basketSellers.containsKey(offer.campaignId())
                    && !basketSellers.get(offer.campaignId()).contains(offer.sellerId())) {
                offers.put(sku, offer);
            }
        }
        if (offers.isEmpty()) {
            return Collections.emptyList();
        }
        Map<Long, Integer> left = stockLevels.unitsLeft(offers.keySet());
        Set<Long> inStock = new HashSet<Long>();
        for (Long sku : offers.keySet()) {
            Integer units = left.get(sku);
            if (units == null || units > 0) { // a Sku whose stock is not counted is always available
                inStock.add(sku);
            }
        }
        Set<Long> categorised = new HashSet<Long>(inStock);
        categorised.addAll(basket);
        Map<Long, Long> categories = coPurchases.categoriesOf(categorised);
        Set<Long> basketCategories = new HashSet<Long>();
        for (Long sku : basket) {
            if (categories.containsKey(sku)) {
                basketCategories.add(categories.get(sku));
            }
        }
        Map<Long, Integer> together = coPurchases.boughtWith(basket, basketSellers.keySet());
        List<SetCandidate> candidates = new ArrayList<SetCandidate>();
        for (Long sku : inStock) {
            CampaignOffer offer = offers.get(sku);
            Integer n = together.get(sku);
            candidates.add(new SetCandidate(offer.campaignId(), sku, offer.sellerId(), categories.get(sku),
                    n == null ? 0 : n));
        }
        return CompleteTheSetRanking.pick(candidates, basketCategories, limit);
    }
}
