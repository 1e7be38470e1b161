package com.coopromo.search.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FairRankingTest {

    /** Seller 1 has the 20 best matches, sellers 2..4 two each after them. */
    private static List<RankCandidate> bigSellerFirst() {
        List<RankCandidate> c = new ArrayList<RankCandidate>();
        long id = 1;
        for (int i = 0; i < 20; i++) {
            c.add(new RankCandidate(id++, 1, false, true));
        }
        for (long seller = 2; seller <= 4; seller++) {
            for (int i = 0; i < 2; i++) {
                c.add(new RankCandidate(id++, seller, seller == 4, seller != 3));
            }
        }
        return c;
    }

    private static Map<Long, Integer> perSeller(List<RankedSlot> page) {
        Map<Long, Integer> counts = new HashMap<Long, Integer>();
        for (RankedSlot s : page) {
            Integer n = counts.get(s.candidate().sellerId());
            counts.put(s.candidate().sellerId(), n == null ? 1 : n + 1);
        }
        return counts;
    }

    @Test
    void withoutRulesTheBigSellerTakesTheWholeFirstPage() {
        List<RankedSlot> page = FairRanking.page(bigSellerFirst(), 10, 0, FairRanking.Rules.none());
        assertThat(perSeller(page)).containsOnlyKeys(1L).containsEntry(1L, 10);
    }

    @Test
    void noSellerHoldsMoreThanKPlacesWhileOthersMatchThenTheRestFillsIn() {
        List<RankedSlot> page = FairRanking.page(bigSellerFirst(), 10, 0, new FairRanking.Rules(3, 0, 0, 0));
        // three of seller 1, then all six of the others; one place left and only seller 1 matches: it fills it
        assertThat(perSeller(page)).containsEntry(2L, 2).containsEntry(3L, 2).containsEntry(4L, 2).containsEntry(1L, 4);
        assertThat(page.subList(0, 3)).allMatch(s -> s.candidate().sellerId() == 1L);
        assertThat(page.get(3).candidate().sellerId()).isEqualTo(2L);

        List<RankedSlot> second = FairRanking.page(bigSellerFirst(), 10, 1, new FairRanking.Rules(3, 0, 0, 0));
        assertThat(perSeller(second)).containsOnlyKeys(1L);
        Set<Long> seen = new HashSet<Long>();
        for (int p = 0; p < 3; p++) {
            for (RankedSlot s : FairRanking.page(bigSellerFirst(), 10, p, new FairRanking.Rules(3, 0, 0, 0))) {
                assertThat(seen.add(s.candidate().listingId())).as("listing shown twice").isTrue();
            }
        }
        assertThat(seen).hasSize(26);
    }

    @Test
    void theLimitHoldsForRandomMatches() {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            List<RankCandidate> c = new ArrayList<RankCandidate>();
            int n = 1 + random.nextInt(80);
            for (int i = 0; i < n; i++) {
                c.add(new RankCandidate(i, random.nextInt(6), random.nextBoolean(), random.nextBoolean()));
            }
            int k = 1 + random.nextInt(4);
            List<List<RankedSlot>> pages = FairRanking.pages(c, 12, 100, new FairRanking.Rules(k, random.nextInt(3), random.nextInt(3), run));
            int shown = 0;
            List<RankCandidate> left = new ArrayList<RankCandidate>(c);
            for (List<RankedSlot> page : pages) {
                Map<Long, Integer> counts = perSeller(page);
                for (RankedSlot s : page) {
                    left.remove(s.candidate());
                }
                for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                    if (e.getValue() > k) {
                        // over the limit only if no other seller had anything left to show on this page
                        for (RankCandidate rest : left) {
                            Integer held = counts.get(rest.sellerId());
                            assertThat(held != null && held >= k)
                                    .as("seller %s over %s while seller %s matched", e.getKey(), k, rest.sellerId()).isTrue();
                        }
                    }
                }
                shown += page.size();
            }
            assertThat(shown).isEqualTo(n);
        }
    }

    @Test
    void featuredSlotsRotateAmongEligibleSellersAndAreLabelled() {
        FairRanking.Rules day0 = new FairRanking.Rules(3, 0, 1, 0);
        FairRanking.Rules day1 = new FairRanking.Rules(3, 0, 1, 1);
        FairRanking.Rules day2 = new FairRanking.Rules(3, 0, 1, 2);
        // eligible sellers are 1, 2 and 4 (seller 3's listings are not eligible)
        assertThat(FairRanking.page(bigSellerFirst(), 10, 0, day0).get(0).candidate().sellerId()).isEqualTo(1L);
        assertThat(FairRanking.page(bigSellerFirst(), 10, 0, day1).get(0).candidate().sellerId()).isEqualTo(2L);
        RankedSlot third = FairRanking.page(bigSellerFirst(), 10, 0, day2).get(0);
        assertThat(third.candidate().sellerId()).isEqualTo(4L);
        assertThat(third.featured()).isTrue();
        assertThat(FairRanking.page(bigSellerFirst(), 10, 0, day2).subList(1, 10)).noneMatch(RankedSlot::featured);
        // same day, same query: same page
        assertThat(FairRanking.page(bigSellerFirst(), 10, 0, day1).toString())
                .isEqualTo(FairRanking.page(bigSellerFirst(), 10, 0, day1).toString());
    }

    @Test
    void newcomerBoostMovesANewcomersListingUp() {
        List<RankCandidate> c = bigSellerFirst();
        int plain = indexOf(FairRanking.page(c, 30, 0, FairRanking.Rules.none()), 4L);
        int boosted = indexOf(FairRanking.page(c, 30, 0, new FairRanking.Rules(0, 5, 0, 0)), 4L);
        assertThat(plain).isEqualTo(24);
        assertThat(boosted).isEqualTo(19);
    }

    private static int indexOf(List<RankedSlot> page, long seller) {
        for (int i = 0; i < page.size(); i++) {
            if (page.get(i).candidate().sellerId() == seller) {
                return i;
            }
        }
        return -1;
    }
}
