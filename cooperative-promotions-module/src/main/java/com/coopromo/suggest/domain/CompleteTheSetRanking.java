package com.coopromo.suggest.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the "complete the set" suggestions so a campaign sells across its sellers, not within one.
 * <ol>
 * <li>Only candidates from sellers the basket does not hold (the caller passes those).</li>
 * <li>Best first: bought together with the basket more often (orders that had both), then in a category the basket
 *     holds (before any orders exist this is all there is), then the lower Sku id (a stable order).</li>
 * <li>Seller spread: each seller's best candidate comes before any seller's second, so a seller with many listings
 *     cannot fill the strip.</li>
 * </ol>
 */
public final class CompleteTheSetRanking {
    private static final Comparator<SetCandidate> BY_EVIDENCE = new Comparator<SetCandidate>() {
        @Override
        public int compare(SetCandidate a, SetCandidate b) {
            if (a.coPurchases() != b.coPurchases()) {
                return a.coPurchases() > b.coPurchases() ? -1 : 1;
            }
            return a.skuId() < b.skuId() ? -1 : a.skuId() == b.skuId() ? 0 : 1;
        }
    };

    private CompleteTheSetRanking() {
    }

    /**
     * @param candidates       listings from other sellers of the basket's campaigns (any order; duplicates by Sku are
     *                         kept once, with their highest co-purchase count)
     * @param basketCategories the host categories of what the basket holds
     * @param limit            how many to return (0 or more)
     */
    public static List<SetSuggestion> pick(Collection<SetCandidate> candidates, final Set<Long> basketCategories,
                                           int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more (was " + limit + ")");
        }
        Map<Long, SetCandidate> bySku = new HashMap<Long, SetCandidate>();
        for (SetCandidate c : candidates) {
            SetCandidate known = bySku.get(c.skuId());
            if (known == null || c.coPurchases() > known.coPurchases()) {
                bySku.put(c.skuId(), c);
            }
        }
        List<SetCandidate> ordered = new ArrayList<SetCandidate>(bySku.values());
        Collections.sort(ordered, new Comparator<SetCandidate>() {
            @Override
            public int compare(SetCandidate a, SetCandidate b) {
                if (a.coPurchases() != b.coPurchases()) {
                    return BY_EVIDENCE.compare(a, b);
                }
                boolean aNear = a.categoryId() != null && basketCategories.contains(a.categoryId());
                boolean bNear = b.categoryId() != null && basketCategories.contains(b.categoryId());
                if (aNear != bNear) {
                    return aNear ? -1 : 1;
                }
                return BY_EVIDENCE.compare(a, b);
            }
        });
        Map<Long, List<SetCandidate>> perSeller = new LinkedHashMap<Long, List<SetCandidate>>();
        for (SetCandidate c : ordered) {
            List<SetCandidate> list = perSeller.get(c.sellerId());
            if (list == null) {
                list = new ArrayList<SetCandidate>();
                perSeller.put(c.sellerId(), list);
            }
            list.add(c);
        }
        List<SetSuggestion> picked = new ArrayList<SetSuggestion>();
        for (int round = 0; picked.size() < limit; round++) {
            boolean any = false;
            for (List<SetCandidate> ofSeller : perSeller.values()) {
                if (round < ofSeller.size() && picked.size() < limit) {
                    SetCandidate c = ofSeller.get(round);
                    picked.add(new SetSuggestion(c, reasonFor(c, basketCategories)));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return picked;
    }

    private static SetSuggestion.Reason reasonFor(SetCandidate c, Set<Long> basketCategories) {
        if (c.coPurchases() > 0) {
            return SetSuggestion.Reason.BOUGHT_TOGETHER;
        }
        if (c.categoryId() != null && basketCategories.contains(c.categoryId())) {
            return SetSuggestion.Reason.SAME_DEPARTMENT;
        }
        return SetSuggestion.Reason.SAME_CAMPAIGN;
    }
}
