package com.coopromo.governance.service;

import com.coopromo.common.time.PeriodicJob;

/**
 * Closes decisions whose voting window has passed and escalates those not settled by their deadline, every
 * {@code intervalSeconds}. Several nodes may run it: each decision is counted and escalated under its row lock, so
 * it escalates once per step.
 */
public class GovernanceEscalationJob extends PeriodicJob {
    private final GovernanceService governance;

    public GovernanceEscalationJob(GovernanceService governance, long intervalSeconds, boolean enabled) {
        super("governance escalation", "coop.governance.escalation-interval-seconds", intervalSeconds, enabled);
        this.governance = governance;
    }

    @Override
    protected int round() {
        return governance.escalateOverdue();
    }

    @Override
    protected String describe(int escalated) {
        return escalated + " decision(s) escalated";
    }
}
