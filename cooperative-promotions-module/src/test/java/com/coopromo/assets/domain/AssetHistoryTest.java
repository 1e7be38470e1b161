package com.coopromo.assets.domain;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.coopromo.assets.domain.AssetFixture.GOOD_BANNER;
import static com.coopromo.assets.domain.AssetFixture.GUIDELINES;
import static com.coopromo.assets.domain.AssetFixture.banner;
import static com.coopromo.assets.domain.AssetFixture.copyBlock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssetHistoryTest {
    private static final AssetChecks CHECKS = AssetChecks.forTier(CampaignTier.STANDARD, GUIDELINES);
    private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2027-03-02T09:00:00Z");
    private static final AssetContent LOW_CONTRAST = banner(GOOD_BANNER.withColours("#999", "#fff", false));

    @Test
    void givenAGoodBanner_whenSubmitted_thenEveryBannerCheckRunsAndPasses() {
        AssetVersion v1 = AssetHistory.empty(AssetKind.BANNER).submit(banner(GOOD_BANNER), CHECKS, MONDAY).latest();

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.submittedAt()).isEqualTo(MONDAY);
        assertThat(v1.results()).extracting(CheckResult::check).containsExactly(
                "alt text", "contrast", "image dimensions", "file size", "copy length", "banned words");
        assertThat(v1.passed()).isTrue();
    }

    @Test
    void givenCopy_whenSubmitted_thenOnlyTheChecksForCopyRun() {
        AssetVersion v1 = AssetHistory.empty(AssetKind.COPY_BLOCK).submit(copyBlock("Fresh seeds"), CHECKS, MONDAY).latest();

        assertThat(v1.results()).extracting(CheckResult::check).containsExactly("copy length", "banned words");
    }

    @Test
    void givenTwoSubmissions_whenListed_thenVersionsAreNumberedInOrderAndKeepTheirOwnResults() {
        AssetHistory history = AssetHistory.empty(AssetKind.BANNER)
                .submit(LOW_CONTRAST, CHECKS, MONDAY)
                .submit(banner(GOOD_BANNER), CHECKS, TUESDAY);

        assertThat(history.versions()).extracting(AssetVersion::number).containsExactly(1, 2);
        assertThat(history.version(1).failures()).extracting(CheckResult::message)
                .containsExactly("contrast 2.85:1 is below 4.5:1");
        assertThat(history.version(2).passed()).isTrue();
    }

    @Test
    void givenAVersionThatPassedEveryCheck_whenAccepted_thenItIsTheAcceptedVersion() {
        AssetHistory history = AssetHistory.empty(AssetKind.BANNER)
                .submit(LOW_CONTRAST, CHECKS, MONDAY)
                .submit(banner(GOOD_BANNER), CHECKS, TUESDAY)
                .accept(2);

        assertThat(history.accepted().number()).isEqualTo(2);
    }

    @Test
    void givenAVersionWithAFailedCheck_whenAccepted_thenTheFailuresAreListed() {
        AssetHistory history = AssetHistory.empty(AssetKind.BANNER).submit(LOW_CONTRAST, CHECKS, MONDAY);

        assertThatThrownBy(() -> history.accept(1))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("version: version 1 cannot be accepted until every check passes "
                        + "(contrast: contrast 2.85:1 is below 4.5:1)");
        assertThat(history.accepted()).isNull();
    }

    @Test
    void givenAnAcceptedVersion_whenANewOneIsSubmitted_thenTheAcceptedOneStaysUntilAnotherIsAccepted() {
        AssetHistory history = AssetHistory.empty(AssetKind.BANNER)
                .submit(banner(GOOD_BANNER), CHECKS, MONDAY)
                .accept(1)
                .submit(LOW_CONTRAST, CHECKS, TUESDAY);

        assertThat(history.accepted().number()).isEqualTo(1);
        assertThat(history.latest().number()).isEqualTo(2);
    }

    @Test
    void aVersionThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> AssetHistory.empty(AssetKind.BANNER).accept(1))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("version: there is no version 1 (versions 1 to 0)");
    }

    @Test
    void aHistoryHoldsVersionsOfOneKindOnly() {
        assertThatThrownBy(() -> AssetHistory.empty(AssetKind.BANNER).submit(copyBlock("Fresh"), CHECKS, MONDAY))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("kind: this history holds BANNER versions, not COPY_BLOCK");
    }
}
