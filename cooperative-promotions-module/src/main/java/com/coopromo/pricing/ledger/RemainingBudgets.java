package com.coopromo.pricing.ledger;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangeSubscriber;

import com.coopromo.pricing.domain.CampaignOffer;
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
import java.util.Collections;
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
public class RemainingBudgets implements ChangeSubscriber {

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
        for (Map.Entry<Long, Cached> campaign : load(campaignIds).entrySet()) {
            left.put(campaign.getKey(), campaign.getValue().remaining);
        }
        return left;
    }

    /**
     * What each campaign has left and, per seller, what the platform already committed to that seller's discounts
     * (for campaigns with a per-seller cap).
     */
    public Budgets budgets(Set<Long> campaignIds) {
        return new Budgets(load(campaignIds));
    }

    private Map<Long, Cached> load(Set<Long> campaignIds) {
        Map<Long, Cached> found = new HashMap<Long, Cached>();
        final List<Long> missing = new ArrayList<Long>();
        long now = System.nanoTime();
        for (Long id : campaignIds) {
            Cached cached = cache.get(id);
            if (cached != null && now - cached.loadedAt < TimeUnit.MILLISECONDS.toNanos(cacheMillis)) {
                found.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            TransactionTemplate own = new TransactionTemplate(transactionManager);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.setReadOnly(true);
            Object[] loaded = own.execute(new TransactionCallback<Object[]>() {
                @Override
                public Object[] doInTransaction(TransactionStatus status) {
                    return new Object[]{dao.remaining(missing), dao.sellerPlatformUsed(missing)};
                }
            });
            @SuppressWarnings("unchecked")
            Map<Long, BigDecimal> remaining = (Map<Long, BigDecimal>) loaded[0];
            @SuppressWarnings("unchecked")
            Map<Long, Map<Long, BigDecimal>> sellerUsed = (Map<Long, Map<Long, BigDecimal>>) loaded[1];
            for (Map.Entry<Long, BigDecimal> campaign : remaining.entrySet()) {
                Map<Long, BigDecimal> bySeller = sellerUsed.get(campaign.getKey());
                Cached cached = new Cached(campaign.getValue(), bySeller == null
                        ? Collections.<Long, BigDecimal>emptyMap() : bySeller, now);
                cache.put(campaign.getKey(), cached);
                found.put(campaign.getKey(), cached);
            }
        }
        return found;
    }

    /**
     * Whether the offer can no longer be granted for lack of platform funding: the platform funds a share and the
     * campaign's budget, or the seller's cap, has nothing left (what a storefront shows instead of the discount).
     */
    public boolean usedUp(CampaignOffer offer) {
        if (offer.platformFundingPercent().signum() == 0) {
            return false;
        }
        Budgets budgets = budgets(Collections.singleton(offer.campaignId()));
        BigDecimal remaining = budgets.remaining(offer.campaignId());
        if (remaining == null || remaining.signum() == 0) {
            return true;
        }
        return offer.sellerPlatformCap() != null
                && budgets.sellerUsed(offer.campaignId(), offer.sellerId()).compareTo(offer.sellerPlatformCap()) >= 0;
    }

    /** A budget (or a campaign's terms) changed on any node: forget that campaign's figure. */
    @Override
    public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
        for (ChangeEvent change : changes) {
            if (change.is(ChangeEvent.Subject.EVERYTHING)) {
                cache.clear();
            } else if (change.is(ChangeEvent.Subject.BUDGET) || change.is(ChangeEvent.Subject.CAMPAIGN)) {
                cache.remove(change.campaignId());
            }
        }
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
        final Map<Long, BigDecimal> sellerUsed;
        final long loadedAt;

        Cached(BigDecimal remaining, Map<Long, BigDecimal> sellerUsed, long loadedAt) {
            this.remaining = remaining;
            this.sellerUsed = sellerUsed;
            this.loadedAt = loadedAt;
        }
    }

    /** One pricing's view of the budgets of the campaigns in its cart. */
    public static final class Budgets {
        private final Map<Long, Cached> campaigns;

        Budgets(Map<Long, Cached> campaigns) {
            this.campaigns = campaigns;
        }

        /** Budgets as given (campaign → remaining; campaign → seller → used), e.g. for a what-if or a test. */
        public static Budgets of(Map<Long, BigDecimal> remaining, Map<Long, Map<Long, BigDecimal>> sellerUsed) {
            Map<Long, Cached> campaigns = new HashMap<Long, Cached>();
            for (Map.Entry<Long, BigDecimal> campaign : remaining.entrySet()) {
                Map<Long, BigDecimal> used = sellerUsed.get(campaign.getKey());
                campaigns.put(campaign.getKey(), new Cached(campaign.getValue(),
                        used == null ? Collections.<Long, BigDecimal>emptyMap() : used, 0L));
            }
            return new Budgets(campaigns);
        }

        /** What the campaign has left; null for an unknown campaign. */
        public BigDecimal remaining(long campaignId) {
            Cached cached = campaigns.get(campaignId);
            return cached == null ? null : cached.remaining;
        }

        /** What the platform already committed to the seller's discounts in the campaign (0.00 when nothing). */
        public BigDecimal sellerUsed(long campaignId, long sellerId) {
            Cached cached = campaigns.get(campaignId);
            BigDecimal used = cached == null ? null : cached.sellerUsed.get(sellerId);
            return used == null ? BudgetTotals.ZERO : used;
        }
    }
}
