package com.coopromo.stock.service;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import com.coopromo.common.events.ChangeSubscriber;
import com.coopromo.stock.persistence.StockDao;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Stock as cart pricing and storefront pages read it: the figures of {@link StockService}, cached per Sku for
 * {@code coop.stock.cache-millis} (default 1,000 ms), dropped at once when any node changes a Sku's stock (after the
 * change commits), loaded for all missing Skus of a request in one short read-only transaction of its own.
 * <p>
 * A figure shown slightly stale is safe: add-to-cart reads the stock afresh and checkout takes it under the row's
 * lock, refusing what is no longer there. The transaction of its own keeps pricing from flushing the order's
 * half-synchronized entities (as {@code RemainingBudgets} does for budgets).
 */
@Component("coopStockLevels")
public class StockLevels implements ChangeSubscriber {
    /** The cached answer for a Sku the store does not count. */
    private static final Integer NOT_COUNTED = Integer.MIN_VALUE;

    @Resource(name = "coopStockDao")
    protected StockDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "coopChangePublisher")
    protected ChangePublisher changes;

    @Value("${coop.stock.cache-millis}")
    protected long cacheMillis;

    private final ConcurrentHashMap<Long, Cached> cache = new ConcurrentHashMap<Long, Cached>();

    /** Units left of each counted Sku among {@code skuIds}; Skus not counted are left out. */
    public Map<Long, Integer> unitsLeft(Collection<Long> skuIds) {
        Map<Long, Integer> left = new HashMap<Long, Integer>();
        final List<Long> missing = new ArrayList<Long>();
        long now = System.nanoTime();
        for (Long id : new HashSet<Long>(skuIds)) {
            Cached cached = cache.get(id);
            if (cached != null && now - cached.loadedAt < TimeUnit.MILLISECONDS.toNanos(cacheMillis)) {
                if (!NOT_COUNTED.equals(cached.units)) {
                    left.put(id, cached.units);
                }
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            TransactionTemplate own = new TransactionTemplate(transactionManager);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.setReadOnly(true);
            Map<Long, Integer> loaded = own.execute(new TransactionCallback<Map<Long, Integer>>() {
                @Override
                public Map<Long, Integer> doInTransaction(TransactionStatus status) {
                    return dao.quantities(missing);
                }
            });
            for (Long id : missing) {
                Integer units = loaded.get(id);
                cache.put(id, new Cached(units == null ? NOT_COUNTED : units, now));
                if (units != null) {
                    left.put(id, units);
                }
            }
        }
        return left;
    }

    /** Forgets the Skus' figures now and once the current transaction (if any) has committed or rolled back. */
    public void changed(Collection<Long> skuIds) {
        final Set<Long> ids = new HashSet<Long>(skuIds);
        for (Long id : ids) {
            changes.publish(ChangeEvent.stock(id)); // other nodes drop their cached figure when this commits
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCompletion(int status) {
                    cache.keySet().removeAll(ids);
                }
            });
        }
        cache.keySet().removeAll(ids);
    }

    /** A Sku's stock changed on another node (or everything may have): forget the cached figures. */
    @Override
    public void afterCommit(List<ChangeEvent> events, boolean thisNode) {
        for (ChangeEvent event : events) {
            if (event.is(ChangeEvent.Subject.EVERYTHING)) {
                cache.clear();
            } else if (event.is(ChangeEvent.Subject.STOCK)) {
                cache.remove(event.skuId());
            }
        }
    }

    private static final class Cached {
        final Integer units;
        final long loadedAt;

        Cached(Integer units, long loadedAt) {
            this.units = units;
            this.loadedAt = loadedAt;
        }
    }
}
