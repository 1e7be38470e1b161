package com.coopromo.governance.service;

import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.service.CommitteeReview;
import com.coopromo.campaign.service.PendingReview;
import com.coopromo.common.domain.Actor;
import com.coopromo.governance.domain.DecisionKind;
import com.coopromo.governance.domain.DecisionResult;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.domain.QuorumRule;
import com.coopromo.governance.persistence.DecisionRecord;
import com.coopromo.governance.persistence.GovernanceDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.util.Collections;
import java.util.List;

/**
 * The committee as the campaign lifecycle's reviewer: a tier whose review needs more than one reviewer (STANDARD's two
 * reviewers, FLAGSHIP's full committee) is decided by the committee's vote under that tier's
 * {@link com.coopromo.governance.domain.TierRights}; a LIGHTWEIGHT campaign is approved directly by one permitted
 * reviewer. Submitting puts the campaign to the committee with no organising seller (the platform organises campaigns;
 * sellers taking part are not excluded from the vote).
 */
@Service("coopCommitteeReview")
public class GovernanceCommitteeReview implements CommitteeReview {

    @Resource(name = "coopGovernanceService")
    protected GovernanceService governance;

    @Resource(name = "coopGovernanceDao")
    protected GovernanceDao dao;

    @Override
    public boolean decides(CampaignTier tier) {
        return tier != null && tier.rules().review().byCommittee();
    }

    @Override
    @Transactional("blTransactionManager")
    public long open(long campaignId, Actor by) {
        return governance.openCampaignApproval(campaignId, Collections.<Long>emptySet(), by).id();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public PendingReview pending(long campaignId) {
        List<DecisionRecord> open = dao.open(DecisionKind.CAMPAIGN_APPROVAL, campaignId);
        if (open.isEmpty()) {
            return null;
        }
        DecisionDetail d = governance.decision(open.get(0).getId());
        DecisionResult result = d.result();
        QuorumRule quorum = d.decision().rights().quorum();
        return new PendingReview(d.id(), result.approvals(), quorum.approvalsNeeded(result.eligible()),
                result.rejections(), quorum.rejectionsNeeded(result.eligible()),
                d.escalatedTo() == null ? null : d.escalatedTo().name());
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean authorises(long decisionId, long campaignId, CampaignAction action) {
        DecisionRecord record = dao.find(decisionId);
        if (record == null || record.getCampaignId() != campaignId || action == null) {
            return false;
        }
        switch (action) {
            case START_REVIEW:
                return record.getKind() == DecisionKind.CAMPAIGN_APPROVAL && record.isOpen();
            case APPROVE:
                return record.getKind() == DecisionKind.CAMPAIGN_APPROVAL && !record.isOpen()
                        && record.getOutcome() == DecisionStatus.APPROVED;
            case REJECT:
                return record.getKind() == DecisionKind.CAMPAIGN_APPROVAL && !record.isOpen()
                        && record.getOutcome() == DecisionStatus.REJECTED;
            case APPEAL_UPHELD:
                return record.getKind() == DecisionKind.APPEAL && !record.isOpen()
                        && record.getOutcome() == DecisionStatus.APPROVED;
            default:
                return false;
        }
    }
}
