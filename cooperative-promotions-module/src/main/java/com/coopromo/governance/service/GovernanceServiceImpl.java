package com.coopromo.governance.service;

import com.coopromo.audit.AuditLog;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.common.domain.Validation;
import com.coopromo.governance.domain.Adjustment;
import com.coopromo.governance.domain.AdjustmentKind;
import com.coopromo.governance.domain.Ballot;
import com.coopromo.governance.domain.Committee;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.governance.domain.CommitteeRole;
import com.coopromo.governance.domain.Decision;
import com.coopromo.governance.domain.DecisionDesk;
import com.coopromo.governance.domain.DecisionKind;
import com.coopromo.governance.domain.DecisionResult;
import com.coopromo.governance.domain.DecisionRights;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.domain.Escalation;
import com.coopromo.governance.domain.EscalationRules;
import com.coopromo.governance.domain.Escalations;
import com.coopromo.governance.domain.Overrule;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.Rotation;
import com.coopromo.governance.domain.Tally;
import com.coopromo.governance.domain.Term;
import com.coopromo.governance.domain.TermSchedule;
import com.coopromo.governance.domain.TierRights;
import com.coopromo.governance.domain.TierTimings;
import com.coopromo.governance.domain.Vote;
import com.coopromo.governance.domain.VoteChoice;
import com.coopromo.governance.domain.VoteRefusedException;
import com.coopromo.governance.domain.Voter;
import com.coopromo.governance.persistence.CommitteeRecord;
import com.coopromo.governance.persistence.CommitteeSeatRecord;
import com.coopromo.governance.persistence.DecisionRecord;
import com.coopromo.governance.persistence.GovernanceDao;
import com.coopromo.governance.persistence.GovernanceTierRecord;
import com.coopromo.governance.persistence.VoteRecord;
import com.coopromo.common.domain.PolicyResult;
import com.coopromo.participation.persistence.ParticipationDao;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerDao;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

@Service("coopGovernanceService")
public class GovernanceServiceImpl implements GovernanceService {
    public static final String COMMITTEE = "COMMITTEE";
    public static final String DECISION = "DECISION";
    public static final String GOVERNANCE_TIER = "GOVERNANCE_TIER";
    public static final String CAMPAIGN = "CAMPAIGN";

