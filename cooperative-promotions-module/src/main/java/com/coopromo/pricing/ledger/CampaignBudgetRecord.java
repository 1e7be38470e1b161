package com.coopromo.pricing.ledger;

import com.coopromo.common.persistence.StoredValues;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

/**
 * A campaign's platform budget and what is held and spent of it. Changed only by {@link CampaignBudgetLedgerImpl}
 * under this row's lock; the database's check keeps {@code RESERVED + CONSUMED <= BUDGET} whatever happens.
 */
@Entity
@Table(name = "COOP_CAMPAIGN_BUDGET")
public class CampaignBudgetRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CAMPAIGN_ID")
    protected Long campaignId;

    @Column(name = "BUDGET", nullable = false, precision = 19, scale = 2)
    protected BigDecimal budget;

    @Column(name = "RESERVED", nullable = false, precision = 19, scale = 2)
    protected BigDecimal reserved;

    @Column(name = "CONSUMED", nullable = false, precision = 19, scale = 2)
    protected BigDecimal consumed;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    public Long getCampaignId() {
        return campaignId;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getReserved() {
        return reserved;
    }

    public BigDecimal getConsumed() {
        return consumed;
    }

    public Instant getUpdatedAt() {
        return StoredValues.instant(updatedAt);
    }

    void change(BigDecimal newReserved, BigDecimal newConsumed, Instant at) {
        this.reserved = newReserved;
        this.consumed = newConsumed;
        this.updatedAt = StoredValues.instant(at);
    }

    BudgetTotals totals() {
        return new BudgetTotals(campaignId, budget, reserved, consumed);
    }
}
