package com.coopromo.admin.web;

import com.coopromo.campaign.domain.Actor;
import com.coopromo.campaign.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.ReviewRequirement;
import org.springframework.security.core.Authentication;
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
        return action != CampaignAction.GO_LIVE && action != CampaignAction.END;
    }
}
