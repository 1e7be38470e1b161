package com.coopromo.admin.web;

import com.coopromo.calendar.service.CalendarService;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignLifecycle;
import com.coopromo.campaign.domain.TransitionRefusedException;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Campaigns section: Broadleaf's own list, add and edit screens (the form goes through
 * {@link com.coopromo.admin.persistence.CampaignAdminHandler}), and below a campaign's form its lifecycle: one button
 * per action allowed from its state, with a reason; its history; and its calendar conflicts, so they are seen before
 * approval. The signed-in admin acts in the role {@link AdminActors} gives the action.
 */
@Controller
@RequestMapping("/" + CoopCampaignAdminController.SECTION_KEY)
public class CoopCampaignAdminController extends AdminBasicEntityController {
    public static final String SECTION_KEY = "coop-campaigns";
    static final String VIEW = "coopCampaignEdit";

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopCalendarService")
    protected CalendarService calendar;

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String key = super.getSectionKey(pathVars);
        return key != null ? key : SECTION_KEY;
    }

    @Override
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String viewEntityForm(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @PathVariable Map<String, String> pathVars,
                                 @PathVariable("id") String id) throws Exception {
        String view = super.viewEntityForm(request, response, model, pathVars, id);
        addLifecycle(model, id);
        return view;
    }

    @Override
    @RequestMapping(value = "/{id}", method = RequestMethod.POST)
    public String saveEntity(HttpServletRequest request, HttpServletResponse response, Model model,
                             @PathVariable Map<String, String> pathVars,
                             @PathVariable(value = "id") String id,
                             @ModelAttribute(value = "entityForm") EntityForm entityForm, BindingResult result,
                             RedirectAttributes ra) throws Exception {
        String view = super.saveEntity(request, response, model, pathVars, id, entityForm, result, ra);
        if (result.hasErrors()) {
            addLifecycle(model, id);
        }
        return view;
    }

    /** Runs one lifecycle action as the signed-in admin and comes back to the campaign's page with the outcome. */
    @RequestMapping(value = "/{id}/lifecycle", method = RequestMethod.POST)
    public String act(@PathVariable("id") long id, @RequestParam("action") String action,
                      @RequestParam(value = "reason", required = false) String reason, RedirectAttributes ra) {
        try {
            CampaignAction campaignAction = CampaignAction.valueOf(action);
            Campaign campaign = campaigns.find(id);
            if (campaign == null) {
                throw new CoopValidationException("campaignId", "no campaign with id " + id);
            }
            Campaign moved = campaigns.act(id, campaignAction, AdminActors.signedIn(campaignAction, campaign.getState(),
                    campaign.toTerms().tier()), reason);
            ra.addFlashAttribute("coopLifecycleDone", campaignAction + ": the campaign is now " + moved.getState());
        } catch (TransitionRefusedException e) {
            ra.addFlashAttribute("coopLifecycleRefused", e.getMessage());
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopLifecycleRefused", e.getMessage());
        } catch (IllegalArgumentException e) {
            ra.addFlashAttribute("coopLifecycleRefused", "unknown action '" + action + "'");
        }
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    private void addLifecycle(Model model, String id) {
        if (!"entityEdit".equals(model.asMap().get("viewType"))) {
            return; // a modal view of the campaign: Broadleaf's read-only form only
        }
        long campaignId = Long.parseLong(id);
        Campaign campaign = campaigns.find(campaignId);
        if (campaign == null) {
            return;
        }
        List<CampaignAction> actions = new ArrayList<CampaignAction>();
        for (CampaignAction action : CampaignLifecycle.actionsFrom(campaign.getState())) {
            if (AdminActors.offeredToPeople(action)) {
                actions.add(action);
            }
        }
        model.addAttribute("coopCampaign", campaign);
        model.addAttribute("coopActions", actions);
        model.addAttribute("coopHistory", campaigns.history(campaignId));
        model.addAttribute("coopConflicts", calendar.conflictsFor(campaignId));
        model.addAttribute("viewType", VIEW);
    }
}
