package com.coopromo.assets.image;

import com.coopromo.assets.domain.AreaContrast;
import com.coopromo.assets.domain.AssetLimits;
import com.coopromo.assets.domain.HexColour;
import com.coopromo.assets.domain.TextArea;
import com.coopromo.campaign.domain.CampaignTier;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The contrast measured from generated banners, through the file reader, as the asset service measures it. */
class BannerContrastFromImageTest {
    private static final AssetLimits STANDARD = AssetLimits.defaultsFor(CampaignTier.STANDARD);
    private static final TextArea AREA = new TextArea(50, 40, 300, 60);

    private static double measured(byte[] file, String text) {
        BannerFileReader.BannerFile read = BannerFileReader.read(file, STANDARD);
        return AreaContrast.measure(read.pixels(AREA), HexColour.parse(text)).ratio();
    }

    @Test
    void lightGreyTextOnAWhiteBannerIsLowContrast() {
        byte[] png = TestImages.plain("png", 600, 200, Color.WHITE);
        assertThat(measured(png, "#aaaaaa")).isCloseTo(2.32, within(0.01));
    }

    @Test
    void darkTextOnAPaleAreaOfADarkBannerIsHighContrast() {
        // a dark banner with a pale panel exactly behind the text
        byte[] png = TestImages.banner("png", 600, 200, new Color(0x20, 0x20, 0x40), new Color(0xfa, 0xfa, 0xf0), 50, 40, 300, 60);
        assertThat(measured(png, "#1a1a1a")).isGreaterThan(15.0);
    }

    @Test
    void aPanelThatDoesNotCoverTheTextAreaIsMeasuredWhereItIsMissing() {
        // the pale panel stops 40 px short: the text's right end sits on the dark banner
        byte[] png = TestImages.banner("png", 600, 200, new Color(0x20, 0x20, 0x40), new Color(0xfa, 0xfa, 0xf0), 50, 40, 260, 60);
        assertThat(measured(png, "#555555")).isLessThan(2.5);
        byte[] covered = TestImages.banner("png", 600, 200, new Color(0x20, 0x20, 0x40), new Color(0xfa, 0xfa, 0xf0), 50, 40, 300, 60);
        assertThat(measured(covered, "#555555")).isGreaterThan(6.0);
    }
}
