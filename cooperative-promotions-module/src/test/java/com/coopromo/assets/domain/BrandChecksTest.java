package com.coopromo.assets.domain;

import org.junit.jupiter.api.Test;

import static com.coopromo.assets.domain.AssetFixture.GOOD_BANNER;
import static com.coopromo.assets.domain.AssetFixture.GUIDELINES;
import static com.coopromo.assets.domain.AssetFixture.banner;
import static com.coopromo.assets.domain.AssetFixture.copyBlock;
import static com.coopromo.assets.domain.AssetFixture.landingPage;
import static org.assertj.core.api.Assertions.assertThat;

/** Guidelines ban "cheapest" and "guaranteed" and require "While stocks last" on landing page copy. */
class BrandChecksTest {
    private final BannedWordsCheck banned = new BannedWordsCheck(GUIDELINES);
    private final RequiredDisclaimersCheck disclaimers = new RequiredDisclaimersCheck(GUIDELINES);

    @Test
    void givenCopyWithABannedWordInAnyCase_whenChecked_thenTheWordIsNamed() {
        CheckResult result = banned.check(copyBlock("The CHEAPEST seeds in town"));

        assertThat(result.toString()).isEqualTo("banned words failed: banned word(s) used: \"cheapest\"");
    }

    @Test
    void givenSeveralBannedWords_whenChecked_thenEachIsNamedOnceInGuidelineOrder() {
        assertThat(banned.check(copyBlock("Guaranteed growth, guaranteed! The cheapest.")).message())
                .isEqualTo("banned word(s) used: \"cheapest\", \"guaranteed\"");
    }

    @Test
    void givenABannedWordInsideAnotherWord_whenChecked_thenItIsNotABannedWord() {
        assertThat(banned.check(copyBlock("Cheapestville garden centre, unguaranteedly fun")).passed()).isTrue();
    }

    @Test
    void givenABannerWithABannedWordInItsAltText_whenChecked_thenItFails() {
        assertThat(banned.check(banner(GOOD_BANNER.withAltText("Our cheapest seed packets on a bench"))).passed()).isFalse();
    }

    @Test
    void givenCleanCopy_whenChecked_thenItPasses() {
        assertThat(banned.check(copyBlock("Fresh seeds for spring")).message()).isEqualTo("no banned words");
    }

    @Test
    void givenLandingPageCopyWithoutTheDisclaimer_whenChecked_thenTheDisclaimerIsNamed() {
        assertThat(disclaimers.check(landingPage("Spring offers from local growers")).message())
                .isEqualTo("required disclaimer(s) missing: \"While stocks last\"");
    }

    @Test
    void givenTheDisclaimerInAnotherCaseAcrossALineBreak_whenChecked_thenItIsFound() {
        assertThat(disclaimers.check(landingPage("Spring offers. WHILE stocks\nlast.")).passed()).isTrue();
    }

    @Test
    void kindsWithoutRequiredDisclaimersAreNotChecked() {
        assertThat(disclaimers.appliesTo(copyBlock("Spring offers"))).isFalse();
        assertThat(disclaimers.appliesTo(landingPage("Spring offers"))).isTrue();
    }

    @Test
    void wholeWordMatchingTreatsPunctuationAsABoundary() {
        assertThat(BrandGuidelines.containsWholeWords("free!", "free")).isTrue();
        assertThat(BrandGuidelines.containsWholeWords("freedom", "free")).isFalse();
        assertThat(BrandGuidelines.containsWholeWords("carefree", "free")).isFalse();
        assertThat(BrandGuidelines.containsWholeWords("a (c+) grade", "c+")).isTrue();
    }
}
