package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static com.coopromo.calendar.domain.CalendarFixture.CALENDAR;
import static com.coopromo.calendar.domain.CalendarFixture.LOS_ANGELES;
import static com.coopromo.calendar.domain.CalendarFixture.NOW;
import static com.coopromo.calendar.domain.CalendarFixture.TOKYO;
import static com.coopromo.calendar.domain.CalendarFixture.campaign;
import static com.coopromo.calendar.domain.CalendarFixture.conflicts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OverlapConflictsTest {

    @Test
    void givenTwoOverlappingCampaignsSharingListings_whenChecked_thenOneListingOverlapNamesBothCampaignsAndTheListings() {
        CalendarEntry spring = campaign(1).named("Spring garden").listings(10L, 11L, 12L).build();
        CalendarEntry easter = campaign(2).named("Easter treats")
                .running("Europe/Paris", "2027-03-15T09:00", "2027-03-25T09:00").listings(12L, 11L, 99L).build();

        List<CalendarConflict> found = conflicts(easter, spring);

        assertThat(found).hasSize(1);
        CalendarConflict conflict = found.get(0);
        assertThat(conflict.kind()).isEqualTo(ConflictKind.LISTING_OVERLAP);
        assertThat(conflict.campaignIds()).containsExactly(1L, 2L);
        assertThat(conflict.sellerId()).isNull();
        assertThat(conflict.message()).isEqualTo("Campaigns 'Spring garden' (#1, 2027-03-10T09:00 to 2027-03-20T09:00 "
                + "Europe/Paris) and 'Easter treats' (#2, 2027-03-15T09:00 to 2027-03-25T09:00 Europe/Paris) overlap in "
                + "time and share enrolled listings 11 and 12.");
    }

    @Test
    void givenOneCampaignEndingExactlyWhenTheOtherStarts_whenChecked_thenTouchingWindowsDoNotConflict() {
        CalendarEntry first = campaign(1).listings(10L).categories("garden").sellers(7L).build();
        CalendarEntry second = campaign(2).running("Europe/Paris", "2027-03-20T09:00", "2027-03-30T09:00")
                .listings(10L).categories("garden").sellers(7L).build();

        assertThat(CALENDAR.conflicts(Arrays.asList(first, second), Collections.<ThemingWindow>emptyList(),
                Collections.<Long, Integer>emptyMap(), 1, NOW)).isEmpty();
    }

    @Test
    void givenTouchingWindowsInDifferentZones_whenChecked_thenTheyStillDoNotConflict() {
        // 2027-03-10T09:00 Tokyo is 2027-03-10T00:00Z, which is 2027-03-09T16:00 in Los Angeles (PST)
        CalendarEntry tokyo = campaign(1).running(TOKYO, "2027-03-10T09:00", "2027-03-12T09:00").listings(10L).build();
        CalendarEntry losAngeles = campaign(2).running(LOS_ANGELES, "2027-03-08T00:00", "2027-03-09T16:00")
                .listings(10L).build();

        assertThat(conflicts(tokyo, losAngeles)).isEmpty();
    }

    @Test
    void givenCampaignsOnDifferentWallClockDaysThatOverlapThroughTimeZoneOffsets_whenChecked_thenTheOverlapIsFound() {
        // Tokyo 10 March 00:00-24:00 JST is 9 March 15:00Z to 10 March 15:00Z
        CalendarEntry tokyo = campaign(1).named("Tokyo flash sale")
                .running(TOKYO, "2027-03-10T00:00", "2027-03-11T00:00").listings(10L).build();
        // Los Angeles 9 March 00:00-08:00 PST is 9 March 08:00Z to 16:00Z: a different date on the wall clock
        CalendarEntry losAngeles = campaign(2).named("LA early birds")
                .running(LOS_ANGELES, "2027-03-09T00:00", "2027-03-09T08:00").listings(10L).build();

        assertThat(conflicts(tokyo, losAngeles))
                .extracting(CalendarConflict::kind, CalendarConflict::campaignIds)
                .containsExactly(tuple(ConflictKind.LISTING_OVERLAP, Arrays.asList(1L, 2L)));
    }

    @Test
    void givenCampaignsWithTheSameWallClockTimesInZonesFarApart_whenChecked_thenTheyDoNotConflict() {
        // 10 March 00:00-12:00 is 9 March 15:00Z-10 March 03:00Z in Tokyo but 10 March 08:00Z-20:00Z in Los Angeles
        CalendarEntry tokyo = campaign(1).running(TOKYO, "2027-03-10T00:00", "2027-03-10T12:00").listings(10L).build();
        CalendarEntry losAngeles = campaign(2).running(LOS_ANGELES, "2027-03-10T00:00", "2027-03-10T12:00")
                .listings(10L).build();

        assertThat(conflicts(tokyo, losAngeles)).isEmpty();
    }

    @Test
    void givenRejectedOrCancelledCampaigns_whenChecked_thenTheyConflictWithNothing() {
        CalendarEntry approved = campaign(1).listings(10L).categories("garden").sellers(7L).build();
        CalendarEntry rejected = campaign(2).in(CampaignState.REJECTED).listings(10L).categories("garden").sellers(7L).build();
        CalendarEntry cancelled = campaign(3).in(CampaignState.CANCELLED).listings(10L).categories("garden").sellers(7L).build();

        assertThat(conflicts(approved, rejected, cancelled)).isEmpty();
    }

    @Test
    void givenCampaignsSharingListingsButNotOverlappingInTime_whenChecked_thenTheyDoNotConflict() {
        CalendarEntry march = campaign(1).listings(10L).categories("garden").build();
        CalendarEntry april = campaign(2).running("Europe/Paris", "2027-04-10T09:00", "2027-04-20T09:00")
                .listings(10L).categories("garden").build();

        assertThat(conflicts(march, april)).isEmpty();
    }

    @Test
    void givenOverlappingCampaignsSharingOnlyACategory_whenChecked_thenOneCategoryOverlapNamesTheCategory() {
        CalendarEntry spring = campaign(1).named("Spring garden").listings(10L).categories("garden", "tools").build();
        CalendarEntry easter = campaign(2).named("Easter treats").listings(20L).categories("garden", "sweets").build();

        List<CalendarConflict> found = conflicts(spring, easter);

        assertThat(found).extracting(CalendarConflict::kind).containsExactly(ConflictKind.CATEGORY_OVERLAP);
        assertThat(found.get(0).campaignIds()).containsExactly(1L, 2L);
        assertThat(found.get(0).message()).startsWith("Campaigns 'Spring garden' (#1, ")
                .contains("'Easter treats' (#2, ")
                .endsWith("overlap in time and share the category 'garden'.");
    }

    @Test
    void givenOverlappingCampaignsSharingAListingAndItsCategory_whenChecked_thenBothAreReportedListingFirst() {
        CalendarEntry spring = campaign(1).listings(10L).categories("garden").build();
        CalendarEntry easter = campaign(2).listings(10L).categories("garden").build();

        assertThat(conflicts(easter, spring)).extracting(CalendarConflict::kind)
                .containsExactly(ConflictKind.LISTING_OVERLAP, ConflictKind.CATEGORY_OVERLAP);
    }

    @Test
    void givenThreeOverlappingCampaignsSharingAListing_whenChecked_thenEachUnorderedPairIsReportedOnceInIdOrder() {
        CalendarEntry c3 = campaign(3).running("Europe/Paris", "2027-03-12T09:00", "2027-03-14T09:00").listings(10L).build();
        CalendarEntry c1 = campaign(1).listings(10L).build();
        CalendarEntry c2 = campaign(2).running("Europe/Paris", "2027-03-01T09:00", "2027-03-30T09:00").listings(10L).build();

        assertThat(conflicts(c3, c1, c2)).extracting(CalendarConflict::campaignIds)
                .containsExactly(Arrays.asList(1L, 2L), Arrays.asList(1L, 3L), Arrays.asList(2L, 3L));
    }
}
