package com.coopromo.assets.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static com.coopromo.assets.domain.AssetFixture.GOOD_BANNER;
import static com.coopromo.assets.domain.AssetFixture.banner;
import static org.assertj.core.api.Assertions.assertThat;

class AltTextCheckTest {
    private final AltTextCheck check = new AltTextCheck();

    private CheckResult check(String alt) {
        return check.check(banner(GOOD_BANNER.withAltText(alt)));
    }

    @Test
    void givenADescription_whenChecked_thenItPasses() {
        CheckResult result = check("Seed packets on a potting bench");

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("alt text \"Seed packets on a potting bench\" describes the image");
    }

    @Test
    void givenNoAltText_whenChecked_thenItIsMissing() {
        assertThat(check("   ").toString()).isEqualTo("alt text failed: alt text is missing");
        assertThat(check(null).passed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring-garden.png", "SPRING-GARDEN", "spring-garden"})
    void givenTheFileName_whenChecked_thenItIsNotADescription(String alt) {
        assertThat(check(alt).message()).isEqualTo("alt text \"" + alt + "\" is the file name, not a description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image", "Banner", "PICTURE.", "photo"})
    void givenAGenericWord_whenChecked_thenItIsNotADescription(String alt) {
        assertThat(check(alt).message()).isEqualTo("alt text \"" + alt + "\" is a generic word, not a description");
    }

    @Test
    void givenAFewCharacters_whenChecked_thenTheMinimumIsNamed() {
        assertThat(check("Seeds").message())
                .isEqualTo("alt text \"Seeds\" is 5 characters; at least 10 are needed to describe the image");
    }

    @Test
    void givenAShorterMinimum_whenChecked_thenShortDescriptionsPass() {
        assertThat(new AltTextCheck(5).check(banner(GOOD_BANNER.withAltText("Seeds"))).passed()).isTrue();
    }
}
