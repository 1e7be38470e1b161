package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.community.service.EarlyAccessService;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A campaign's early access (README, "Seller community"): the campaign page shows when enrollment opens for every
 * seller, and staff who maintain campaigns set the campaign's own lead period (hours after its scheduling; audited).
 */
@Controller
@RequestMapping("/" + CoopCampaignAdminController.SECTION_KEY)
public class CoopEarlyAccessAdminController extends CoopPageController {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    @Resource(name = "coopEarlyAccess")
    protected EarlyAccessService opening;

    /** Adds the campaign page's early access lines to the model (called by the campaign page). */
    void addTo(Model model, long campaignId, String zone) {
        Instant opens = opening.opensForAll(campaignId);
        model.addAttribute("coopEarlyAccessOpens", opens == null ? null
                : WHEN.format(opens.atZone(ZoneId.of(zone))) + " (" + zone + ")");
        model.addAttribute("coopEarlyAccessLead", opening.leadHours(campaignId));
        model.addAttribute("coopMaySetEarlyAccess", policy.may(AdminAction.SET_EARLY_ACCESS));
    }

    @RequestMapping(value = "/{id}/early-access", method = RequestMethod.POST)
    public String setLead(Model model, HttpServletResponse response, @PathVariable("id") long id,
                          @RequestParam(value = "leadHours", required = false) String leadHours, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.SET_EARLY_ACCESS, model, response,
                CoopCampaignAdminController.SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        String text = leadHours == null ? "" : leadHours.trim();
        try {
            int hours;
            try {
                hours = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new CoopValidationException("leadHours", "'" + text + "' is not a whole number of hours");
            }
            opening.setLeadHours(id, hours, new Actor(AdminActors.signedInLogin(), ActorRole.PLATFORM_ADMIN));
            ra.addFlashAttribute("coopEarlyAccessDone", hours == 0 ? "This campaign has no early access period now."
                    : "Sellers with a good record may enroll " + hours + " hours before the others once it is scheduled.");
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopEarlyAccessRefused", "Lead period: " + e.errors().get(0).toString()
                    .replaceFirst("^leadHours: ", "") + ".");
        }
        return "redirect:/" + CoopCampaignAdminController.SECTION_KEY + "/" + id;
    }
}
