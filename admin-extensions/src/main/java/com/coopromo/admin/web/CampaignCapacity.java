package com.coopromo.admin.web;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.security.AdminPolicy;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignLifecycle;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CommitteeReview;
import com.coopromo.campaign.service.PendingReview;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.governance.domain.CommitteeRole;
import com.coopromo.governance.domain.TierRights;
import com.coopromo.governance.service.CommitteeView;
import com.coopromo.governance.service.GovernanceService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the signed-in admin user may do to one campaign, and in which capacity, from who the user is, never from the
 * action pressed:
 * <ul>
 *   <li>{@link ActorRole#ORGANIZER}: holds "Maintain Campaigns" ({@value CoopCampaignAdminController#MAINTAIN});</li>
 *   <li>{@link ActorRole#PLATFORM_ADMIN}: holds "Overrule Committee Decisions" ({@value AdminActors#PLATFORM_ADMIN_PERMISSION});</li>
 *   <li>{@link ActorRole#REVIEWER}: sits on the committee in an office that the tier's decision rights let approve
 *       (reject, take part) now: a one-reviewer tier's direct review.</li>
 * </ul>
 * Of the capacities the user holds and the lifecycle allows for the action, the narrowest acts (organizer, then
 * reviewer, then platform admin), and the history records it. For a tier the committee decides, and for any campaign
 * with a committee decision open, approve and reject are not offered to anyone: the decision's page is where it is
 * decided. Seller-scoped users never move campaigns.
 */
final class CampaignCapacity {
    private static final List<ActorRole> NARROWEST_FIRST = Arrays.asList(ActorRole.ORGANIZER, ActorRole.REVIEWER,
            ActorRole.PLATFORM_ADMIN);

    private final Campaign campaign;
    private final CampaignTier tier;
    private final CampaignState state;
    private final boolean sellerScoped;
    private final boolean organizer;
    private final boolean platformAdmin;
    private final CommitteeRole office;
    private final TierRights rights;
    private final boolean byCommittee;
    private final PendingReview pending;

    private CampaignCapacity(Campaign campaign, boolean sellerScoped, boolean organizer, boolean platformAdmin,
                             CommitteeRole office, TierRights rights, boolean byCommittee, PendingReview pending) {
        this.campaign = campaign;
        this.tier = campaign.toTerms().tier();
        this.state = campaign.getState();
        this.sellerScoped = sellerScoped;
        this.organizer = organizer;
        this.platformAdmin = platformAdmin;
        this.office = office;
        this.rights = rights;
        this.byCommittee = byCommittee;
        this.pending = pending;
    }

    /** The signed-in user's capacities on the campaign as of {@code now}. */
    static CampaignCapacity of(Campaign campaign, boolean sellerScoped, GovernanceService governance,
                               CommitteeReview review, Instant now) {
        CommitteeRole office = null;
        try {
            CommitteeView committee = governance.currentCommittee();
            CommitteeMember member = committee.rotation().committee().member(AdminActors.committeeMemberId());
            // a seat counts only for a user who holds the permission to take part in committee decisions
            office = member == null || !AdminPolicy.holds(CoopAdminMenu.VOTE) ? null
                    : committee.rotation().roleOf(member, now);
        } catch (CoopValidationException e) {
            office = null; // no committee set up: nobody reviews in an office
        } catch (IllegalArgumentException e) {
            office = null; // before the committee's first term
        }
        CampaignTier tier = campaign.toTerms().tier();
        return new CampaignCapacity(campaign, sellerScoped, AdminPolicy.holds(CoopAdminMenu.CAMPAIGNS.maintain()),
                AdminActors.isPlatformAdmin(), office, governance.decisionRights().forTier(tier), review.decides(tier),
                review.pending(campaign.getId()));
    }

    /** Whether the user may act on campaigns in any capacity at all. */
    boolean holdsAny() {
        return !sellerScoped && (organizer || platformAdmin || office != null);
    }

    /** The committee decision the campaign waits for, or null. */
    PendingReview pending() {
        return pending;
    }

    /** The actions a person may take from the campaign's state (the buttons to consider). */
    List<CampaignAction> actionsFromState() {
        Set<CampaignAction> from = EnumSet.noneOf(CampaignAction.class);
        from.addAll(CampaignLifecycle.actionsFrom(state));
        if (byCommittee && state == CampaignState.IN_REVIEW && pending == null) {
            from.add(CampaignAction.START_REVIEW); // an undecided campaign in review is put to the committee
        }
        List<CampaignAction> actions = new ArrayList<CampaignAction>();
        for (CampaignAction action : from) {
            if (AdminActors.offeredToPeople(action)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** The actor the signed-in user acts as, or null when {@link #refusal} says why not. */
    Actor actorFor(CampaignAction action) {
        if (committeeHolds(action) != null || sellerScoped) {
            return null;
        }
        Set<ActorRole> allowed = CampaignLifecycle.rolesAllowed(action, state, tier);
        for (ActorRole role : NARROWEST_FIRST) {
            if (allowed.contains(role) && holds(role, action)) {
                return new Actor(AdminActors.signedInLogin(), role);
            }
        }
        return null;
    }

    /**
     * One sentence answering a request for the action the user may not take (the campaign service's own wording when
     * the committee holds the decision), or null if they may.
     */
    String requestRefusal(CampaignAction action) {
        if (committeeHolds(action) != null) {
            String name = campaign.getName();
            return "'" + name + "' is waiting for the committee's decision" + (pending != null ? " (" + pending.summary() + ")"
                    : "; its " + tier + " tier is approved by the committee's vote, not by one person");
        }
        return refusal(action);
    }

    /** One sentence saying why the user may not take the action, or null if they may. */
    String refusal(CampaignAction action) {
        String committee = committeeHolds(action);
        if (committee != null) {
            return committee;
        }
        if (sellerScoped) {
            return CoopCampaignAdminController.SHARED_CAMPAIGN;
        }
        if (actorFor(action) != null) {
            return null;
        }
        Set<ActorRole> allowed = CampaignLifecycle.rolesAllowed(action, state, tier);
        List<String> who = new ArrayList<String>();
        for (ActorRole role : NARROWEST_FIRST) {
            if (allowed.contains(role)) {
                who.add(describe(role, action));
            }
        }
        if (allowed.contains(ActorRole.COMMITTEE) && !allowed.contains(ActorRole.REVIEWER)) {
            who.add("the committee's vote");
        }
        return "You may not " + label(action) + " this campaign: that is for " + join(who) + ".";
    }

    /** Why approve or reject is the committee's, or null. */
    private String committeeHolds(CampaignAction action) {
        if (action != CampaignAction.APPROVE && action != CampaignAction.REJECT) {
            return null;
        }
        if (pending != null) {
            return pending.sentence();
        }
        if (byCommittee) {
            return "Approval is up to the committee: a " + tier + " campaign is put to its vote when submitted.";
        }
        return null;
    }

    private boolean holds(ActorRole role, CampaignAction action) {
        switch (role) {
            case ORGANIZER:
                return organizer;
            case PLATFORM_ADMIN:
                return platformAdmin;
            case REVIEWER:
                if (office == null || byCommittee) {
                    return false; // a committee tier's review is the vote, not one member's decision
                }
                return action == CampaignAction.APPROVE ? rights.mayApprove(office)
                        : action == CampaignAction.REJECT ? rights.mayReject(office)
                        : action == CampaignAction.START_REVIEW && rights.voters().contains(office);
            default:
                return false;
        }
    }

    private String describe(ActorRole role, CampaignAction action) {
        switch (role) {
            case ORGANIZER:
                return "staff who maintain campaigns";
            case PLATFORM_ADMIN:
                return "the platform admin";
            case REVIEWER:
                Set<CommitteeRole> offices = action == CampaignAction.APPROVE ? rights.approvers()
                        : action == CampaignAction.REJECT ? rights.rejecters() : rights.voters();
                return "the committee's " + join(lower(offices)) + " in office";
            default:
                return role.name().toLowerCase();
        }
    }

    static String label(CampaignAction action) {
        return action == CampaignAction.START_REVIEW ? "start the review of" : action.name().toLowerCase();
    }

    private static List<String> lower(Set<CommitteeRole> roles) {
        List<String> names = new ArrayList<String>();
        for (CommitteeRole r : roles) {
            names.add(r.name().toLowerCase());
        }
        return names;
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            sb.append(i == 0 ? "" : i == parts.size() - 1 ? " or " : ", ").append(parts.get(i));
        }
        return sb.length() == 0 ? "nobody here" : sb.toString();
    }
}
