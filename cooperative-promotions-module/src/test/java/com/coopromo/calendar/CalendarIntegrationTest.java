package com.coopromo.calendar;

import com.coopromo.calendar.domain.CalendarConflict;
import com.coopromo.calendar.domain.ConflictKind;
import com.coopromo.calendar.domain.MonthView;
import com.coopromo.calendar.domain.ThemingWindow;
import com.coopromo.calendar.service.CalendarService;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar over stored campaigns, enrollments and windows, on the real host. */
@ExtendWith(CoopHostExtension.class)
class CalendarIntegrationTest {
    private static final String ZONE = "America/New_York";
    private static final Actor ORGANIZER = new Actor("calendar-test", ActorRole.ORGANIZER);

    @Test
    void aListingInTwoCampaignsThatComeToOverlapIsAConflictShownForBoth(TestHost host) {
        CampaignService campaigns = host.bean("coopCampaignService", CampaignService.class);
        ParticipationService participation = host.bean("coopParticipationService", ParticipationService.class);
        CalendarService calendar = host.bean("coopCalendarService", CalendarService.class);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime now = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.HOURS);

        Campaign first = campaigns.create(terms("First " + unique, now.plusDays(10), now.plusDays(24)), ORGANIZER);
        Campaign second = campaigns.create(terms("Second " + unique, now.plusDays(30), now.plusDays(40)), ORGANIZER);
        SellerListing listing = newListing(host, unique);
        for (Campaign c : new Campaign[]{first, second}) {
            ParticipationImpl p = participation.accept(participation.invite(c.getId(), listing.getSeller().getId()).getId());
            participation.submitAssets(p.getId(), EnumSet.of(AssetKind.BANNER));
            participation.enroll(p.getId(), listing.getId(), new BigDecimal("15"));
        }
        assertThat(calendar.conflictsFor(second.getId())).extracting(CalendarConflict::kind)
                .doesNotContain(ConflictKind.LISTING_OVERLAP);

        campaigns.updateTerms(second.getId(), terms("Second " + unique, now.plusDays(20), now.plusDays(34)), ORGANIZER);

        List<CalendarConflict> conflicts = calendar.conflictsFor(second.getId());
        assertThat(conflicts).filteredOn(c -> c.kind() == ConflictKind.LISTING_OVERLAP)
                .singleElement()
                .satisfies(c -> assertThat(c.campaignIds()).containsExactly(first.getId(), second.getId()));
        assertThat(calendar.conflictsFor(first.getId())).extracting(CalendarConflict::kind).contains(ConflictKind.LISTING_OVERLAP);
    }

    @Test
    void aCampaignWhoseRangeExceedsItsThemingWindowIsFlaggedAndTheMonthShowsIt(TestHost host) {
        CampaignService campaigns = host.bean("coopCampaignService", CampaignService.class);
        CalendarService calendar = host.bean("coopCalendarService", CalendarService.class);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime start = LocalDateTime.of(2031, 8, 1, 9, 0);
        calendar.addWindow(ThemingWindow.of("Back to school 2031 " + unique, ZONE, start.minusDays(5), start.plusDays(40),
                new BigDecimal("5"), new BigDecimal("25"), 7, 14));

        Campaign campaign = campaigns.create(terms("Pencils " + unique, start, start.plusDays(10)), ORGANIZER);

        assertThat(calendar.conflictsFor(campaign.getId())).extracting(CalendarConflict::kind)
                .contains(ConflictKind.DISCOUNT_OUTSIDE_WINDOW_RANGE);
        MonthView august = calendar.month(YearMonth.of(2031, 8), ZoneId.of(ZONE));
        assertThat(august.days().get(0).campaigns()).extracting(MonthView.CampaignOnDay::name).contains("Pencils " + unique);
        assertThat(august.days().get(0).windows()).contains("Back to school 2031 " + unique);
        assertThat(august.conflicts()).anySatisfy(c -> assertThat(c.involves(campaign.getId())).isTrue());
    }

    private static CampaignTerms.Builder terms(String name, LocalDateTime start, LocalDateTime end) {
        return CampaignTerms.builder().name(name).slug(name.toLowerCase().replace(' ', '-'))
                .themeBrief("A calendar test.").tier(CampaignTier.LIGHTWEIGHT).timeZone(ZONE)
                .startsAt(start).endsAt(end).enrollmentDeadline(start.minusDays(3)).assetDeadline(start.minusDays(8))
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("30"))
                .budget(new BigDecimal("1000")).platformFundingPercent(new BigDecimal("50"));
    }

    private static SellerListing newListing(TestHost host, String unique) {
        SellerService sellers = host.bean("coopSellerService", SellerService.class);
        CatalogService catalog = host.bean("blCatalogService", CatalogService.class);
        Seller seller = sellers.registerSeller(new SellerDraft("cal-" + unique, "Calendar seller " + unique, SellerSegment.MID, null, null));
        Sku sku = host.inTransaction(status -> {
            Sku s = catalog.createSku();
            s.setName("Ruler " + unique);
            s.setRetailPrice(new Money(new BigDecimal("4.00")));
            s.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            return catalog.saveSku(s);
        });
        return sellers.addListing(new ListingDraft(seller.getId(), sku.getId(), new BigDecimal("2.00"), 1, 2));
    }
}
