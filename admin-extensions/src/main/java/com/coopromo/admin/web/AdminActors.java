package com.coopromo.admin.web;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.ReviewRequirement;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who acts when an administrator presses a lifecycle button: the signed-in admin user (id = admin login) in the role
 * the action is meant for. Broadleaf's admin roles say what a user may open, not in which capacity they act on a
 * campaign, so the capacity follows from the action:
 * <ul>
 *   <li>submit, revise, schedule, debrief, cancel: {@link ActorRole#ORGANIZER};</li>
 *   <li>start review, approve, reject: {@link ActorRole#REVIEWER}, or {@link ActorRole#COMMITTEE} when the tier asks
 *       for the full committee (flagship);</li>
 *   <li>cancelling a LIVE campaign: {@link ActorRole#PLATFORM_ADMIN} (only the platform may stop a running one);</li>
 *   <li>anything else (go live, end: the clock's moves): {@link ActorRole#PLATFORM_ADMIN}, which the lifecycle
 *       refuses with its own message.</li>
 * </ul>
 * Every move is recorded with that role, so the history says in which capacity the admin acted.
 */
public final class AdminActors {
    private AdminActors() {
    }

    /** @throws IllegalStateException when no admin user is signed in */
    public static String signedInLogin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null || authentication.getName().trim().isEmpty()) {
            throw new IllegalStateException("no admin user is signed in");
        }
        return authentication.getName();
    }

    /**
     * The committee member the signed-in admin user is: a committee seat's member id is the login of the admin user
     * who sits in it, so votes, appeals and overrules are always cast under the signed-in identity, never one typed
     * into a form.
     */
    public static String committeeMemberId() {
        return signedInLogin();
    }

    /** Whether the signed-in user holds the permission (Broadleaf grants entity permissions as authorities). */
    public static boolean hasAuthority(String permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (permission.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the signed-in user acts as the platform admin on committee decisions: the one who may overrule any tier's
     * vote and receives every escalation. That right is the Approval Queue's maintain permission, which the module
     * grants to ROLE_ADMIN.
     */
    public static boolean isPlatformAdmin() {
        return hasAuthority(PLATFORM_ADMIN_PERMISSION);
    }

    /** The entity permission under "Overrule Committee Decisions". */
    public static final String PLATFORM_ADMIN_PERMISSION = "PERMISSION_ALL_COOP_DECISION";

    public static Actor signedIn(CampaignAction action, CampaignState state, CampaignTier tier) {
        return new Actor(signedInLogin(), roleFor(action, state, tier));
    }

    public static ActorRole roleFor(CampaignAction action, CampaignState state, CampaignTier tier) {
        switch (action) {
            case SUBMIT:
            case REVISE:
            case SCHEDULE:
            case DEBRIEF:
                return ActorRole.ORGANIZER;
            case CANCEL:
                return state == CampaignState.LIVE ? ActorRole.PLATFORM_ADMIN : ActorRole.ORGANIZER;
            case START_REVIEW:
                return ActorRole.REVIEWER;
            case APPROVE:
            case REJECT:
                return tier != null && tier.rules().review() == ReviewRequirement.FULL_COMMITTEE
                        ? ActorRole.COMMITTEE : ActorRole.REVIEWER;
            default:
                return ActorRole.PLATFORM_ADMIN;
        }
    }

    /** Whether the admin offers a button for the action (the clock's moves are not for people). */
    public static boolean offeredToPeople(CampaignAction action) {
        // the clock's moves, and the appeal's outcome (only the committee's decision page may carry it out)
        return action != CampaignAction.GO_LIVE && action != CampaignAction.END && action != CampaignAction.APPEAL_UPHELD;
    }
}
