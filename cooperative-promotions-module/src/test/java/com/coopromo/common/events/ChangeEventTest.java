package com.coopromo.common.events;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Change events read back from their wire form exactly as they were sent. */
class ChangeEventTest {
    @Test
    void everyKindOfEventReadsBackEqualFromItsWireForm() {
        List<ChangeEvent> events = Arrays.asList(ChangeEvent.campaign(4), ChangeEvent.participation(9, 4, 2),
                ChangeEvent.enrollment(17, 4, 1001, 2), ChangeEvent.listing(33, 1001, 2), ChangeEvent.seller(2),
                ChangeEvent.stock(1001), ChangeEvent.budget(4), ChangeEvent.order(5001), ChangeEvent.everything());

        assertThat(ChangeEvent.decodeAll(ChangeEvent.encodeAll(events))).containsExactlyElementsOf(events);
        assertThat(ChangeEvent.enrollment(17, 4, 1001, 2).encode()).isEqualTo("E:17:c4:k1001:s2");
        assertThat(ChangeEvent.order(5001).encode()).isEqualTo("O:5001");
    }

    @Test
    void anEnrollmentNamesItsCampaignSkuAndSeller() {
        ChangeEvent e = ChangeEvent.decode("E:17:c4:k1001:s2");

        assertThat(e.subject()).isEqualTo(ChangeEvent.Subject.ENROLLMENT);
        assertThat(e.id()).isEqualTo(17);
        assertThat(e.campaignId()).isEqualTo(4L);
        assertThat(e.skuId()).isEqualTo(1001L);
        assertThat(e.sellerId()).isEqualTo(2L);
    }

    @Test
    void textThatIsNotAnEventIsRefusedNamingIt() {
        assertThatThrownBy(() -> ChangeEvent.decode("hello")).hasMessage("not a change event: 'hello'");
        assertThatThrownBy(() -> ChangeEvent.decode("Q:1")).hasMessage("unknown change subject 'Q'");
        assertThatThrownBy(() -> ChangeEvent.decode("E:x")).hasMessage("not a change event: 'E:x'");
        assertThatThrownBy(() -> ChangeEvent.decode("E:1:z5")).hasMessage("unknown tag 'z' in change event 'E:1:z5'");
        assertThat(ChangeEvent.decodeAll("  ")).isEmpty();
    }
}