    /** The committee as a whole, when its vote moves a campaign. */
    static final String COMMITTEE_ACTOR_ID = "committee";
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9._@+-]{1,64}");
    private static final int TRANSITION_REASON_MAX = 1000;

    @Resource(name = "coopGovernanceDao")
    protected GovernanceDao dao;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopSellerDao")
    protected SellerDao sellerDao;

    @Resource(name = "coopParticipationDao")
    protected ParticipationDao participationDao;

    @Resource(name = "coopParticipationService")
    protected ParticipationService participation;

    @Resource(name = "coopClock")
    protected Clock clock;

    /** Where the {@link AdjustmentOutcome} beans are looked up when a decision settles (not injected: they call back). */
    @Autowired
    protected ApplicationContext context;

    // ---- committee and rotation ----

    @Override
    @Transactional("blTransactionManager")
    public CommitteeView setUpCommittee(String name, List<CommitteeSeat> seats, LocalDate firstTermDay, ZoneId zone,
                                        Period termLength, Actor by) {
        Validation v = new Validation();
        v.requireText(name, "name", 120);
        List<CommitteeMember> members = new ArrayList<CommitteeMember>();
        for (CommitteeSeat seat : seats == null ? Collections.<CommitteeSeat>emptyList() : seats) {
            String id = seat.memberId() == null ? "" : seat.memberId().trim();
            if (!MEMBER_ID.matcher(id).matches()) {
                v.reject("members", "member id '" + seat.memberId() + "' must be 1 to 64 letters, digits or . _ @ + -");
                continue;
            }
            if (seat.sellerId() == null) {
                members.add(CommitteeMember.platformMarketer(id));
                continue;
            }
            Seller seller = sellerDao.findSeller(seat.sellerId());
            if (seller == null) {
                v.reject("members", "member '" + id + "' represents seller " + seat.sellerId() + ", which does not exist");
            } else {
                members.add(CommitteeMember.seller(id, seller.getSegment(), seller.getId()));
            }
        }
        List<FieldError> errors = new ArrayList<FieldError>(v.errors());
        Committee committee = null;
        TermSchedule schedule = null;
        try {
            committee = Committee.of(members);
        } catch (CoopValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            schedule = TermSchedule.of(firstTermDay, zone, termLength);
        } catch (CoopValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new CoopValidationException(errors);
        }

        Instant now = clock.instant();
        CommitteeRecord previous = dao.activeCommittee();
        String before = null;
        if (previous != null) {
            before = describe(previous, committeeOf(previous));
            previous.retire();
            // the partial unique index allows one active committee: retire the old one before the new row is inserted
            dao.flush();
        }
        CommitteeRecord record = dao.persist(new CommitteeRecord(name.trim(), schedule, now, by.id()));
        for (int i = 0; i < committee.members().size(); i++) {
            dao.persist(new CommitteeSeatRecord(record.getId(), i, committee.members().get(i)));
        }
        audit.append(by, "COMMITTEE_SET_UP", COMMITTEE, String.valueOf(record.getId()), before, describe(record, committee),
                previous == null ? null : "replaces committee " + previous.getId());
        return new CommitteeView(record.getId(), record.getName(), new Rotation(committee, schedule));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CommitteeView currentCommittee() {
        CommitteeRecord record = requireCommittee();
        return new CommitteeView(record.getId(), record.getName(), new Rotation(committeeOf(record), record.toSchedule()));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CommitteeMember holderOf(CommitteeRole office, Instant at) {
        try {
            return currentCommittee().rotation().holderOf(office, at);
        } catch (IllegalArgumentException e) {
            throw new CoopValidationException("at", e.getMessage());
        }
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Term> rotationAhead(Instant from, int terms) {
        try {
            return currentCommittee().rotation().rotationAhead(from, terms);
        } catch (IllegalArgumentException e) {
            throw new CoopValidationException("terms", e.getMessage());
        }
    }

    // ---- rules per tier ----

    @Override
    @Transactional("blTransactionManager")
    public void configureTier(CampaignTier tier, TierRights rights, TierTimings timings, Actor by) {
        Validation v = new Validation();
        v.require(tier != null, "tier", "is required");
        v.require(rights != null, "rights", "are required");
        v.require(timings != null, "timings", "are required");
        v.throwIfInvalid();
        String before = describe(decisionRights().forTier(tier), escalationRules().forTier(tier));
        GovernanceTierRecord record = dao.tierRules(tier);
        boolean created = record == null;
        if (created) {
            record = new GovernanceTierRecord(tier);
        }
        // filled before persisting: the insert carries the state the entity had when it was persisted
        record.set(rights, timings, clock.instant(), by.id());
        if (created) {
            dao.persist(record);
        }
        audit.append(by, "TIER_RULES_CHANGED", GOVERNANCE_TIER, tier.name(), before, describe(rights, timings), null);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public DecisionRights decisionRights() {
        DecisionRights rights = DecisionRights.defaults();
        for (GovernanceTierRecord row : dao.allTierRules()) {
            rights = rights.withTier(row.getTier(), row.toRights());
        }
        return rights;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public EscalationRules escalationRules() {
        EscalationRules rules = EscalationRules.defaults();
        for (GovernanceTierRecord row : dao.allTierRules()) {
            rules = rules.withTier(row.getTier(), row.toTimings());
        }
        return rules;
    }

    // ---- opening decisions ----

    @Override
    @Transactional("blTransactionManager")
    public DecisionDetail openCampaignApproval(long campaignId, Set<Long> organisingSellers, Actor by) {
        Campaign campaign = requireCampaign(campaignId);
        CampaignState state = campaign.getState();
        if (state != CampaignState.SUBMITTED && state != CampaignState.IN_REVIEW) {
            throw new CoopValidationException("campaignId", "only a SUBMITTED or IN_REVIEW campaign goes to the committee; '"
                    + campaign.getName() + "' is " + state);
        }
        List<DecisionRecord> running = dao.open(DecisionKind.CAMPAIGN_APPROVAL, campaignId);
        if (!running.isEmpty()) {
            throw new CoopValidationException("campaignId", "campaign '" + campaign.getName() + "' is already before the "
                    + "committee (decision #" + running.get(0).getId() + ")");
        }
        CommitteeRecord committee = requireCommittee();
        Decision decision = desk(committee).openCampaignApproval(0, campaignId, campaign.toTerms().tier(),
                organisingSellers == null ? Collections.<Long>emptySet() : organisingSellers, clock.instant());
        DecisionDetail opened = opened(decision, committee, campaignId, null, by, "DECISION_OPENED");
        if (state == CampaignState.SUBMITTED) {
            moveCampaign(campaignId, opened.id(), CampaignAction.START_REVIEW, committeeActor(),
                    "put to the committee (decision #" + opened.id() + ")", by);
        }
        return opened;
    }

    @Override
    @Transactional("blTransactionManager")
    public DecisionDetail openDispute(long participationId, String reason, Actor by) {
        ParticipationImpl participation = participationDao.find(participationId);
        if (participation == null) {
            throw new CoopValidationException("participationId", "no participation with id " + participationId);
        }
        new Validation().requireText(reason, "reason", Decision.REASON_MAX).throwIfInvalid();
        CommitteeRecord committee = requireCommittee();
        Campaign campaign = participation.getCampaign();
        Decision decision = desk(committee).openDispute(0, participationId, campaign.toTerms().tier(),
                Collections.singleton(participation.getSeller().getId()), clock.instant());
        return opened(decision, committee, campaign.getId(), reason.trim(), by, "DISPUTE_OPENED");
    }

    @Override
    @Transactional("blTransactionManager")
    public DecisionDetail requestAdjustment(long campaignId, AdjustmentKind kind, long targetId, Long requestingSellerId,
                                            String reason, Actor by) {
        if (kind == null) {
            throw new CoopValidationException("kind", "is required (one of " + EnumSet.allOf(AdjustmentKind.class) + ")");
        }
        Campaign campaign = requireCampaign(campaignId);
        CommitteeRecord committee = requireCommittee();
        Decision decision = desk(committee).openAdjustment(0, new Adjustment(kind, campaignId, targetId, requestingSellerId),
                campaign.getState(), campaign.toTerms().tier(), reason, clock.instant());
        return opened(decision, committee, campaignId, null, by, "ADJUSTMENT_REQUESTED");
    }

    @Override
    @Transactional("blTransactionManager")
    public DecisionDetail appeal(long decisionId, Long appellantSellerId, String reason, Actor by) {
        DecisionRecord original = requireForUpdate(decisionId);
        DecisionRecord earlier = dao.appealOf(decisionId);
        if (earlier != null) {
            throw new CoopValidationException("appealOf", "decision #" + decisionId + " was already appealed (appeal #"
                    + earlier.getId() + "); an appeal's outcome is final");
        }
        CommitteeRecord committee = requireCommittee();
        Decision appeal = desk(committee).openAppeal(0, decisionOf(original), votesOf(original), appellantSellerId, reason,
                clock.instant());
        return opened(appeal, committee, original.getCampaignId(), null, by, "APPEAL_FILED");
    }

    private DecisionDetail opened(Decision decision, CommitteeRecord committee, long campaignId, String reason, Actor by,
                                  String action) {
        DecisionRecord record = new DecisionRecord(decision, committee.getId(), campaignId, by.id());
        if (reason != null) {
            record.setReason(reason);
        }
        dao.persist(record);
        audit.append(by, action, DECISION, String.valueOf(record.getId()), null, record.describeState(),
                describeQuestion(record, decision));
        return detail(record, clock.instant());
    }

    // ---- voting, overrules, counting ----

    @Override
    @Transactional("blTransactionManager")
    public DecisionDetail castVote(long decisionId, String memberId, VoteChoice choice, String comment) {
        Validation v = new Validation();
        v.require(memberId != null && !memberId.trim().isEmpty(), "memberId", "is required");
        v.require(choice != null, "choice", "is required (APPROVE, REJECT or ABSTAIN)");
        v.throwIfInvalid();
        DecisionRecord record = requireForUpdate(decisionId);
        Decision decision = decisionOf(record);
        List<Vote> votes = votesOf(record);
        Instant now = clock.instant();
        Vote vote = new Vote(memberId, choice, comment, now);
        List<Vote> after;
        try {
            after = Ballot.cast(decision, votes, vote);
        } catch (VoteRefusedException e) {
            List<FieldError> errors = new ArrayList<FieldError>();
            for (PolicyResult r : e.reasons()) {
                errors.add(new FieldError(r.rule(), r.reason()));
            }
            throw new CoopValidationException(errors);
        }
        dao.persist(new VoteRecord(decisionId, vote));
        Actor voter = new Actor(vote.voterId(), ActorRole.COMMITTEE);
        audit.append(voter, "VOTE_CAST", DECISION, String.valueOf(decisionId), null,
                "member=" + vote.voterId() + "\nchoice=" + choice + (vote.comment() == null ? "" : "\ncomment=" + vote.comment()),
                "as " + decision.voter(vote.voterId()).role());
        recount(record, decision, after, now, voter);
        return detail(record, now);
    }

    @Override
    @Transactional("blTransactionManager")
    public DecisionDetail overrule(long decisionId, Overruler by, String actorId, DecisionStatus outcome, String reason) {
        Validation v = new Validation();
        v.require(by != null, "by", "is required (CHAIR or PLATFORM_ADMIN)");
        v.require(actorId != null && !actorId.trim().isEmpty(), "actorId", "is required");
        v.require(outcome != null, "outcome", "is required (APPROVED or REJECTED)");
        v.throwIfInvalid();
        DecisionRecord record = requireForUpdate(decisionId);
        Instant now = clock.instant();
        if (!record.isOpen()) {
            throw new CoopValidationException("decisionId", "decision #" + decisionId + " was already " + record.getOutcome()
                    + " at " + record.getDecidedAt());
        }
        Decision decision = decisionOf(record);
        Overrule overrule = new Overrule(by, actorId.trim(), outcome, reason, now);
        Tally.checkOverrule(decision, overrule);
        Actor actor = overrulerActor(overrule);
        String before = record.describeState();
        record.record(overrule);
        audit.append(actor, "DECISION_OVERRULED", DECISION, String.valueOf(decisionId), before, record.describeState(),
                overrule.reason());
        recount(record, decision, votesOf(record), now, actor);
        return detail(record, now);
    }

    @Override
    @Transactional("blTransactionManager")
    public DecisionDetail tally(long decisionId) {
        DecisionRecord record = requireForUpdate(decisionId);
        Instant now = clock.instant();
        if (record.isOpen()) {
            recount(record, decisionOf(record), votesOf(record), now, Actor.CLOCK);
        }
        return detail(record, now);
    }

    @Override
    @Transactional("blTransactionManager")
    public int escalateOverdue() {
        Instant now = clock.instant();
        int escalated = 0;
        for (DecisionRecord candidate : dao.openClosedBy(now)) {
            // re-read under the row lock: a vote or another node's sweep may have settled it meanwhile
            DecisionRecord record = dao.findForUpdate(candidate.getId());
            if (!record.isOpen()) {
                continue;
            }
            Decision decision = decisionOf(record);
            List<Vote> votes = votesOf(record);
            recount(record, decision, votes, now, Actor.CLOCK);
            if (!record.isOpen()) {
                continue;
            }
            Escalation due = Escalations.escalationDue(decision, votes, record.getOverrule(), now);
            if (due != null && due.step() > record.getEscalationLevel()) {
                String before = record.describeState();
                record.record(due);
                audit.append(Actor.CLOCK, "DECISION_ESCALATED", DECISION, String.valueOf(record.getId()), before,
                        record.describeState(), due.message());
                escalated++;
            }
        }
        return escalated;
    }

    /**
     * Stores the count as of {@code now} if it changed; a settled outcome is carried out (a campaign approval moves
     * the campaign) in the same transaction.
     */
    private void recount(DecisionRecord record, Decision decision, List<Vote> votes, Instant now, Actor by) {
        DecisionResult result = Tally.of(decision, votes, record.getOverrule(), now);
        if (result.status() == record.getOutcome()) {
            return;
        }
        String before = record.describeState();
        record.record(result);
        String action = result.status().isSettled() ? "DECISION_SETTLED"
                : result.status() == DecisionStatus.NO_QUORUM ? "DECISION_CLOSED_WITHOUT_QUORUM" : "DECISION_RECOUNTED";
        audit.append(by, action, DECISION, String.valueOf(record.getId()), before, record.describeState(), result.toString());
        if (result.status().isSettled()) {
            carryOut(record, result);
        }
    }

    private void carryOut(DecisionRecord record, DecisionResult result) {
        Actor actor = result.overrule() != null ? overrulerActor(result.overrule()) : committeeActor();
        boolean approved = result.status() == DecisionStatus.APPROVED;
        switch (record.getKind()) {
            case CAMPAIGN_APPROVAL:
                moveCampaign(record.getCampaignId(), record.getId(), approved ? CampaignAction.APPROVE : CampaignAction.REJECT, actor,
                        outcomeReason(record, result), actor);
                return;
            case APPEAL:
                DecisionRecord original = record.getAppealOf() == null ? null : dao.find(record.getAppealOf());
                if (approved && original != null && original.getKind() == DecisionKind.CAMPAIGN_APPROVAL) {
                    // the appeal overturns the rejection: the campaign is approved after all
                    moveCampaign(record.getCampaignId(), record.getId(), CampaignAction.APPEAL_UPHELD, actor, outcomeReason(record, result), actor);
                }
                return;
            case ADJUSTMENT_REQUEST:
                if (approved) {
                    adjust(record, actor);
                } else {
                    rejectedAdjustment(record, actor);
                }
                return;
            default:
                // a participation dispute's outcome is recorded for the organizer to act on
        }
    }

    /** Carries out an approved adjustment of a live campaign: pause or resume a listing (an asset swap is the seller's). */
    private void adjust(DecisionRecord record, Actor actor) {
        Adjustment adjustment = decisionOf(record).adjustment();
        if (adjustment == null || adjustment.kind() == AdjustmentKind.REPLACE_ASSET) {
            return;
        }
        AdjustmentOutcome owner = outcomeOwner(adjustment.kind());
        if (owner != null) {
            record(owner.approved(record.getId(), adjustment, actor), record, actor);
            return;
        }
        if (adjustment.kind() != AdjustmentKind.PAUSE_LISTING && adjustment.kind() != AdjustmentKind.RESUME_LISTING) {
            audit.append(actor, "ADJUSTMENT_NOT_CARRIED_OUT", DECISION, String.valueOf(record.getId()), null, null,
                    "nothing in this store carries out " + adjustment.kind());
            return;
        }
        boolean pause = adjustment.kind() == AdjustmentKind.PAUSE_LISTING;
        participation.pauseListing(record.getCampaignId(), adjustment.targetId(), pause);
        audit.append(actor, pause ? "LISTING_PAUSED" : "LISTING_RESUMED", "LISTING", String.valueOf(adjustment.targetId()),
                "paused=" + !pause, "paused=" + pause, "decision #" + record.getId() + " in campaign " + record.getCampaignId());
    }

    /** A rejected adjustment changes nothing; the capability owning its subject closes it (e.g. a rules proposal). */
    private void rejectedAdjustment(DecisionRecord record, Actor actor) {
        Adjustment adjustment = decisionOf(record).adjustment();
        AdjustmentOutcome owner = adjustment == null ? null : outcomeOwner(adjustment.kind());
        if (owner != null) {
            record(owner.rejected(record.getId(), adjustment, actor), record, actor);
        }
    }

    private AdjustmentOutcome outcomeOwner(AdjustmentKind kind) {
        if (context == null) {
            return null;
        }
        for (AdjustmentOutcome candidate : context.getBeansOfType(AdjustmentOutcome.class).values()) {
            if (candidate.carriesOut(kind)) {
                return candidate;
            }
        }
        return null;
    }

    private void record(AdjustmentOutcome.Result result, DecisionRecord record, Actor actor) {
        if (result != null) {
            audit.append(actor, result.action(), result.entityType(), result.entityId(), result.before(), result.after(),
                    "decision #" + record.getId() + " in campaign " + record.getCampaignId());
        }
    }

    /**
     * Applies a lifecycle action to the campaign through the campaign service, if the campaign is still where the
     * action applies. A campaign moved meanwhile (cancelled during the vote) is left alone and the skip is recorded:
     * a refused move inside this transaction would roll back the vote that triggered it.
     */
    private void moveCampaign(long campaignId, long decisionId, CampaignAction action, Actor actor, String reason, Actor auditedAs) {
        Campaign campaign = requireCampaign(campaignId);
        CampaignState before = campaign.getState();
        CampaignState from = action == CampaignAction.START_REVIEW ? CampaignState.SUBMITTED
                : action == CampaignAction.APPEAL_UPHELD ? CampaignState.REJECTED : CampaignState.IN_REVIEW;
        if (before != from) {
            audit.append(auditedAs, "CAMPAIGN_ACTION_SKIPPED", CAMPAIGN, String.valueOf(campaignId), "state=" + before,
                    "state=" + before, action + " needs a " + from + " campaign; '" + campaign.getName() + "' is " + before);
            return;
        }
        // the campaign service checks the decision allows the move and audits the state change itself
        campaigns.carryOutDecision(campaignId, decisionId, action, actor, reason);
    }

    private static String outcomeReason(DecisionRecord record, DecisionResult result) {
        StringBuilder sb = new StringBuilder("decision #").append(record.getId()).append(' ').append(result);
        if (result.overrule() != null && result.overrule().reason() != null) {
            sb.append(": ").append(result.overrule().reason());
        }
        for (Vote vote : result.counted()) {
            if (vote.comment() != null && vote.choice() == (result.status() == DecisionStatus.REJECTED ? VoteChoice.REJECT : VoteChoice.APPROVE)) {
                sb.append("; ").append(vote.voterId()).append(": ").append(vote.comment());
            }
        }
        return sb.length() <= TRANSITION_REASON_MAX ? sb.toString() : sb.substring(0, TRANSITION_REASON_MAX - 3) + "...";
    }

    // ---- reading ----

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DecisionDetail> awaitingVote(String memberId) {
        Instant now = clock.instant();
        List<DecisionDetail> awaiting = new ArrayList<DecisionDetail>();
        for (DecisionRecord record : dao.openDecisions()) {
            if (!record.listsVoter(memberId) || now.isBefore(record.getOpensAt()) || !now.isBefore(record.getClosesAt())) {
                continue;
            }
            DecisionDetail d = detail(record, now);
            boolean voted = false;
            for (Vote vote : d.votes()) {
                voted |= vote.voterId().equals(memberId);
            }
            if (!voted && !d.result().status().isSettled()) {
                awaiting.add(d);
            }
        }
        return awaiting;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public DecisionDetail decision(long decisionId) {
        DecisionRecord record = dao.find(decisionId);
        if (record == null) {
            throw new CoopValidationException("decisionId", "no decision with id " + decisionId);
        }
        return detail(record, clock.instant());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DecisionDetail> decisionsOf(long campaignId) {
        Instant now = clock.instant();
        List<DecisionDetail> details = new ArrayList<DecisionDetail>();
        for (DecisionRecord record : dao.ofCampaign(campaignId)) {
            details.add(detail(record, now));
        }
        return details;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<DecisionDetail> recentDecisions(int max) {
        if (max < 1 || max > 500) {
            throw new CoopValidationException("max", "must be 1 to 500 (was " + max + ")");
        }
        Instant now = clock.instant();
        List<DecisionDetail> details = new ArrayList<DecisionDetail>();
        for (DecisionRecord record : dao.recent(max)) {
            details.add(detail(record, now));
        }
        return details;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Instant appealDeadline(long decisionId) {
        DecisionDetail d = decision(decisionId);
        // as the appeal rule reads it: a rejection by the vote (an overrule's outcome is not appealed)
        if (d.decision().kind() == DecisionKind.APPEAL || d.overrule() != null
                || d.result().status() != DecisionStatus.REJECTED) {
            return null;
        }
        return d.result().decidedAt().plus(escalationRules().forTier(d.decision().tier()).appealWindow());
    }

    // ---- helpers ----

    private DecisionDetail detail(DecisionRecord record, Instant now) {
        Decision decision = decisionOf(record);
        List<Vote> votes = votesOf(record);
        return new DecisionDetail(decision, record.getCampaignId(), votes, Tally.of(decision, votes, record.getOverrule(), now),
                record.getOverrule(), record.getEscalationLevel(), record.getEscalatedTo(), record.getEscalatedAt(),
                record.getOpenedBy());
    }

    private DecisionDesk desk(CommitteeRecord committee) {
        return new DecisionDesk(new Rotation(committeeOf(committee), committee.toSchedule()), decisionRights(), escalationRules());
    }

    private Decision decisionOf(DecisionRecord record) {
        return record.toDecision(committeeOf(dao.committee(record.getCommitteeId())));
    }

    private List<Vote> votesOf(DecisionRecord record) {
        List<Vote> votes = new ArrayList<Vote>();
        for (VoteRecord v : dao.votes(record.getId())) {
            votes.add(v.toVote());
        }
        return votes;
    }

    private Committee committeeOf(CommitteeRecord record) {
        List<CommitteeMember> members = new ArrayList<CommitteeMember>();
        for (CommitteeSeatRecord seat : dao.seats(record.getId())) {
            members.add(seat.toMember());
        }
        return Committee.of(members);
    }

    private CommitteeRecord requireCommittee() {
        CommitteeRecord record = dao.activeCommittee();
        if (record == null) {
            throw new CoopValidationException("committee", "no committee has been set up yet");
        }
        return record;
    }

    private DecisionRecord requireForUpdate(long decisionId) {
        DecisionRecord record = dao.findForUpdate(decisionId);
        if (record == null) {
            throw new CoopValidationException("decisionId", "no decision with id " + decisionId);
        }
        return record;
    }

    private Campaign requireCampaign(long campaignId) {
        Campaign campaign = campaigns.find(campaignId);
        if (campaign == null) {
            throw new CoopValidationException("campaignId", "no campaign with id " + campaignId);
        }
        return campaign;
    }

    private static Actor committeeActor() {
        return new Actor(COMMITTEE_ACTOR_ID, ActorRole.COMMITTEE);
    }

    private static Actor overrulerActor(Overrule overrule) {
        return new Actor(overrule.actorId(), overrule.by() == Overruler.PLATFORM_ADMIN ? ActorRole.PLATFORM_ADMIN : ActorRole.COMMITTEE);
    }

    private static String describe(CommitteeRecord record, Committee committee) {
        TermSchedule s = record.toSchedule();
        StringBuilder sb = new StringBuilder("name=").append(record.getName())
                .append("\nterms=").append(s.length()).append(" from ").append(s.firstDay()).append(' ').append(s.zone())
                .append("\nmembers=");
        for (int i = 0; i < committee.members().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(committee.members().get(i));
        }
        return sb.toString();
    }

    private static String describe(TierRights rights, TierTimings timings) {
        return "rights=" + rights + "\nvotingWindow=" + timings.votingWindow() + "\ndeadline=" + timings.deadline()
                + "\nappealWindow=" + timings.appealWindow() + "\npath=" + timings.path();
    }

    private static String describeQuestion(DecisionRecord record, Decision d) {
        StringBuilder sb = new StringBuilder().append(d.kind()).append(" on ").append(d.subjectId())
                .append(" (campaign ").append(record.getCampaignId()).append(", ").append(d.tier()).append(")")
                .append("; votes ").append(d.opensAt()).append(" to ").append(d.closesAt())
                .append("; deadline ").append(d.deadline()).append("; voters ");
        for (int i = 0; i < d.voters().size(); i++) {
            Voter v = d.voters().get(i);
            sb.append(i == 0 ? "" : ", ").append(v);
        }
        for (Map.Entry<String, String> e : d.excluded().entrySet()) {
            sb.append("; not voting: ").append(e.getKey()).append(" (").append(e.getValue()).append(')');
        }
        if (record.getReason() != null) {
            sb.append("; reason: ").append(record.getReason());
        }
        return sb.toString();
    }
}
