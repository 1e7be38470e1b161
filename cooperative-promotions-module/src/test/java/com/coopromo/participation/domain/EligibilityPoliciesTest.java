package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.seller.domain.SellerStanding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aCampaignRunning;
import static com.coopromo.campaign.domain.CampaignTermsFixture.at;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.anEligibleCandidate;
import static com.coopromo.participation.domain.EnrollmentCandidateFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityPoliciesTest {
    private static final Instant AFTER_DEADLINE = Instant.parse("2027-03-06T00:00:00Z");

    private final EligibilityPolicies standard = EligibilityPolicies.standard();

    @Test
    void anEligibleListingHasNoRejections() {
        assertThat(standard.rejections(anEligibleCandidate().build())).isEmpty();
    }

    @Test
    void everyFailedRuleIsReportedAtOnceInTheOrderOfTheRules() {
        EnrollmentCandidate candidate = anEligibleCandidate()
                .at(AFTER_DEADLINE)
                .seller("Acme Pens", SellerStanding.SUSPENDED)
                .discountPercent(dec("35"))
                .listing(dec("20.00"), dec("10.00"), 0)
                .build();

        List<PolicyResult> rejections = standard.rejections(candidate);

        assertThat(rejections).extracting(PolicyResult::rule)
                .containsExactly("enrollment deadline", "seller standing", "discount range", "stock");
        assertThat(rejections).extracting(PolicyResult::reason).containsExactly(
                "enrollment closed at 2027-03-05T18:00 Europe/Paris (it is now 2027-03-06T01:00 there)",
                "Acme Pens is SUSPENDED; only sellers in GOOD standing can enroll",
                "discount 35% is outside the campaign's range 10%-30%",
                "0 unit(s) in stock; the campaign needs at least 1");
    }

    @Test
    void theStandardRulesAreAllInForce() {
        EnrollmentCandidate candidate = anEligibleCandidate()
                .at(AFTER_DEADLINE)
                .seller("Acme Pens", SellerStanding.ON_WATCH)
                .discountPercent(dec("35"))
                .listing(dec("20.00"), dec("19.00"), 0)
                .submittedAssets(EnumSet.noneOf(AssetKind.class))
                .enrolled(10, 10)
                .otherEnrollments(Collections.singletonList(new EnrollmentCandidate.OtherEnrollment("Spring sale",
                        aCampaignRunning("Europe/Paris", at("2027-03-01T09:00"), at("2027-03-15T09:00")).build())))
                .build();

        assertThat(standard.rejections(candidate)).extracting(PolicyResult::rule).containsExactly(
                "enrollment deadline", "seller standing", "discount range", "margin floor", "stock",
                "required assets", "seller share limit", "overlapping campaign");
    }

    @Test
    void noRejectionIsAnAllowance() {
        assertThat(standard.rejections(anEligibleCandidate().at(AFTER_DEADLINE).build()))
                .noneMatch(PolicyResult::isAllowed);
    }

    @Test
    void aCustomListAppliesOnlyItsOwnRules() {
        EligibilityPolicies onlyStock = new EligibilityPolicies(Collections.<EnrollmentPolicy>singletonList(new StockPolicy()));

        EnrollmentCandidate candidate = anEligibleCandidate().at(AFTER_DEADLINE).listing(dec("20.00"), dec("10.00"), 0).build();

        assertThat(onlyStock.rejections(candidate)).extracting(PolicyResult::rule).containsExactly("stock");
    }

    @Test
    void theRulesAreFixedWhenTheListIsAssembled() {
        List<EnrollmentPolicy> rules = new ArrayList<EnrollmentPolicy>();
        EligibilityPolicies policies = new EligibilityPolicies(rules);

        rules.add(new StockPolicy());

        assertThat(policies.rejections(anEligibleCandidate().listing(dec("20.00"), dec("10.00"), 0).build())).isEmpty();
    }
}
