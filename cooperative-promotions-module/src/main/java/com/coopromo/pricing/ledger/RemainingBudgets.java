package com.coopromo.pricing.ledger;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What campaigns have left, as cart pricing reads it: cached for {@code coop.pricing.budget-cache-millis} (default
 * 1,000 ms), dropped at once when this node's ledger changes a campaign's budget (after the change commits), and
 * loaded for all missing campaigns of a cart in one short read-only transaction of its own.
 * <p>
 * A price shown from a slightly stale figure is safe: the checkout's reservation is the authority, under a row lock,
 * and refuses (the shopper then sees the cart repriced) when another node spent the budget within the cache window.
 * The transaction of its own also keeps pricing from flushing the order's half-synchronized entities (see
 * {@code OrderCampaignPricer}).
 */
@Component("coopRemainingBudgets")
public class RemainingBudgets {

    @Resource(name = "coopBudgetLedgerDao")
    protected BudgetLedgerDao dao;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${coop.pricing.budget-cache-millis}")
    protected long cacheMillis;

    private final ConcurrentHashMap<Long, Cached> cache = new ConcurrentHashMap<Long, Cached>();

    /** What each campaign has left (campaigns that do not exist are left out). */
    public Map<Long, BigDecimal> of(Set<Long> campaignIds) {
        Map<Long, BigDecimal> left = new HashMap<Long, BigDecimal>();
        final List<Long> missing = new ArrayList<Long>();
        long now = System.nanoTime();
        for (Long id : campaignIds) {
            Cached cached = cache.get(id);
            if (cached != null && now - cached.loadedAt < TimeUnit.MILLISECONDS.toNanos(cacheMillis)) {
                left.put(id, cached.remaining);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            TransactionTemplate own = new TransactionTemplate(transactionManager);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.setReadOnly(true);
            Map<Long, BigDecimal> loaded = own.execute(new TransactionCallback<Map<Long, BigDecimal>>() {
                @Override
                public Map<Long, BigDecimal> doInTransaction(TransactionStatus status) {
                    return dao.remaining(missing);
                }
            });
            for (Map.Entry<Long, BigDecimal> campaign : loaded.entrySet()) {
                cache.put(campaign.getKey(), new Cached(campaign.getValue(), now));
                left.put(campaign.getKey(), campaign.getValue());
            }
        }
        return left;
    }

    /** Forgets the campaign's figure once the current transaction (if any) has committed or rolled back. */
    public void changed(final long campaignId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(campaignId);
                }
            });
        }
        cache.remove(campaignId);
    }

    private static final class Cached {
        final BigDecimal remaining;
        final long loadedAt;

        Cached(BigDecimal remaining, long loadedAt) {
            this.remaining = remaining;
            this.loadedAt = loadedAt;
        }
    }
}
