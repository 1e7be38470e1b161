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

/** Versioned campaign and seller assets on the real host: checks stored per version, acceptance, archive, templates. */
@ExtendWith(CoopHostExtension.class)
class AssetsIntegrationTest {
    private static final String ZONE = "Europe/Paris";
    private static final Actor ORGANIZER = new Actor("marketer@platform", ActorRole.ORGANIZER);
    private static final Actor ADMIN = new Actor("admin@platform", ActorRole.PLATFORM_ADMIN);
    private static final BannerImage GOOD_BANNER = new BannerImage("garden-week.png", 1200, 400, 200_000,
            "A watering can and seed packets on a sunny patio", "Garden week: up to 25% off", "#ffffff", "#1b5e20", false);

    private AssetService assets;
    private CampaignService campaigns;
    private SellerService sellers;
    private ParticipationService participation;
    private AuditLog audit;
    private String unique;

    @BeforeEach
    void setUp(TestHost host) {
        assets = host.bean("coopAssetService", AssetService.class);
        campaigns = host.bean("coopCampaignService", CampaignService.class);
        sellers = host.bean("coopSellerService", SellerService.class);
        participation = host.bean("coopParticipationService", ParticipationService.class);
        audit = host.bean("coopAuditLog", AuditLog.class);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void clearGuidelines() {
        assets.updateBrandGuidelines(BrandGuidelines.none(), ADMIN);
    }

    @Test
    void aBannerWithoutAltTextAndWithLowContrastIsStoredButRefusedAtAcceptanceWithTheRatio() {
        Campaign campaign = campaign(CampaignTier.STANDARD);
        Seller seller = seller();
        BannerImage poor = GOOD_BANNER.withAltText("").withColours("#777777", "#999999", false);

        AssetVersionRecord v1 = assets.submitVersion(campaign.getId(), seller.getId(), AssetContent.banner(AssetKind.BANNER, poor), ORGANIZER);
        assertThat(v1.getVersionNo()).isEqualTo(1);
        assertThat(v1.isPassed()).isFalse();

        String ratio = ContrastRatio.format(ContrastRatio.of(HexColour.parse("#777777"), HexColour.parse("#999999")),
                ContrastRatio.NORMAL_TEXT_MINIMUM);
        assertThatThrownBy(() -> assets.acceptVersion(v1.getAssetId(), 1, ADMIN))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("version: version 1 cannot be accepted until every check passes (alt text: alt text is missing; "
                        + "contrast: contrast " + ratio + ":1 is below 4.5:1)");

        AssetVersionRecord v2 = assets.submitVersion(campaign.getId(), seller.getId(), AssetContent.banner(AssetKind.BANNER, GOOD_BANNER), ORGANIZER);
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assets.acceptVersion(v2.getAssetId(), 2, ADMIN);

        AssetHistory history = assets.history(v1.getAssetId());
        assertThat(history.accepted().number()).isEqualTo(2);
        assertThat(history.version(1).failures()).extracting(r -> r.check()).containsExactly("alt text", "contrast");
        assertThat(history.version(1).results()).as("passes keep their measurement too").hasSize(6);
        assertThat(audit.query(AuditQuery.all().entity("ASSET", v1.getAssetId())).events())
                .extracting(AuditEventRecord::getAction)
                .containsExactly("ASSET_VERSION_ACCEPTED", "ASSET_VERSION_SUBMITTED", "ASSET_VERSION_SUBMITTED");
    }

    @Test
    void aSellersAcceptedAssetCountsAsSubmittedOnItsParticipation() {
        Campaign campaign = campaign(CampaignTier.LIGHTWEIGHT);
        Seller seller = seller();
        ParticipationImpl p = participation.invite(campaign.getId(), seller.getId());
        AssetVersionRecord v = assets.submitVersion(campaign.getId(), seller.getId(), AssetContent.banner(AssetKind.BANNER, GOOD_BANNER), ORGANIZER);

        assets.acceptVersion(v.getAssetId(), 1, ADMIN);

        assertThat(participation.participationsOf(campaign.getId())).filteredOn(x -> x.getId().equals(p.getId()))
                .extracting(ParticipationImpl::getSubmittedAssets).containsExactly(Collections.singleton(AssetKind.BANNER));
    }

    @Test
    void anEditedBrandGuidelineChangesTheNextCheckAndLeavesStoredResultsAlone() {
        Campaign campaign = campaign(CampaignTier.STANDARD);
        AssetContent copy = AssetContent.copy(AssetKind.COPY_BLOCK, "Free seed packets with every order. While stocks last.");
        AssetVersionRecord before = assets.submitVersion(campaign.getId(), null, copy, ORGANIZER);
        assertThat(before.isPassed()).isTrue();

        Map<AssetKind, List<String>> disclaimers = new HashMap<AssetKind, List<String>>();
        disclaimers.put(AssetKind.COPY_BLOCK, Collections.singletonList("Terms apply"));
        assets.updateBrandGuidelines(new BrandGuidelines(Collections.singletonList("free"), disclaimers), ADMIN);
        assertThat(assets.brandGuidelines().bannedWords()).containsExactly("free");

        AssetVersionRecord after = assets.submitVersion(campaign.getId(), null, copy, ORGANIZER);
        assertThat(after.isPassed()).isFalse();
        assertThat(after.getCheckResults()).filteredOn(r -> !r.passed()).extracting(r -> r.message())
                .containsExactly("banned word(s) used: \"free\"", "required disclaimer(s) missing: \"Terms apply\"");
        assertThat(assets.history(before.getAssetId()).version(1).passed()).as("version 1 keeps the result it got").isTrue();
        AuditEventRecord change = audit.query(AuditQuery.all().action("BRAND_GUIDELINES_CHANGED").actor("admin@platform")).events().get(0);
        assertThat(change.getAfter()).contains("bannedWords=[free]").contains("requiredDisclaimers.COPY_BLOCK=[Terms apply]");
    }

    @Test
    void anArchivedAssetIsReusedByAnotherCampaignAsItsFirstVersionCheckedForThatTier() {
        Campaign past = campaign(CampaignTier.FLAGSHIP);
        AssetVersionRecord original = assets.submitVersion(past.getId(), null,
                AssetContent.banner(AssetKind.BANNER_WIDE, GOOD_BANNER.withSize(2400, 800, 900_000)), ORGANIZER);
        assets.acceptVersion(original.getAssetId(), 1, ADMIN);
        assertThat(assets.archive(past.getId(), AssetKind.BANNER_WIDE, 10)).extracting(AssetVersionRecord::getId)
                .containsExactly(original.getId());

        Campaign next = campaign(CampaignTier.LIGHTWEIGHT);
        AssetVersionRecord copy = assets.reuse(original.getId(), next.getId(), null, ORGANIZER);

        assertThat(copy.getVersionNo()).isEqualTo(1);
        assertThat(copy.getAssetId()).isNotEqualTo(original.getAssetId());
        assertThat(copy.getCopiedFromVersionId()).isEqualTo(original.getId());
        assertThat(copy.getCheckResults()).filteredOn(r -> !r.passed()).extracting(r -> r.check())
                .as("a flagship banner is too big for a lightweight campaign").containsExactly("image dimensions", "file size");
        assertThatThrownBy(() -> assets.reuse(copy.getId(), past.getId(), null, ORGANIZER))
                .isInstanceOf(CoopValidationException.class).hasMessageContaining("only accepted versions are in the archive");
    }

    @Test
    void aTemplateIsRenderedWithTheSellersValuesAndSubmittedAsCopy() {
        Campaign campaign = campaign(CampaignTier.STANDARD);
        Seller seller = seller();
        CopyTemplateRecord template = assets.saveTemplate("Garden intro " + unique, AssetKind.COPY_BLOCK,
                "{{sellerName}} brings {{product}} to Garden week.", ADMIN);
        Map<String, String> values = new HashMap<String, String>();
        values.put("sellerName", "Green Thumb");
        values.put("product", "heirloom tomato seeds");

        assertThat(assets.renderTemplate(template.getId(), values)).isEqualTo("Green Thumb brings heirloom tomato seeds to Garden week.");
        AssetVersionRecord v = assets.submitFromTemplate(campaign.getId(), seller.getId(), template.getId(), values, ORGANIZER);
        assertThat(assets.history(v.getAssetId()).latest().content().text()).isEqualTo("Green Thumb brings heirloom tomato seeds to Garden week.");

        values.remove("product");
        assertThatThrownBy(() -> assets.renderTemplate(template.getId(), values))
                .isInstanceOf(CoopValidationException.class).hasMessage("placeholders: no value for {{product}}");
        assertThatThrownBy(() -> assets.saveTemplate("Broken " + unique, AssetKind.COPY_BLOCK, "Hello {{ 1name }}", ADMIN))
                .isInstanceOf(CoopValidationException.class).hasMessageContaining("malformed placeholder");
    }

    private Campaign campaign(CampaignTier tier) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES).plusDays(20);
        String id = UUID.randomUUID().toString().substring(0, 8);
        return campaigns.create(CampaignTerms.builder()
                .name("Garden week " + id).slug("garden-assets-" + id)
                .themeBrief("Tools and seeds from independent growers.")
                .marketingMessage("Garden week: up to 25% off")
                .tier(tier).timeZone(ZONE).minSellers(tier.rules().minimumSellers())
                .startsAt(start).endsAt(start.plusDays(7)).enrollmentDeadline(start.minusDays(3)).assetDeadline(start.minusDays(3))
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("25"))
                .budget(new BigDecimal("2000.00")).platformFundingPercent(new BigDecimal("50")), ORGANIZER);
    }

    private Seller seller() {
        return sellers.registerSeller(new SellerDraft("assets-" + UUID.randomUUID().toString().substring(0, 8),
                "Green Thumb " + unique, SellerSegment.SMALL, null, null));
    }
}
