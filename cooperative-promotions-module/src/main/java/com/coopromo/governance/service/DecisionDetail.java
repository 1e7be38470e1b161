package com.coopromo.governance.service;

import com.coopromo.governance.domain.Decision;
import com.coopromo.governance.domain.DecisionResult;
import com.coopromo.governance.domain.Overrule;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.Vote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A decision as the admin shows it: the question (with its voters, exclusions, window and deadline), the votes cast,
 * the count as of the moment it was read, any overrule, and how far it has escalated.
 */
public final class DecisionDetail {
    private final Decision decision;
    private final long campaignId;
    private final List<Vote> votes;
    private final DecisionResult result;
    private final Overrule overrule;
    private final int escalationLevel;
    private final Overruler escalatedTo;
    private final Instant escalatedAt;
    private final String openedBy;

    DecisionDetail(Decision decision, long campaignId, List<Vote> votes, DecisionResult result, Overrule overrule,
                   int escalationLevel, Overruler escalatedTo, Instant escalatedAt, String openedBy) {
        this.decision = decision;
        this.campaignId = campaignId;
        this.votes = Collections.unmodifiableList(new ArrayList<Vote>(votes));
        this.result = result;
        this.overrule = overrule;
        this.escalationLevel = escalationLevel;
        this.escalatedTo = escalatedTo;
        this.escalatedAt = escalatedAt;
        this.openedBy = openedBy;
    }

    public long id() { return decision.id(); }
    public Decision decision() { return decision; }
    /** The campaign the decision concerns (for a dispute, the participation's campaign). */
    public long campaignId() { return campaignId; }
    public List<Vote> votes() { return votes; }
    public DecisionResult result() { return result; }
    /** The overrule that settled it, or null. */
    public Overrule overrule() { return overrule; }
    /** 0 if never escalated; otherwise the step of the escalation path reached. */
    public int escalationLevel() { return escalationLevel; }
    public Overruler escalatedTo() { return escalatedTo; }
    public Instant escalatedAt() { return escalatedAt; }
    public String openedBy() { return openedBy; }

    @Override
    public String toString() {
        return decision + ": " + result + (escalatedTo == null ? "" : ", escalated to " + escalatedTo);
    }
}
