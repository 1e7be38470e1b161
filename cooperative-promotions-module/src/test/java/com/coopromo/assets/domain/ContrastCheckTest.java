package com.coopromo.assets.domain;

import org.junit.jupiter.api.Test;

import static com.coopromo.assets.domain.AssetFixture.GOOD_BANNER;
import static com.coopromo.assets.domain.AssetFixture.banner;
import static org.assertj.core.api.Assertions.assertThat;

class ContrastCheckTest {
    private final ContrastCheck check = new ContrastCheck();

    private CheckResult check(String text, String background, boolean large) {
        return check.check(banner(GOOD_BANNER.withColours(text, background, large)));
    }

    @Test
    void givenBlackOnWhite_whenChecked_thenItPassesShowingTheRatio() {
        CheckResult result = check("#000", "#fff", false);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("contrast 21.00:1 meets 4.5:1");
    }

    @Test
    void givenLightGreyOnWhite_whenChecked_thenItFailsShowingTheRatioToTwoDecimals() {
        CheckResult result = check("#999", "#fff", false);

        assertThat(result.passed()).isFalse();
        assertThat(result.toString()).isEqualTo("contrast failed: contrast 2.85:1 is below 4.5:1");
    }

    @Test
    void givenGrey777OnWhite_whenChecked_thenItFailsNormalText() {
        assertThat(check("#777", "#fff", false).message()).isEqualTo("contrast 4.48:1 is below 4.5:1");
    }

    @Test
    void givenGrey777OnWhiteAsLargeText_whenChecked_thenTheLowerMinimumApplies() {
        CheckResult result = check("#777", "#fff", true);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("contrast 4.48:1 meets 3:1 for large text");
    }

    @Test
    void givenLargeTextBelow3_whenChecked_thenItFails() {
        assertThat(check("#aaa", "#fff", true).message()).isEqualTo("contrast 2.32:1 is below 3:1 for large text");
    }

    @Test
    void givenAColourThatIsNotHex_whenChecked_thenTheColourIsNamed() {
        assertThat(check("white", "#000", false).message())
                .isEqualTo("text colour 'white' is not a hex colour (#rgb or #rrggbb)");
        assertThat(check("#fff", null, false).message())
                .isEqualTo("background colour 'null' is not a hex colour (#rgb or #rrggbb)");
    }

    @Test
    void copyHasNoColoursToCheck() {
        assertThat(check.appliesTo(AssetFixture.copyBlock("Fresh seeds"))).isFalse();
    }
}
