package com.coopromo.admin.web;

import com.coopromo.admin.money.CampaignMoney;
import com.coopromo.admin.money.MoneyView;
import com.coopromo.admin.security.AdminAction;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.common.web.RequestRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;

/**
 * A campaign's money page, below the Campaigns section: the platform budget, held, consumed and left; per seller the
 * platform's funding (held, consumed) against the per-seller cap and what the seller funded; the attribution rows with
 * links to their orders; a CSV export of those rows; and, for users with "Cancel Submitted Orders", a button per
 * submitted order that cancels it (budget refunded, attribution reversed, stock restored; audited). Viewing takes
 * "View Campaigns"; a seller-scoped user sees only its own seller's line and rows.
 */
@Controller
@RequestMapping("/" + CoopCampaignAdminController.SECTION_KEY + "/{id}/money")
public class CoopCampaignMoneyAdminController extends CoopPageController {
    static final String SECTION_KEY = CoopCampaignAdminController.SECTION_KEY;
    static final String VIEW = "coopCampaignMoney";

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = CampaignMoney.BEAN_NAME)
    protected CampaignMoney money;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(Model model, HttpServletResponse response, @PathVariable("id") long id) {
        String view = page(model, response, SECTION_KEY, VIEW);
        if (!VIEW.equals(model.asMap().get("viewType"))) {
            return view;
        }
        MoneyView shown = money.of(campaign(id), scope());
        model.addAttribute("coopMoney", shown);
        model.addAttribute("coopMayCancel", policy.may(AdminAction.CANCEL_ORDER) && !shown.sellerScoped());
        return view;
    }

    /** The attribution rows the user may see, as a CSV download. */
    @RequestMapping(value = "/export", method = RequestMethod.GET)
    public String export(Model model, HttpServletResponse response, @PathVariable("id") long id) throws IOException {
        String view = page(model, response, SECTION_KEY, VIEW);
        if (!VIEW.equals(model.asMap().get("viewType"))) {
            return view;
        }
        MoneyView shown = money.of(campaign(id), scope());
        StringWriter csv = new StringWriter();
        money.writeCsv(shown, csv);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"campaign-" + id + "-attribution.csv\"");
        response.getWriter().write(csv.toString());
        response.getWriter().flush();
        return null;
    }

    /** Cancels a submitted order of the campaign, or comes back with one sentence saying why not. */
    @RequestMapping(value = "/orders/{orderId}/cancel", method = RequestMethod.POST)
    public String cancel(Model model, HttpServletResponse response, @PathVariable("id") long id,
                         @PathVariable("orderId") long orderId, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.CANCEL_ORDER, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (scope().isSellerScoped()) {
            return refused(model, response, SECTION_KEY, "Orders are cancelled by platform staff, not by sellers.");
        }
        MoneyView shown = money.of(campaign(id), scope());
        boolean ofCampaign = false;
        for (MoneyView.Row row : shown.rows()) {
            ofCampaign |= row.record().getOrderId() == orderId;
        }
        if (!ofCampaign) {
            throw RequestRefusedException.notFound("Order " + orderId + " has no discount of this campaign.");
        }
        String refusal = money.cancelRefusal(orderId);
        if (refusal != null) {
            ra.addFlashAttribute("coopCancelRefused", refusal);
        } else {
            try {
                ra.addFlashAttribute("coopCancelDone", money.cancel(orderId,
                        new Actor(AdminActors.signedInLogin(), ActorRole.PLATFORM_ADMIN)));
            } catch (IllegalStateException e) {
                ra.addFlashAttribute("coopCancelRefused", e.getMessage()); // cancelled meanwhile
            }
        }
        return "redirect:/" + SECTION_KEY + "/" + id + "/money";
    }

    private Campaign campaign(long id) {
        Campaign campaign = campaigns.find(id);
        if (campaign == null) {
            throw RequestRefusedException.notFound("There is no campaign " + id + "; it may have been removed.");
        }
        return campaign;
    }
}
