package com.coopromo.assets.image;

import com.coopromo.assets.domain.AssetLimits;
import com.coopromo.assets.domain.TextArea;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BannerFileReaderTest {
    private static final AssetLimits STANDARD = AssetLimits.defaultsFor(CampaignTier.STANDARD);

    @Test
    void formatSizeAndPixelsComeFromThePngItself() {
        byte[] png = TestImages.banner("png", 600, 200, Color.WHITE, Color.BLACK, 10, 20, 30, 40);

        BannerFileReader.BannerFile file = BannerFileReader.read(png, STANDARD);

        assertThat(file.format()).isEqualTo("PNG");
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.width()).isEqualTo(600);
        assertThat(file.height()).isEqualTo(200);
        assertThat(file.sizeBytes()).isEqualTo(png.length);
        assertThat(file.pixels(new TextArea(10, 20, 30, 40))).containsOnly(0x000000);
        assertThat(file.pixels(new TextArea(100, 100, 5, 5))).containsOnly(0xffffff);
    }

    @Test
    void jpegAndGifAreReadToo() {
        assertThat(BannerFileReader.read(TestImages.plain("jpg", 400, 150, Color.BLUE), STANDARD).format()).isEqualTo("JPEG");
        assertThat(BannerFileReader.read(TestImages.plain("gif", 400, 150, Color.BLUE), STANDARD).format()).isEqualTo("GIF");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedNamingTheFile() {
        byte[] text = "<html>not a banner</html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BannerFileReader.read(text, STANDARD))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("file: the file is not an image (a PNG, JPEG, GIF or WebP is needed)");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> BannerFileReader.read(new byte[0], STANDARD))
                .hasMessageStartingWith("file: the file is empty");
    }

    @Test
    void aFileOverTheTiersByteLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[(int) STANDARD.maxFileSizeBytes() + 1];

        assertThatThrownBy(() -> BannerFileReader.read(big, STANDARD))
                .hasMessage("file: the file is " + big.length + " bytes, over the STANDARD limit of 512000 bytes");
    }

    @Test
    void anImageBombIsRefusedFromItsHeaderWithoutDecoding() {
        // 57 bytes claiming 50000 x 50000 pixels: decoding would need about 7.5 GB
        byte[] bomb = TestImages.bombHeader(50000, 50000);
        assertThat(bomb.length).isLessThan(100);

        long started = System.nanoTime();
        assertThatThrownBy(() -> BannerFileReader.read(bomb, STANDARD))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("file: the image is 50000x50000 px, more pixels than the STANDARD limit of 1920x1080 px allows");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }

    @Test
    void aTruncatedImageIsRefusedAsDamaged() {
        byte[] png = TestImages.plain("png", 400, 150, Color.RED);
        byte[] truncated = java.util.Arrays.copyOf(png, 40);

        assertThatThrownBy(() -> BannerFileReader.read(truncated, STANDARD))
                .hasMessageStartingWith("file: the file could not be read as an image");
    }
}
