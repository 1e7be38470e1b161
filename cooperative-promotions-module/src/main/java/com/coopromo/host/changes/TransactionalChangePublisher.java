package com.coopromo.host.changes;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import com.coopromo.common.events.ChangeSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Publishes change events after the writer's transaction commits: the events of one transaction are collected (each
 * once, in order), handed to every {@link ChangeSubscriber}'s {@code beforeCommit} inside the transaction, sent to the
 * other store nodes by the {@link PostgresChangeChannel} in the same transaction (so they are sent exactly when the
 * change commits), and after the commit handed to every subscriber of this node. A rolled-back transaction publishes
 * nothing.
 */
public class TransactionalChangePublisher implements ChangePublisher, ApplicationContextAware {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalChangePublisher.class);

    private final PostgresChangeChannel channel;
    private final PlatformTransactionManager transactionManager;
    /** The key this publisher binds its pending events under in a transaction (one per context). */
    private final Object pendingKey = new Object();
    private ApplicationContext context;
    private volatile List<ChangeSubscriber> subscribers;
    private final List<ChangeSubscriber> added = new CopyOnWriteArrayList<ChangeSubscriber>();

    public TransactionalChangePublisher(PostgresChangeChannel channel, PlatformTransactionManager transactionManager) {
        this.channel = channel;
        this.transactionManager = transactionManager;
        channel.onReceive(new PostgresChangeChannel.Receiver() {
            @Override
            public void receive(List<ChangeEvent> events) {
                deliver(events, false);
            }
        });
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.context = applicationContext;
    }

    @Override
    public void publish(ChangeEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("event is required");
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending pending = (Pending) TransactionSynchronizationManager.getResource(pendingKey);
            if (pending == null) {
                pending = new Pending();
                TransactionSynchronizationManager.bindResource(pendingKey, pending);
                TransactionSynchronizationManager.registerSynchronization(pending);
            }
            pending.events.add(event);
        } else {
            final List<ChangeEvent> events = Collections.singletonList(event);
            new TransactionTemplate(transactionManager).execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    beforeCommit(events);
                    channel.send(events);
                }
            });
            deliver(events, true);
        }
    }

    private void beforeCommit(List<ChangeEvent> events) {
        for (ChangeSubscriber subscriber : subscribers()) {
            subscriber.beforeCommit(events);
        }
    }

    private void deliver(List<ChangeEvent> events, boolean thisNode) {
        for (ChangeSubscriber subscriber : subscribers()) {
            try {
                subscriber.afterCommit(events, thisNode);
            } catch (RuntimeException e) {
                // the change is committed; one read model failing must not fail the writer or starve the others
                LOG.warn("{} could not take the changes {}: {}", subscriber.getClass().getSimpleName(), events, e.toString());
            }
        }
    }

    /** Adds a subscriber that is not a bean of this context (beans implementing {@link ChangeSubscriber} need not). */
    public void subscribe(ChangeSubscriber subscriber) {
        added.add(subscriber);
    }

    /** Removes a subscriber added with {@link #subscribe}. */
    public void unsubscribe(ChangeSubscriber subscriber) {
        added.remove(subscriber);
    }

    /**
     * Every subscriber bean (looked up on first use, so subscribers may depend on services that publish), then the
     * ones added by {@link #subscribe}.
     */
    private List<ChangeSubscriber> subscribers() {
        List<ChangeSubscriber> found = subscribers;
        if (found == null) {
            found = context == null ? Collections.<ChangeSubscriber>emptyList()
                    : Collections.unmodifiableList(new ArrayList<ChangeSubscriber>(
                    context.getBeansOfType(ChangeSubscriber.class).values()));
            subscribers = found;
        }
        if (added.isEmpty()) {
            return found;
        }
        List<ChangeSubscriber> all = new ArrayList<ChangeSubscriber>(found);
        all.addAll(added);
        return all;
    }

    /** One transaction's events. */
    private final class Pending extends TransactionSynchronizationAdapter {
        final LinkedHashSet<ChangeEvent> events = new LinkedHashSet<ChangeEvent>();

        @Override
        public void beforeCommit(boolean readOnly) {
            // a subscriber's beforeCommit may publish more (in this transaction): hand those on too
            List<ChangeEvent> handed = new ArrayList<ChangeEvent>();
            while (handed.size() < events.size()) {
                List<ChangeEvent> all = new ArrayList<ChangeEvent>(events);
                List<ChangeEvent> fresh = all.subList(handed.size(), all.size());
                TransactionalChangePublisher.this.beforeCommit(new ArrayList<ChangeEvent>(fresh));
                handed = all;
            }
            channel.send(new ArrayList<ChangeEvent>(events));
        }

        @Override
        public void afterCommit() {
            deliver(new ArrayList<ChangeEvent>(events), true);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey);
        }
    }
}
