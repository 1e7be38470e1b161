package com.coopromo.assets.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AreaContrastTest {
    private static final HexColour BLACK = HexColour.parse("#000000");

    private static int[] filled(int n, int rgb) {
        int[] pixels = new int[n];
        Arrays.fill(pixels, rgb);
        return pixels;
    }

    @Test
    void aPlainBackgroundMeasuresExactlyItsColoursRatio() {
        AreaContrast white = AreaContrast.measure(filled(400, 0xffffff), BLACK);
        assertThat(white.ratio()).isCloseTo(21.0, within(1e-9));
        assertThat(white.meanBackground().toString()).isEqualTo("#ffffff");

        AreaContrast grey = AreaContrast.measure(filled(400, 0x777777), HexColour.parse("#ffffff"));
        assertThat(grey.ratio()).isCloseTo(ContrastRatio.of(HexColour.parse("#777777"), HexColour.parse("#ffffff")), within(1e-9));
    }

    @Test
    void aBusyBackgroundIsJudgedByItsWorstFivePercent() {
        // 90% white, 10% dark grey behind black text: the mean looks fine, the dark tenth is unreadable
        int[] pixels = filled(1000, 0xffffff);
        Arrays.fill(pixels, 0, 100, 0x444444);

        AreaContrast measured = AreaContrast.measure(pixels, BLACK);

        assertThat(measured.ratio()).isCloseTo(ContrastRatio.of(BLACK, HexColour.parse("#444444")), within(1e-9));
        assertThat(measured.ratio()).isLessThan(2.5);
    }

    @Test
    void strayPixelsUnderFivePercentDoNotFailTheArea() {
        // 3% dark noise
        int[] pixels = filled(1000, 0xffffff);
        Arrays.fill(pixels, 0, 30, 0x333333);

        assertThat(AreaContrast.measure(pixels, BLACK).ratio()).isCloseTo(21.0, within(1e-9));
    }

    @Test
    void theTextsOwnGlyphsInTheAreaAreNotTakenForBackground() {
        // black headline pixels covering 30% of the area, on white
        int[] pixels = filled(1000, 0xffffff);
        Arrays.fill(pixels, 0, 300, 0x000000);

        AreaContrast measured = AreaContrast.measure(pixels, BLACK);

        assertThat(measured.ratio()).isCloseTo(21.0, within(1e-9));
        assertThat(measured.meanBackground().toString()).isEqualTo("#ffffff");
    }

    @Test
    void anAreaMostlyInTheTextColourHasNoContrast() {
        // grey text on a slightly lighter grey: everything is "like the text", so everything counts
        int[] pixels = filled(1000, 0x888888);

        assertThat(AreaContrast.measure(pixels, HexColour.parse("#777777")).ratio()).isLessThan(1.5);
    }

    @Test
    void aMeasuredBannerIsJudgedByTheContrastCheckAgainstTheMeasurement() {
        TextArea area = new TextArea(0, 0, 10, 10);
        BannerImage low = new BannerImage("b.png", 600, 200, 1000, "Autumn coats", "Coats", "#777777", "#888888", false,
                "PNG", area, AreaContrast.measure(filled(100, 0x888888), HexColour.parse("#777777")).ratio());
        BannerImage high = new BannerImage("b.png", 600, 200, 1000, "Autumn coats", "Coats", "#000000", "#ffffff", false,
                "PNG", area, AreaContrast.measure(filled(100, 0xffffff), BLACK).ratio());

        CheckResult lowResult = new ContrastCheck().check(AssetContent.banner(com.coopromo.campaign.domain.AssetKind.BANNER, low));
        CheckResult highResult = new ContrastCheck().check(AssetContent.banner(com.coopromo.campaign.domain.AssetKind.BANNER, high));

        assertThat(lowResult.passed()).isFalse();
        assertThat(lowResult.message()).startsWith("contrast 1.").contains("measured behind the text area (x 0, y 0, 10x10 px")
                .endsWith("is below 4.5:1");
        assertThat(highResult.passed()).isTrue();
        assertThat(highResult.message()).startsWith("contrast 21.00:1 measured");
    }
}
