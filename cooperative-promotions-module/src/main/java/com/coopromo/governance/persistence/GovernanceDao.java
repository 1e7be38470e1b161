package com.coopromo.governance.persistence;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.governance.domain.DecisionKind;

import java.time.Instant;
import java.util.List;

/** Rows of the committee, tier rules, decision and vote tables; used by the governance service. */
public interface GovernanceDao {
    <T> T persist(T record);

    /** Writes pending changes now, where the order of statements matters to a constraint. */
    void flush();

    /** The committee in office, or null if none was set up. */
    CommitteeRecord activeCommittee();

    CommitteeRecord committee(long committeeId);

    /** The committee's seats in rotation order. */
    List<CommitteeSeatRecord> seats(long committeeId);

    /** The admin's rules for the tier, or null where the defaults apply. */
    GovernanceTierRecord tierRules(CampaignTier tier);

    List<GovernanceTierRecord> allTierRules();

    DecisionRecord find(long decisionId);

    /** The decision, row-locked until the transaction ends, so votes, overrules and sweeps on it serialize. */
    DecisionRecord findForUpdate(long decisionId);

    /** Decisions not yet approved or rejected, oldest first. */
    List<DecisionRecord> openDecisions();

    /** Open decisions whose voting window closed at or before {@code at}: due for a final count and maybe escalation. */
    List<DecisionRecord> openClosedBy(Instant at);

    /** Open decisions of this kind on this subject. */
    List<DecisionRecord> open(DecisionKind kind, long subjectId);

    /** The appeal filed against a decision, or null. */
    DecisionRecord appealOf(long decisionId);

    List<DecisionRecord> ofCampaign(long campaignId);

    /** The most recently opened decisions, newest first. */
    List<DecisionRecord> recent(int max);

    /** The decision's votes in the order cast. */
    List<VoteRecord> votes(long decisionId);
}
