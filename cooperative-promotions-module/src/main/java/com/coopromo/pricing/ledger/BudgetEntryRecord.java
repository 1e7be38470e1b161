package com.coopromo.pricing.ledger;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import com.coopromo.pricing.domain.LedgerEntryState;
import org.hibernate.annotations.GenericGenerator;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

/**
 * One order's entry in a campaign's budget: reserved, consumed or refunded (a released reservation has no row).
 * At most one per (campaign, order), which the unique constraint {@code UK_COOP_BUDGET_ENTRY_ORDER} enforces.
 */
@Entity
@Table(name = "COOP_BUDGET_ENTRY")
public class BudgetEntryRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopBudgetEntryId")
    @GenericGenerator(name = "CoopBudgetEntryId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "ENTRY_ID")
    protected Long id;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    protected Long campaignId;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 2)
    protected BigDecimal amount;

    @Column(name = "STATE", nullable = false, length = 16)
    protected String state;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    protected BudgetEntryRecord() {
    }

    BudgetEntryRecord(long campaignId, long orderId, LedgerEntryState state, BigDecimal amount, Instant at) {
        this.campaignId = campaignId;
        this.orderId = orderId;
        this.createdAt = StoredValues.instant(at);
        change(state, amount, at);
    }

    void change(LedgerEntryState newState, BigDecimal newAmount, Instant at) {
        if (newState == LedgerEntryState.NONE) {
            throw new IllegalArgumentException("an entry without budget is deleted, not stored as NONE");
        }
        this.state = newState.name();
        this.amount = newAmount;
        this.updatedAt = StoredValues.instant(at);
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getOrderId() {
        return orderId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LedgerEntryState getState() {
        return LedgerEntryState.valueOf(state);
    }

    public Instant getCreatedAt() {
        return StoredValues.instant(createdAt);
    }

    public Instant getUpdatedAt() {
        return StoredValues.instant(updatedAt);
    }

    BudgetEntry toEntry() {
        return new BudgetEntry(campaignId, orderId, getState(), amount);
    }
}
