package com.coopromo.admin.security;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.install.CoopAdminMenu.FriendlyPermission;
import com.coopromo.admin.install.CoopAdminMenu.Section;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says whether the signed-in admin user holds the Broadleaf permission an admin page or action of
 * the module takes: viewing a section (Broadleaf's own section check, the one its menu uses), maintaining a section's
 * records (the section's "Maintain ..." permission) and the module's actions ({@link AdminAction}). Controllers ask it
 * before they show or change anything; pages ask it which buttons to show ({@link #allowed()}).
 * <p>
 * A refusal is one sentence naming the action and the permission it takes, e.g. "You may not clone campaigns: that
 * takes the permission 'Maintain Campaigns'." Whether the user may act on one particular record (its seller, its
 * state, a committee seat) is decided after this, by the screen.
 */
public class AdminPolicy {
    public static final String BEAN_NAME = "coopAdminPolicy";

    @Resource(name = "blAdminNavigationService")
    protected AdminNavigationService navigation;

    @Resource(name = "blAdminSecurityRemoteService")
    protected SecurityVerifier security;

    /** Why the signed-in user may not take the action, or null if they hold a permission for it. */
    public String refusal(AdminAction action) {
        List<String> names = new ArrayList<String>();
        for (FriendlyPermission permission : action.anyOf()) {
            if (holds(permission)) {
                return null;
            }
            names.add("'" + permission.description + "'");
        }
        return "You may not " + action.label() + ": that takes the permission " + join(names) + ".";
    }

    public boolean may(AdminAction action) {
        return refusal(action) == null;
    }

    /** Why the signed-in user may not open the section's pages, or null. */
    public String viewRefusal(Section section) {
        AdminSection persisted = navigation.findAdminSectionByURI(section.url);
        AdminUser user = security.getPersistentAdminUser();
        if (persisted != null && user != null && navigation.isUserAuthorizedToViewSection(user, persisted)) {
            return null;
        }
        return "You may not view " + section.name + ": that takes the permission '" + section.view().description + "'.";
    }

    /** Why the signed-in user may not add, change or delete the section's records, or null. */
    public String maintainRefusal(Section section) {
        FriendlyPermission maintain = section.maintain();
        if (maintain.type.equals(section.view().type) && section.permissions.size() == 1) {
            return "Nobody changes " + section.name + " here: the page only shows them.";
        }
        if (holds(maintain)) {
            return null;
        }
        return "You may not add, change or delete " + section.name + ": that takes the permission '"
                + maintain.description + "'.";
    }

    /** The module's section at this admin URL ("/coop-campaigns"), or null. */
    public static Section sectionAt(String url) {
        for (Section section : CoopAdminMenu.SECTIONS) {
            if (section.url.equals(url)) {
                return section;
            }
        }
        return null;
    }

    /** For the pages' buttons: each action's name, and whether the signed-in user holds a permission for it. */
    public Map<String, Boolean> allowed() {
        Map<String, Boolean> allowed = new LinkedHashMap<String, Boolean>();
        for (AdminAction action : AdminAction.values()) {
            allowed.put(action.name(), may(action));
        }
        return allowed;
    }

    /**
     * Whether the signed-in user holds the friendly permission: Broadleaf grants a friendly permission's entity
     * permissions as authorities, and each of the module's friendly permissions has its own entity permission first.
     */
    public static boolean holds(FriendlyPermission permission) {
        return hasAuthority(permission.children.get(0).name);
    }

    static boolean hasAuthority(String name) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (name.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            sb.append(i == 0 ? "" : i == parts.size() - 1 ? " or " : ", ").append(parts.get(i));
        }
        return sb.toString();
    }
}
