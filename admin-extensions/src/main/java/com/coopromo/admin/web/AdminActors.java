package com.coopromo.admin.web;

import com.coopromo.campaign.domain.CampaignAction;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the signed-in admin user is: their login (which is also their committee member id) and the permissions
 * Broadleaf grants them. The capacity in which they act on a campaign follows from these and their committee office
 * ({@link CampaignCapacity}), never from the action pressed.
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

    /** Whether the admin offers a button for the action (the clock's moves are not for people). */
    public static boolean offeredToPeople(CampaignAction action) {
        // the clock's moves, and the appeal's outcome (only the committee's decision page may carry it out)
        return action != CampaignAction.GO_LIVE && action != CampaignAction.END && action != CampaignAction.APPEAL_UPHELD;
    }
}
