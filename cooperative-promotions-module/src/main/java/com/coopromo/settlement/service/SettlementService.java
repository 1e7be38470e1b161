package com.coopromo.settlement.service;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.common.domain.Validation;
import com.coopromo.settlement.domain.Fairness;
import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.SellerProfile;
import com.coopromo.settlement.domain.SellerStatement;
import com.coopromo.settlement.domain.Settlement;
import com.coopromo.settlement.persistence.SettlementRunRecord;
import com.coopromo.settlement.persistence.SettlementStore;
import com.coopromo.settlement.persistence.StoredPayoutRules;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderItemService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Revenue sharing and settlement for the store (bean {@code coopSettlementService}): payout rules per campaign, a
 * preview with today's figures, dry runs at any time, the payout run when a campaign has ended, statements and their
 * reconciliation. Line totals missing on old attribution rows and the order lines' totals for the reconciliation are
 * read from Broadleaf's order items.
 */
public class SettlementService {
    private static final Logger LOG = LoggerFactory.getLogger(SettlementService.class);
    /** Rules may be saved directly only before the campaign is live. */
    static final Set<CampaignState> EDITABLE = Collections.unmodifiableSet(EnumSet.of(CampaignState.DRAFT,
            CampaignState.SUBMITTED, CampaignState.IN_REVIEW, CampaignState.APPROVED, CampaignState.SCHEDULED));

