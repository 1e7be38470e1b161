package com.coopromo.host.changes;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import com.coopromo.common.events.ChangeSubscriber;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change events on the real host and PostgreSQL: delivered once after the commit, on the node that wrote and (through
 * NOTIFY) on another node; a rolled-back transaction delivers nothing anywhere.
 */
@ExtendWith(CoopHostExtension.class)
class ChangeEventsIntegrationTest {
    private TestHost host;
    private TestHost otherNode;
    private TransactionalChangePublisher publisher;
    private TransactionalChangePublisher otherPublisher;
    private final Recorder here = new Recorder();
    private final Recorder there = new Recorder();

    /** Ids only these tests publish (other work on the shared host publishes too: the campaign clock, other tests). */
    private static final List<Long> WATCHED = Arrays.asList(987_654_321L, 123_456_789L, 555L, 556L);

    /** What a subscriber heard of this test's events, batch by batch. */
    private static final class Recorder implements ChangeSubscriber {
        final List<List<ChangeEvent>> batches = new CopyOnWriteArrayList<List<ChangeEvent>>();
        final List<Boolean> fromThisNode = new CopyOnWriteArrayList<Boolean>();

        @Override
        public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
            List<ChangeEvent> ours = new ArrayList<ChangeEvent>();
            for (ChangeEvent change : changes) {
                if (WATCHED.contains(change.id())) {
                    ours.add(change);
                }
            }
            if (!ours.isEmpty()) {
                batches.add(ours);
                fromThisNode.add(thisNode);
            }
        }
    }

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        otherNode = TestHost.secondNode();
        publisher = host.bean("coopChangePublisher", TransactionalChangePublisher.class);
        otherPublisher = otherNode.bean("coopChangePublisher", TransactionalChangePublisher.class);
        publisher.subscribe(here);
        otherPublisher.subscribe(there);
    }

    @AfterEach
    void tearDown() {
        publisher.unsubscribe(here);
        otherPublisher.unsubscribe(there);
    }

    @Test
    void aTransactionsEventsReachThisNodeOnceAfterTheCommitAndTheOtherNodeSoonAfter() throws Exception {
        final ChangeEvent budget = ChangeEvent.budget(987_654_321L);
        final ChangeEvent seller = ChangeEvent.seller(123_456_789L);
        List<Integer> heardInside = host.inTransaction(status -> {
            host.bean("coopChangePublisher", ChangePublisher.class).publish(budget);
            host.bean("coopChangePublisher", ChangePublisher.class).publish(seller);
            host.bean("coopChangePublisher", ChangePublisher.class).publish(budget);
            return Collections.singletonList(here.batches.size());
        });

        assertThat(heardInside).as("nothing before the commit").containsExactly(0);
        assertThat(here.batches).containsExactly(Arrays.asList(budget, seller));
        assertThat(here.fromThisNode).containsExactly(true);
        awaitBatches(there, 1);
        assertThat(there.batches).containsExactly(Arrays.asList(budget, seller));
        assertThat(there.fromThisNode).containsExactly(false);
    }

    @Test
    void aRolledBackTransactionPublishesNothingOnAnyNode() throws Exception {
        host.inTransaction(status -> {
            host.bean("coopChangePublisher", ChangePublisher.class).publish(ChangeEvent.budget(555L));
            status.setRollbackOnly();
            return null;
        });
        // a committed one after it: once the other node has it, it would have had the rolled-back one first
        host.inTransaction(status -> {
            host.bean("coopChangePublisher", ChangePublisher.class).publish(ChangeEvent.budget(556L));
            return null;
        });

        awaitBatches(there, 1);
        assertThat(here.batches).containsExactly(Collections.singletonList(ChangeEvent.budget(556L)));
        assertThat(there.batches).containsExactly(Collections.singletonList(ChangeEvent.budget(556L)));
    }

    private static void awaitBatches(Recorder recorder, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (recorder.batches.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(recorder.batches.size()).as("batches heard within 10 s").isGreaterThanOrEqualTo(count);
    }
}
