package com.coopromo.suggest.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompleteTheSetRankingTest {
    private static final Set<Long> BAGS = Collections.singleton(7L);

    private static SetCandidate candidate(long sku, long seller, Long category, int together) {
        return new SetCandidate(1L, sku, seller, category, together);
    }

    private static List<Long> skus(List<SetSuggestion> picked) {
        List<Long> skus = new ArrayList<Long>();
        for (SetSuggestion s : picked) {
            skus.add(s.skuId());
        }
        return skus;
    }

    @Test
    void boughtTogetherComesFirstThenTheBasketsDepartmentThenTheRest() {
        List<SetSuggestion> picked = CompleteTheSetRanking.pick(Arrays.asList(
                candidate(10, 1, null, 0),
                candidate(11, 2, 7L, 0),
                candidate(12, 3, 9L, 2),
                candidate(13, 4, 7L, 5)), BAGS, 10);

        assertThat(skus(picked)).containsExactly(13L, 12L, 11L, 10L);
        assertThat(picked.get(0).reason()).isEqualTo(SetSuggestion.Reason.BOUGHT_TOGETHER);
        assertThat(picked.get(1).reason()).isEqualTo(SetSuggestion.Reason.BOUGHT_TOGETHER);
        assertThat(picked.get(2).reason()).isEqualTo(SetSuggestion.Reason.SAME_DEPARTMENT);
        assertThat(picked.get(3).reason()).isEqualTo(SetSuggestion.Reason.SAME_CAMPAIGN);
        assertThat(picked.get(3).reason().label()).isEqualTo("From another seller in this campaign");
    }

    @Test
    void everySellerGetsOnePlaceBeforeAnySellerGetsASecond() {
        List<SetSuggestion> picked = CompleteTheSetRanking.pick(Arrays.asList(
                candidate(20, 1, 7L, 9),
                candidate(21, 1, 7L, 8),
                candidate(22, 1, 7L, 7),
                candidate(30, 2, null, 0),
                candidate(40, 3, null, 1)), BAGS, 4);

        assertThat(skus(picked)).containsExactly(20L, 40L, 30L, 21L);
    }

    @Test
    void theLimitIsKeptAndASkuOfferedTwiceCountsOnceWithItsBestEvidence() {
        List<SetSuggestion> picked = CompleteTheSetRanking.pick(Arrays.asList(
                candidate(50, 1, null, 0),
                candidate(50, 1, null, 3),
                candidate(51, 2, null, 1),
                candidate(52, 3, null, 0)), BAGS, 2);

        assertThat(skus(picked)).containsExactly(50L, 51L);
        assertThat(CompleteTheSetRanking.pick(Collections.singletonList(candidate(1, 1, null, 0)), BAGS, 0)).isEmpty();
        assertThatThrownBy(() -> CompleteTheSetRanking.pick(Collections.<SetCandidate>emptyList(), BAGS, -1))
                .hasMessage("limit must be 0 or more (was -1)");
    }

    @Test
    void forRandomCandidatesNoSellerHoldsTwoPlacesWhileAnotherSellerHasNone() {
        Random random = new Random(42);
        for (int run = 0; run < 200; run++) {
            List<SetCandidate> candidates = new ArrayList<SetCandidate>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                candidates.add(candidate(i, random.nextInt(6), random.nextBoolean() ? 7L : null, random.nextInt(3)));
            }
            int limit = random.nextInt(12);
            List<SetSuggestion> picked = CompleteTheSetRanking.pick(candidates, BAGS, limit);

            Set<Long> sellers = new HashSet<Long>();
            for (SetCandidate c : candidates) {
                sellers.add(c.sellerId());
            }
            assertThat(picked).hasSize(Math.min(limit, n));
            Set<Long> seen = new HashSet<Long>();
            for (int i = 0; i < picked.size(); i++) {
                long seller = picked.get(i).candidate().sellerId();
                if (!seen.add(seller)) {
                    assertThat(seen).as("run %d: seller %d repeats at place %d", run, seller, i).containsAll(sellers);
                }
            }
        }
    }
}
