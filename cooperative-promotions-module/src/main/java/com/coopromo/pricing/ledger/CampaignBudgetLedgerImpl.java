package com.coopromo.pricing.ledger;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import com.coopromo.common.time.CoopClock;
import com.coopromo.pricing.domain.BudgetLedger;
import com.coopromo.pricing.domain.LedgerEntryState;
import com.coopromo.pricing.domain.LedgerResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget ledger in PostgreSQL.
 * <p>
 * <b>Concurrency: one row lock per campaign.</b> Every operation first locks the campaign's
 * {@code COOP_CAMPAIGN_BUDGET} row ({@code SELECT ... FOR UPDATE}, JPA {@code PESSIMISTIC_WRITE}) and holds it to the
 * end of the transaction. Operations on one campaign therefore run one after the other: each reads totals and the
 * order's entry as the previous one committed them, so no interleaving can overspend, consume an order twice or
 * lose an update — on one node or many. A single conditional {@code UPDATE ... where BUDGET - RESERVED - CONSUMED >=
 * :delta} would serialize on the same row lock anyway (PostgreSQL holds it until commit), but would still need the
 * order's entry row locked and updated in step with it; taking the one lock first keeps both in one simple rule.
 * The lock lasts one short transaction (a few statements); different campaigns never wait for each other.
 * As a last guard the table's check {@code CK_COOP_BUDGET_WITHIN} refuses {@code RESERVED + CONSUMED > BUDGET} and
 * negative totals, and {@code UK_COOP_BUDGET_ENTRY_ORDER} allows one entry per (campaign, order).
 * <p>
 * <b>The rules are the domain's own.</b> Under the lock the operation is decided by a {@link BudgetLedger} rebuilt
 * for this one order: the campaign's budget, the order's stored entry, and everything other orders hold or spent
 * as one reservation (the ledger's results depend only on the order's own entry and what remains). The result is
 * returned as is and the change the ledger made to this order (new state and amount, its share of reserved and
 * consumed) is written back. So this class cannot drift from the documented semantics; a test runs random
 * sequences against both and compares every result.
 * <p>
 * The budget row is created on the campaign's first operation from {@code COOP_CAMPAIGN.BUDGET}
 * ({@code INSERT ... ON CONFLICT DO NOTHING}, safe when first checkouts race). Later changes of the campaign's
 * budget are not followed.
 */
@Service("coopBudgetLedger")
public class CampaignBudgetLedgerImpl implements CampaignBudgetLedger {

    @Resource(name = "coopBudgetLedgerDao")
    protected BudgetLedgerDao dao;

    @Resource(name = "coopClock")
    protected CoopClock clock;

    @Resource(name = "coopRemainingBudgets")
    protected RemainingBudgets remainingBudgets;

    @Resource(name = "coopChangePublisher")
    protected ChangePublisher changes;

    /** One ledger operation on the rebuilt in-memory ledger. */
    private interface Operation {
        LedgerResult on(BudgetLedger ledger);
    }

    @Override
    @Transactional("blTransactionManager")
    public LedgerResult reserve(long campaignId, final long orderId, final BigDecimal amount) {
        return apply(campaignId, orderId, ledger -> ledger.reserve(orderId, amount));
    }

    @Override
    @Transactional("blTransactionManager")
    public LedgerResult consume(long campaignId, final long orderId) {
        return apply(campaignId, orderId, ledger -> ledger.consume(orderId));
    }

