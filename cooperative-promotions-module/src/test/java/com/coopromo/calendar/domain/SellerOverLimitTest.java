package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.coopromo.calendar.domain.CalendarFixture.CALENDAR;
import static com.coopromo.calendar.domain.CalendarFixture.LOS_ANGELES;
import static com.coopromo.calendar.domain.CalendarFixture.NOW;
import static com.coopromo.calendar.domain.CalendarFixture.PARIS;
import static com.coopromo.calendar.domain.CalendarFixture.TOKYO;
import static com.coopromo.calendar.domain.CalendarFixture.campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SellerOverLimitTest {
    private static final long SELLER = 42L;

    private static List<CalendarConflict> conflicts(int defaultLimit, Map<Long, Integer> limits, CalendarEntry... entries) {
        return CALENDAR.conflicts(Arrays.asList(entries), Collections.<ThemingWindow>emptyList(), limits, defaultLimit, NOW);
    }

    private static List<CalendarConflict> conflicts(int defaultLimit, CalendarEntry... entries) {
        return conflicts(defaultLimit, Collections.<Long, Integer>emptyMap(), entries);
    }

    @Test
    void givenASellerInExactlyAsManyConcurrentCampaignsAsItsLimit_whenChecked_thenNothingIsReported() {
        CalendarEntry first = campaign(1).sellers(SELLER).build();
        CalendarEntry second = campaign(2).sellers(SELLER).build();

        assertThat(conflicts(2, first, second)).isEmpty();
    }

    @Test
    void givenASellerInOneCampaignMoreThanItsLimit_whenChecked_thenTheSellerAndEveryCampaignRunningTogetherAreNamed() {
        CalendarEntry spring = campaign(1).named("Spring garden").sellers(SELLER, 7L).build();
        CalendarEntry easter = campaign(2).named("Easter treats")
                .running(PARIS, "2027-03-12T09:00", "2027-03-25T09:00").sellers(SELLER).build();
        CalendarEntry tools = campaign(3).named("Tool week")
                .running(PARIS, "2027-03-15T09:00", "2027-03-16T09:00").sellers(SELLER).build();

        List<CalendarConflict> found = conflicts(2, tools, easter, spring);

        assertThat(found).hasSize(1);
        CalendarConflict conflict = found.get(0);
        assertThat(conflict.kind()).isEqualTo(ConflictKind.SELLER_OVER_LIMIT);
        assertThat(conflict.sellerId()).isEqualTo(SELLER);
        assertThat(conflict.campaignIds()).containsExactly(1L, 2L, 3L);
        assertThat(conflict.message()).isEqualTo("Seller 42 would be in 3 campaigns at once from 2027-03-15T08:00:00Z ("
                + "'Spring garden' (#1, 2027-03-10T09:00 to 2027-03-20T09:00 Europe/Paris), "
                + "'Easter treats' (#2, 2027-03-12T09:00 to 2027-03-25T09:00 Europe/Paris) and "
                + "'Tool week' (#3, 2027-03-15T09:00 to 2027-03-16T09:00 Europe/Paris)), but its limit is 2 concurrent campaigns.");
    }

    @Test
    void givenASellerSpecificLimit_whenChecked_thenItOverridesTheDefault() {
        CalendarEntry first = campaign(1).sellers(SELLER, 7L).build();
        CalendarEntry second = campaign(2).sellers(SELLER, 7L).build();

        List<CalendarConflict> found = conflicts(2, Collections.singletonMap(SELLER, 1), first, second);

        assertThat(found).extracting(CalendarConflict::sellerId).containsExactly(SELLER);
        assertThat(found.get(0).message()).endsWith("but its limit is 1 concurrent campaign.");
    }

    @Test
    void givenASellersCampaignsEndingExactlyWhenTheNextStarts_whenChecked_thenTheyAreNotConcurrent() {
        CalendarEntry first = campaign(1).sellers(SELLER).build();
        CalendarEntry second = campaign(2).running(PARIS, "2027-03-20T09:00", "2027-03-30T09:00").sellers(SELLER).build();
        CalendarEntry third = campaign(3).running(PARIS, "2027-03-30T09:00", "2027-04-10T09:00").sellers(SELLER).build();

        assertThat(conflicts(1, first, second, third)).isEmpty();
    }

    @Test
    void givenTwoSeparateMomentsOverTheLimit_whenChecked_thenEachSetOfCampaignsIsReportedOnce() {
        CalendarEntry month = campaign(1).running(PARIS, "2027-03-01T00:00", "2027-04-01T00:00").sellers(SELLER).build();
        CalendarEntry early = campaign(2).running(PARIS, "2027-03-02T00:00", "2027-03-05T00:00").sellers(SELLER).build();
        CalendarEntry late = campaign(3).running(PARIS, "2027-03-20T00:00", "2027-03-25T00:00").sellers(SELLER).build();

        assertThat(conflicts(1, late, early, month)).extracting(CalendarConflict::campaignIds)
                .containsExactly(Arrays.asList(1L, 2L), Arrays.asList(1L, 3L));
    }

    @Test
    void givenCampaignsPilingUpOneAfterAnother_whenChecked_thenOnlyTheLargestSetRunningTogetherIsReported() {
        CalendarEntry outer = campaign(1).running(PARIS, "2027-03-01T00:00", "2027-04-01T00:00").sellers(SELLER).build();
        CalendarEntry middle = campaign(2).running(PARIS, "2027-03-05T00:00", "2027-03-25T00:00").sellers(SELLER).build();
        CalendarEntry inner = campaign(3).running(PARIS, "2027-03-10T00:00", "2027-03-12T00:00").sellers(SELLER).build();

        assertThat(conflicts(1, outer, middle, inner)).extracting(CalendarConflict::campaignIds)
                .containsExactly(Arrays.asList(1L, 2L, 3L));
    }

    @Test
    void givenCampaignsStartingAtTheSameInstant_whenChecked_thenTheyAreReportedTogether() {
        CalendarEntry a = campaign(1).sellers(SELLER).build();
        CalendarEntry b = campaign(2).sellers(SELLER).build();
        CalendarEntry c = campaign(3).sellers(SELLER).build();

        assertThat(conflicts(1, a, b, c)).extracting(CalendarConflict::campaignIds)
                .containsExactly(Arrays.asList(1L, 2L, 3L));
    }

    @Test
    void givenASellersCampaignsInZonesOverlappingOnlyThroughOffsets_whenChecked_thenTheyCountAsConcurrent() {
        CalendarEntry tokyo = campaign(1).running(TOKYO, "2027-03-10T00:00", "2027-03-11T00:00").sellers(SELLER).build();
        CalendarEntry losAngeles = campaign(2).running(LOS_ANGELES, "2027-03-09T00:00", "2027-03-09T08:00")
                .sellers(SELLER).build();

        assertThat(conflicts(1, tokyo, losAngeles)).extracting(CalendarConflict::kind, CalendarConflict::sellerId)
                .containsExactly(tuple(ConflictKind.SELLER_OVER_LIMIT, SELLER));
    }

    @Test
    void givenACancelledOrRejectedCampaign_whenChecked_thenItDoesNotCountTowardsTheLimit() {
        CalendarEntry live = campaign(1).in(CampaignState.LIVE).sellers(SELLER).build();
        CalendarEntry cancelled = campaign(2).in(CampaignState.CANCELLED).sellers(SELLER).build();
        CalendarEntry rejected = campaign(3).in(CampaignState.REJECTED).sellers(SELLER).build();

        assertThat(conflicts(1, live, cancelled, rejected)).isEmpty();
    }

    @Test
    void givenSeveralSellersOverTheirLimits_whenChecked_thenEachSellerIsReportedSeparatelyInSellerOrder() {
        CalendarEntry a = campaign(1).sellers(9L, 8L, 3L).build();
        CalendarEntry b = campaign(2).sellers(9L, 8L, 3L).build();

        assertThat(conflicts(1, Collections.singletonMap(3L, 2), a, b)).extracting(CalendarConflict::sellerId)
                .containsExactly(8L, 9L);
    }
}
