package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.SellerStatement;
import com.coopromo.settlement.domain.Settlement;
import com.coopromo.settlement.persistence.PayoutRulesProposal;
import com.coopromo.settlement.persistence.SettlementRunRecord;
import com.coopromo.settlement.persistence.StoredPayoutRules;
import com.coopromo.settlement.service.PayoutRulesAdjustments;
import com.coopromo.settlement.service.PayoutRulesForm;
import com.coopromo.settlement.service.PayoutRulesLockedException;
import com.coopromo.settlement.service.SettlementService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Settlement section: per campaign, the payout rules (a form whose refusals sit on their fields, and a preview:
 * "with today's figures these sellers would earn ..."), dry runs, the runs with their reconciliation and fairness
 * figures, the statements and a CSV download. A seller-scoped user sees only its own statements. Once the campaign is
 * live, new rules are proposed to the committee (an adjustment decision) instead of saved; they take effect when the
 * decision is approved.
 */
@Controller
@RequestMapping("/" + CoopSettlementAdminController.SECTION_KEY)
public class CoopSettlementAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-settlement";
    static final String VIEW = "coopSettlement";
    static final String[] FIELDS = {PayoutRules.POOL, PayoutRules.SALES_TIERS, PayoutRules.TRAFFIC_TIERS,
            PayoutRules.SELLER_CAP, PayoutRules.EXPONENT, PayoutRules.NEWCOMER_BOOST, PayoutRules.MINIMUM};

    @Resource(name = "coopSettlementService")
    protected SettlementService settlement;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopPayoutRulesAdjustments")
    protected PayoutRulesAdjustments adjustments;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(Model model, HttpServletResponse response,
                       @RequestParam(value = "campaign", required = false) String campaignParam,
                       @RequestParam(value = "run", required = false) String runParam,
                       @RequestParam(value = "seller", required = false) String sellerParam) {
        String view = page(model, response, SECTION_KEY, VIEW);
        if (!VIEW.equals(model.asMap().get("viewType"))) {
            return view;
        }
        SellerScope scope = scope();
        model.addAttribute("coopCampaigns", campaigns.findAll());
        model.addAttribute("coopMayMaintain", mayMaintain());
        model.addAttribute("coopSellerScoped", scope.isSellerScoped());
        if (!model.containsAttribute("coopErrors")) {
            model.addAttribute("coopErrors", new LinkedHashMap<String, String>());
        }
        Long runId = number(runParam);
        SettlementRunRecord run = runId == null ? null : settlement.run(runId);
        if (runId != null && run == null) {
            return refused(model, response, SECTION_KEY, "run: there is no settlement run " + runParam.trim() + ".");
        }
        Long campaignId = run != null ? Long.valueOf(run.campaignId()) : number(campaignParam);
        if (campaignId == null) {
            return view;
        }
        Campaign campaign = campaignId < 0 ? null : campaigns.find(campaignId);
        if (campaign == null) {
            return refused(model, response, SECTION_KEY, "campaign: there is no campaign " + campaignParam.trim() + ".");
        }
        model.addAttribute("coopCampaign", campaign);
        if (!model.containsAttribute("coopForm")) {
            StoredPayoutRules current = settlement.rules(campaignId);
            model.addAttribute("coopForm", PayoutRulesForm.of(current == null
                    ? PayoutRules.defaults(new BigDecimal("1000.00")) : current.rules()));
            model.addAttribute("coopRulesVersion", current == null ? null : current.version());
        }
        model.addAttribute("coopRulesLocked", settlement.rulesLockedReason(campaignId));
        model.addAttribute("coopRulesHistory", settlement.rulesHistory(campaignId));
        List<PayoutRulesProposal> proposals = adjustments.proposals(campaignId);
        model.addAttribute("coopRulesProposals", proposals);
        PayoutRulesProposal pending = adjustments.pending(campaignId);
        model.addAttribute("coopRulesPending", pending);
        model.addAttribute("coopMayPropose", mayMaintain() && campaign.getState() == CampaignState.LIVE && pending == null);
        List<SettlementRunRecord> runs = settlement.runs(campaignId);
        model.addAttribute("coopRuns", runs);
        if (run != null) {
            model.addAttribute("coopRun", run);
            List<SellerStatement> statements;
            if (scope.isSellerScoped()) {
                SellerStatement own = settlement.statement(run.id(), scope.sellerId());
                statements = new ArrayList<SellerStatement>();
                if (own != null) {
                    statements.add(own);
                }
            } else {
                statements = settlement.statements(run.id());
                model.addAttribute("coopFairness", settlement.fairness(run.id()));
            }
            model.addAttribute("coopStatements", statements);
            model.addAttribute("coopSellerNames", names(statements));
            Long sellerId = number(sellerParam);
            if (sellerId != null) {
                if (scope.isSellerScoped() && !scope.owns(sellerId)) {
                    return refused(model, response, SECTION_KEY, "seller: this statement belongs to another seller;"
                            + " you may only see your own.");
                }
                SellerStatement one = settlement.statement(run.id(), sellerId);
                if (one == null) {
                    return refused(model, response, SECTION_KEY, "seller: seller " + sellerId + " has no statement in run " + run.id() + ".");
                }
                model.addAttribute("coopStatement", one);
            } else if (scope.isSellerScoped() && statements.size() == 1) {
                model.addAttribute("coopStatement", statements.get(0));
            }
        }
        return view;
    }

    /**
     * Saves the rules (a new version); with {@code action=preview}, shows what sellers would earn under them; with
     * {@code action=propose} (a live campaign), puts them to the committee with the {@code reason}.
     */
    @RequestMapping(value = "/rules", method = RequestMethod.POST)
    public String rules(Model model, HttpServletRequest request, HttpServletResponse response,
                        @RequestParam("campaign") long campaignId,
                        @RequestParam(value = "action", required = false) String action, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.SET_PAYOUT_RULES, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        PayoutRulesForm form = new PayoutRulesForm();
        form.setPool(request.getParameter(PayoutRules.POOL));
        form.setSalesTiers(request.getParameter(PayoutRules.SALES_TIERS));
        form.setTrafficTiers(request.getParameter(PayoutRules.TRAFFIC_TIERS));
        form.setSellerCapPercent(request.getParameter(PayoutRules.SELLER_CAP));
        form.setDiminishingExponent(request.getParameter(PayoutRules.EXPONENT));
        form.setNewcomerBoostPercent(request.getParameter(PayoutRules.NEWCOMER_BOOST));
        form.setMinimumPayout(request.getParameter(PayoutRules.MINIMUM));
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if ("preview".equals(action)) {
            try {
                Settlement preview = settlement.preview(campaignId, form);
                model.addAttribute("coopPreview", preview);
                model.addAttribute("coopSellerNames", names(preview.statements()));
            } catch (CoopValidationException e) {
                errors.putAll(errorsByField(e, identity()));
            }
            model.addAttribute("coopForm", form);
            model.addAttribute("coopErrors", errors);
            return show(model, response, String.valueOf(campaignId), null, null);
        }
        if ("propose".equals(action)) {
            String reason = request.getParameter("reason");
            try {
                PayoutRulesProposal proposal = adjustments.propose(campaignId, form, reason,
                        new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER));
                ra.addFlashAttribute("coopDone", "The new payout rules were put to the committee as decision #"
                        + proposal.decisionId() + "; the rules in force stay until it is approved.");
            } catch (CoopValidationException e) {
                errors.putAll(errorsByField(e, proposalFields()));
                ra.addFlashAttribute("coopForm", form);
                ra.addFlashAttribute("coopReason", reason);
            }
            ra.addFlashAttribute("coopErrors", errors);
            return "redirect:/" + SECTION_KEY + "?campaign=" + campaignId;
        }
        try {
            StoredPayoutRules saved = settlement.saveRules(campaignId, form, AdminActors.signedInLogin());
            ra.addFlashAttribute("coopDone", "Payout rules saved as version " + saved.version() + ".");
        } catch (CoopValidationException e) {
            errors.putAll(errorsByField(e, identity()));
            ra.addFlashAttribute("coopForm", form);
        } catch (PayoutRulesLockedException e) {
            errors.put(GENERAL, e.getMessage());
            ra.addFlashAttribute("coopForm", form);
        } catch (IllegalArgumentException e) {
            errors.put(GENERAL, "campaign: there is no campaign " + campaignId + ".");
        }
        ra.addFlashAttribute("coopErrors", errors);
        return "redirect:/" + SECTION_KEY + "?campaign=" + campaignId;
    }

    /** A dry run now; shows its statements. */
    @RequestMapping(value = "/dry-run", method = RequestMethod.POST)
    public String dryRun(Model model, HttpServletResponse response, @RequestParam("campaign") long campaignId,
                         RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.RUN_SETTLEMENT, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        try {
            SettlementRunRecord run = settlement.dryRun(campaignId, AdminActors.signedInLogin());
            ra.addFlashAttribute("coopDone", "Dry run " + run.id() + ": " + run.sellersDone() + " statement(s), bonus "
                    + run.bonusPaid().toPlainString() + " of " + run.pool().toPlainString()
                    + (Boolean.TRUE.equals(run.balanced()) ? ", reconciled with no difference." : ", NOT reconciled: see the report."));
            return "redirect:/" + SECTION_KEY + "?run=" + run.id();
        } catch (RuntimeException e) {
            Map<String, String> errors = new LinkedHashMap<String, String>();
            errors.put(GENERAL, e.getMessage());
            ra.addFlashAttribute("coopErrors", errors);
            return "redirect:/" + SECTION_KEY + "?campaign=" + campaignId;
        }
    }

    /** The run's statements as CSV (a seller-scoped user gets its own row only). */
    @RequestMapping(value = "/statements.csv", method = RequestMethod.GET)
    public String csv(Model model, HttpServletResponse response, @RequestParam("run") String runParam) throws IOException {
        String notViewable = viewRefusal(SECTION_KEY);
        if (notViewable != null) {
            return refused(model, response, SECTION_KEY, notViewable);
        }
        Long runId = number(runParam);
        SettlementRunRecord run = runId == null ? null : settlement.run(runId);
        if (run == null) {
            return refused(model, response, SECTION_KEY, "run: there is no settlement run " + runParam.trim() + ".");
        }
        SellerScope scope = scope();
        List<SellerStatement> statements = new ArrayList<SellerStatement>();
        for (SellerStatement s : settlement.statements(run.id())) {
            if (!scope.isSellerScoped() || scope.owns(s.sellerId())) {
                statements.add(s);
            }
        }
        Map<Long, String> names = names(statements);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"settlement-run-" + run.id() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord("run", "kind", "campaign", "seller_id", "seller", "lines", "gross_sales", "seller_funded_discounts",
                "platform_reimbursements", "cancellations_reversed", "net_sales", "bonus", "bonus_rule", "net_amount");
        for (SellerStatement s : statements) {
            csv.printRecord(run.id(), run.kind(), run.campaignId(), s.sellerId(), names.get(s.sellerId()), s.lines(),
                    s.grossSales().toPlainString(), s.sellerFundedDiscounts().toPlainString(),
                    s.platformReimbursements().toPlainString(), s.cancellationsReversed().toPlainString(),
                    s.netSales().toPlainString(), s.bonus().toPlainString(), s.bonusRule(), s.net().toPlainString());
        }
        csv.flush();
        return null;
    }

    private boolean mayMaintain() {
        return policy.may(AdminAction.SET_PAYOUT_RULES) && !scope().isSellerScoped();
    }

    private Map<Long, String> names(List<SellerStatement> statements) {
        Set<Long> ids = new HashSet<Long>();
        for (SellerStatement s : statements) {
            ids.add(s.sellerId());
        }
        return settlement.sellerNames(ids);
    }

    private static Map<String, String> identity() {
        Map<String, String> map = new LinkedHashMap<String, String>();
        for (String f : FIELDS) {
            map.put(f, f);
        }
        return map;
    }

    private static Map<String, String> proposalFields() {
        Map<String, String> map = identity();
        map.put("reason", "reason");
        return map;
    }

    private static Long number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
