package com.coopromo.pricing.ledger;

import java.util.Collection;
import java.util.Map;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Rows of {@code COOP_CAMPAIGN_BUDGET} and {@code COOP_BUDGET_ENTRY}; used by {@link CampaignBudgetLedgerImpl}. */
public interface BudgetLedgerDao {

    /**
     * The campaign's budget row, locked for this transaction ({@code SELECT ... FOR UPDATE}); created first from
     * {@code COOP_CAMPAIGN.BUDGET} if the campaign has none yet. Null if there is no such campaign.
     */
    CampaignBudgetRecord lockBudget(long campaignId, Instant now);

    /** The campaign's budget row as last committed, without a lock; null if it was never used. */
    CampaignBudgetRecord findBudget(long campaignId);

    /** {@code COOP_CAMPAIGN.BUDGET}; null if there is no such campaign. */
    BigDecimal campaignBudget(long campaignId);

    /**
     * What each campaign has left, as last committed, in two statements whatever the number of campaigns: the budget
     * rows, and {@code COOP_CAMPAIGN.BUDGET} for campaigns never used yet. Unknown campaigns are left out.
     */
    Map<Long, BigDecimal> remaining(Collection<Long> campaignIds);

    /**
     * Per campaign and seller, what the platform has committed to the seller's discounts (held or spent), as last
     * committed: one statement. Sellers with nothing held are left out.
     */
    Map<Long, Map<Long, BigDecimal>> sellerPlatformUsed(Collection<Long> campaignIds);

    /** The order's per-seller holds in the campaign. */
    List<SellerHoldRecord> sellerHolds(long campaignId, long orderId);

    /** What the platform has committed to the seller in the campaign for every order but this one. */
    BigDecimal sellerPlatformUsedByOthers(long campaignId, long sellerId, long orderId);

    void insert(SellerHoldRecord hold);

    void delete(SellerHoldRecord hold);

    /** The order's entry in the campaign's budget; null if it holds nothing. */
    BudgetEntryRecord findEntry(long campaignId, long orderId);

    /** Every entry of the campaign, by order id. */
    List<BudgetEntryRecord> entries(long campaignId);

    void insert(BudgetEntryRecord entry);

    /** Deletes the entry at once, so the same order may insert a new one later in the same transaction. */
    void delete(BudgetEntryRecord entry);
}
