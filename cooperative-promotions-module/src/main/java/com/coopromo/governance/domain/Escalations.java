package com.coopromo.governance.domain;

import java.time.Instant;
import java.util.List;

/**
 * Which decisions must be handed up, and to whom; a pure function so the clock job can run it at any instant.
 * A decision (or appeal) not APPROVED or REJECTED by its deadline escalates along its path: each step is reached
 * its delay after the deadline, and the latest step reached is the one in force. A step is skipped if its target
 * could not act on this decision: the tier does not let it overrule, or (for the chair) no chair is recorded on
 * the decision, which happens when the chair is conflicted or decided the original of an appeal.
 */
public final class Escalations {
    private Escalations() {
    }

    /** The escalation in force at {@code at}, or null if none is due. */
    public static Escalation escalationDue(Decision decision, List<Vote> votes, Instant at) {
        return escalationDue(decision, votes, null, at);
    }

    /** As {@link #escalationDue(Decision, List, Instant)}, counting an overrule (which settles the decision). */
    public static Escalation escalationDue(Decision decision, List<Vote> votes, Overrule overrule, Instant at) {
        if (at.isBefore(decision.deadline())) {
            return null;
        }
        DecisionResult result = Tally.of(decision, votes, overrule, at);
        if (result.status().isSettled()) {
            return null;
        }
        List<EscalationStep> path = decision.escalationPath();
        Escalation due = null;
        for (int i = 0; i < path.size(); i++) {
            EscalationStep step = path.get(i);
            Instant reached = decision.deadline().plus(step.after());
            if (reached.isAfter(at)) {
                break;
            }
            if (canAct(decision, step.target())) {
                due = new Escalation(decision.id(), step.target(), reached, i + 1, decision + " was not settled by its "
                        + "deadline " + decision.deadline() + " (" + result + "); escalated to " + step.target()
                        + " at " + reached);
            }
        }
        return due;
    }

    private static boolean canAct(Decision decision, Overruler target) {
        if (!decision.rights().mayOverrule(target)) {
            return false;
        }
        if (target == Overruler.CHAIR) {
            for (Voter v : decision.voters()) {
                if (v.role() == CommitteeRole.CHAIR) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
