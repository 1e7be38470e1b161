package com.coopromo.reward.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RewardProgressTest {
    @Test
    void labelsTheCountAgainstWhatIsNeededNeverAboveIt() {
        assertThat(new RewardProgress(2, 3, null).label()).isEqualTo("2 of 3 sellers");
        assertThat(new RewardProgress(2, 3, null).sellersToGo()).isEqualTo(1);
        assertThat(new RewardProgress(5, 3, "COOP-X").label()).isEqualTo("3 of 3 sellers");
        assertThat(new RewardProgress(5, 3, "COOP-X").granted()).isTrue();
        assertThat(new RewardProgress(5, 3, null).sellersToGo()).isZero();
    }

    @Test
    void aCampaignWithoutARewardOffersNone() {
        assertThat(RewardProgress.none().offered()).isFalse();
        assertThat(new RewardProgress(0, 2, null).offered()).isTrue();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> new RewardProgress(-1, 3, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 or more");
    }

    @Test
    void codesAreDistinctAndFreeOfLookAlikes() {
        RewardCodes codes = new RewardCodes(new Random(7));
        Set<String> seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).matches("COOP-[2-9A-HJKMNP-Z]{12}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }
}
