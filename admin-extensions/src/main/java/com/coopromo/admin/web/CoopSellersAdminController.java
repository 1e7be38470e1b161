package com.coopromo.admin.web;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.security.AdminAction;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.web.RequestRefusedException;
import com.coopromo.community.domain.MentoringPair;
import com.coopromo.community.service.CommunityService;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerAccounts;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * The Sellers section: Broadleaf's own screens; a seller-scoped user sees its own record only, and one who opens
 * another seller's record by URL gets a 403 page. Below a seller's form, platform staff see the admin logins that act
 * for the seller; users with "Link Admin Logins to Sellers" link another login (an existing admin user who is not a
 * platform admin; a login linked elsewhere moves here) and unlink one. Both are audited by the seller accounts service.
 */
@Controller
@RequestMapping("/" + CoopSellersAdminController.SECTION_KEY)
public class CoopSellersAdminController extends CoopSectionController {
    public static final String SECTION_KEY = "coop-sellers";
    static final String VIEW = "coopSellerEdit";

    @Resource(name = "coopSellerAccounts")
    protected SellerAccounts accounts;

    @Resource(name = "coopSellerService")
    protected SellerService sellers;

    @Resource(name = "blAdminSecurityService")
    protected AdminSecurityService adminUsers;

    @Resource(name = "coopCommunity")
    protected CommunityService community;

    /** The seller's own choice (or staff's, on its behalf) to show its badges next to its name on the hub. */
    @RequestMapping(value = "/{id}/community/hub-badges", method = RequestMethod.POST)
    public String hubBadges(Model model, HttpServletResponse response, @PathVariable("id") long id,
                            @RequestParam(value = "show", required = false) String show, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.CHOOSE_HUB_BADGES, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (!mayRead(Long.toString(id))) {
            return refusedRecord(model, response);
        }
        Seller seller = seller(id);
        boolean on = "true".equals(show);
        community.setShowBadgesOnHub(id, on, communityActor());
        ra.addFlashAttribute("coopCommunityDone", on ? seller.getName() + "'s badges now show next to its name on the hub."
                : seller.getName() + "'s badges no longer show on the hub.");
        return back(id);
    }

    /** One side of a mentoring pair accepts, declines or ends it; a seller acts only for itself. */
    @RequestMapping(value = "/{id}/mentoring/{pair}/{step}", method = RequestMethod.POST)
    public String mentoring(Model model, HttpServletResponse response, @PathVariable("id") long id,
                            @PathVariable("pair") long pairId, @PathVariable("step") String step, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.ANSWER_MENTORING, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (!mayRead(Long.toString(id))) {
            return refusedRecord(model, response);
        }
        seller(id);
        try {
            MentoringPair pair;
            if ("accept".equals(step)) {
                pair = community.accept(pairId, id, communityActor());
            } else if ("decline".equals(step)) {
                pair = community.decline(pairId, id, communityActor());
            } else if ("end".equals(step)) {
                pair = community.end(pairId, id, communityActor());
            } else {
                throw RequestRefusedException.notFound("There is no mentoring step '" + step + "'; use accept, decline or end.");
            }
            ra.addFlashAttribute("coopCommunityDone", doneSentence(pair, id));
        } catch (IllegalStateException e) {
            ra.addFlashAttribute("coopCommunityRefused", e.getMessage());
        }
        return back(id);
    }

    private static String doneSentence(MentoringPair pair, long sellerId) {
        switch (pair.state()) {
            case ACTIVE:
                return "Mentoring pair " + pair.id() + " is active: both sides accepted.";
            case DECLINED:
                return "Mentoring pair " + pair.id() + " was declined.";
            case ENDED:
                return "Mentoring pair " + pair.id() + " has ended.";
            default:
                return "You accepted mentoring pair " + pair.id() + "; it becomes active once the other side accepts too.";
        }
    }

