package com.coopromo.settlement.persistence;

import com.coopromo.settlement.domain.PayoutRules;

import java.time.Instant;

/** One version of a campaign's payout rules (COOP_PAYOUT_RULES). */
public final class StoredPayoutRules {
    private final long campaignId;
    private final int version;
    private final PayoutRules rules;
    private final String campaignState;
    private final String savedBy;
    private final Instant savedAt;
    private final Long adjustmentDecisionId;

    StoredPayoutRules(long campaignId, int version, PayoutRules rules, String campaignState, String savedBy, Instant savedAt,
                      Long adjustmentDecisionId) {
        this.adjustmentDecisionId = adjustmentDecisionId;
        this.campaignId = campaignId;
        this.version = version;
        this.rules = rules;
        this.campaignState = campaignState;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public long campaignId() { return campaignId; }
    public int version() { return version; }
    public PayoutRules rules() { return rules; }
    /** The campaign's state when these rules were saved. */
    public String campaignState() { return campaignState; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
    /** The committee adjustment decision that made this version (a change while live), or null for a direct save. */
    public Long adjustmentDecisionId() { return adjustmentDecisionId; }
}
