package com.coopromo.assets;

import com.coopromo.assets.domain.AssetContent;
import com.coopromo.assets.domain.AssetHistory;
import com.coopromo.assets.domain.BannerImage;
import com.coopromo.assets.domain.BrandGuidelines;
import com.coopromo.assets.domain.ContrastRatio;
import com.coopromo.assets.domain.HexColour;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.persistence.CopyTemplateRecord;
import com.coopromo.assets.service.AssetService;
import com.coopromo.audit.AuditEventRecord;
import com.coopromo.audit.AuditLog;
import com.coopromo.audit.AuditQuery;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.coopromo.assets.domain.TextArea;
import com.coopromo.assets.image.TestImages;
import com.coopromo.assets.persistence.AssetFileRecord;
import com.coopromo.assets.service.BannerUpload;

import javax.sql.DataSource;
import java.awt.Color;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Uploaded banners on the real host: the file's facts and the measured contrast become the version's check results,
 * only a passing upload can be accepted, the accepted file is what the store may serve, and a bad file is refused
 * with one sentence naming its field leaving no file and no version behind.
 */
@ExtendWith(CoopHostExtension.class)
class BannerUploadIntegrationTest {
    private static final String ZONE = "Europe/Paris";
    private static final Actor ORGANIZER = new Actor("marketer@platform", ActorRole.ORGANIZER);
    private static final Actor REVIEWER = new Actor("reviewer@platform", ActorRole.REVIEWER);
    private static final TextArea AREA = new TextArea(40, 60, 600, 120);

    private AssetService assets;
    private CampaignService campaigns;
    private DataSource db;

    @BeforeEach
    void setUp(TestHost host) {
        assets = host.bean("coopAssetService", AssetService.class);
        campaigns = host.bean("coopCampaignService", CampaignService.class);
        db = host.bean("coopHostDataSource", DataSource.class);
    }

    @Test
    void aLowContrastUploadIsStoredWithItsMeasuredFailureAndTheFixedOneIsAcceptedAndServable() throws Exception {
        Campaign campaign = campaign(CampaignTier.STANDARD);
        // light grey text over a white banner
        byte[] pale = TestImages.plain("png", 1200, 400, Color.WHITE);

        AssetVersionRecord v1 = assets.submitBanner(campaign.getId(), null, AssetKind.BANNER,
                upload(pale, "#aaaaaa", AREA), ORGANIZER);

        AssetVersionRecord stored = assets.versions(v1.getAssetId()).get(0);
        BannerImage read = stored.toVersion(AssetKind.BANNER).content().banner();
        assertThat(read.format()).isEqualTo("PNG");
        assertThat(read.width()).isEqualTo(1200);
        assertThat(read.height()).isEqualTo(400);
        assertThat(read.fileSizeBytes()).isEqualTo(pale.length);
        assertThat(read.backgroundColour()).isEqualTo("#ffffff");
        assertThat(stored.getFileId()).isNotNull();
        assertThat(stored.isPassed()).isFalse();
        assertThat(stored.getCheckResults().toString()).contains("contrast 2.32:1 measured behind the text area "
                + "(x 40, y 60, 600x120 px, #aaaaaa text, worst 5% of the pixels) is below 4.5:1");
        assertThatThrownBy(() -> assets.acceptVersion(v1.getAssetId(), 1, REVIEWER))
                .isInstanceOf(CoopValidationException.class).hasMessageContaining("contrast 2.32:1");
        assertThat(assets.acceptedFile(stored.getFileId())).isNull();

        // a dark panel behind the text, white text
        byte[] fixed = TestImages.banner("png", 1200, 400, Color.WHITE, new Color(0x1b, 0x5e, 0x20), 30, 50, 620, 140);
        AssetVersionRecord v2 = assets.submitBanner(campaign.getId(), null, AssetKind.BANNER,
                upload(fixed, "#ffffff", AREA), ORGANIZER);
        assertThat(v2.isPassed()).as(v2.getCheckResults().toString()).isTrue();
        assets.acceptVersion(v2.getAssetId(), 2, REVIEWER);

        AssetFileRecord served = assets.acceptedFile(v2.getFileId());
        assertThat(served.getContent()).isEqualTo(fixed);
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(served.getSha256()).hasSize(64);
        assertThat(assets.acceptedFile(stored.getFileId())).isNull();
    }

    @Test
    void badFilesAreRefusedNamingTheFieldAndLeaveNothingStored() throws Exception {
        Campaign campaign = campaign(CampaignTier.LIGHTWEIGHT);
        long filesBefore = count("SELECT COUNT(*) FROM COOP_ASSET_FILE");
        long versionsBefore = count("SELECT COUNT(*) FROM COOP_ASSET_VERSION");
        byte[] good = TestImages.plain("png", 600, 200, Color.WHITE);

        assertRefused(campaign, upload("not an image".getBytes("UTF-8"), "#000000", AREA),
                "file: the file is not an image (a PNG, JPEG, GIF or WebP is needed)");
        assertRefused(campaign, upload(new byte[0], "#000000", AREA), "file: the file is empty; choose a PNG, JPEG, GIF or WebP image");
        assertRefused(campaign, upload(new byte[300 * 1024 + 1], "#000000", AREA),
                "file: the file is 307201 bytes, over the LIGHTWEIGHT limit of 307200 bytes");
        assertRefused(campaign, upload(TestImages.bombHeader(40000, 40000), "#000000", AREA),
                "file: the image is 40000x40000 px, more pixels than the LIGHTWEIGHT limit of 1200x600 px allows");
        assertRefused(campaign, upload(good, "#000000", new TextArea(500, 150, 200, 100)),
                "textArea: the text area (x 500, y 150, 200x100 px) must lie inside the 600x200 px image");
        assertRefused(campaign, new BannerUpload(good, "b.png", "  ", "Hi", "#000000", AREA, false),
                "altText: is required: describe the banner for shoppers who cannot see it");

        assertThat(count("SELECT COUNT(*) FROM COOP_ASSET_FILE")).isEqualTo(filesBefore);
        assertThat(count("SELECT COUNT(*) FROM COOP_ASSET_VERSION")).isEqualTo(versionsBefore);
        assertThat(assets.asset(campaign.getId(), null, AssetKind.BANNER)).isNull();
    }

    private void assertRefused(Campaign campaign, BannerUpload upload, String sentence) {
        assertThatThrownBy(() -> assets.submitBanner(campaign.getId(), null, AssetKind.BANNER, upload, ORGANIZER))
                .isInstanceOf(CoopValidationException.class).hasMessage(sentence);
    }

    private static BannerUpload upload(byte[] bytes, String textColour, TextArea area) {
        return new BannerUpload(bytes, "garden-week.png", "Watering cans and seed packets on a sunny patio",
                "Garden week: up to 25% off", textColour, area, false);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Campaign campaign(CampaignTier tier) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES).plusDays(20);
        String id = UUID.randomUUID().toString().substring(0, 8);
        return campaigns.create(CampaignTerms.builder()
                .name("Garden week " + id).slug("garden-upload-" + id)
                .themeBrief("Tools and seeds from independent growers.")
                .marketingMessage("Garden week: up to 25% off")
                .tier(tier).timeZone(ZONE).minSellers(tier.rules().minimumSellers())
                .startsAt(start).endsAt(start.plusDays(7)).enrollmentDeadline(start.minusDays(3)).assetDeadline(start.minusDays(3))
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("25"))
                .budget(new BigDecimal("2000.00")).platformFundingPercent(new BigDecimal("50")), ORGANIZER);
    }
}
