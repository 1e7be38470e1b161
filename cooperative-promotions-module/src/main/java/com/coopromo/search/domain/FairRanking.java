package com.coopromo.search.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Seller-fair pages over a relevance-ordered list of matches, so big sellers do not crowd small ones out:
 * <ul>
 * <li><b>featured slots</b>: the first {@code featuredSlots} places of each page go to sellers with an eligible
 *     listing, one listing per seller, the sellers taken in turn (ascending seller id) from a start that moves with
 *     the rotation (e.g. the day) and the page, so every eligible seller gets its turn; these are labelled featured;</li>
 * <li><b>seller diversity</b>: no seller holds more than {@code maxPerSeller} places of a page while listings of other
 *     sellers (not at the limit) are left to show; when only capped sellers are left, the page is filled from them;</li>
 * <li><b>newcomer boost</b>: a newcomer seller's listing moves up {@code newcomerBoost} places in the order before the
 *     pages are cut.</li>
 * </ul>
 * Deterministic: the same matches, rules and rotation give the same pages. Pure Java, no framework.
 */
public final class FairRanking {

    /** The rules of one query. */
    public static final class Rules {
        private final int maxPerSeller;
        private final int newcomerBoost;
        private final int featuredSlots;
        private final long rotation;

        /**
         * @param maxPerSeller  most places one seller may hold on a page while others match; 0: no limit
         * @param newcomerBoost places a newcomer's listing moves up; 0: none
         * @param featuredSlots featured places at the top of each page; 0: none
         * @param rotation      where the featured turn starts (e.g. days since epoch)
         */
        public Rules(int maxPerSeller, int newcomerBoost, int featuredSlots, long rotation) {
            if (maxPerSeller < 0 || newcomerBoost < 0 || featuredSlots < 0) {
                throw new IllegalArgumentException("ranking rules must not be negative (maxPerSeller " + maxPerSeller
                        + ", newcomerBoost " + newcomerBoost + ", featuredSlots " + featuredSlots + ")");
            }
            this.maxPerSeller = maxPerSeller;
            this.newcomerBoost = newcomerBoost;
            this.featuredSlots = featuredSlots;
            this.rotation = rotation;
        }

        /** Plain relevance order: no limit, no boost, no featured slots. */
        public static Rules none() {
            return new Rules(0, 0, 0, 0);
        }

        public int maxPerSeller() {
            return maxPerSeller;
        }

        public int newcomerBoost() {
            return newcomerBoost;
        }

        public int featuredSlots() {
            return featuredSlots;
        }

        public long rotation() {
            return rotation;
        }
    }

    private FairRanking() {
    }

    /** Page {@code pageIndex} (0-based) of the candidates under the rules; empty when the candidates run out before it. */
    public static List<RankedSlot> page(List<RankCandidate> ordered, int pageSize, int pageIndex, Rules rules) {
        List<List<RankedSlot>> pages = pages(ordered, pageSize, pageIndex + 1, rules);
        return pages.size() > pageIndex ? pages.get(pageIndex) : Collections.<RankedSlot>emptyList();
    }

    /** The first {@code pageCount} pages (fewer when the candidates run out). */
    public static List<List<RankedSlot>> pages(List<RankCandidate> ordered, int pageSize, int pageCount, Rules rules) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive (was " + pageSize + ")");
        }
        LinkedList<RankCandidate> remaining = new LinkedList<RankCandidate>(boosted(ordered, rules.newcomerBoost));
        List<List<RankedSlot>> pages = new ArrayList<List<RankedSlot>>();
        for (int p = 0; p < pageCount && !remaining.isEmpty(); p++) {
            pages.add(nextPage(remaining, pageSize, p, rules));
        }
        return pages;
    }

    private static List<RankCandidate> boosted(List<RankCandidate> ordered, final int boost) {
        if (boost == 0) {
            return ordered;
        }
        final Map<RankCandidate, Integer> position = new HashMap<RankCandidate, Integer>();
        for (int i = 0; i < ordered.size(); i++) {
            position.put(ordered.get(i), i - (ordered.get(i).newcomer() ? boost : 0));
        }
        List<RankCandidate> sorted = new ArrayList<RankCandidate>(ordered);
        // stable: equal positions keep their relevance order; a newcomer goes ahead of the one it ties with
        Collections.sort(sorted, new Comparator<RankCandidate>() {
            @Override
            public int compare(RankCandidate a, RankCandidate b) {
                int byPosition = Integer.compare(position.get(a), position.get(b));
                return byPosition != 0 ? byPosition : Boolean.compare(b.newcomer(), a.newcomer());
            }
        });
        return sorted;
    }

    private static List<RankedSlot> nextPage(LinkedList<RankCandidate> remaining, int pageSize, int pageIndex, Rules rules) {
        List<RankedSlot> page = new ArrayList<RankedSlot>(pageSize);
        Map<Long, Integer> perSeller = new HashMap<Long, Integer>();
        if (rules.featuredSlots > 0) {
            TreeSet<Long> eligible = new TreeSet<Long>();
            for (RankCandidate c : remaining) {
                if (c.featuredEligible()) {
                    eligible.add(c.sellerId());
                }
            }
            List<Long> sellers = new ArrayList<Long>(eligible);
            int n = sellers.size();
            int slots = Math.min(Math.min(rules.featuredSlots, n), pageSize);
            if (n > 0) {
                long start = Math.floorMod(rules.rotation + (long) pageIndex * rules.featuredSlots, (long) n);
                for (int j = 0; j < slots; j++) {
                    long seller = sellers.get((int) ((start + j) % n));
                    for (Iterator<RankCandidate> it = remaining.iterator(); it.hasNext(); ) {
                        RankCandidate c = it.next();
                        if (c.sellerId() == seller && c.featuredEligible()) {
                            it.remove();
                            page.add(new RankedSlot(c, true));
                            count(perSeller, seller);
                            break;
                        }
                    }
                }
            }
        }
        while (page.size() < pageSize && !remaining.isEmpty()) {
            RankCandidate chosen = null;
            if (rules.maxPerSeller > 0) {
                for (Iterator<RankCandidate> it = remaining.iterator(); it.hasNext(); ) {
                    RankCandidate c = it.next();
                    Integer held = perSeller.get(c.sellerId());
                    if (held == null || held < rules.maxPerSeller) {
                        it.remove();
                        chosen = c;
                        break;
                    }
                }
            }
            if (chosen == null) {
                // no limit, or only sellers at their limit are left: they fill the page in order
                chosen = remaining.removeFirst();
            }
            page.add(new RankedSlot(chosen, false));
            count(perSeller, chosen.sellerId());
        }
        return page;
    }

    private static void count(Map<Long, Integer> perSeller, long seller) {
        Integer held = perSeller.get(seller);
        perSeller.put(seller, held == null ? 1 : held + 1);
    }
}
