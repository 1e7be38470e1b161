package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import com.coopromo.campaign.domain.CampaignTerms;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aCampaignRunning;
import static com.coopromo.campaign.domain.CampaignTermsFixture.at;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidateFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The fixture campaign's enrollment closes 2027-03-05 18:00 Paris time, i.e. 17:00Z. */
class EnrollmentDeadlinePolicyTest {
    private static final Instant DEADLINE = Instant.parse("2027-03-05T17:00:00Z");

    private final EnrollmentDeadlinePolicy policy = new EnrollmentDeadlinePolicy();

    private PolicyResult checkAt(Instant now) {
        return policy.check(anEligibleCandidate().at(now).build());
    }

    private PolicyResult checkAt(CampaignTerms campaign, String utc) {
        return policy.check(anEligibleCandidateFor(campaign).at(Instant.parse(utc)).build());
    }

    @Test
    void enrollingOneSecondBeforeTheDeadlineIsAllowed() {
        assertThat(checkAt(DEADLINE.minusSeconds(1)).isAllowed()).isTrue();
    }

    @Test
    void enrollingExactlyAtTheDeadlineIsRefusedSayingWhenItClosedInTheCampaignsTime() {
        PolicyResult result = checkAt(DEADLINE);

        assertThat(result.rule()).isEqualTo("enrollment deadline");
        assertThat(result.reason())
                .isEqualTo("enrollment closed at 2027-03-05T18:00 Europe/Paris (it is now 2027-03-05T18:00 there)");
    }

    @Test
    void enrollingAfterTheDeadlineIsRefusedShowingTheCurrentLocalTime() {
        assertThat(checkAt(Instant.parse("2027-03-09T23:30:00Z")).reason())
                .isEqualTo("enrollment closed at 2027-03-05T18:00 Europe/Paris (it is now 2027-03-10T00:30 there)");
    }

    @Test
    void anAucklandDeadlineIsTheInstantItNamesInAuckland() {
        // 2027-01-31 23:59 in Auckland (NZDT, +13:00) is 2027-01-31 10:59 UTC
        CampaignTerms auckland = aCampaignRunning("Pacific/Auckland", at("2027-02-01T09:00"), at("2027-02-10T09:00"))
                .enrollmentDeadline(at("2027-01-31T23:59")).build();

        assertThat(checkAt(auckland, "2027-01-31T10:58:59Z").isAllowed()).isTrue();
        assertThat(checkAt(auckland, "2027-01-31T10:59:00Z").reason())
                .isEqualTo("enrollment closed at 2027-01-31T23:59 Pacific/Auckland (it is now 2027-01-31T23:59 there)");
    }

    @Test
    void anAucklandDeadlineHasPassedWhileItIsStillThatDayInUtc() {
        CampaignTerms auckland = aCampaignRunning("Pacific/Auckland", at("2027-02-01T09:00"), at("2027-02-10T09:00"))
                .enrollmentDeadline(at("2027-01-31T23:59")).build();

        assertThat(checkAt(auckland, "2027-01-31T12:00:00Z").reason())
                .isEqualTo("enrollment closed at 2027-01-31T23:59 Pacific/Auckland (it is now 2027-02-01T01:00 there)");
    }

    @Test
    void anAucklandMorningDeadlineFallsOnTheDayBeforeInUtc() {
        // 2027-02-01 09:00 in Auckland is 2027-01-31 20:00 UTC
        CampaignTerms auckland = aCampaignRunning("Pacific/Auckland", at("2027-02-01T09:00"), at("2027-02-10T09:00")).build();

        assertThat(checkAt(auckland, "2027-01-31T19:59:59Z").isAllowed()).isTrue();
        assertThat(checkAt(auckland, "2027-01-31T20:00:00Z").isAllowed()).isFalse();
    }
}
