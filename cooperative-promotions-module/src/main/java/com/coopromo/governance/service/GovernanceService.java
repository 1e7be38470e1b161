package com.coopromo.governance.service;

import com.coopromo.common.domain.Actor;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.governance.domain.AdjustmentKind;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.governance.domain.CommitteeRole;
import com.coopromo.governance.domain.DecisionRights;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.domain.EscalationRules;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.Term;
import com.coopromo.governance.domain.TierRights;
import com.coopromo.governance.domain.TierTimings;
import com.coopromo.governance.domain.VoteChoice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The cooperative's committee at work: who sits on it and holds which office when, the decisions put to it, the
 * votes, appeals, adjustment requests, overrules and escalations. Every action appends an audit event with the
 * state before and after. Refused input raises {@link com.coopromo.common.domain.CoopValidationException} naming the
 * field or rule and why; nothing is half-written.
 */
public interface GovernanceService {

    /**
     * Puts a new committee in office (the previous one stops taking new decisions; its running decisions keep their
     * voters). Members are given in rotation order.
     */
    CommitteeView setUpCommittee(String name, List<CommitteeSeat> seats, LocalDate firstTermDay, ZoneId zone, Period termLength,
                                 Actor by);

    /** The committee in office. @throws com.coopromo.common.domain.CoopValidationException if none was set up */
    CommitteeView currentCommittee();

    /** Who holds an office at an instant. */
    CommitteeMember holderOf(CommitteeRole office, Instant at);

    /** The next {@code terms} terms from {@code from}, with their office holders. */
    List<Term> rotationAhead(Instant from, int terms);

    /** Replaces one tier's decision rights and timings for decisions opened from now on. */
    void configureTier(CampaignTier tier, TierRights rights, TierTimings timings, Actor by);

    DecisionRights decisionRights();

    EscalationRules escalationRules();

    /**
     * Puts a submitted campaign to the committee (starting its review if it was only submitted). When the vote
     * approves or rejects it, the campaign is approved or rejected accordingly.
     *
     * @param organisingSellers sellers running the campaign; their members do not vote on it
     */
    DecisionDetail openCampaignApproval(long campaignId, Set<Long> organisingSellers, Actor by);

    /** Puts a dispute about a seller's participation to the committee; that seller's member does not vote. */
    DecisionDetail openDispute(long participationId, String reason, Actor by);

    /** Asks the committee for a change to a live campaign; the requesting seller's member does not vote. */
    DecisionDetail requestAdjustment(long campaignId, AdjustmentKind kind, long targetId, Long requestingSellerId, String reason,
                                     Actor by);

    /**
     * Appeals a rejected decision within its tier's appeal window; decided by the members who did not vote on it.
     *
     * @param appellantSellerId the seller appealing (its member does not vote), or null
     */
    DecisionDetail appeal(long decisionId, Long appellantSellerId, String reason, Actor by);

    /** Casts a member's vote; a vote the rules refuse raises the exception with every rule it broke. */
    DecisionDetail castVote(long decisionId, String memberId, VoteChoice choice, String comment);

    /** An overruler (the chair or the platform admin, as the tier allows) approves or rejects alone. */
    DecisionDetail overrule(long decisionId, Overruler by, String actorId, DecisionStatus outcome, String reason);

    /** Counts the decision's votes now, closing it if its window has passed. */
    DecisionDetail tally(long decisionId);

    /**
     * Counts every open decision whose window has closed and hands those still unsettled up their escalation path.
     *
     * @return how many decisions escalated to a new step
     */
    int escalateOverdue();

    /** Decisions open for voting now on which the member may vote and has not yet. */
    List<DecisionDetail> awaitingVote(String memberId);

    DecisionDetail decision(long decisionId);

    List<DecisionDetail> decisionsOf(long campaignId);

    /**
     * The most recently opened decisions of every kind and status, newest first.
     *
     * @throws com.coopromo.common.domain.CoopValidationException if {@code max} is not 1 to 500
     */
    List<DecisionDetail> recentDecisions(int max);

    /**
     * The last instant an appeal against the decision may be filed, or null if it cannot be appealed: it is an appeal,
     * it is not rejected, or an overrule settled it.
     */
    Instant appealDeadline(long decisionId);
}
