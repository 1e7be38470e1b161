package com.coopromo.governance.service;

import com.coopromo.common.domain.Actor;
import com.coopromo.governance.domain.Adjustment;
import com.coopromo.governance.domain.AdjustmentKind;

/**
 * Carries out the settled outcome of an adjustment whose subject another capability owns (for example a change of a
 * live campaign's payout rules, owned by settlement). Governance finds every bean implementing this when a decision
 * settles and calls the one for the adjustment's kind inside the transaction that settled it, so the outcome commits
 * with the vote or overrule, or not at all. Governance audits what it returns.
 * <p>
 * An implementation must not throw for a subject that moved meanwhile (a refusal would roll back the vote): it leaves
 * the subject alone and says so in its result.
 */
public interface AdjustmentOutcome {

    /** True for the kinds this carries out. */
    boolean carriesOut(AdjustmentKind kind);

    /** The committee (or an overruler) approved the adjustment of decision {@code decisionId}. */
    Result approved(long decisionId, Adjustment adjustment, Actor by);

    /** The committee (or an overruler) rejected it: nothing of the subject changes. */
    Result rejected(long decisionId, Adjustment adjustment, Actor by);

    /** What was done, as governance writes it to the audit log. */
    final class Result {
        private final String action;
        private final String entityType;
        private final String entityId;
        private final String before;
        private final String after;

        public Result(String action, String entityType, String entityId, String before, String after) {
            this.action = action;
            this.entityType = entityType;
            this.entityId = entityId;
            this.before = before;
            this.after = after;
        }

        public String action() { return action; }
        public String entityType() { return entityType; }
        public String entityId() { return entityId; }
        public String before() { return before; }
        public String after() { return after; }
    }
}