    private final SettlementRunner runner;
    private final SettlementStore store;
    private final OrderItemService orderItems;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public SettlementService(SettlementRunner runner, OrderItemService orderItems, PlatformTransactionManager transactions,
                             Clock clock) {
        this.runner = runner;
        this.store = runner.store();
        this.orderItems = orderItems;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The rules in force, or null when the campaign has none yet. */
    public StoredPayoutRules rules(long campaignId) {
        return store.currentRules(campaignId);
    }

    public List<StoredPayoutRules> rulesHistory(long campaignId) {
        return store.rulesHistory(campaignId);
    }

    /**
     * Saves the form as the campaign's next rules version.
     *
     * @throws com.coopromo.common.domain.CoopValidationException naming every invalid field
     * @throws PayoutRulesLockedException                         once the campaign is live (or later)
     */
    public StoredPayoutRules saveRules(long campaignId, PayoutRulesForm form, String by) {
        Validation v = new Validation();
        PayoutRules rules = form.toRules(v);
        v.throwIfInvalid();
        Set<String> editable = new HashSet<String>();
        for (CampaignState s : EDITABLE) {
            editable.add(s.name());
        }
        int version = store.saveRules(campaignId, rules, editable, null, by, clock.instant());
        if (version < 0) {
            throw new PayoutRulesLockedException(lockedSentence(campaignId));
        }
        return store.rules(campaignId, version);
    }

    /** Null when the campaign's rules may be edited directly; otherwise the sentence that says why not. */
    public String rulesLockedReason(long campaignId) {
        String state = store.campaignState(campaignId);
        if (state == null) {
            return "There is no campaign " + campaignId + ".";
        }
        return EDITABLE.contains(CampaignState.valueOf(state)) ? null : lockedSentence(campaignId);
    }

    private String lockedSentence(long campaignId) {
        String state = store.campaignState(campaignId);
        return "Campaign " + campaignId + " is " + (state == null ? "unknown" : state.toLowerCase().replace('_', ' '))
                + ", so its payout rules change only through a committee adjustment, not by a direct edit.";
    }

    /** With today's figures, what each seller would earn under the form's rules (nothing saved). */
    public Settlement preview(long campaignId, PayoutRulesForm form) {
        Validation v = new Validation();
        PayoutRules rules = form.toRules(v);
        v.throwIfInvalid();
        fillMissingLineTotals(campaignId);
        return runner.preview(campaignId, rules);
    }

    /** A dry run now. */
    public SettlementRunRecord dryRun(long campaignId, String by) {
        fillMissingLineTotals(campaignId);
        return runner.dryRun(campaignId, by, logProgress(), ordersOf(campaignId));
    }

    /**
     * The campaign's payout run, once it has ended: started, resumed after an interruption, or returned as it is when
     * it is complete (never paid twice).
     *
     * @throws IllegalStateException (one sentence) before the campaign has ended
     */
    public SettlementRunRecord settle(long campaignId, String by) {
        String state = store.campaignState(campaignId);
        if (!CampaignState.ENDED.name().equals(state) && !CampaignState.DEBRIEFED.name().equals(state)) {
            throw new IllegalStateException("Campaign " + campaignId + " has not ended (it is "
                    + (state == null ? "unknown" : state.toLowerCase().replace('_', ' ')) + "): settle it when it ends, or make a dry run.");
        }
        fillMissingLineTotals(campaignId);
        return runner.settleFinal(campaignId, by, logProgress(), ordersOf(campaignId));
    }

    /** Settles every ended campaign that has no complete payout run; returns how many runs it completed. */
    public int settleEndedCampaigns() {
        int done = 0;
        for (Long campaignId : store.endedCampaignsToSettle()) {
            try {
                if (settle(campaignId, "settlement job").isComplete()) {
                    done++;
                }
            } catch (RuntimeException e) {
                // one campaign's failure must not hold up the others; the next round tries it again
                LOG.warn("Campaign {} could not be settled: {}", campaignId, e.getMessage());
            }
        }
        return done;
    }

    public List<SettlementRunRecord> runs(long campaignId) {
        return store.runs(campaignId);
    }

    public SettlementRunRecord run(long runId) {
        return store.run(runId);
    }

    public List<SellerStatement> statements(long runId) {
        return store.statements(runId);
    }

    public SellerStatement statement(long runId, long sellerId) {
        return store.statement(runId, sellerId);
    }

    public Map<Long, String> sellerNames(Set<Long> sellerIds) {
        return store.sellerNames(sellerIds);
    }

    /** The run's fairness view: segment shares against listings, Gini of payouts and of sales. */
    public Fairness fairness(long runId) {
        Map<Long, SellerProfile> profiles = store.profiles(runId);
        return Fairness.of(store.statements(runId), profiles);
    }

    private SettlementRunner.Progress logProgress() {
        return new SettlementRunner.Progress() {
            @Override
            public void report(SettlementRunRecord run, int done, int total, double rate) {
                if (LOG.isDebugEnabled()) {
                    LOG.debug("Settlement run {} of campaign {}: {}/{} sellers ({} sellers/s)", run.id(), run.campaignId(),
                            done, total, Math.round(rate));
                }
            }
        };
    }

    /** Rows written before settlement existed get their line totals from Broadleaf's order items, once. */
    private void fillMissingLineTotals(long campaignId) {
        final Map<Long, Long> missing = store.rowsWithoutLineTotal(campaignId);
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, BigDecimal> totals = readOnly.execute(new TransactionCallback<Map<Long, BigDecimal>>() {
            @Override
            public Map<Long, BigDecimal> doInTransaction(TransactionStatus status) {
                Map<Long, BigDecimal> found = new TreeMap<Long, BigDecimal>();
                for (Map.Entry<Long, Long> e : missing.entrySet()) {
                    OrderItem item = orderItems.readOrderItemById(e.getValue());
                    if (item != null && item.getTotalPrice() != null) {
                        found.put(e.getKey(), item.getTotalPrice().getAmount().setScale(2, RoundingMode.HALF_UP));
                    }
                }
                return found;
            }
        });
        store.fillLineTotals(totals);
    }

    /** The settled lines' totals as Broadleaf's order items give them (for the reconciliation). */
    private SettlementRunner.OrderLineTotals ordersOf(final long campaignId) {
        return new SettlementRunner.OrderLineTotals() {
            @Override
            public BigDecimal of(long id, final Instant asOf) {
                final List<Long> items = store.settledOrderItems(campaignId, asOf);
                return readOnly.execute(new TransactionCallback<BigDecimal>() {
                    @Override
                    public BigDecimal doInTransaction(TransactionStatus status) {
                        BigDecimal sum = BigDecimal.ZERO.setScale(2);
                        for (Long itemId : items) {
                            OrderItem item = orderItems.readOrderItemById(itemId);
                            if (item != null && item.getTotalPrice() != null) {
                                sum = sum.add(item.getTotalPrice().getAmount().setScale(2, RoundingMode.HALF_UP));
                            }
                        }
                        return sum;
                    }
                });
            }
        };
    }
}
