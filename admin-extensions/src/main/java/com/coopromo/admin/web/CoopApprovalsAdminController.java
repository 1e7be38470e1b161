package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.assets.persistence.AssetRecord;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.service.AssetService;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.governance.domain.CommitteeRole;
import com.coopromo.governance.domain.DecisionKind;
import com.coopromo.governance.domain.DecisionStatus;
import com.coopromo.governance.domain.Overruler;
import com.coopromo.governance.domain.Vote;
import com.coopromo.governance.domain.VoteChoice;
import com.coopromo.governance.persistence.DecisionRecord;
import com.coopromo.governance.domain.Voter;
import com.coopromo.governance.service.DecisionDetail;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.participation.domain.EnrollmentDeadlinePolicy;
import com.coopromo.common.domain.PolicyResult;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerService;
import com.coopromo.governance.domain.AdjustmentKind;
import com.coopromo.settlement.persistence.PayoutRulesProposal;
import com.coopromo.settlement.persistence.StoredPayoutRules;
import com.coopromo.settlement.service.PayoutRulesAdjustments;
import com.coopromo.settlement.service.SettlementService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Approval Queue section: the decisions awaiting the signed-in member's vote, the committee's recent decisions,
 * and each decision's page (the campaign's brief and key terms, its assets with their check results, its
 * participants' eligibility, the votes so far, the count) with the forms to vote, appeal a rejection and overrule.
 * Every action is taken as the signed-in admin user ({@link AdminActors#committeeMemberId()}); the governance
 * service decides whether it counts, and a refusal comes back to the page with the service's reasons. A member who is
 * seller-scoped (no platform role) sees only the decisions it is a voter on; any other decision's page is a 403.
 */
@Controller
@RequestMapping("/" + CoopApprovalsAdminController.SECTION_KEY)
public class CoopApprovalsAdminController extends CoopPageController {
    @Resource(name = "coopPayoutRulesAdjustments")
    protected PayoutRulesAdjustments payoutRules;

    @Resource(name = "coopSettlementService")
    protected SettlementService settlement;

    public static final String SECTION_KEY = "coop-approvals";
    static final int RECENT = 50;

    @Resource(name = "coopGovernanceService")
    protected GovernanceService governance;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopAssetService")
    protected AssetService assets;

    @Resource(name = "coopParticipationService")
    protected ParticipationService participations;

    @Resource(name = "coopSellerService")
    protected SellerService sellers;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String queue(Model model, HttpServletResponse response) {
        String view = page(model, response, SECTION_KEY, "coopApprovals");
        if (!"coopApprovals".equals(model.asMap().get("viewType"))) {
            return view;
        }
        String me = AdminActors.committeeMemberId();
        List<DecisionDetail> awaiting = governance.awaitingVote(me);
        List<DecisionDetail> recent = governance.recentDecisions(RECENT);
        if (scope().isSellerScoped()) {
            // a seller's committee member sees the decisions put to it, not the others (they concern other sellers)
            List<DecisionDetail> mine = new ArrayList<DecisionDetail>();
            for (DecisionDetail d : recent) {
                if (d.decision().voter(me) != null) {
                    mine.add(d);
                }
            }
            recent = mine;
        }
        Map<Long, String> names = new HashMap<Long, String>();
        for (DecisionDetail d : awaiting) {
            names.put(d.campaignId(), campaignName(d.campaignId()));
        }
        for (DecisionDetail d : recent) {
            names.put(d.campaignId(), campaignName(d.campaignId()));
        }
        model.addAttribute("coopMe", me);
        model.addAttribute("coopOnCommittee", onCommittee(me));
        model.addAttribute("coopAwaiting", awaiting);
        model.addAttribute("coopRecent", recent);
        model.addAttribute("coopCampaignNames", names);
        return view;
    }

    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String decision(Model model, HttpServletResponse response, @PathVariable("id") long id) {
        String view = page(model, response, SECTION_KEY, "coopDecision");
        if (!"coopDecision".equals(model.asMap().get("viewType"))) {
            return view;
        }
        String notPutToYou = decisionRefusal(id);
        if (notPutToYou != null) {
            return refused(model, response, SECTION_KEY, notPutToYou);
        }
        DecisionDetail d;
        try {
            d = governance.decision(id);
        } catch (CoopValidationException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("coopMissing", e.getMessage());
            return view;
        }
        String me = AdminActors.committeeMemberId();
        Instant now = clock.instant();
        Campaign campaign = campaigns.find(d.campaignId());
        model.addAttribute("coopDecision", d);
        model.addAttribute("coopCampaign", campaign);
        model.addAttribute("coopTerms", campaign == null ? null : campaign.toTerms());
        model.addAttribute("coopAssets", assetRows(d.campaignId()));
        model.addAttribute("coopParticipants", participantRows(d.campaignId()));
        model.addAttribute("coopRelated", governance.decisionsOf(d.campaignId()));
        model.addAttribute("coopMe", me);
        if (d.decision().adjustment() != null && d.decision().adjustment().kind() == AdjustmentKind.CHANGE_PAYOUT_RULES) {
            // what the committee is asked to change: the rules in force and the proposed ones
            PayoutRulesProposal proposal = payoutRules.proposal(d.decision().adjustment().targetId());
            StoredPayoutRules current = settlement.rules(d.campaignId());
            model.addAttribute("coopRulesInForce", current == null ? "none" : "version " + current.version() + ": "
                    + PayoutRulesAdjustments.describe(current.rules()));
            model.addAttribute("coopRulesProposed", proposal == null ? null : PayoutRulesAdjustments.describe(proposal.rules())
                    + " (" + proposal.status() + ")");
        }

        // voting: the form only for a listed voter who has not voted while the window is open and nothing is settled
        Voter voter = d.decision().voter(me);
        Vote mine = null;
        for (Vote v : d.votes()) {
            if (v.voterId().equals(me)) {
                mine = v;
            }
        }
        boolean settled = d.result().status().isSettled();
        String noVote = null;
        if (mine != null) {
            noVote = "You voted " + mine.choice() + " at " + new Times(viewerZone()).of(mine.castAt()) + ".";
        } else if (settled) {
            noVote = "The decision is settled: " + d.result().status() + ".";
        } else if (voter == null) {
            String why = d.decision().excluded().get(me);
            noVote = why != null ? "You do not vote on this decision: " + why + "."
                    : "You are not an eligible voter on this decision.";
        } else if (!d.decision().isOpenAt(now)) {
            noVote = now.isBefore(d.decision().opensAt()) ? "Voting has not opened yet."
                    : "The voting window closed at " + new Times(viewerZone()).of(d.decision().closesAt()) + ".";
        }
        model.addAttribute("coopVoter", voter);
        model.addAttribute("coopMayVote", noVote == null && policy.may(AdminAction.VOTE));
        model.addAttribute("coopNoVote", noVote);
        model.addAttribute("coopChoices", VoteChoice.values());

        // appeals: a rejected first-instance decision, within its tier's window, not appealed yet
        Instant appealDeadline = governance.appealDeadline(id);
        DecisionDetail appeal = null;
        for (DecisionDetail other : governance.decisionsOf(d.campaignId())) {
            if (other.decision().kind() == DecisionKind.APPEAL && Long.valueOf(id).equals(other.decision().appealOf())) {
                appeal = other;
            }
        }
        model.addAttribute("coopAppeal", appeal);
        model.addAttribute("coopAppealDeadline", appealDeadline);
        model.addAttribute("coopMayAppeal", appealDeadline != null && appeal == null && !now.isAfter(appealDeadline));

        // overrules: the platform admin, or the chair in office where the tier lets the chair overrule
        List<Overruler> overrulers = new ArrayList<Overruler>();
        if (!settled) {
            if (policy.may(AdminAction.OVERRULE) && d.decision().rights().mayOverrule(Overruler.PLATFORM_ADMIN)) {
                overrulers.add(Overruler.PLATFORM_ADMIN);
            }
            if (d.decision().rights().mayOverrule(Overruler.CHAIR) && isChair(me, now) && policy.may(AdminAction.VOTE)) {
                overrulers.add(Overruler.CHAIR);
            }
        }
        model.addAttribute("coopOverrulers", overrulers);
        model.addAttribute("coopOutcomes", new DecisionStatus[] {DecisionStatus.APPROVED, DecisionStatus.REJECTED});
        for (String key : new String[] {"coopVoteErrors", "coopAppealErrors", "coopOverruleErrors"}) {
            if (!model.containsAttribute(key)) {
                model.addAttribute(key, new LinkedHashMap<String, String>());
            }
        }
        if (!model.containsAttribute("coopValues")) {
            model.addAttribute("coopValues", new LinkedHashMap<String, String>());
        }
        return view;
    }

    @RequestMapping(value = "/{id}/vote", method = RequestMethod.POST)
    public String vote(Model model, HttpServletResponse response, @PathVariable("id") long id,
                       @RequestParam(value = "choice", required = false) String choice,
                       @RequestParam(value = "comment", required = false) String comment, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.VOTE, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (decisionRefusal(id) != null) {
            return refused(model, response, SECTION_KEY, decisionRefusal(id));
        }
        VoteChoice parsed = null;
        try {
            parsed = blank(choice) ? null : VoteChoice.valueOf(choice.trim());
        } catch (IllegalArgumentException e) {
            // left null: the service names the allowed choices
        }
        try {
            DecisionDetail after = governance.castVote(id, AdminActors.committeeMemberId(), parsed, comment);
            ra.addFlashAttribute("coopDone", "Your " + parsed + " vote was counted. " + outcome(after));
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopVoteErrors", errorsByField(e, fields("choice", "choice", "decision rights", "choice",
                    "rejection comment", "comment")));
            ra.addFlashAttribute("coopValues", values("choice", choice, "comment", comment));
        }
        return redirectTo(id);
    }

    @RequestMapping(value = "/{id}/appeal", method = RequestMethod.POST)
    public String appeal(Model model, HttpServletResponse response, @PathVariable("id") long id,
                         @RequestParam(value = "reason", required = false) String reason, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.APPEAL, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (decisionRefusal(id) != null) {
            return refused(model, response, SECTION_KEY, decisionRefusal(id));
        }
        String me = AdminActors.committeeMemberId();
        try {
            DecisionDetail appeal = governance.appeal(id, sellerRepresentedBy(me), reason, new Actor(me, ActorRole.ORGANIZER));
            ra.addFlashAttribute("coopDone", "Appeal #" + appeal.id() + " was filed; " + appeal.decision().voters().size()
                    + " member(s) who did not decide the original will vote on it.");
            return "redirect:/" + SECTION_KEY + "/" + appeal.id();
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopAppealErrors", errorsByField(e, fields("reason", "reason")));
            ra.addFlashAttribute("coopValues", values("appealReason", reason));
            return redirectTo(id);
        }
    }

    @RequestMapping(value = "/{id}/overrule", method = RequestMethod.POST)
    public String overrule(Model model, HttpServletResponse response, @PathVariable("id") long id,
                           @RequestParam(value = "as", required = false) String as,
                           @RequestParam(value = "outcome", required = false) String outcome,
                           @RequestParam(value = "reason", required = false) String reason, RedirectAttributes ra) {
        // the platform admin's overrule takes its permission; the chair's is a committee member's act
        String notPermitted = refusedUnless(Overruler.CHAIR.name().equals(as) ? AdminAction.VOTE : AdminAction.OVERRULE, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (decisionRefusal(id) != null) {
            return refused(model, response, SECTION_KEY, decisionRefusal(id));
        }
        Overruler by = null;
        if (Overruler.PLATFORM_ADMIN.name().equals(as) && policy.may(AdminAction.OVERRULE)) {
            by = Overruler.PLATFORM_ADMIN;
        } else if (Overruler.CHAIR.name().equals(as)) {
            by = Overruler.CHAIR;
        }
        DecisionStatus parsed = null;
        try {
            parsed = blank(outcome) ? null : DecisionStatus.valueOf(outcome.trim());
        } catch (IllegalArgumentException e) {
            // left null: the service names the allowed outcomes
        }
        try {
            if (by == null) {
                throw new CoopValidationException("by", "only the platform admin or the chair in office may overrule");
            }
            if (by == Overruler.CHAIR && !isChair(AdminActors.committeeMemberId(), clock.instant())) {
                throw new CoopValidationException("by", AdminActors.committeeMemberId() + " is not the chair in office");
            }
            DecisionDetail after = governance.overrule(id, by, AdminActors.committeeMemberId(), parsed, reason);
            ra.addFlashAttribute("coopDone", "Overruled as " + by + ". " + outcome(after));
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopOverruleErrors", errorsByField(e, fields("outcome", "outcome", "reason", "reason")));
            ra.addFlashAttribute("coopValues", values("overruleReason", reason));
        }
        return redirectTo(id);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Why the signed-in user may not see this decision, or null: a seller-scoped member sees only the decisions it is
     * a voter on (platform staff see all).
     */
    private String decisionRefusal(long id) {
        SellerScope scope = scope();
        if (!scope.isSellerScoped() || sellerScopes.mayRead(scope, DecisionRecord.class, id)) {
            return null;
        }
        return "This decision is not put to you: members see only the decisions they vote on.";
    }

    private String outcome(DecisionDetail d) {
        StringBuilder sb = new StringBuilder("The decision is ").append(d.result().status()).append(" (")
                .append(d.result().approvals()).append(" approve, ").append(d.result().rejections()).append(" reject, ")
                .append(d.result().abstentions()).append(" abstain of ").append(d.result().eligible()).append(" eligible)");
        Campaign campaign = campaigns.find(d.campaignId());
        if (campaign != null) {
            sb.append("; campaign '").append(campaign.getName()).append("' is ").append(campaign.getState());
        }
        return sb.append('.').toString();
    }

    private static String redirectTo(long id) {
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> map = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return map;
    }

    private String campaignName(long campaignId) {
        Campaign c = campaigns.find(campaignId);
        return c == null ? "campaign " + campaignId : c.getName();
    }

    private boolean onCommittee(String me) {
        try {
            return governance.currentCommittee().rotation().committee().contains(me);
        } catch (CoopValidationException e) {
            return false;
        }
    }

    private boolean isChair(String me, Instant now) {
        try {
            return governance.holderOf(CommitteeRole.CHAIR, now).id().equals(me);
        } catch (CoopValidationException e) {
            return false;
        }
    }

    /** The seller the signed-in member represents on the committee, or null (a platform marketer, or not a member). */
    private Long sellerRepresentedBy(String me) {
        try {
            CommitteeMember member = governance.currentCommittee().rotation().committee().member(me);
            return member == null ? null : member.sellerId();
        } catch (CoopValidationException e) {
            return null;
        }
    }

    private List<AssetRow> assetRows(long campaignId) {
        List<AssetRow> rows = new ArrayList<AssetRow>();
        for (AssetRecord asset : assets.assetsOf(campaignId)) {
            rows.add(new AssetRow(asset, asset.getSellerId() == null ? "the campaign" : sellerName(asset.getSellerId()),
                    assets.versions(asset.getId())));
        }
        return rows;
    }

    private String sellerName(long sellerId) {
        Seller seller = sellers.findSeller(sellerId);
        return seller == null ? "seller " + sellerId : seller.getName();
    }

    /** Each participant with its enrolled listings checked again against today's eligibility rules. */
    private List<ParticipantRow> participantRows(long campaignId) {
        Map<Long, List<EnrollmentImpl>> enrolled = new HashMap<Long, List<EnrollmentImpl>>();
        for (EnrollmentImpl e : participations.enrollmentsOf(campaignId)) {
            Long pid = e.getParticipation().getId();
            if (!enrolled.containsKey(pid)) {
                enrolled.put(pid, new ArrayList<EnrollmentImpl>());
            }
            enrolled.get(pid).add(e);
        }
        List<ParticipantRow> rows = new ArrayList<ParticipantRow>();
        for (ParticipationImpl p : participations.participationsOf(campaignId)) {
            List<EnrollmentImpl> listings = enrolled.containsKey(p.getId()) ? enrolled.get(p.getId())
                    : new ArrayList<EnrollmentImpl>();
            // per rule: the first listing's reason and how many listings break it
            Map<String, String> firstReason = new LinkedHashMap<String, String>();
            Map<String, Integer> listingsBreaking = new HashMap<String, Integer>();
            for (EnrollmentImpl e : listings) {
                List<PolicyResult> refusals;
                try {
                    refusals = participations.checkEligibility(p.getId(), e.getListing().getId(), e.getDiscountPercent());
                } catch (CoopValidationException refused) {
                    refusals = Collections.singletonList(PolicyResult.rejected("participation", refused.getMessage()));
                }
                for (PolicyResult r : refusals) {
                    if (EnrollmentDeadlinePolicy.RULE.equals(r.rule())) {
                        continue; // the deadline is for enrolling; listings enrolled in time stay
                    }
                    if (!firstReason.containsKey(r.rule())) {
                        firstReason.put(r.rule(), r.reason());
                        listingsBreaking.put(r.rule(), 0);
                    }
                    listingsBreaking.put(r.rule(), listingsBreaking.get(r.rule()) + 1);
                }
            }
            List<String> issues = new ArrayList<String>();
            for (Map.Entry<String, String> rule : firstReason.entrySet()) {
                int n = listingsBreaking.get(rule.getKey());
                issues.add(rule.getKey() + ": " + rule.getValue() + (n > 1 ? " (and " + (n - 1) + " more listing(s))" : ""));
            }
            rows.add(new ParticipantRow(p, listings.size(), issues));
        }
        return rows;
    }

    /** An asset of the campaign and its versions, for the decision page. */
    public static final class AssetRow {
        private final AssetRecord asset;
        private final String owner;
        private final List<AssetVersionRecord> versions;

        AssetRow(AssetRecord asset, String owner, List<AssetVersionRecord> versions) {
            this.asset = asset;
            this.owner = owner;
            this.versions = versions;
        }

        public AssetRecord getAsset() { return asset; }
        public String getOwner() { return owner; }
        public List<AssetVersionRecord> getVersions() { return versions; }
    }

    /** A participant with its enrolled listing count and what today's eligibility rules say about them. */
    public static final class ParticipantRow {
        private final ParticipationImpl participation;
        private final int enrolledListings;
        private final List<String> issues;

        ParticipantRow(ParticipationImpl participation, int enrolledListings, List<String> issues) {
            this.participation = participation;
            this.enrolledListings = enrolledListings;
            this.issues = issues;
        }

        public ParticipationImpl getParticipation() { return participation; }
        public int getEnrolledListings() { return enrolledListings; }
        public List<String> getIssues() { return issues; }
    }
}
