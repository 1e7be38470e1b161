package com.coopromo.community.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeRulesTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    final BadgeRules rules = new BadgeRules(10);

    static Instant day(int n) {
        return T0.plusSeconds(86_400L * n);
    }

    @Test
    void firstCampaignIsTheEarliestEndedOne() {
        CommunityFacts facts = new CommunityFacts()
                .completed(1, 20, "Summer", day(20))
                .completed(1, 10, "Spring", day(10))
                .completed(2, 20, "Summer", day(20));
        assertThat(rules.earned(facts)).containsExactlyInAnyOrder(
                new EarnedBadge(1, BadgeKind.FIRST_CAMPAIGN, 10L, "First completed campaign: Spring."),
                new EarnedBadge(2, BadgeKind.FIRST_CAMPAIGN, 20L, "First completed campaign: Summer."));
    }

    @Test
    void topConversionIsPerCampaignAndSegmentNeedsTheMinimumClicksAndAnOrderAndSharesTies() {
        CommunityFacts facts = new CommunityFacts()
                .conversion(5, "Spring", day(5), 1, "SMALL", 100, 10)   // 10%
                .conversion(5, "Spring", day(5), 2, "SMALL", 50, 5)     // 10%: tie
                .conversion(5, "Spring", day(5), 3, "SMALL", 9, 9)      // 100% but under 10 clicks
                .conversion(5, "Spring", day(5), 4, "LARGE", 200, 2)    // alone in its segment: 1%
                .conversion(5, "Spring", day(5), 5, "MEDIUM", 200, 0);  // no order
        List<EarnedBadge> earned = rules.earned(facts);
        assertThat(earned).extracting(EarnedBadge::sellerId).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(earned).allMatch(b -> b.kind() == BadgeKind.TOP_CONVERSION && b.campaignId() == 5L);
        assertThat(earned).filteredOn(b -> b.sellerId() == 1L).extracting(EarnedBadge::fact).containsExactly(
                "Best conversion of the small sellers in Spring: 10.0% (10 orders from 100 clicks).");
    }

    @Test
    void onTimeAssetsNeedsEveryAssetOfTheCampaignAcceptedByItsDeadline() {
        CommunityFacts facts = new CommunityFacts()
                .asset(1, 7, "Spring", 70, day(7), day(6))
                .asset(1, 7, "Spring", 71, day(7), day(8))       // late: Spring does not count
                .asset(1, 9, "Summer", 90, day(9), day(9))       // on the deadline counts
                .asset(2, 7, "Spring", 72, day(7), null);        // never accepted
        assertThat(rules.earned(facts)).containsExactly(
                new EarnedBadge(1, BadgeKind.ON_TIME_ASSETS, 9L, "All 1 asset(s) for Summer accepted by the asset deadline."));
    }

    @Test
    void mentorGoesToTheExperiencedSideOfTheFirstActivePair() {
        CommunityFacts facts = new CommunityFacts().mentoring(40, 3, 8, day(4)).mentoring(30, 3, 9, day(2));
        assertThat(rules.earned(facts)).containsExactly(
                new EarnedBadge(3, BadgeKind.MENTOR, null, "Mentors seller 9 (mentoring pair 30)."));
    }

    /** Whatever the facts and their order: each seller holds each kind at most once, and the answer is the same. */
    @Property(tries = 200)
    void theBadgesDoNotDependOnTheOrderOfTheFactsAndAreEachEarnedOnce(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
        Random random = new Random(seed);
        List<Object[]> raw = new ArrayList<Object[]>();
        for (int i = 0; i < 40; i++) {
            raw.add(new Object[] {random.nextInt(4), 1 + random.nextInt(6), 1 + random.nextInt(5), random.nextInt(30),
                    random.nextInt(3), random.nextInt(40), random.nextInt(8)});
        }
        List<EarnedBadge> first = rules.earned(facts(raw));
        Collections.shuffle(raw, random);
        List<EarnedBadge> second = rules.earned(facts(raw));
        assertThat(new HashSet<EarnedBadge>(second)).isEqualTo(new HashSet<EarnedBadge>(first));
        Set<String> keys = new HashSet<String>();
        for (EarnedBadge b : first) {
            assertThat(keys.add(b.sellerId() + "/" + b.kind())).as("once: " + b).isTrue();
        }
        // the first campaign badge is the seller's earliest completed campaign
        for (EarnedBadge b : first) {
            if (b.kind() == BadgeKind.FIRST_CAMPAIGN) {
                int earliest = Integer.MAX_VALUE;
                long campaign = Long.MAX_VALUE;
                for (Object[] r : raw) {
                    int end = (Integer) r[2] * 10;
                    if ((Integer) r[0] == 0 && (Integer) r[1] == b.sellerId()
                            && (end < earliest || (end == earliest && (Integer) r[2] < campaign))) {
                        earliest = end;
                        campaign = (Integer) r[2];
                    }
                }
                assertThat(b.campaignId()).isEqualTo(campaign);
            }
        }
    }

    private static CommunityFacts facts(List<Object[]> raw) {
        CommunityFacts f = new CommunityFacts();
        String[] segments = {"SMALL", "MEDIUM", "LARGE"};
        for (Object[] r : raw) {
            int kind = (Integer) r[0];
            long seller = (Integer) r[1];
            int campaign = (Integer) r[2];
            Instant end = day(campaign * 10);
            switch (kind) {
                case 0:
                    f.completed(seller, campaign, "C" + campaign, end);
                    break;
                case 1:
                    f.conversion(campaign, "C" + campaign, end, seller, segments[(Integer) r[4]], (Integer) r[5], (Integer) r[6]);
                    break;
                case 2:
                    f.mentoring(100 + (Integer) r[3], seller, 99, day((Integer) r[3]));
                    break;
                default:
                    f.asset(seller, campaign, "C" + campaign, 1000 + (Integer) r[3], end,
                            (Integer) r[4] == 0 ? null : end.minusSeconds(3600L * ((Integer) r[5] - 20)));
            }
        }
        return f;
    }
}
