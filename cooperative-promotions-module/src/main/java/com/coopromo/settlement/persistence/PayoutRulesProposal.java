package com.coopromo.settlement.persistence;

import com.coopromo.settlement.domain.PayoutRules;

import java.time.Instant;

/** Payout rules proposed for a live campaign, waiting for (or settled by) the committee (COOP_PAYOUT_RULES_PROPOSAL). */
public final class PayoutRulesProposal {
    public static final String PROPOSED = "PROPOSED";
    public static final String APPLIED = "APPLIED";
    public static final String REJECTED = "REJECTED";
    public static final String SKIPPED = "SKIPPED";

    private final long id;
    private final long campaignId;
    private final Long decisionId;
    private final PayoutRules rules;
    private final String reason;
    private final String status;
    private final Integer rulesVersion;
    private final String proposedBy;
    private final Instant proposedAt;
    private final Instant settledAt;

    PayoutRulesProposal(long id, long campaignId, Long decisionId, PayoutRules rules, String reason, String status,
                        Integer rulesVersion, String proposedBy, Instant proposedAt, Instant settledAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.decisionId = decisionId;
        this.rules = rules;
        this.reason = reason;
        this.status = status;
        this.rulesVersion = rulesVersion;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.settledAt = settledAt;
    }

    public long id() { return id; }
    public long campaignId() { return campaignId; }
    /** The committee's adjustment decision on it. */
    public Long decisionId() { return decisionId; }
    public PayoutRules rules() { return rules; }
    public String reason() { return reason; }
    /** PROPOSED, APPLIED, REJECTED or SKIPPED. */
    public String status() { return status; }
    /** The rules version it became, once APPLIED. */
    public Integer rulesVersion() { return rulesVersion; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public Instant settledAt() { return settledAt; }
    public boolean isPending() { return PROPOSED.equals(status); }
}
