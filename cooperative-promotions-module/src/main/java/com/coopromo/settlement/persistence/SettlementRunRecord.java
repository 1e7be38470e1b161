package com.coopromo.settlement.persistence;

import com.coopromo.settlement.domain.Reconciliation;

import java.math.BigDecimal;
import java.time.Instant;

/** One settlement run as stored (COOP_SETTLEMENT_RUN). */
public final class SettlementRunRecord {
    public static final String FINAL = "FINAL";
    public static final String DRY_RUN = "DRY_RUN";
    public static final String RUNNING = "RUNNING";
    public static final String COMPLETE = "COMPLETE";

    private final long id;
    private final long campaignId;
    private final String kind;
    private final String state;
    private final Integer rulesVersion;
    private final Instant asOf;
    private final boolean trafficAvailable;
    private final int sellersTotal;
    private final int sellersDone;
    private final BigDecimal pool;
    private final BigDecimal bonusPaid;
    private final BigDecimal unallocated;
    private final Boolean balanced;
    private final String reconciliation;
    private final String startedBy;
    private final Instant startedAt;
    private final Instant finishedAt;

    SettlementRunRecord(long id, long campaignId, String kind, String state, Integer rulesVersion, Instant asOf,
                        boolean trafficAvailable, int sellersTotal, int sellersDone, BigDecimal pool,
                        BigDecimal bonusPaid, BigDecimal unallocated, Boolean balanced, String reconciliation,
                        String startedBy, Instant startedAt, Instant finishedAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.kind = kind;
        this.state = state;
        this.rulesVersion = rulesVersion;
        this.asOf = asOf;
        this.trafficAvailable = trafficAvailable;
        this.sellersTotal = sellersTotal;
        this.sellersDone = sellersDone;
        this.pool = pool;
        this.bonusPaid = bonusPaid;
        this.unallocated = unallocated;
        this.balanced = balanced;
        this.reconciliation = reconciliation;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    public long id() { return id; }
    public long campaignId() { return campaignId; }
    /** FINAL (the payout, once per campaign) or DRY_RUN. */
    public String kind() { return kind; }
    public boolean isFinal() { return FINAL.equals(kind); }
    /** RUNNING (or interrupted) or COMPLETE. */
    public String state() { return state; }
    public boolean isComplete() { return COMPLETE.equals(state); }
    /** The payout rules version used; null when the campaign had none (no bonus pool). */
    public Integer rulesVersion() { return rulesVersion; }
    /** Attribution rows written up to this instant (and cancellations up to it) are settled. */
    public Instant asOf() { return asOf; }
    public boolean trafficAvailable() { return trafficAvailable; }
    public int sellersTotal() { return sellersTotal; }
    public int sellersDone() { return sellersDone; }
    public BigDecimal pool() { return pool; }
    public BigDecimal bonusPaid() { return bonusPaid; }
    public BigDecimal unallocated() { return unallocated; }
    public Boolean balanced() { return balanced; }
    public Reconciliation reconciliation() { return Reconciliation.decode(reconciliation); }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
}
