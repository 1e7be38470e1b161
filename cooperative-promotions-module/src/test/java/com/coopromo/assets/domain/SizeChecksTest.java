package com.coopromo.assets.domain;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import org.junit.jupiter.api.Test;

import static com.coopromo.assets.domain.AssetFixture.GOOD_BANNER;
import static com.coopromo.assets.domain.AssetFixture.banner;
import static com.coopromo.assets.domain.AssetFixture.copyBlock;
import static com.coopromo.assets.domain.AssetFixture.landingPage;
import static com.coopromo.assets.domain.AssetFixture.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizeChecksTest {
    private static final AssetLimits LIGHT = AssetLimits.defaultsFor(CampaignTier.LIGHTWEIGHT);
    private static final AssetLimits STANDARD = AssetLimits.defaultsFor(CampaignTier.STANDARD);

    @Test
    void givenAnImageWithinTheTiersLimits_whenChecked_thenItPassesNamingTheLimits() {
        CheckResult result = new ImageDimensionsCheck(STANDARD).check(banner(GOOD_BANNER));

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("image 1200x400 px is within the STANDARD limits (300x100 to 1920x1080 px)");
    }

    @Test
    void givenAnImageTooWideForALightweightCampaign_whenChecked_thenTheSizeAndLimitsAreShown() {
        CheckResult result = new ImageDimensionsCheck(LIGHT).check(banner(GOOD_BANNER.withSize(1920, 600, 1000)));

        assertThat(result.toString()).isEqualTo(
                "image dimensions failed: image 1920x600 px is outside the LIGHTWEIGHT limits (300x100 to 1200x600 px)");
    }

    @Test
    void givenAnImageTooSmall_whenChecked_thenItFails() {
        assertThat(new ImageDimensionsCheck(STANDARD).check(banner(GOOD_BANNER.withSize(299, 400, 1000))).passed()).isFalse();
    }

    @Test
    void givenAFileOverTheTiersLimit_whenChecked_thenTheSizeAndLimitAreShownInBytes() {
        CheckResult result = new FileSizeCheck(LIGHT).check(banner(GOOD_BANNER.withSize(1200, 400, 307_201)));

        assertThat(result.message()).isEqualTo("file size 307201 bytes exceeds the LIGHTWEIGHT limit of 307200 bytes");
    }

    @Test
    void givenAFileExactlyAtTheLimit_whenChecked_thenItPasses() {
        assertThat(new FileSizeCheck(LIGHT).check(banner(GOOD_BANNER.withSize(1200, 400, 307_200))).passed()).isTrue();
    }

    @Test
    void givenACopyBlockOverItsLimit_whenChecked_thenTheLengthAndLimitAreShown() {
        CheckResult result = new CopyLengthCheck(LIGHT).check(copyBlock(repeat('a', 301)));

        assertThat(result.message()).isEqualTo("copy is 301 characters; the LIGHTWEIGHT limit for a Copy block is 300");
    }

    @Test
    void givenLandingPageCopy_whenChecked_thenItsOwnLongerLimitApplies() {
        assertThat(new CopyLengthCheck(LIGHT).check(landingPage(repeat('a', 2000))).passed()).isTrue();
    }

    @Test
    void givenABannerHeadlineOverItsLimit_whenChecked_thenTheHeadlineLimitIsShown() {
        CheckResult result = new CopyLengthCheck(LIGHT).check(banner(GOOD_BANNER.withHeadline(repeat('x', 61))));

        assertThat(result.message()).isEqualTo("headline is 61 characters; the LIGHTWEIGHT limit for a Banner headline is 60");
    }

    @Test
    void givenEmptyCopy_whenChecked_thenItFails() {
        assertThat(new CopyLengthCheck(LIGHT).check(copyBlock("  ")).message()).isEqualTo("copy is empty");
    }

    @Test
    void higherTiersAllowBiggerAssets() {
        AssetLimits flagship = AssetLimits.defaultsFor(CampaignTier.FLAGSHIP);

        assertThat(LIGHT.maxFileSizeBytes()).isLessThan(STANDARD.maxFileSizeBytes());
        assertThat(STANDARD.maxFileSizeBytes()).isLessThan(flagship.maxFileSizeBytes());
        assertThat(LIGHT.maxCopyLength(AssetKind.COPY_BLOCK)).isLessThan(flagship.maxCopyLength(AssetKind.COPY_BLOCK));
    }

    @Test
    void limitsWithAMaximumBelowTheMinimumAreRefused() {
        assertThatThrownBy(() -> new AssetLimits(CampaignTier.STANDARD, 300, 100, 200, 100, 1000, 10, 10, 10))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("maximum size: must not be below the minimum (200x100 < 300x100)");
    }
}
