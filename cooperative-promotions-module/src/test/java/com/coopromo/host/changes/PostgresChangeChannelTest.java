package com.coopromo.host.changes;

import com.coopromo.common.events.ChangeEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Notification payloads stay under PostgreSQL's limit and carry every event once, in order. */
class PostgresChangeChannelTest {
    @Test
    void manyEventsAreSplitIntoPayloadsUnderTheLimitEachStartingWithTheNode() {
        List<ChangeEvent> events = new ArrayList<ChangeEvent>();
        for (long i = 0; i < 2_000; i++) {
            events.add(ChangeEvent.enrollment(1_000_000 + i, 77, 5_000_000 + i, 12));
        }

        List<String> payloads = PostgresChangeChannel.payloads("node-a", events);

        assertThat(payloads.size()).isGreaterThan(1);
        List<ChangeEvent> carried = new ArrayList<ChangeEvent>();
        for (String payload : payloads) {
            assertThat(payload.length()).isLessThan(8000);
            assertThat(payload).startsWith("node-a ");
            carried.addAll(ChangeEvent.decodeAll(payload.substring("node-a ".length())));
        }
        assertThat(carried).containsExactlyElementsOf(events);
    }

    @Test
    void noEventsMeansNoPayload() {
        assertThat(PostgresChangeChannel.payloads("node-a", new ArrayList<ChangeEvent>())).isEmpty();
    }
}
