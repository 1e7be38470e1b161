package com.coopromo.assets.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ContrastRatioTest {

    private static double ratio(String a, String b) {
        return ContrastRatio.of(HexColour.parse(a), HexColour.parse(b));
    }

    @Test
    void blackOnWhiteIsTheMaximumOf21() {
        assertThat(ratio("#000", "#fff")).isCloseTo(21.0, within(1e-9));
    }

    @Test
    void aColourAgainstItselfIs1() {
        assertThat(ratio("#3a7bd5", "#3A7BD5")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void grey777OnWhiteIsJustBelowTheNormalTextMinimum() {
        assertThat(ratio("#777", "#fff")).isCloseTo(4.48, within(0.005));
        assertThat(ContrastRatio.meets(ratio("#777", "#fff"), ContrastRatio.NORMAL_TEXT_MINIMUM)).isFalse();
    }

    @Test
    void grey767676OnWhiteIsTheLightestGreyThatMeetsIt() {
        assertThat(ratio("#767676", "#ffffff")).isCloseTo(4.54, within(0.005));
        assertThat(ContrastRatio.meets(ratio("#767676", "#ffffff"), ContrastRatio.NORMAL_TEXT_MINIMUM)).isTrue();
    }

    @Test
    void pureRedOnWhiteIsAbout4() {
        assertThat(ContrastRatio.format(ratio("#f00", "#fff"), ContrastRatio.LARGE_TEXT_MINIMUM)).isEqualTo("4.00");
    }

    @Test
    void theOrderOfTheColoursDoesNotMatter() {
        assertThat(ratio("#fff", "#0000ff")).isEqualTo(ratio("#0000ff", "#fff"));
    }

    @Test
    void shorthandHexExpandsEachDigit() {
        assertThat(HexColour.parse("#abc")).isEqualTo(HexColour.parse("#AABBCC"));
        assertThat(HexColour.parse(" #AbC ").toString()).isEqualTo("#aabbcc");
    }

    @Test
    void onlyHashRgbAndHashRrggbbAreColours() {
        assertThat(HexColour.isValid("fff")).isFalse();
        assertThat(HexColour.isValid("#ffff")).isFalse();
        assertThat(HexColour.isValid("#ggg")).isFalse();
        assertThatThrownBy(() -> HexColour.parse("red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'red' is not a hex colour (#rgb or #rrggbb)");
    }

    @Test
    void aFailingRatioIsNeverShownRoundedUpToTheMinimum() {
        // #959595 on white is 2.9953:1, which would round to 3.00
        assertThat(ContrastRatio.format(ratio("#959595", "#fff"), ContrastRatio.LARGE_TEXT_MINIMUM)).isEqualTo("2.99");
        assertThat(ContrastRatio.format(ratio("#959595", "#fff"), ContrastRatio.NORMAL_TEXT_MINIMUM)).isEqualTo("3.00");
    }

    @Property(tries = 500)
    void everyRatioLiesBetween1And21(@ForAll @IntRange(min = 0, max = 0xffffff) int a,
                                     @ForAll @IntRange(min = 0, max = 0xffffff) int b) {
        double r = ratio(String.format("#%06x", a), String.format("#%06x", b));

        assertThat(r).isBetween(1.0, 21.0 + 1e-9);
    }
}
