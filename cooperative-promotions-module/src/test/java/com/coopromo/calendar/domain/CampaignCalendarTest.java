package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static com.coopromo.calendar.domain.CalendarFixture.CALENDAR;
import static com.coopromo.calendar.domain.CalendarFixture.NOW;
import static com.coopromo.calendar.domain.CalendarFixture.PARIS;
import static com.coopromo.calendar.domain.CalendarFixture.campaign;
import static com.coopromo.calendar.domain.CalendarFixture.conflicts;
import static com.coopromo.calendar.domain.CalendarFixture.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CampaignCalendarTest {
    private static final ThemingWindow SPRING =
            window("Spring garden", PARIS, "2027-03-01T00:00", "2027-04-01T00:00", "10", "30", 3, 0);

    /** One conflict of every kind, spread over four campaigns. */
    private static List<CalendarEntry> busyCalendar() {
        return Arrays.asList(
                campaign(4).in(CampaignState.DRAFT).running(PARIS, "2027-03-12T09:00", "2027-03-14T09:00")
                        .assetDeadline("2027-03-10T09:00").listings(10L).categories("garden").sellers(7L).build(),
                campaign(3).running(PARIS, "2027-03-11T09:00", "2027-03-13T09:00").discounts("5", "30")
                        .assetDeadline("2027-03-08T09:00").listings(20L).categories("garden").sellers(7L).build(),
                campaign(2).running(PARIS, "2027-04-02T09:00", "2027-04-03T09:00").build(),
                campaign(1).assetDeadline("2027-03-07T09:00").listings(10L).categories("garden").sellers(7L).build());
    }

    @Test
    void givenConflictsOfEveryKind_whenChecked_thenTheyAreOrderedByKindThenCampaignIds() {
        List<CalendarConflict> found = CALENDAR.conflicts(busyCalendar(), Collections.singletonList(SPRING),
                Collections.<Long, Integer>emptyMap(), 2, NOW.plusSeconds(60L * 60 * 24 * 70));

        assertThat(found).extracting(CalendarConflict::kind, CalendarConflict::campaignIds).containsExactly(
                tuple(ConflictKind.LISTING_OVERLAP, Arrays.asList(1L, 4L)),
                tuple(ConflictKind.CATEGORY_OVERLAP, Arrays.asList(1L, 3L)),
                tuple(ConflictKind.CATEGORY_OVERLAP, Arrays.asList(1L, 4L)),
                tuple(ConflictKind.CATEGORY_OVERLAP, Arrays.asList(3L, 4L)),
                tuple(ConflictKind.SELLER_OVER_LIMIT, Arrays.asList(1L, 3L, 4L)),
                tuple(ConflictKind.OUTSIDE_THEMING_WINDOWS, Collections.singletonList(2L)),
                tuple(ConflictKind.DISCOUNT_OUTSIDE_WINDOW_RANGE, Collections.singletonList(3L)),
                tuple(ConflictKind.ASSET_DEADLINE_TOO_LATE, Collections.singletonList(4L)),
                tuple(ConflictKind.APPROVAL_OVERDUE, Collections.singletonList(4L)));
    }

    @Test
    void givenTheSameCampaignsInAnyOrder_whenChecked_thenTheConflictsAreIdentical() {
        List<CalendarConflict> expected = conflicts(busyCalendar(), Collections.singletonList(SPRING));
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            List<CalendarEntry> shuffled = new ArrayList<CalendarEntry>(busyCalendar());
            Collections.shuffle(shuffled, random);

            assertThat(conflicts(shuffled, Collections.singletonList(SPRING))).isEqualTo(expected);
        }
    }

    @Test
    void givenOneCampaign_whenAskingForItsConflicts_thenOnlyThoseInvolvingItAreReturned() {
        List<CalendarConflict> forThree = CALENDAR.conflictsFor(3, busyCalendar(), Collections.singletonList(SPRING),
                Collections.<Long, Integer>emptyMap(), 2, NOW);

        assertThat(forThree).extracting(CalendarConflict::kind, CalendarConflict::campaignIds).containsExactly(
                tuple(ConflictKind.CATEGORY_OVERLAP, Arrays.asList(1L, 3L)),
                tuple(ConflictKind.CATEGORY_OVERLAP, Arrays.asList(3L, 4L)),
                tuple(ConflictKind.SELLER_OVER_LIMIT, Arrays.asList(1L, 3L, 4L)),
                tuple(ConflictKind.DISCOUNT_OUTSIDE_WINDOW_RANGE, Collections.singletonList(3L)));
        assertThat(CALENDAR.conflictsFor(99, busyCalendar(), Collections.singletonList(SPRING),
                Collections.<Long, Integer>emptyMap(), 2, NOW)).isEmpty();
    }

    @Test
    void givenAnEmptyCalendar_whenChecked_thenThereAreNoConflicts() {
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void givenBadArguments_whenChecked_thenEachIsNamed() {
        CalendarEntry once = campaign(1).build();
        CalendarEntry twice = campaign(1).named("Copy").build();

        assertThatThrownBy(() -> CALENDAR.conflicts(Arrays.asList(once, twice), null,
                Collections.singletonMap(5L, -1), -1, null))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::toString)
                        .containsExactly(
                                "windows: are required (an empty list when no theming windows are defined)",
                                "now: is required",
                                "defaultSellerLimit: must be 0 or more (was -1)",
                                "entries: campaign #1 is listed more than once",
                                "sellerConcurrencyLimits: seller 5 has limit -1; every limit must be 0 or more"));
    }
}
