package com.coopromo.campaign.service;

import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.Actor;

/**
 * Where the campaign lifecycle asks the committee. The campaign package owns this port and governance implements it,
 * so campaigns depend on no governance class: for a tier the committee decides ({@link #decides}), submitting opens
 * the committee's decision, and only that decision at quorum, or a platform overrule with its reason, approves or
 * rejects the campaign ({@link CampaignService#carryOutDecision}).
 */
public interface CommitteeReview {

    /** Whether campaigns of the tier are approved by the committee's vote rather than by one reviewer. */
    boolean decides(CampaignTier tier);

    /**
     * Puts a SUBMITTED (or IN_REVIEW, undecided) campaign to the committee; the campaign moves to IN_REVIEW.
     *
     * @return the decision's id
     * @throws com.coopromo.common.domain.CoopValidationException naming why it cannot be put to the committee (no
     *         committee set up, a decision already open)
     */
    long open(long campaignId, Actor by);

    /** The committee's open decision on the campaign's approval, or null when none is open. */
    PendingReview pending(long campaignId);

    /**
     * Whether the decision allows the action on the campaign: an open approval decision allows START_REVIEW, an
     * approval decision settled APPROVED (REJECTED) allows APPROVE (REJECT), an upheld appeal allows APPEAL_UPHELD.
     */
    boolean authorises(long decisionId, long campaignId, CampaignAction action);
}
