package com.coopromo.demo.seed;

import com.coopromo.assets.domain.TextArea;
import com.coopromo.assets.persistence.AssetRecord;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.service.AssetService;
import com.coopromo.assets.service.BannerUpload;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import org.springframework.context.ApplicationContext;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Gives the live demo campaign an uploaded, accepted banner, so its hub shows a real image: a 1200x400 PNG drawn at
 * seed time (a blue band with a pale panel where the dark headline sits), uploaded through the asset service like an
 * admin's upload, its contrast measured, and accepted. Does nothing if the campaign already has an accepted banner.
 */
public class DemoBannerSeeder {
    static final String LIVE_SLUG = "back-to-school";
    static final TextArea TEXT_AREA = new TextArea(60, 110, 640, 180);
    static final String TEXT_COLOUR = "#1a1a1a";

    private final AssetService assets;
    private final CampaignService campaigns;
    private final Consumer<String> progress;

    public DemoBannerSeeder(ApplicationContext context, Consumer<String> progress) {
        this.assets = context.getBean("coopAssetService", AssetService.class);
        this.campaigns = context.getBean("coopCampaignService", CampaignService.class);
        this.progress = progress;
    }

    public void seedIfMissing() throws IOException {
        Campaign live = campaigns.findBySlug(LIVE_SLUG);
        if (live == null) {
            return;
        }
        AssetRecord asset = assets.asset(live.getId(), null, AssetKind.BANNER);
        if (asset != null) {
            for (AssetVersionRecord v : assets.versions(asset.getId())) {
                if (v.isAccepted()) {
                    return;
                }
            }
        }
        AssetVersionRecord v = assets.submitBanner(live.getId(), null, AssetKind.BANNER, new BannerUpload(png(),
                "back-to-school.png", "Back to School: pencils, backpacks and desk lamps from independent shops",
                "Back to School", TEXT_COLOUR, TEXT_AREA, true), DemoCampaignSeeder.MARKETER);
        assets.acceptVersion(v.getAssetId(), v.getVersionNo(), DemoCampaignSeeder.REVIEWER);
        progress.accept("campaign '" + live.getName() + "' has its uploaded banner (version " + v.getVersionNo()
                + ", accepted)");
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(1200, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < 400; y++) {
            g.setColor(new Color(0x1f, 0x4e - y / 16, 0x79 + y / 8));
            g.fillRect(0, y, 1200, 1);
        }
        g.setColor(new Color(0xfd, 0xf6, 0xe3));
        g.fillRect(TEXT_AREA.x() - 20, TEXT_AREA.y() - 20, TEXT_AREA.width() + 40, TEXT_AREA.height() + 40);
        g.setColor(new Color(0xf2, 0xb1, 0x34));
        for (int i = 0; i < 5; i++) {
            g.fillRect(820 + i * 70, 120 + (i % 2) * 40, 40, 160);
        }
        try {
            // glyphs without anti-aliasing: every text pixel is the declared text colour
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setColor(Color.decode(TEXT_COLOUR));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 72));
            g.drawString("Back to School", TEXT_AREA.x() + 10, TEXT_AREA.y() + 110);
        } catch (RuntimeException | Error e) {
            // a machine without fonts gets the banner without its headline; the alt text still says it
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
