package com.coopromo.campaign.service;

import com.coopromo.audit.AuditLog;
import com.coopromo.common.domain.Actor;
import com.coopromo.campaign.domain.AcceptedSellers;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignLifecycle;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.Transition;
import com.coopromo.campaign.domain.TransitionRefusedException;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignDao;
import com.coopromo.campaign.persistence.CampaignImpl;
import com.coopromo.campaign.persistence.CampaignTransitionRecord;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.Validation;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

@Service("coopCampaignService")
public class CampaignServiceImpl implements CampaignService {
    private static final EnumSet<CampaignState> EDITABLE = EnumSet.of(CampaignState.DRAFT, CampaignState.REJECTED);

    @Resource(name = "coopCampaignDao")
    protected CampaignDao campaignDao;

    @Resource(name = "coopParticipationDao")
    protected AcceptedSellers acceptedSellers;

    @Resource(name = "coopChangePublisher")
    protected ChangePublisher changes;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @Resource(name = "coopCommitteeReview")
    protected CommitteeReview committee;

    /** Other capabilities' conditions on lifecycle moves (the debrief's gate on DEBRIEF); none is required. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    protected List<TransitionPrecondition> preconditions = new ArrayList<TransitionPrecondition>();

    @Override
    @Transactional("blTransactionManager")
    public Campaign create(CampaignTerms.Builder input, Actor by) {
        CampaignTerms terms = validTerms(input, null);
        Campaign campaign = new CampaignImpl();
        campaign.applyTerms(terms);
        campaign.setState(CampaignState.DRAFT);
        Instant now = clock.instant();
        campaign.setCreatedAt(now);
        campaign.setUpdatedAt(now);
        Campaign saved = campaignDao.save(campaign);
        changes.publish(ChangeEvent.campaign(saved.getId()));
        audit.append(by, "CAMPAIGN_CREATED", "CAMPAIGN", String.valueOf(saved.getId()), null, terms.toString(), null);
        return saved;
    }

    @Override
    @Transactional("blTransactionManager")
    public Campaign updateTerms(long campaignId, CampaignTerms.Builder input, Actor by) {
        Campaign campaign = required(campaignId);
        if (!EDITABLE.contains(campaign.getState())) {
            throw new CoopValidationException("state", "terms can only change while the campaign is DRAFT or REJECTED (it is "
                    + campaign.getState() + ")");
        }
        CampaignTerms before = campaign.toTerms();
        CampaignTerms after = validTerms(input, campaign.getId());
        campaign.applyTerms(after);
        campaign.setUpdatedAt(clock.instant());
        Campaign saved = campaignDao.save(campaign);
        changes.publish(ChangeEvent.campaign(saved.getId()));
        audit.append(by, "CAMPAIGN_TERMS_CHANGED", "CAMPAIGN", String.valueOf(saved.getId()), before.toString(),
                after.toString(), null);
        return saved;
    }

    @Override
    @Transactional("blTransactionManager")
    public Campaign act(long campaignId, CampaignAction action, Actor actor, String reason) {
        Campaign campaign = campaignDao.findForUpdate(campaignId);
        if (campaign == null) {
            throw new CoopValidationException("campaignId", "no campaign with id " + campaignId);
        }
        CampaignTerms terms = campaign.toTerms();
        boolean byCommittee = committee.decides(terms.tier());
        if (action == CampaignAction.APPEAL_UPHELD) {
            throw new TransitionRefusedException("'" + terms.name() + "' can only be approved after a rejection by an "
                    + "appeal the committee upholds");
        }
        if (action == CampaignAction.APPROVE || action == CampaignAction.REJECT) {
            PendingReview pending = committee.pending(campaignId);
            if (pending != null || byCommittee) {
                throw new TransitionRefusedException("'" + terms.name() + "' is waiting for the committee's decision"
                        + (pending != null ? " (" + pending.summary() + ")"
                        : "; its " + terms.tier() + " tier is approved by the committee's vote, not by one person"));
            }
        }
        if (action == CampaignAction.START_REVIEW && byCommittee) {
            // putting the campaign to the committee is the review: the committee's decision moves it to IN_REVIEW
            if (!CampaignLifecycle.rolesAllowed(action, campaign.getState(), terms.tier()).contains(actor.role())) {
                CampaignLifecycle.decide(campaign.getState(), terms, action, actor, reason, clock.instant());
            }
            committee.open(campaignId, actor);
            return campaignDao.find(campaignId);
        }
        Transition transition = CampaignLifecycle.decide(campaign.getState(), terms, action, actor, reason, clock.instant());
        checkPreconditions(campaign, action);
        if (action == CampaignAction.SCHEDULE) {
            long accepted = acceptedSellers.countAccepted(campaignId);
            if (accepted < terms.minSellers()) {
                throw new TransitionRefusedException("'" + terms.name() + "' needs at least " + terms.minSellers()
                        + " accepted seller(s) before it is scheduled (it has " + accepted + ")");
            }
        }
        Campaign moved = apply(campaign, transition);
        if (action == CampaignAction.SUBMIT && byCommittee) {
            try {
                committee.open(campaignId, actor);
            } catch (CoopValidationException e) {
                // the transaction rolls back: the campaign stays a draft
                throw new TransitionRefusedException("'" + terms.name() + "' cannot be submitted: its " + terms.tier()
                        + " tier is approved by the committee, and " + e.errors().get(0).reason());
            }
            moved = campaignDao.find(campaignId);
        }
        return moved;
    }

    @Override
    @Transactional("blTransactionManager")
    public Campaign carryOutDecision(long campaignId, long decisionId, CampaignAction action, Actor actor, String reason) {
        Campaign campaign = campaignDao.findForUpdate(campaignId);
        if (campaign == null) {
            throw new CoopValidationException("campaignId", "no campaign with id " + campaignId);
        }
        if (!committee.authorises(decisionId, campaignId, action)) {
            throw new TransitionRefusedException("decision #" + decisionId + " does not allow " + action + " on '"
                    + campaign.getName() + "'");
        }
        Transition transition = CampaignLifecycle.decide(campaign.getState(), campaign.toTerms(), action, actor, reason,
                clock.instant());
        checkPreconditions(campaign, action);
        return apply(campaign, transition);
    }

    private void checkPreconditions(Campaign campaign, CampaignAction action) {
        for (TransitionPrecondition precondition : preconditions) {
            String refusal = precondition.refusal(campaign, action);
            if (refusal != null) {
                throw new TransitionRefusedException(refusal);
            }
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public int advanceClock() {
        Instant now = clock.instant();
        int moves = 0;
        for (Campaign candidate : campaignDao.findInStates(EnumSet.of(CampaignState.SCHEDULED, CampaignState.LIVE))) {
            // re-read under a row lock: another node may have moved it meanwhile
            Campaign campaign = campaignDao.findForUpdate(candidate.getId());
            for (Transition transition : CampaignLifecycle.advance(campaign.getState(), campaign.toTerms(), now)) {
                campaign = apply(campaign, transition);
                moves++;
            }
        }
        return moves;
    }

    @Override
    @Transactional("blTransactionManager")
    public Campaign cloneAsTemplate(long sourceCampaignId, String newName, String newSlug, LocalDateTime newStart, Actor by) {
        CampaignTerms source = required(sourceCampaignId).toTerms();
        if (newStart == null) {
            throw new CoopValidationException("startsAt", "is required for the copy");
        }
        Duration shift = Duration.between(source.startsAt(), newStart);
        CampaignTerms.Builder copy = source.toBuilder()
                .name(newName).slug(newSlug)
                .startsAt(newStart)
                .endsAt(source.endsAt().plus(shift))
                .enrollmentDeadline(source.enrollmentDeadline().plus(shift))
                .assetDeadline(source.assetDeadline().plus(shift));
        Campaign clone = create(copy, by);
        clone.setClonedFromId(sourceCampaignId);
        return campaignDao.save(clone);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Campaign find(long campaignId) {
        return campaignDao.find(campaignId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Campaign findBySlug(String slug) {
        return campaignDao.findBySlug(slug);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Campaign> findAll() {
        return campaignDao.findAll();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Transition> history(long campaignId) {
        List<Transition> transitions = new ArrayList<Transition>();
        for (CampaignTransitionRecord record : campaignDao.history(campaignId)) {
            transitions.add(record.toTransition());
        }
        return transitions;
    }

    private Campaign apply(Campaign campaign, Transition transition) {
        campaign.setState(transition.to());
        campaign.setUpdatedAt(clock.instant());
        Campaign saved = campaignDao.save(campaign);
        // which campaigns are live (or about to be) decides what pricing applies: its read models follow the commit
        changes.publish(ChangeEvent.campaign(saved.getId()));
        campaignDao.record(new CampaignTransitionRecord(saved, transition));
        audit.append(transition.actor(), "CAMPAIGN_" + transition.action(), "CAMPAIGN", String.valueOf(saved.getId()),
                "state=" + transition.from(), "state=" + transition.to(), transition.reason());
        return saved;
    }

    private Campaign required(long campaignId) {
        Campaign campaign = campaignDao.find(campaignId);
        if (campaign == null) {
            throw new CoopValidationException("campaignId", "no campaign with id " + campaignId);
        }
        return campaign;
    }

    /** Validates the input and the slug's uniqueness together, so every problem is reported at once. */
    private CampaignTerms validTerms(CampaignTerms.Builder input, Long selfId) {
        Validation v = input.validate();
        String slug = input.proposedSlug();
        if (slug != null && !slug.isEmpty()) {
            Campaign sameSlug = campaignDao.findBySlug(slug);
            if (sameSlug != null && !sameSlug.getId().equals(selfId)) {
                v.reject("slug", "'" + slug + "' is already used by campaign '" + sameSlug.getName() + "'");
            }
        }
        v.throwIfInvalid();
        return input.build();
    }
}
