package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.campaign.domain.CampaignObjective;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.debrief.domain.DebriefFigures;
import com.coopromo.debrief.domain.SurveyAnswer;
import com.coopromo.debrief.service.Debrief;
import com.coopromo.debrief.search.LessonsLibrary;
import com.coopromo.debrief.service.DebriefService;
import com.coopromo.search.SearchOffException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Campaign debriefs section: per ended campaign, the figures (traffic drivers, cross-seller co-purchases, funnel,
 * budget and payout use, targets), the survey's summary (averages, counts, comments without authors), the organiser's
 * lessons and the publish button; a seller's login answers its seller's survey here (once) and sees its own rows of
 * the drivers and co-purchases only.
 */
@Controller
@RequestMapping("/" + CoopDebriefAdminController.SECTION_KEY)
public class CoopDebriefAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-debriefs";
    static final String VIEW = "coopDebrief";
    static final String LIBRARY_VIEW = "coopLessonsLibrary";
    private static final DateTimeFormatter CLONE_START = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    @Resource(name = "coopDebriefService")
    protected DebriefService debriefs;

    @Resource(name = "coopLessonsLibrary")
    protected LessonsLibrary library;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String show(Model model, HttpServletResponse response,
                       @RequestParam(value = "campaign", required = false) String campaignParam) {
        String view = page(model, response, SECTION_KEY, VIEW);
        if (!VIEW.equals(model.asMap().get("viewType"))) {
            return view;
        }
        SellerScope scope = scope();
        model.addAttribute("coopCampaigns", debriefs.debriefable());
        model.addAttribute("coopSellerScoped", scope.isSellerScoped());
        model.addAttribute("coopMayPublish", policy.may(AdminAction.PUBLISH_DEBRIEF) && !scope.isSellerScoped());
        if (!model.containsAttribute("coopErrors")) {
            model.addAttribute("coopErrors", new LinkedHashMap<String, String>());
        }
        Long campaignId = number(campaignParam);
        if (campaignId == null) {
            return view;
        }
        if (campaignId < 0) {
            return refused(model, response, SECTION_KEY, "campaign: there is no campaign " + campaignParam.trim() + ".");
        }
        Debrief debrief;
        try {
            debrief = debriefs.debrief(campaignId);
        } catch (IllegalArgumentException e) {
            return refused(model, response, SECTION_KEY, e.getMessage());
        }
        model.addAttribute("coopDebrief", debrief);
        DebriefFigures f = debrief.figures();
        if (scope.isSellerScoped()) {
            List<DebriefFigures.Driver> listings = new ArrayList<DebriefFigures.Driver>();
            for (DebriefFigures.Driver d : f.listings()) {
                if (scope.owns(d.sellerId())) {
                    listings.add(d);
                }
            }
            List<DebriefFigures.Driver> sellers = new ArrayList<DebriefFigures.Driver>();
            for (DebriefFigures.Driver d : f.sellers()) {
                if (scope.owns(d.sellerId())) {
                    sellers.add(d);
                }
            }
            List<DebriefFigures.CoPurchase> pairs = new ArrayList<DebriefFigures.CoPurchase>();
            for (DebriefFigures.CoPurchase p : f.coPurchases()) {
                if (scope.owns(p.sellerA()) || scope.owns(p.sellerB())) {
                    pairs.add(p);
                }
            }
            model.addAttribute("coopListings", listings);
            model.addAttribute("coopSellers", sellers);
            model.addAttribute("coopPairs", pairs);
            Long seller = scope.sellerId();
            boolean takesPart = seller != null && debriefs.participates(campaignId, seller);
            model.addAttribute("coopSurveyOpen", takesPart && !debrief.isPublished()
                    && !debriefs.hasAnswered(campaignId, seller) && policy.may(AdminAction.ANSWER_SURVEY));
            model.addAttribute("coopSurveyAnswered", takesPart && debriefs.hasAnswered(campaignId, seller));
        } else {
            model.addAttribute("coopListings", f.listings());
            model.addAttribute("coopSellers", f.sellers());
            model.addAttribute("coopPairs", f.coPurchases());
            model.addAttribute("coopSurveyOpen", false);
            model.addAttribute("coopSurveyAnswered", false);
        }
        model.addAttribute("coopMayClone", debrief.isPublished() && !scope.isSellerScoped()
                && policy.may(AdminAction.CLONE_CAMPAIGN));
        if (!model.containsAttribute("coopCloneForm")) {
            model.addAttribute("coopCloneForm", new LinkedHashMap<String, String>());
        }
        if (!model.containsAttribute("coopSurveyForm")) {
            model.addAttribute("coopSurveyForm", new LinkedHashMap<String, String>());
        }
        if (!model.containsAttribute("coopLessons")) {
            model.addAttribute("coopLessons", debrief.lessons());
        }
        return view;
    }

    /**
     * The lessons library: published debriefs searched in Elasticsearch by text, theme, tier, objective and outcome.
     * When search does not answer, the page says so in one sentence.
     */
    @RequestMapping(value = "/library", method = RequestMethod.GET)
    public String library(Model model, HttpServletResponse response,
                          @RequestParam(value = "q", required = false) String text,
                          @RequestParam(value = "theme", required = false) String theme,
                          @RequestParam(value = "tier", required = false) String tier,
                          @RequestParam(value = "objective", required = false) String objective,
                          @RequestParam(value = "outcome", required = false) String outcome) {
        String view = page(model, response, SECTION_KEY, LIBRARY_VIEW);
        if (!LIBRARY_VIEW.equals(model.asMap().get("viewType"))) {
            return view;
        }
        Map<String, String> query = new LinkedHashMap<String, String>();
        query.put("q", text == null ? "" : text);
        query.put("theme", theme == null ? "" : theme);
        query.put("tier", known(tier, CampaignTier.values()));
        query.put("objective", known(objective, CampaignObjective.values()));
        query.put("outcome", known(outcome, new String[] {"met", "missed", "no targets"}));
        model.addAttribute("coopQuery", query);
        model.addAttribute("coopTiers", CampaignTier.values());
        model.addAttribute("coopObjectives", CampaignObjective.values());
        try {
            model.addAttribute("coopHits", library.search(query.get("q"), query.get("theme"), query.get("tier"),
                    query.get("objective"), query.get("outcome")));
        } catch (SearchOffException e) {
            model.addAttribute("coopLibraryDown", SearchOffException.MESSAGE);
        } catch (Exception e) {
            model.addAttribute("coopLibraryDown", LessonsLibrary.UNAVAILABLE);
        }
        return view;
    }

    private static String known(String value, Object[] allowed) {
        if (value == null) {
            return "";
        }
        for (Object a : allowed) {
            if (a.toString().equals(value.trim())) {
                return a.toString();
            }
        }
        return "";
    }

    /** Saves the draft's lessons or, with {@code action=publish}, publishes the debrief with them. */
    @RequestMapping(value = "/lessons", method = RequestMethod.POST)
    public String lessons(Model model, HttpServletResponse response,
                          @RequestParam(value = "campaign", required = false) String campaignParam,
                          @RequestParam(value = "lessons", required = false) String lessons,
                          @RequestParam(value = "action", required = false) String action, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.PUBLISH_DEBRIEF, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        Long campaignId = number(campaignParam);
        if (campaignId == null || campaignId < 0) {
            return refused(model, response, SECTION_KEY, "campaign: choose the campaign whose debrief this is.");
        }
        Map<String, String> errors = new LinkedHashMap<String, String>();
        try {
            if ("publish".equals(action)) {
                debriefs.publish(campaignId, lessons, AdminActors.signedInLogin());
                ra.addFlashAttribute("coopDone", "The debrief is published: its figures are frozen as they are now.");
            } else {
                debriefs.saveLessons(campaignId, lessons, AdminActors.signedInLogin());
                ra.addFlashAttribute("coopDone", "Lessons saved; the debrief is still a draft.");
            }
        } catch (CoopValidationException e) {
            errors.putAll(errorsByField(e, fields(DebriefService.LESSONS, DebriefService.LESSONS)));
            ra.addFlashAttribute("coopLessons", lessons);
        } catch (IllegalArgumentException e) {
            return refused(model, response, SECTION_KEY, e.getMessage());
        }
        ra.addFlashAttribute("coopErrors", errors);
        return "redirect:/" + SECTION_KEY + "?campaign=" + campaignId;
    }

    /** The signed-in seller's answer to the campaign's survey. */
    @RequestMapping(value = "/survey", method = RequestMethod.POST)
    public String survey(Model model, HttpServletResponse response,
                         @RequestParam(value = "campaign", required = false) String campaignParam,
                         @RequestParam(value = SurveyAnswer.ASSET_CLARITY, required = false) String assetClarity,
                         @RequestParam(value = SurveyAnswer.MESSAGING, required = false) String messaging,
                         @RequestParam(value = SurveyAnswer.FAIRNESS, required = false) String fairness,
                         @RequestParam(value = SurveyAnswer.COMMENT, required = false) String comment,
                         RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.ANSWER_SURVEY, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        SellerScope scope = scope();
        if (!scope.isSellerScoped() || scope.sellerId() == null) {
            return refused(model, response, SECTION_KEY, "seller: only a seller's own login answers its survey.");
        }
        Long campaignId = number(campaignParam);
        if (campaignId == null || campaignId < 0) {
            return refused(model, response, SECTION_KEY, "campaign: choose the campaign whose survey you answer.");
        }
        Map<String, String> errors = new LinkedHashMap<String, String>();
        try {
            debriefs.answerSurvey(campaignId, scope.sellerId(), assetClarity, messaging, fairness, comment,
                    AdminActors.signedInLogin());
            ra.addFlashAttribute("coopDone", "Thank you: your answer is recorded and shown only within the summary.");
        } catch (CoopValidationException e) {
            errors.putAll(errorsByField(e, fields(SurveyAnswer.ASSET_CLARITY, SurveyAnswer.ASSET_CLARITY,
                    SurveyAnswer.MESSAGING, SurveyAnswer.MESSAGING, SurveyAnswer.FAIRNESS, SurveyAnswer.FAIRNESS,
                    SurveyAnswer.COMMENT, SurveyAnswer.COMMENT)));
            Map<String, String> typed = new LinkedHashMap<String, String>();
            typed.put(SurveyAnswer.ASSET_CLARITY, assetClarity);
            typed.put(SurveyAnswer.MESSAGING, messaging);
            typed.put(SurveyAnswer.FAIRNESS, fairness);
            typed.put(SurveyAnswer.COMMENT, comment);
            ra.addFlashAttribute("coopSurveyForm", typed);
        } catch (IllegalArgumentException e) {
            return refused(model, response, SECTION_KEY, e.getMessage());
        }
        ra.addFlashAttribute("coopErrors", errors);
        return "redirect:/" + SECTION_KEY + "?campaign=" + campaignId;
    }

    /**
     * Starts a new campaign from a published debrief: the campaign's terms cloned as a template (a draft) that carries
     * the debrief's lessons; opens the new campaign. Refusals come back on this page, one sentence each.
     */
    @RequestMapping(value = "/clone", method = RequestMethod.POST)
    public String cloneFromDebrief(Model model, HttpServletResponse response,
                                   @RequestParam(value = "campaign", required = false) String campaignParam,
                                   @RequestParam(value = "cloneName", required = false) String name,
                                   @RequestParam(value = "cloneSlug", required = false) String slug,
                                   @RequestParam(value = "cloneStartsAt", required = false) String startsAt,
                                   RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.CLONE_CAMPAIGN, model, response, SECTION_KEY);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (scope().isSellerScoped()) {
            return refused(model, response, SECTION_KEY, "campaign: campaigns are started by the platform's staff, not by a seller.");
        }
        Long campaignId = number(campaignParam);
        if (campaignId == null || campaignId < 0) {
            return refused(model, response, SECTION_KEY, "campaign: choose the debrief to start from.");
        }
        Map<String, String> errors = new LinkedHashMap<String, String>();
        String startText = startsAt == null ? "" : startsAt.trim();
        LocalDateTime start = null;
        try {
            start = LocalDateTime.parse(startText, CLONE_START);
        } catch (DateTimeParseException e) {
            errors.put("startsAt", "startsAt: give the new start as yyyy-MM-dd HH:mm, e.g. 2027-03-01 09:00 (was \""
                    + startText + "\").");
        }
        if (errors.isEmpty()) {
            try {
                Campaign clone = debriefs.cloneFromDebrief(campaignId, trimmed(name), trimmed(slug), start,
                        new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER));
                ra.addFlashAttribute("coopCloneDone", "Started from the debrief of campaign " + campaignId
                        + " as a new " + clone.getState() + ": " + clone.getName() + "; it carries the debrief's lessons.");
                return "redirect:/" + CoopCampaignAdminController.SECTION_KEY + "/" + clone.getId();
            } catch (CoopValidationException e) {
                errors.putAll(errorsByField(e, fields("name", "name", "slug", "slug", "startsAt", "startsAt")));
            } catch (IllegalArgumentException e) {
                errors.put(GENERAL, e.getMessage());
            }
        }
        Map<String, String> typed = new LinkedHashMap<String, String>();
        typed.put("name", name);
        typed.put("slug", slug);
        typed.put("startsAt", startsAt);
        ra.addFlashAttribute("coopCloneForm", typed);
        ra.addFlashAttribute("coopErrors", errors);
        return "redirect:/" + SECTION_KEY + "?campaign=" + campaignId;
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