    @RequestMapping(value = "/{id}/logins/link", method = RequestMethod.POST)
    public String link(Model model, HttpServletResponse response, @PathVariable("id") long id,
                       @RequestParam(value = "login", required = false) String login, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.LINK_ACCOUNTS, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        Seller seller = seller(id);
        String name = login == null ? "" : login.trim();
        String refusal = linkRefusal(name, id);
        if (refusal != null) {
            ra.addFlashAttribute("coopLoginRefused", refusal);
            ra.addFlashAttribute("coopLoginValue", login);
            return back(id);
        }
        Long before = accounts.sellerOf(name);
        try {
            accounts.link(name, id, actor());
            ra.addFlashAttribute("coopLoginDone", "'" + name + "' now acts for " + seller.getName()
                    + (before != null && before != id ? " (it acted for seller " + before + " before)" : "") + ".");
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopLoginRefused", e.getMessage());
            ra.addFlashAttribute("coopLoginValue", login);
        }
        return back(id);
    }

    @RequestMapping(value = "/{id}/logins/unlink", method = RequestMethod.POST)
    public String unlink(Model model, HttpServletResponse response, @PathVariable("id") long id,
                         @RequestParam(value = "login", required = false) String login, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.LINK_ACCOUNTS, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        Seller seller = seller(id);
        String name = login == null ? "" : login.trim();
        Long linked = name.isEmpty() ? null : accounts.sellerOf(name);
        if (linked == null || linked != id) {
            ra.addFlashAttribute("coopLoginRefused", "login: '" + name + "' does not act for " + seller.getName() + ".");
            return back(id);
        }
        accounts.unlink(name, actor());
        ra.addFlashAttribute("coopLoginDone", "'" + name + "' no longer acts for " + seller.getName() + ".");
        return back(id);
    }

    /** Why the login may not be linked, or null: it must be an admin user, and not a platform admin. */
    private String linkRefusal(String login, long sellerId) {
        if (login.isEmpty()) {
            return "login: is required.";
        }
        AdminUser user = adminUsers.readAdminUserByUserName(login);
        if (user == null) {
            return "login: there is no admin user '" + login + "' (create it in Security → User Management first).";
        }
        for (AdminRole role : user.getAllRoles()) {
            if (CoopAdminMenu.ROLE_ADMIN.equals(role.getName())) {
                return "login: '" + login + "' is a platform admin (" + CoopAdminMenu.ROLE_ADMIN + "), who acts for no seller.";
            }
        }
        return null;
    }

    private Seller seller(long id) {
        Seller seller = sellers.findSeller(id);
        if (seller == null) {
            throw RequestRefusedException.notFound("There is no seller " + id + "; it may have been removed.");
        }
        return seller;
    }

    /** A seller acts for itself (as an organizer of its own participation); staff act on the seller's behalf. */
    private Actor communityActor() {
        return new Actor(AdminActors.signedInLogin(), scope().isSellerScoped() ? ActorRole.ORGANIZER : ActorRole.PLATFORM_ADMIN);
    }

    private static Actor actor() {
        return new Actor(AdminActors.signedInLogin(), ActorRole.PLATFORM_ADMIN);
    }

    private static String back(long id) {
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    @Override
    protected String sectionKey() {
        return SECTION_KEY;
    }

    @Override
    protected void addPageExtras(Model model, String id) {
        if (!"entityEdit".equals(model.asMap().get("viewType"))) {
            return;
        }
        long communitySeller = Long.parseLong(id);
        model.addAttribute("coopCommunitySellerId", communitySeller);
        model.addAttribute("coopBadges", community.badges(communitySeller));
        model.addAttribute("coopShowsBadgesOnHub", community.showsBadgesOnHub(communitySeller));
        model.addAttribute("coopPairs", community.pairsOf(communitySeller));
        model.addAttribute("coopMayChooseHubBadges", policy.may(AdminAction.CHOOSE_HUB_BADGES));
        model.addAttribute("coopMayAnswerMentoring", policy.may(AdminAction.ANSWER_MENTORING));
        model.addAttribute("viewType", VIEW);
        if (scope().isSellerScoped()) {
            return; // a seller's own record: its logins are the platform's business
        }
        long sellerId = Long.parseLong(id);
        model.addAttribute("coopSellerId", sellerId);
        model.addAttribute("coopLogins", accounts.loginsOf(sellerId));
        model.addAttribute("coopMayLink", policy.may(AdminAction.LINK_ACCOUNTS));
        model.addAttribute("viewType", VIEW);
    }
}
