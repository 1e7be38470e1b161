package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import com.coopromo.campaign.domain.CampaignTerms;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aCampaignRunning;
import static com.coopromo.campaign.domain.CampaignTermsFixture.at;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static org.assertj.core.api.Assertions.assertThat;

/** The fixture campaign runs 2027-03-10 09:00 to 2027-03-20 09:00 Paris time (08:00Z both). */
class NoOverlappingCampaignPolicyTest {
    private final NoOverlappingCampaignPolicy policy = new NoOverlappingCampaignPolicy();

    private static EnrollmentCandidate.OtherEnrollment other(String name, String zone, String start, String end) {
        CampaignTerms terms = aCampaignRunning(zone, at(start), at(end)).build();
        return new EnrollmentCandidate.OtherEnrollment(name, terms);
    }

    private PolicyResult check(EnrollmentCandidate.OtherEnrollment... others) {
        return policy.check(anEligibleCandidate().otherEnrollments(Arrays.asList(others)).build());
    }

    @Test
    void aListingInNoOtherCampaignIsAllowed() {
        assertThat(policy.check(anEligibleCandidate()
                .otherEnrollments(Collections.<EnrollmentCandidate.OtherEnrollment>emptyList()).build()).isAllowed()).isTrue();
    }

    @Test
    void aCampaignEndingExactlyWhenThisOneStartsDoesNotOverlap() {
        assertThat(check(other("Spring sale", "Europe/Paris", "2027-03-01T09:00", "2027-03-10T09:00")).isAllowed()).isTrue();
    }

    @Test
    void aCampaignStartingExactlyWhenThisOneEndsDoesNotOverlap() {
        assertThat(check(other("Easter", "Europe/Paris", "2027-03-20T09:00", "2027-03-28T09:00")).isAllowed()).isTrue();
    }

    @Test
    void anOverlappingCampaignIsRefusedNamingItAndItsWindow() {
        PolicyResult result = check(other("Spring sale", "Europe/Paris", "2027-03-01T09:00", "2027-03-10T10:00"));

        assertThat(result.rule()).isEqualTo("overlapping campaign");
        assertThat(result.reason()).isEqualTo("the listing is already enrolled in 'Spring sale' "
                + "(2027-03-01T09:00 to 2027-03-10T10:00 Europe/Paris), which overlaps this campaign");
    }

    @Test
    void overlapIsJudgedOnInstantsAcrossTimeZones() {
        // 03:00 in New York (EST, -05:00) is 08:00Z: exactly this campaign's start
        assertThat(check(other("NY week", "America/New_York", "2027-03-03T03:00", "2027-03-10T03:00")).isAllowed()).isTrue();
        assertThat(check(other("NY week", "America/New_York", "2027-03-03T03:00", "2027-03-10T03:01")).reason())
                .isEqualTo("the listing is already enrolled in 'NY week' "
                        + "(2027-03-03T03:00 to 2027-03-10T03:01 America/New_York), which overlaps this campaign");
    }

    @Test
    void theFirstOverlappingCampaignIsNamed() {
        PolicyResult result = check(
                other("Winter", "Europe/Paris", "2027-01-10T09:00", "2027-01-20T09:00"),
                other("Mid March", "Europe/Paris", "2027-03-12T09:00", "2027-03-14T09:00"),
                other("Late March", "Europe/Paris", "2027-03-18T09:00", "2027-03-25T09:00"));

        assertThat(result.reason()).contains("'Mid March'").doesNotContain("Late March").doesNotContain("Winter");
    }
}
