package com.coopromo.seller.domain;

import com.coopromo.common.domain.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SellerDraftTest {

    @Test
    void aCompleteSellerIsValidAndDefaultsToGoodStanding() {
        SellerDraft draft = new SellerDraft("north-outfitters", "North Outfitters", SellerSegment.MID, null, "ops@north.example");
        assertThat(draft.validate().hasErrors()).isFalse();
        assertThat(draft.standing()).isEqualTo(SellerStanding.GOOD);
    }

    @Test
    void missingFieldsAreAllReported() {
        assertThat(new SellerDraft(" ", null, null, null, null).validate().errors())
                .extracting(FieldError::toString)
                .containsExactly("code: is required", "name: is required", "segment: is required (SMALL, MID or LARGE)");
    }

    @Test
    void codesAreLowerCaseWordsJoinedBySingleHyphens() {
        assertThat(new SellerDraft("North_Outfitters", "N", SellerSegment.SMALL, null, null).validate().errors())
                .extracting(FieldError::field).containsExactly("code");
        assertThat(new SellerDraft("north--outfitters", "N", SellerSegment.SMALL, null, null).validate().hasErrors()).isTrue();
        assertThat(new SellerDraft("shop-24", "N", SellerSegment.SMALL, null, null).validate().hasErrors()).isFalse();
    }

    @Test
    void theConcurrentCampaignLimitIsAWholeNumberFrom1To100AndDefaultsTo3() {
        assertThat(new SellerDraft("a", "A", SellerSegment.SMALL, null, null).maxConcurrentCampaigns()).isEqualTo(3);
        assertThat(new SellerDraft("a", "A", SellerSegment.SMALL, null, null, 1).validate().hasErrors()).isFalse();
        assertThat(new SellerDraft("a", "A", SellerSegment.SMALL, null, null, 100).validate().hasErrors()).isFalse();
        assertThat(new SellerDraft("a", "A", SellerSegment.SMALL, null, null, -1).validate().errors())
                .extracting(FieldError::toString)
                .containsExactly("maxConcurrentCampaigns: must be a whole number from 1 to 100 (was -1)");
        assertThat(new SellerDraft("a", "A", SellerSegment.SMALL, null, null, 0).validate().errors())
                .extracting(FieldError::field).containsExactly("maxConcurrentCampaigns");
        assertThat(new SellerDraft("a", "A", SellerSegment.SMALL, null, null, 101).validate().errors())
                .extracting(FieldError::field).containsExactly("maxConcurrentCampaigns");
    }

    @Test
    void aBadEmailIsRefusedWithTheValue() {
        assertThat(new SellerDraft("a", "A", SellerSegment.LARGE, null, "not-an-email").validate().errors())
                .extracting(FieldError::toString)
                .containsExactly("contactEmail: is not an e-mail address (was 'not-an-email')");
    }

    @Test
    void segmentAndStandingParseCaseInsensitivelyAndNameTheAllowedValues() {
        assertThat(SellerSegment.parse(" large ")).isEqualTo(SellerSegment.LARGE);
        assertThat(SellerStanding.parse("on_watch")).isEqualTo(SellerStanding.ON_WATCH);
        assertThatThrownBy(() -> SellerSegment.parse("huge")).hasMessage("unknown seller segment 'huge' (expected SMALL, MID or LARGE)");
    }
}
