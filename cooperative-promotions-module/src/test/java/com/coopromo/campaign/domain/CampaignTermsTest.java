package com.coopromo.campaign.domain;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aCampaignRunning;
import static com.coopromo.campaign.domain.CampaignTermsFixture.aValidCampaign;
import static com.coopromo.campaign.domain.CampaignTermsFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CampaignTermsTest {

    private static List<FieldError> errorsOf(CampaignTerms.Builder builder) {
        return builder.validate().errors();
    }

    private static List<String> problemsOf(CampaignTerms.Builder builder) {
        List<FieldError> errors = errorsOf(builder);
        String[] lines = new String[errors.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = errors.get(i).toString();
        }
        return java.util.Arrays.asList(lines);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    // --- a complete campaign ---------------------------------------------------------------------------------

    @Test
    void aCompleteValidCampaignBuildsKeepingEveryValue() {
        CampaignTerms terms = aValidCampaign().build();

        assertThat(terms.name()).isEqualTo("Back to school");
        assertThat(terms.slug()).isEqualTo("back-to-school");
        assertThat(terms.tier()).isEqualTo(CampaignTier.LIGHTWEIGHT);
        assertThat(terms.objective()).isEqualTo(CampaignObjective.SEASONAL_TRAFFIC);
        assertThat(terms.stackingPolicy()).isEqualTo(StackingPolicy.BEST_OF);
        assertThat(terms.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(terms.startsAt()).isEqualTo(at("2027-03-10T09:00"));
        assertThat(terms.endsAt()).isEqualTo(at("2027-03-20T09:00"));
        assertThat(terms.enrollmentDeadline()).isEqualTo(at("2027-03-05T18:00"));
        assertThat(terms.assetDeadline()).isEqualTo(at("2027-03-08T18:00"));
        assertThat(terms.minDiscountPercent()).isEqualByComparingTo("10");
        assertThat(terms.maxDiscountPercent()).isEqualByComparingTo("30");
        assertThat(terms.budget()).isEqualByComparingTo("5000.00");
        assertThat(terms.minSellers()).isEqualTo(1);
        assertThat(terms.maxSellers()).isNull();
        assertThat(terms.maxSellerSharePercent()).isEqualByComparingTo("25");
        assertThat(terms.minUnitsInStock()).isEqualTo(1);
        assertThat(terms.options()).isEmpty();
    }

    @Test
    void thePerSellerPlatformCapIsOptionalAboveZeroAndWithinTheBudget() {
        assertThat(aValidCampaign().build().sellerPlatformCap()).isNull();
        assertThat(aValidCampaign().sellerPlatformCap(dec("250.00")).build().sellerPlatformCap()).isEqualByComparingTo("250.00");
        assertThat(problemsOf(aValidCampaign().sellerPlatformCap(dec("0"))))
                .containsExactly("sellerPlatformCap: must be above 0 when given (leave it empty for no per-seller cap)");
        assertThat(problemsOf(aValidCampaign().sellerPlatformCap(dec("5000.01"))))
                .containsExactly("sellerPlatformCap: must not exceed the budget (5000.01 > 5000.00)");
        assertThat(problemsOf(aValidCampaign().sellerPlatformCap(dec("1.005"))))
                .containsExactly("sellerPlatformCap: must have at most 2 decimals (was 1.005)");
    }

    @Test
    void aValidCampaignHasNoValidationErrors() {
        assertThat(errorsOf(aValidCampaign())).isEmpty();
    }

    @Test
    void builtTermsDoNotChangeWhenTheBuilderChangesAfterwards() {
        CampaignTerms.Builder builder = aValidCampaign();
        CampaignTerms terms = builder.build();

        builder.name("Something else").options(EnumSet.of(CampaignOption.COORDINATED_DISCOUNT));

        assertThat(terms.name()).isEqualTo("Back to school");
        assertThat(terms.options()).isEmpty();
    }

    @Test
    void toBuilderChangesACopyAndLeavesTheOriginalTermsAlone() {
        CampaignTerms original = aValidCampaign().build();

        CampaignTerms changed = original.toBuilder().maxDiscountPercent(dec("35")).build();

        assertThat(changed.maxDiscountPercent()).isEqualByComparingTo("35");
        assertThat(changed.name()).isEqualTo(original.name());
        assertThat(original.maxDiscountPercent()).isEqualByComparingTo("30");
    }

    @Test
    void buildRefusesBadInputWithACoopValidationExceptionListingTheErrors() {
        CoopValidationException e = catchThrowableOfType(CoopValidationException.class,
                () -> aValidCampaign().budget(dec("-1")).build());

        assertThat(e.errors()).extracting(FieldError::toString).containsExactly("budget: must be 0 or more (was -1)");
        assertThat(e).hasMessage("budget: must be 0 or more (was -1)");
    }

    // --- discounts -------------------------------------------------------------------------------------------

    // --- outer limits: what the columns hold, dates a calendar can mean ---------------------------------------

    @Test
    void aBudgetAboveWhatTheMoneyColumnHoldsIsRefusedOnTheBudgetAlone() {
        assertThat(problemsOf(aValidCampaign().budget(dec("1E+26")).sellerPlatformCap(dec("100"))))
                .containsExactly("budget: must be at most 99,999,999,999,999,999.99 (was 100000000000000000000000000)");
        assertThat(problemsOf(aValidCampaign().budget(dec("99999999999999999.99")))).isEmpty();
    }

    @Test
    void aTargetOrCapAboveWhatTheMoneyColumnHoldsIsRefusedOnItsField() {
        assertThat(errorsOf(aValidCampaign().targetRevenue(dec("100000000000000000"))))
                .extracting(FieldError::field).containsExactly("targetRevenue");
        assertThat(errorsOf(aValidCampaign().budget(dec("1E+18")).sellerPlatformCap(dec("1E+18"))))
                .extracting(FieldError::field).containsExactly("budget", "sellerPlatformCap");
    }

    @Test
    void datesOutsideTheYears2000To9999AreRefusedEachOnItsField() {
        assertThat(problemsOf(aValidCampaign().startsAt(java.time.LocalDateTime.of(99999, 12, 31, 0, 0))))
                .containsExactly("startsAt: must be between 2000-01-01 and 9999-12-31 (was +99999-12-31T00:00)");
        assertThat(errorsOf(aValidCampaign().enrollmentDeadline(java.time.LocalDateTime.of(0, 1, 1, 0, 0))
                .assetDeadline(java.time.LocalDateTime.of(1999, 12, 31, 23, 59))))
                .extracting(FieldError::field).containsExactly("enrollmentDeadline", "assetDeadline");
        assertThat(errorsOf(aValidCampaign().endsAt(java.time.LocalDateTime.of(10000, 1, 1, 0, 0))))
                .extracting(FieldError::field).containsExactly("endsAt");
    }

    @Test
    void aCapBelowTheMinimumIsRefusedNamingTheField() {
        assertThat(problemsOf(aValidCampaign().minDiscountPercent(dec("20")).maxDiscountPercent(dec("15"))))
                .containsExactly("maxDiscountPercent: the discount cap must not be below the minimum viable discount (15 < 20)");
    }

    @Test
    void aCapEqualToTheMinimumIsAllowed() {
        CampaignTerms terms = aValidCampaign().minDiscountPercent(dec("15")).maxDiscountPercent(dec("15.00")).build();

        assertThat(terms.maxDiscountPercent()).isEqualByComparingTo(terms.minDiscountPercent());
    }

    @Test
    void aZeroMinimumDiscountIsRefused() {
        assertThat(problemsOf(aValidCampaign().minDiscountPercent(dec("0"))))
                .containsExactly("minDiscountPercent: must be above 0 (was 0)");
    }

    @Test
    void aDiscountAbove100PercentIsRefused() {
        assertThat(problemsOf(aValidCampaign().maxDiscountPercent(dec("100.01"))))
                .containsExactly("maxDiscountPercent: must be between 0 and 100 (was 100.01)");
    }

    @Test
    void aDiscountOfExactly100PercentIsAllowed() {
        assertThat(errorsOf(aValidCampaign().maxDiscountPercent(dec("100")))).isEmpty();
    }

    @Test
    void otherPercentagesAbove100AreRefusedNamingTheirFields() {
        assertThat(problemsOf(aValidCampaign()
                .platformFundingPercent(dec("101"))
                .targetConversionPercent(dec("120"))
                .maxSellerSharePercent(dec("150"))))
                .containsExactly(
                        "platformFundingPercent: must be between 0 and 100 (was 101)",
                        "targetConversionPercent: must be between 0 and 100 (was 120)",
                        "maxSellerSharePercent: must be between 0 and 100 (was 150)");
    }

    @Test
    void aNegativePercentageIsRefused() {
        assertThat(problemsOf(aValidCampaign().minDiscountPercent(dec("-5"))))
                .containsExactly("minDiscountPercent: must be between 0 and 100 (was -5)");
    }

    @Test
    void aPercentageWithThreeDecimalsIsRefusedNotRounded() {
        assertThat(problemsOf(aValidCampaign().minDiscountPercent(dec("12.345"))))
                .containsExactly("minDiscountPercent: must have at most 2 decimals (was 12.345)");
    }

    @Test
    void missingDiscountsAreRefused() {
        assertThat(problemsOf(aValidCampaign().minDiscountPercent(null).maxDiscountPercent(null)))
                .containsExactly("minDiscountPercent: is required", "maxDiscountPercent: is required");
    }

    // --- money -----------------------------------------------------------------------------------------------

    @Test
    void aNegativeBudgetIsRefusedNamingTheValue() {
        assertThat(problemsOf(aValidCampaign().budget(dec("-0.01"))))
                .containsExactly("budget: must be 0 or more (was -0.01)");
    }

    @Test
    void aBudgetWithThreeDecimalsIsRefusedNotRounded() {
        assertThat(problemsOf(aValidCampaign().budget(dec("100.005"))))
                .containsExactly("budget: must have at most 2 decimals (was 100.005)");
    }

    @Test
    void trailingZerosBeyondCentsAreStillCents() {
        assertThat(errorsOf(aValidCampaign().budget(dec("100.500")))).isEmpty();
    }

    @Test
    void aZeroBudgetIsAllowed() {
        assertThat(errorsOf(aValidCampaign().budget(BigDecimal.ZERO))).isEmpty();
    }

    @Test
    void aMissingBudgetIsRefusedButAMissingTargetRevenueIsNot() {
        assertThat(problemsOf(aValidCampaign().budget(null).targetRevenue(null))).containsExactly("budget: is required");
    }

    @Test
    void sellersFundWhatThePlatformDoesNot() {
        assertThat(aValidCampaign().platformFundingPercent(dec("40")).build().sellerFundingPercent()).isEqualByComparingTo("60");
        assertThat(aValidCampaign().platformFundingPercent(dec("37.5")).build().sellerFundingPercent()).isEqualByComparingTo("62.5");
        assertThat(aValidCampaign().platformFundingPercent(dec("0")).build().sellerFundingPercent()).isEqualByComparingTo("100");
        assertThat(aValidCampaign().platformFundingPercent(dec("100")).build().sellerFundingPercent()).isEqualByComparingTo("0");
    }

    @Test
    void aNegativeNewBuyersTargetIsRefused() {
        assertThat(problemsOf(aValidCampaign().targetNewBuyers(-1)))
                .containsExactly("targetNewBuyers: must be 0 or more (was -1)");
    }

    // --- dates and time zone ---------------------------------------------------------------------------------

    @Test
    void anEndBeforeTheStartIsRefusedNamingEndsAt() {
        assertThat(problemsOf(aValidCampaign().endsAt(at("2027-03-09T09:00"))))
                .containsExactly("endsAt: must be after startsAt (2027-03-09T09:00 is not after 2027-03-10T09:00)");
    }

    @Test
    void anEndEqualToTheStartIsRefused() {
        assertThat(problemsOf(aValidCampaign().endsAt(at("2027-03-10T09:00"))))
                .containsExactly("endsAt: must be after startsAt (2027-03-10T09:00 is not after 2027-03-10T09:00)");
    }

    @Test
    void missingDatesAreRefusedEachByName() {
        assertThat(problemsOf(aValidCampaign().startsAt(null).endsAt(null).enrollmentDeadline(null).assetDeadline(null)))
                .containsExactly("startsAt: is required", "endsAt: is required", "enrollmentDeadline: is required",
                        "assetDeadline: is required");
    }

    @Test
    void anEnrollmentDeadlineAfterTheStartIsRefused() {
        assertThat(problemsOf(aValidCampaign().enrollmentDeadline(at("2027-03-10T09:01"))))
                .containsExactly("enrollmentDeadline: must not be after startsAt (2027-03-10T09:01 > 2027-03-10T09:00)");
    }

    @Test
    void anAssetDeadlineAfterTheStartIsRefused() {
        assertThat(problemsOf(aValidCampaign().assetDeadline(at("2027-03-11T00:00"))))
                .containsExactly("assetDeadline: must not be after startsAt (2027-03-11T00:00 > 2027-03-10T09:00)");
    }

    @Test
    void deadlinesExactlyAtTheStartAreAllowed() {
        assertThat(errorsOf(aValidCampaign().enrollmentDeadline(at("2027-03-10T09:00")).assetDeadline(at("2027-03-10T09:00"))))
                .isEmpty();
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingIt() {
        assertThat(problemsOf(aValidCampaign().timeZone("Mars/Olympus")))
                .containsExactly("timeZone: unknown time zone 'Mars/Olympus' (use an IANA name like Europe/Paris)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankTimeZoneIsRefusedAsMissing(String blank) {
        assertThat(problemsOf(aValidCampaign().timeZone(blank)))
                .containsExactly("timeZone: is required, an IANA name like Europe/Paris or America/New_York");
    }

    @Test
    void aMissingTimeZoneIsRefused() {
        assertThat(problemsOf(aValidCampaign().timeZone(null)))
                .containsExactly("timeZone: is required, an IANA name like Europe/Paris or America/New_York");
    }

    @Test
    void surroundingSpacesAroundTheZoneNameAreIgnored() {
        assertThat(aValidCampaign().timeZone(" America/New_York ").build().zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    // --- text, slug ------------------------------------------------------------------------------------------

    @Test
    void requiredTextIsRefusedWhenMissingOrBlank() {
        assertThat(problemsOf(aValidCampaign().name(" ").slug(null).themeBrief("")))
                .containsExactly("name: is required", "slug: is required", "themeBrief: is required");
    }

    @Test
    void tooLongTextIsRefusedNamingTheLength() {
        assertThat(problemsOf(aValidCampaign().name(repeat('n', CampaignTerms.NAME_MAX + 1))
                .marketingMessage(repeat('m', CampaignTerms.MESSAGE_MAX + 1))))
                .containsExactly("name: must be at most 120 characters (was 121)",
                        "marketingMessage: must be at most 255 characters (was 256)");
    }

    @Test
    void textsAtTheirMaximumLengthAreAllowed() {
        assertThat(errorsOf(aValidCampaign().name(repeat('n', CampaignTerms.NAME_MAX))
                .slug(repeat('s', CampaignTerms.SLUG_MAX))
                .marketingMessage(repeat('m', CampaignTerms.MESSAGE_MAX)))).isEmpty();
    }

    @Test
    void aMissingMarketingMessageIsAllowed() {
        assertThat(errorsOf(aValidCampaign().marketingMessage(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"back-to-school", "summer-2027", "a", "2027"})
    void aSlugOfLowerCaseWordsJoinedBySingleHyphensIsAllowed(String slug) {
        assertThat(errorsOf(aValidCampaign().slug(slug))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Back-To-School", "back--to-school", "-back", "back-", "back to school", "back_to_school", "école"})
    void aSlugOfAnyOtherFormIsRefusedQuotingIt(String slug) {
        assertThat(problemsOf(aValidCampaign().slug(slug))).containsExactly(
                "slug: must be lower-case letters, digits and single hyphens, like 'back-to-school' (was '" + slug + "')");
    }

    @Test
    void aTooLongSlugIsRefusedForItsLengthOnly() {
        assertThat(problemsOf(aValidCampaign().slug(repeat('s', CampaignTerms.SLUG_MAX + 1))))
                .containsExactly("slug: must be at most 64 characters (was 65)");
    }

    @Test
    void missingChoicesAreRefusedNamingTheAllowedValues() {
        assertThat(problemsOf(aValidCampaign().objective(null).stackingPolicy(null)))
                .containsExactly("objective: is required", "stackingPolicy: is required (EXCLUSIVE, COMBINABLE or BEST_OF)");
    }

    // --- tier, sellers, options ------------------------------------------------------------------------------

    @Test
    void minSellersBelowTheTierMinimumIsRefused() {
        assertThat(problemsOf(aValidCampaign().tier(CampaignTier.FLAGSHIP).minSellers(4)))
                .containsExactly("minSellers: must be at least 5 for FLAGSHIP campaigns (was 4)");
    }

    @Test
    void minSellersAtTheTierMinimumIsAllowed() {
        assertThat(errorsOf(aValidCampaign().tier(CampaignTier.FLAGSHIP).minSellers(5))).isEmpty();
        assertThat(errorsOf(aValidCampaign().tier(CampaignTier.STANDARD).minSellers(3))).isEmpty();
        assertThat(problemsOf(aValidCampaign().tier(CampaignTier.STANDARD).minSellers(2)))
                .containsExactly("minSellers: must be at least 3 for STANDARD campaigns (was 2)");
    }

    @Test
    void zeroMinSellersIsRefused() {
        assertThat(errorsOf(aValidCampaign().minSellers(0))).extracting(FieldError::field).isNotEmpty().containsOnly("minSellers");
    }

    @Test
    void aMissingTierIsRefusedAndNoTierRuleIsApplied() {
        assertThat(problemsOf(aValidCampaign().tier(null).options(EnumSet.of(CampaignOption.COORDINATED_DISCOUNT))))
                .containsExactly("tier: is required (LIGHTWEIGHT, STANDARD or FLAGSHIP)");
    }

    @Test
    void maxSellersBelowMinSellersIsRefused() {
        assertThat(problemsOf(aValidCampaign().tier(CampaignTier.STANDARD).minSellers(3).maxSellers(2)))
                .containsExactly("maxSellers: must not be below minSellers (2 < 3)");
    }

    @Test
    void maxSellersEqualToMinSellersIsAllowed() {
        assertThat(aValidCampaign().minSellers(3).maxSellers(3).build().maxSellers()).isEqualTo(3);
    }

    @Test
    void anOptionTheTierDoesNotOfferIsRefusedNamingOptionAndTier() {
        assertThat(problemsOf(aValidCampaign().tier(CampaignTier.LIGHTWEIGHT).options(EnumSet.of(CampaignOption.COORDINATED_DISCOUNT))))
                .containsExactly("options: COORDINATED_DISCOUNT is not available to LIGHTWEIGHT campaigns");
    }

    @Test
    void optionsTheTierOffersAreKept() {
        assertThat(aValidCampaign().tier(CampaignTier.STANDARD).minSellers(3)
                .options(EnumSet.of(CampaignOption.COORDINATED_DISCOUNT)).build().options())
                .containsExactly(CampaignOption.COORDINATED_DISCOUNT);
        assertThat(aValidCampaign().tier(CampaignTier.FLAGSHIP).minSellers(5)
                .options(EnumSet.allOf(CampaignOption.class)).build().options())
                .containsExactlyInAnyOrder(CampaignOption.values());
    }

    @Test
    void theOptionsOfBuiltTermsCannotBeChanged() {
        CampaignTerms terms = aValidCampaign().tier(CampaignTier.FLAGSHIP).minSellers(5).build();

        assertThatThrownBy(() -> terms.options().add(CampaignOption.COORDINATED_DISCOUNT))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> terms.requiredAssets().add(AssetKind.COPY_BLOCK))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void negativeMinimumStockIsRefusedAndZeroIsAllowed() {
        assertThat(problemsOf(aValidCampaign().minUnitsInStock(-1)))
                .containsExactly("minUnitsInStock: must be 0 or more (was -1)");
        assertThat(errorsOf(aValidCampaign().minUnitsInStock(0))).isEmpty();
    }

    @Test
    void theRewardThresholdIsEmptyOrTwoToFiftySellers() {
        assertThat(errorsOf(aValidCampaign().rewardMinSellers(null))).isEmpty();
        assertThat(errorsOf(aValidCampaign().rewardMinSellers(2))).isEmpty();
        assertThat(errorsOf(aValidCampaign().rewardMinSellers(50))).isEmpty();
        assertThat(problemsOf(aValidCampaign().rewardMinSellers(1)))
                .containsExactly("rewardMinSellers: must be from 2 to 50 sellers, or empty for no reward (was 1)");
        assertThat(problemsOf(aValidCampaign().rewardMinSellers(51)))
                .containsExactly("rewardMinSellers: must be from 2 to 50 sellers, or empty for no reward (was 51)");
        assertThat(aValidCampaign().rewardMinSellers(3).build().toBuilder().build().rewardMinSellers()).isEqualTo(3);
    }

    @Test
    void aZeroSellerShareIsRefused() {
        assertThat(problemsOf(aValidCampaign().maxSellerSharePercent(dec("0"))))
                .containsExactly("maxSellerSharePercent: must be above 0 (was 0)");
    }

    // --- many at once ----------------------------------------------------------------------------------------

    @Test
    void everyProblemIsReportedAtOnceInFieldOrder() {
        CampaignTerms.Builder bad = aValidCampaign()
                .name(null)
                .slug("Back To School")
                .timeZone("Mars/Olympus")
                .endsAt(at("2027-03-01T00:00"))
                .enrollmentDeadline(at("2027-03-11T00:00"))
                .minDiscountPercent(dec("0"))
                .budget(dec("-10"))
                .tier(CampaignTier.FLAGSHIP)
                .minSellers(4)
                .maxSellers(2)
                .maxSellerSharePercent(dec("100.5"));

        CoopValidationException e = catchThrowableOfType(CoopValidationException.class, bad::build);

        assertThat(e.errors()).extracting(FieldError::field).containsExactly(
                "name", "slug", "timeZone", "endsAt", "enrollmentDeadline", "minDiscountPercent", "budget",
                "minSellers", "maxSellers", "maxSellerSharePercent");
        assertThat(e.getMessage()).contains("name: is required; slug: must be lower-case");
    }

    // --- assets ----------------------------------------------------------------------------------------------

    @Test
    void requiredAssetsAreTheTiersPlusTheCampaignsExtras() {
        CampaignTerms terms = aValidCampaign().tier(CampaignTier.LIGHTWEIGHT)
                .extraRequiredAssets(EnumSet.of(AssetKind.COPY_BLOCK, AssetKind.BANNER)).build();

        assertThat(terms.requiredAssets()).containsExactly(AssetKind.BRIEF, AssetKind.BANNER, AssetKind.COPY_BLOCK);
        assertThat(terms.extraRequiredAssets()).containsExactly(AssetKind.BANNER, AssetKind.COPY_BLOCK);
    }

    @Test
    void withoutExtrasTheRequiredAssetsAreTheTiers() {
        CampaignTerms terms = aValidCampaign().tier(CampaignTier.STANDARD).minSellers(3).extraRequiredAssets(null).build();

        assertThat(terms.requiredAssets()).isEqualTo(TierRules.of(CampaignTier.STANDARD).requiredAssets());
        assertThat(terms.extraRequiredAssets()).isEmpty();
    }

    // --- instants in the campaign's zone ---------------------------------------------------------------------

    @Test
    void theSameWallClockStartIsADifferentInstantInParisAndNewYork() {
        CampaignTerms paris = aCampaignRunning("Europe/Paris", at("2027-03-10T09:00"), at("2027-03-11T09:00")).build();
        CampaignTerms newYork = aCampaignRunning("America/New_York", at("2027-03-10T09:00"), at("2027-03-11T09:00")).build();

        assertThat(paris.startInstant()).isEqualTo(Instant.parse("2027-03-10T08:00:00Z"));
        assertThat(newYork.startInstant()).isEqualTo(Instant.parse("2027-03-10T14:00:00Z"));
        assertThat(Duration.between(paris.startInstant(), newYork.startInstant())).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theWindowsInstantsFollowSummerTimeInTheCampaignsZone() {
        // Europe/Paris: CET (+01:00) until 2027-03-28 01:00Z, CEST (+02:00) after
        CampaignTerms terms = aCampaignRunning("Europe/Paris", at("2027-03-27T12:00"), at("2027-03-28T12:00")).build();

        assertThat(terms.startInstant()).isEqualTo(Instant.parse("2027-03-27T11:00:00Z"));
        assertThat(terms.endInstant()).isEqualTo(Instant.parse("2027-03-28T10:00:00Z"));
        assertThat(Duration.between(terms.startInstant(), terms.endInstant())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void aStartInTheSpringForwardGapIsShiftedLaterByTheGap() {
        // 02:00-03:00 does not exist in Paris on 2027-03-28; java.time (ZonedDateTime.of) moves 02:30 to 03:30 CEST
        CampaignTerms terms = aCampaignRunning("Europe/Paris", at("2027-03-28T02:30"), at("2027-03-28T12:00")).build();

        assertThat(terms.startInstant()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(terms.startInstant()).isEqualTo(at("2027-03-28T03:30").atZone(ZoneId.of("Europe/Paris")).toInstant());
    }

    @Test
    void aStartInTheAutumnOverlapUsesTheEarlierOffset() {
        // 02:00-03:00 happens twice in Paris on 2027-10-31; java.time picks the first (CEST, +02:00)
        CampaignTerms terms = aCampaignRunning("Europe/Paris", at("2027-10-31T02:30"), at("2027-10-31T12:00")).build();

        assertThat(terms.startInstant()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    void aWindowThatEndsBeforeItStartsOnceTheSummerTimeGapIsAppliedIsRefused() {
        // 02:30 does not exist and becomes 03:30 CEST (01:30Z); 03:15 CEST is 01:15Z, i.e. before the start
        CampaignTerms.Builder builder = aCampaignRunning("Europe/Paris", at("2027-03-28T02:30"), at("2027-03-28T03:15"));

        assertThat(errorsOf(builder)).extracting(FieldError::toString).contains("endsAt: must be after startsAt "
                + "(2027-03-28T03:15 is not after 2027-03-28T02:30; 2027-03-28T02:30 does not exist in Europe/Paris and becomes 2027-03-28T03:30)");
    }

    @Test
    void deadlineInstantsAreInTheCampaignsZone() {
        CampaignTerms terms = aValidCampaign().build();

        assertThat(terms.enrollmentDeadlineInstant()).isEqualTo(Instant.parse("2027-03-05T17:00:00Z"));
        assertThat(terms.assetDeadlineInstant()).isEqualTo(Instant.parse("2027-03-08T17:00:00Z"));
        assertThat(terms.endInstant()).isEqualTo(Instant.parse("2027-03-20T08:00:00Z"));
    }

    @Test
    void aCampaignIsRunningFromExactlyItsStart() {
        CampaignTerms terms = aValidCampaign().build();

        assertThat(terms.isRunningAt(Instant.parse("2027-03-10T08:00:00Z"))).isTrue();
        assertThat(terms.isRunningAt(Instant.parse("2027-03-10T07:59:59.999999999Z"))).isFalse();
    }

    @Test
    void aCampaignIsNoLongerRunningAtExactlyItsEnd() {
        CampaignTerms terms = aValidCampaign().build();

        assertThat(terms.isRunningAt(Instant.parse("2027-03-20T08:00:00Z"))).isFalse();
        assertThat(terms.isRunningAt(Instant.parse("2027-03-20T07:59:59.999999999Z"))).isTrue();
    }

    // --- overlaps --------------------------------------------------------------------------------------------

    @Test
    void windowsThatOnlyTouchDoNotOverlap() {
        CampaignTerms first = aCampaignRunning("Europe/Paris", at("2027-03-10T09:00"), at("2027-03-20T09:00")).build();
        CampaignTerms next = aCampaignRunning("Europe/Paris", at("2027-03-20T09:00"), at("2027-03-25T09:00")).build();

        assertThat(first.overlaps(next)).isFalse();
        assertThat(next.overlaps(first)).isFalse();
    }

    @Test
    void windowsSharingAMinuteOverlapBothWays() {
        CampaignTerms first = aCampaignRunning("Europe/Paris", at("2027-03-10T09:00"), at("2027-03-20T09:00")).build();
        CampaignTerms next = aCampaignRunning("Europe/Paris", at("2027-03-20T08:59"), at("2027-03-25T09:00")).build();

        assertThat(first.overlaps(next)).isTrue();
        assertThat(next.overlaps(first)).isTrue();
    }

    @Test
    void aWindowInsideAnotherOverlapsIt() {
        CampaignTerms outer = aCampaignRunning("Europe/Paris", at("2027-03-01T00:00"), at("2027-03-31T00:00")).build();
        CampaignTerms inner = aCampaignRunning("Europe/Paris", at("2027-03-10T00:00"), at("2027-03-11T00:00")).build();

        assertThat(outer.overlaps(inner)).isTrue();
        assertThat(inner.overlaps(outer)).isTrue();
        assertThat(outer.overlaps(outer)).isTrue();
    }

    @Test
    void windowsInDifferentZonesTouchWhenTheirInstantsMeet() {
        // Paris 09:00 CET is 08:00Z; New York 04:00 EDT (summer time from 2027-03-14) is 08:00Z too
        CampaignTerms paris = aCampaignRunning("Europe/Paris", at("2027-03-15T09:00"), at("2027-03-20T09:00")).build();
        CampaignTerms newYork = aCampaignRunning("America/New_York", at("2027-03-20T04:00"), at("2027-03-25T04:00")).build();

        assertThat(paris.overlaps(newYork)).isFalse();
        assertThat(newYork.overlaps(paris)).isFalse();
    }

    @Test
    void windowsInDifferentZonesOverlapWhenTheirInstantsDo() {
        CampaignTerms paris = aCampaignRunning("Europe/Paris", at("2027-03-15T09:00"), at("2027-03-20T09:00")).build();
        CampaignTerms newYork = aCampaignRunning("America/New_York", at("2027-03-20T03:59"), at("2027-03-25T04:00")).build();

        assertThat(paris.overlaps(newYork)).isTrue();
        assertThat(newYork.overlaps(paris)).isTrue();
    }

    @Test
    void wallClockTimesThatLookOverlappingDoNotOverlapWhenTheInstantsDoNot() {
        // Tokyo 09:00-18:00 is 00:00Z-09:00Z; Paris 10:00-12:00 is 09:00Z-11:00Z
        CampaignTerms tokyo = aCampaignRunning("Asia/Tokyo", at("2027-03-10T09:00"), at("2027-03-10T18:00")).build();
        CampaignTerms paris = aCampaignRunning("Europe/Paris", at("2027-03-10T10:00"), at("2027-03-10T12:00")).build();

        assertThat(tokyo.overlaps(paris)).isFalse();
        assertThat(paris.overlaps(tokyo)).isFalse();
    }

    private static String repeat(char c, int times) {
        StringBuilder sb = new StringBuilder(times);
        for (int i = 0; i < times; i++) {
            sb.append(c);
        }
        return sb.toString();
    }
}