    @Override
    @Transactional("blTransactionManager")
    public LedgerResult release(long campaignId, final long orderId) {
        return apply(campaignId, orderId, ledger -> ledger.release(orderId));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public BigDecimal remaining(long campaignId) {
        return totals(campaignId).remaining();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public BudgetEntry entry(long campaignId, long orderId) {
        BudgetEntryRecord row = dao.findEntry(campaignId, orderId);
        return row == null ? BudgetEntry.none(campaignId, orderId) : row.toEntry();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public BudgetTotals totals(long campaignId) {
        CampaignBudgetRecord row = dao.findBudget(campaignId);
        if (row != null) {
            return row.totals();
        }
        BigDecimal budget = dao.campaignBudget(campaignId);
        if (budget == null) {
            throw noCampaign(campaignId);
        }
        return new BudgetTotals(campaignId, budget, BudgetTotals.ZERO, BudgetTotals.ZERO);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<BudgetEntry> entries(long campaignId) {
        List<BudgetEntry> entries = new ArrayList<BudgetEntry>();
        for (BudgetEntryRecord row : dao.entries(campaignId)) {
            entries.add(row.toEntry());
        }
        return entries;
    }

    private LedgerResult apply(long campaignId, long orderId, Operation operation) {
        Instant now = clock.instant();
        CampaignBudgetRecord budget = dao.lockBudget(campaignId, now);
        if (budget == null) {
            throw noCampaign(campaignId);
        }
        BudgetEntryRecord row = dao.findEntry(campaignId, orderId);
        LedgerEntryState before = row == null ? LedgerEntryState.NONE : row.getState();
        BigDecimal held = row == null ? BudgetTotals.ZERO : row.getAmount();

        BudgetLedger ledger = rebuild(budget, orderId, before, held);
        LedgerResult result = operation.on(ledger);
        if (!result.status().changed()) {
            return result;
        }

        LedgerEntryState after = ledger.stateOf(orderId);
        BigDecimal amount = ledger.amountOf(orderId);
        BigDecimal reserved = budget.getReserved().subtract(part(LedgerEntryState.RESERVED, before, held))
                .add(part(LedgerEntryState.RESERVED, after, amount));
        BigDecimal consumed = budget.getConsumed().subtract(part(LedgerEntryState.CONSUMED, before, held))
                .add(part(LedgerEntryState.CONSUMED, after, amount));
        if (budget.getBudget().subtract(reserved).subtract(consumed).compareTo(ledger.remaining()) != 0) {
            throw new IllegalStateException("budget ledger of campaign " + campaignId + " out of step with order "
                    + orderId + ": " + result);
        }
        budget.change(reserved, consumed, now);
        remainingBudgets.changed(campaignId);
        changes.publish(ChangeEvent.budget(campaignId)); // other nodes' pricing drops its cached figure on commit
        if (after == LedgerEntryState.NONE) {
            dao.delete(row);
        } else if (row == null) {
            dao.insert(new BudgetEntryRecord(campaignId, orderId, after, amount, now));
        } else {
            row.change(after, amount, now);
        }
        return result;
    }

    /**
     * An in-memory ledger in the state the database holds for this order: the order's entry replayed first (any
     * amount it ever held fitted the budget), then everything the other orders hold or spent as one reservation
     * under an id that is not the order's.
     */
    private static BudgetLedger rebuild(CampaignBudgetRecord budget, long orderId, LedgerEntryState state, BigDecimal held) {
        BudgetLedger ledger = new BudgetLedger(budget.getBudget());
        if (state != LedgerEntryState.NONE) {
            ledger.reserve(orderId, held);
            if (state != LedgerEntryState.RESERVED) {
                ledger.consume(orderId);
            }
            if (state == LedgerEntryState.REFUNDED) {
                ledger.release(orderId);
            }
        }
        BigDecimal others = budget.getReserved().add(budget.getConsumed())
                .subtract(part(LedgerEntryState.RESERVED, state, held))
                .subtract(part(LedgerEntryState.CONSUMED, state, held));
        ledger.reserve(~orderId, others);
        if (ledger.stateOf(orderId) != state || ledger.amountOf(orderId).compareTo(held) != 0
                || ledger.stateOf(~orderId) != LedgerEntryState.RESERVED) {
            throw new IllegalStateException("stored budget of campaign " + budget.getCampaignId()
                    + " is inconsistent with order " + orderId + "'s entry (" + state + " " + held.toPlainString()
                    + "): " + budget.totals());
        }
        return ledger;
    }

    /** What the order contributes to the reserved (or consumed) total in the given state. */
    private static BigDecimal part(LedgerEntryState total, LedgerEntryState state, BigDecimal amount) {
        return state == total ? amount : BudgetTotals.ZERO;
    }

    private static IllegalArgumentException noCampaign(long campaignId) {
        return new IllegalArgumentException("campaign " + campaignId + " does not exist");
    }
}
