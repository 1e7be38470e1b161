package com.coopromo.settlement.service;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.common.domain.Validation;
import com.coopromo.governance.domain.Adjustment;
import com.coopromo.governance.domain.AdjustmentKind;
import com.coopromo.governance.domain.Decision;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.service.AdjustmentOutcome;
import com.coopromo.governance.service.DecisionDetail;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.PayoutTier;
import com.coopromo.settlement.persistence.PayoutRulesProposal;
import com.coopromo.settlement.persistence.PayoutRulesProposalStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Changing a live campaign's payout rules (bean {@code coopPayoutRulesAdjustments}): the new rules are proposed and
 * put to the committee as a {@link AdjustmentKind#CHANGE_PAYOUT_RULES} adjustment; the rules in force do not change.
 * When the decision is approved (at quorum, or by an overrule with its reason) the proposal becomes the campaign's
 * next rules version, naming the decision (ADJUSTMENT_DECISION_ID), in the transaction that settled the decision. A
 * rejected decision changes nothing. Each method runs in the caller's transaction on the store's transaction manager,
 * or in its own when there is none.
 */
public class PayoutRulesAdjustments implements AdjustmentOutcome {
    static final String CAMPAIGN = "CAMPAIGN";

    private final PayoutRulesProposalStore store;
    private final GovernanceService governance;
    private final Clock clock;
    private final TransactionTemplate tx;

    public PayoutRulesAdjustments(PayoutRulesProposalStore store, GovernanceService governance,
                                  PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.governance = governance;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    private <T> T inTransaction(TransactionCallback<T> work) {
        return tx.execute(work);
    }

    /**
     * Proposes new rules for a live campaign and opens the committee's decision on them.
     *
     * @throws CoopValidationException naming every invalid field, the reason if missing, or why the campaign cannot
     *                                 take a proposal (not live, or one already before the committee)
     */
    public PayoutRulesProposal propose(final long campaignId, final PayoutRulesForm form, final String reason, final Actor by) {
        return inTransaction(new TransactionCallback<PayoutRulesProposal>() {
            @Override
            public PayoutRulesProposal doInTransaction(TransactionStatus status) {
                return proposeNow(campaignId, form, reason, by);
            }
        });
    }

    private PayoutRulesProposal proposeNow(long campaignId, PayoutRulesForm form, String reason, Actor by) {
        Validation v = new Validation();
        PayoutRules rules = form.toRules(v);
        v.requireText(reason, "reason", Decision.REASON_MAX);
        List<FieldError> errors = new ArrayList<FieldError>(v.errors());
        String state = store.lockCampaign(campaignId);
        if (state == null) {
            throw new CoopValidationException("campaign", "there is no campaign " + campaignId);
        }
        if (SettlementService.EDITABLE.contains(CampaignState.valueOf(state))) {
            errors.add(new FieldError("campaign", "campaign " + campaignId + " is " + readable(state)
                    + ", so its payout rules are saved directly; a committee adjustment is only for a live campaign"));
        } else if (CampaignState.valueOf(state) != CampaignState.LIVE) {
            errors.add(new FieldError("campaign", "campaign " + campaignId + " is " + readable(state)
                    + "; payout rules change through the committee only while it is live"));
        }
        PayoutRulesProposal pending = pending(campaignId);
        if (pending != null) {
            errors.add(new FieldError("campaign", "a change of campaign " + campaignId + "'s payout rules is already before"
                    + " the committee (decision #" + pending.decisionId() + "); wait for its outcome"));
        }
        if (!errors.isEmpty()) {
            throw new CoopValidationException(errors);
        }
        long proposalId = store.propose(campaignId, rules, reason.trim(), by.id(), clock.instant());
        DecisionDetail decision = governance.requestAdjustment(campaignId, AdjustmentKind.CHANGE_PAYOUT_RULES, proposalId,
                null, reason.trim(), by);
        store.linkDecision(proposalId, decision.id());
        return store.proposal(proposalId);
    }

    /** The campaign's proposal whose decision is still pending (votes open or not yet counted), or null. */
    public PayoutRulesProposal pending(final long campaignId) {
        return inTransaction(new TransactionCallback<PayoutRulesProposal>() {
            @Override
            public PayoutRulesProposal doInTransaction(TransactionStatus status) {
                for (PayoutRulesProposal p : store.proposals(campaignId)) {
                    if (p.isPending() && p.decisionId() != null
                            && governance.decision(p.decisionId()).result().status() == DecisionStatus.PENDING) {
                        return p;
                    }
                }
                return null;
            }
        });
    }

    /** One proposal (the target of a CHANGE_PAYOUT_RULES decision), or null. */
    public PayoutRulesProposal proposal(final long proposalId) {
        return inTransaction(new TransactionCallback<PayoutRulesProposal>() {
            @Override
            public PayoutRulesProposal doInTransaction(TransactionStatus status) {
                return store.proposal(proposalId);
            }
        });
    }

    /** Every proposal of the campaign, newest first. */
    public List<PayoutRulesProposal> proposals(final long campaignId) {
        return inTransaction(new TransactionCallback<List<PayoutRulesProposal>>() {
            @Override
            public List<PayoutRulesProposal> doInTransaction(TransactionStatus status) {
                return store.proposals(campaignId);
            }
        });
    }

    @Override
    public boolean carriesOut(AdjustmentKind kind) {
        return kind == AdjustmentKind.CHANGE_PAYOUT_RULES;
    }

    @Override
    public Result approved(final long decisionId, final Adjustment adjustment, final Actor by) {
        return inTransaction(new TransactionCallback<Result>() {
            @Override
            public Result doInTransaction(TransactionStatus status) {
                return apply(decisionId, adjustment, by);
            }
        });
    }

    private Result apply(long decisionId, Adjustment adjustment, Actor by) {
        String state = store.lockCampaign(adjustment.campaignId());
        PayoutRulesProposal proposal = store.lockProposal(adjustment.targetId());
        if (proposal == null || !proposal.isPending() || proposal.campaignId() != adjustment.campaignId()) {
            return new Result("PAYOUT_RULES_ADJUSTMENT_SKIPPED", CAMPAIGN, String.valueOf(adjustment.campaignId()), null,
                    "no pending proposal " + adjustment.targetId() + " of this campaign; rules unchanged");
        }
        if (state == null || store.hasFinalRun(adjustment.campaignId())) {
            // the payout was made meanwhile: the rules it used stay the rules of record
            store.close(proposal.id(), PayoutRulesProposal.SKIPPED, clock.instant());
            return new Result("PAYOUT_RULES_ADJUSTMENT_SKIPPED", CAMPAIGN, String.valueOf(adjustment.campaignId()),
                    "proposal " + proposal.id(), "the campaign was already settled; rules unchanged");
        }
        int version = store.apply(proposal, state, decisionId, by.id(), clock.instant());
        return new Result("PAYOUT_RULES_ADJUSTED", CAMPAIGN, String.valueOf(adjustment.campaignId()),
                "proposal " + proposal.id(), "version " + version + ": " + describe(proposal.rules()));
    }

    @Override
    public Result rejected(final long decisionId, final Adjustment adjustment, final Actor by) {
        return inTransaction(new TransactionCallback<Result>() {
            @Override
            public Result doInTransaction(TransactionStatus status) {
                return close(adjustment);
            }
        });
    }

    private Result close(Adjustment adjustment) {
        PayoutRulesProposal proposal = store.lockProposal(adjustment.targetId());
        if (proposal == null || !proposal.isPending() || proposal.campaignId() != adjustment.campaignId()) {
            return null;
        }
        store.close(proposal.id(), PayoutRulesProposal.REJECTED, clock.instant());
        return new Result("PAYOUT_RULES_PROPOSAL_REJECTED", CAMPAIGN, String.valueOf(adjustment.campaignId()),
                "proposal " + proposal.id(), "rules unchanged");
    }

    /** The rules in one line, as the committee and the audit log read them. */
    public static String describe(PayoutRules r) {
        return "pool " + r.pool().toPlainString() + ", sales tiers " + PayoutTier.format(r.salesTiers()) + ", traffic tiers "
                + PayoutTier.format(r.trafficTiers()) + ", cap " + r.sellerCapPercent().toPlainString() + "%, exponent "
                + r.diminishingExponent().toPlainString() + ", newcomer boost " + r.newcomerBoostPercent().toPlainString()
                + "%, minimum " + r.minimumPayout().toPlainString();
    }

    private static String readable(String state) {
        return state.toLowerCase().replace('_', ' ');
    }
}
