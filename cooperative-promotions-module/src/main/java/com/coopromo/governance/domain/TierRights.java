package com.coopromo.governance.domain;

import com.coopromo.common.domain.Validation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** One row of the {@link DecisionRights} table: the rights and quorum for one campaign tier. */
public final class TierRights {
    private final Set<CommitteeRole> approvers;
    private final Set<CommitteeRole> rejecters;
    private final Set<Overruler> overrulers;
    private final QuorumRule quorum;

    /**
     * @throws com.coopromo.common.domain.CoopValidationException if a set is empty, or the platform admin may not
     *         overrule (every escalation ends with the admin, who must then be able to decide)
     */
    public TierRights(Set<CommitteeRole> approvers, Set<CommitteeRole> rejecters, Set<Overruler> overrulers,
                      QuorumRule quorum) {
        Validation v = new Validation();
        v.require(approvers != null && !approvers.isEmpty(), "approvers", "at least one role must be able to approve");
        v.require(rejecters != null && !rejecters.isEmpty(), "rejecters", "at least one role must be able to reject");
        v.require(overrulers != null && overrulers.contains(Overruler.PLATFORM_ADMIN), "overrulers",
                "must include PLATFORM_ADMIN, where every escalation ends");
        v.require(quorum != null, "quorum", "is required");
        v.throwIfInvalid();
        this.approvers = Collections.unmodifiableSet(EnumSet.copyOf(approvers));
        this.rejecters = Collections.unmodifiableSet(EnumSet.copyOf(rejecters));
        this.overrulers = Collections.unmodifiableSet(EnumSet.copyOf(overrulers));
        this.quorum = quorum;
    }

    public Set<CommitteeRole> approvers() {
        return approvers;
    }

    public Set<CommitteeRole> rejecters() {
        return rejecters;
    }

    public Set<Overruler> overrulers() {
        return overrulers;
    }

    public QuorumRule quorum() {
        return quorum;
    }

    /** Roles that take part in the vote at all: those that may approve or reject. */
    public Set<CommitteeRole> voters() {
        Set<CommitteeRole> all = EnumSet.copyOf(approvers);
        all.addAll(rejecters);
        return Collections.unmodifiableSet(all);
    }

    public boolean mayApprove(CommitteeRole role) {
        return approvers.contains(role);
    }

    public boolean mayReject(CommitteeRole role) {
        return rejecters.contains(role);
    }

    public boolean mayOverrule(Overruler who) {
        return overrulers.contains(who);
    }

    @Override
    public String toString() {
        return "approve: " + approvers + ", reject: " + rejecters + ", overrule: " + overrulers + ", " + quorum;
    }
}
