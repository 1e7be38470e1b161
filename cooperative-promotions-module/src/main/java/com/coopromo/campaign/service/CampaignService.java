package com.coopromo.campaign.service;

import com.coopromo.common.domain.Actor;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.Transition;
import com.coopromo.campaign.persistence.Campaign;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Creates campaigns, changes their terms while they are still drafts, and moves them through their lifecycle,
 * recording every move. Refused input raises {@link com.coopromo.common.domain.CoopValidationException} naming the
 * fields; a refused move raises {@link com.coopromo.campaign.domain.TransitionRefusedException}. Nothing is
 * half-written.
 */
public interface CampaignService {
    Campaign create(CampaignTerms.Builder terms, Actor by);

    /** Only DRAFT and REJECTED campaigns change their terms. */
    Campaign updateTerms(long campaignId, CampaignTerms.Builder terms, Actor by);

    /**
     * A person's lifecycle action. For a tier the committee decides ({@link CommitteeReview#decides}), SUBMIT also puts
     * the campaign to the committee (nothing is submitted if it cannot be), START_REVIEW puts an undecided campaign to
     * it, and APPROVE or REJECT are refused: "'...' is waiting for the committee's decision". The same refusal holds
     * for any campaign with a committee decision open. APPEAL_UPHELD is only ever the appeal's outcome.
     */
    Campaign act(long campaignId, CampaignAction action, Actor actor, String reason);

    /**
     * Carries out the committee's decision on the campaign: START_REVIEW when it is put to the committee, APPROVE or
     * REJECT at the vote's (or an overrule's) outcome, APPEAL_UPHELD when an appeal overturns a rejection. Refused
     * unless {@link CommitteeReview#authorises} confirms the decision allows exactly this move.
     */
    Campaign carryOutDecision(long campaignId, long decisionId, CampaignAction action, Actor actor, String reason);

    /** Applies the moves the clock makes now (scheduled to live, live to ended); returns how many. */
    int advanceClock();

    /**
     * A new DRAFT with the source's brief, rules and required assets (not its participants), a new name and slug,
     * and its window moved to {@code newStart}; deadlines keep their distance to the start.
     */
    Campaign cloneAsTemplate(long sourceCampaignId, String newName, String newSlug, LocalDateTime newStart, Actor by);

    Campaign find(long campaignId);

    Campaign findBySlug(String slug);

    List<Campaign> findAll();

    List<Transition> history(long campaignId);
}
