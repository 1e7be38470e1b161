package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;

import static com.coopromo.campaign.domain.CampaignTermsFixture.aValidCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarEntryTest {

    @Test
    void givenNoEnrolmentSets_whenBuilt_thenTheyAreEmptyAndGivenSetsAreSortedCopies() {
        HashSet<Long> listings = new HashSet<Long>(Arrays.asList(30L, 10L, 20L));
        CalendarEntry entry = new CalendarEntry(1, "Spring", CampaignState.DRAFT, aValidCampaign().build(),
                listings, null, null);
        listings.add(40L);

        assertThat(entry.listingIds()).containsExactly(10L, 20L, 30L);
        assertThat(entry.categories()).isEmpty();
        assertThat(entry.sellerIds()).isEmpty();
    }

    @Test
    void givenMissingNameStateAndTerms_whenBuilt_thenEachIsNamed() {
        assertThatThrownBy(() -> new CalendarEntry(7, " ", null, null, null, null, null))
                .isInstanceOf(CoopValidationException.class)
                .satisfies(e -> assertThat(((CoopValidationException) e).errors()).extracting(FieldError::toString)
                        .containsExactly("campaignName: is required", "state: is required for campaign #7",
                                "terms: are required for campaign #7"));
    }
}
