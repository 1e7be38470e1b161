package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;

import static com.coopromo.governance.domain.GovernanceFixture.approval;
import static com.coopromo.governance.domain.GovernanceFixture.hoursIn;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the votes, a settled outcome stays settled and the counts never exceed the eligible voters. */
class TallyPropertiesTest {
    private static final String[] MEMBERS = {"sam", "mia", "leo", "pia", "sol", "stranger"};

    @Property(tries = 1000)
    void onceSettledTheOutcomeNeverChanges(@ForAll("tiers") CampaignTier tier, @ForAll("votes") List<Vote> votes) {
        Decision decision = approval(tier);
        DecisionResult settledAt = null;
        for (int hour = 0; hour <= 24 * 6; hour += 6) {
            Instant at = hoursIn(hour);
            DecisionResult result = Tally.of(decision, votes, at);
            assertThat(result.ballots()).isLessThanOrEqualTo(result.eligible());
            if (settledAt != null) {
                assertThat(result.status()).isEqualTo(settledAt.status());
                assertThat(result.decidedAt()).isEqualTo(settledAt.decidedAt());
            } else if (result.status().isSettled()) {
                settledAt = result;
            }
        }
    }

    @Provide
    Arbitrary<CampaignTier> tiers() {
        return Arbitraries.of(CampaignTier.class);
    }

    @Provide
    Arbitrary<List<Vote>> votes() {
        Arbitrary<Vote> vote = Combinators.combine(
                Arbitraries.of(MEMBERS),
                Arbitraries.of(VoteChoice.class),
                Arbitraries.of("", "because"),
                Arbitraries.integers().between(-2, 24 * 6))
                .as((voter, choice, comment, hour) -> new Vote(voter, choice, comment, hoursIn(hour)));
        return vote.list().ofMaxSize(10);
    }
}
