package com.coopromo.governance.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The state of a decision at an instant: status, when it was settled, the counts, and any overrule. */
public final class DecisionResult {
    private final DecisionStatus status;
    private final Instant decidedAt;
    private final int approvals;
    private final int rejections;
    private final int abstentions;
    private final int eligible;
    private final List<Vote> counted;
    private final Overrule overrule;

    DecisionResult(DecisionStatus status, Instant decidedAt, int approvals, int rejections, int abstentions,
                   int eligible, List<Vote> counted, Overrule overrule) {
        this.status = status;
        this.decidedAt = decidedAt;
        this.approvals = approvals;
        this.rejections = rejections;
        this.abstentions = abstentions;
        this.eligible = eligible;
        this.counted = Collections.unmodifiableList(new ArrayList<Vote>(counted));
        this.overrule = overrule;
    }

    public DecisionStatus status() {
        return status;
    }

    /** When the outcome was reached (deciding vote, window close or overrule); null while pending. */
    public Instant decidedAt() {
        return decidedAt;
    }

    public int approvals() {
        return approvals;
    }

    public int rejections() {
        return rejections;
    }

    public int abstentions() {
        return abstentions;
    }

    public int ballots() {
        return approvals + rejections + abstentions;
    }

    public int eligible() {
        return eligible;
    }

    /** The votes that counted, in the order cast (refused and late votes are left out). */
    public List<Vote> counted() {
        return counted;
    }

    /** The overrule that set the outcome, or null. */
    public Overrule overrule() {
        return overrule;
    }

    /** The members whose votes counted; appeals exclude them. */
    public List<String> voterIds() {
        List<String> ids = new ArrayList<String>();
        for (Vote v : counted) {
            ids.add(v.voterId());
        }
        return ids;
    }

    @Override
    public String toString() {
        return status + (decidedAt == null ? "" : " at " + decidedAt) + ": " + approvals + " approve, " + rejections
                + " reject, " + abstentions + " abstain of " + eligible + " eligible"
                + (overrule == null ? "" : " (overruled by " + overrule.actorId() + ", " + overrule.by() + ")");
    }
}
