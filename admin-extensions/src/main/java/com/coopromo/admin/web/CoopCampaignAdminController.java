package com.coopromo.admin.web;

import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.calendar.service.CalendarService;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignLifecycle;
import com.coopromo.campaign.domain.TransitionRefusedException;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.campaign.service.CommitteeReview;
import com.coopromo.campaign.service.PendingReview;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Campaigns section: Broadleaf's own list, add and edit screens (the form goes through
 * {@link com.coopromo.admin.persistence.CampaignAdminHandler}), and below a campaign's form its lifecycle: one button
 * per action allowed from its state, with a reason; its history; and its calendar conflicts, so they are seen before
 * approval. The signed-in admin acts in the capacity {@link CampaignCapacity} finds from who they are (permissions,
 * committee office); the buttons are the actions they may take, with one sentence for each they may not (approval of
 * a committee-reviewed tier is the committee's: the sentence names its decision and count).
 * <p>
 * The page also offers "Clone as template": a new DRAFT with the campaign's brief, rules and required assets (not its
 * participants) under a new name and slug, starting at a new local time in the campaign's zone
 * ({@link CampaignService#cloneAsTemplate}). Refused input comes back to the page with each error by its field.
 * <p>
 * Campaigns are shared: a seller-scoped user sees them read-only, with only its own seller's participations and the
 * calendar conflicts that concern no other seller, and may neither move nor clone them.
 */
@Controller
@RequestMapping("/" + CoopCampaignAdminController.SECTION_KEY)
public class CoopCampaignAdminController extends CoopSectionController {
    public static final String SECTION_KEY = "coop-campaigns";
    static final String VIEW = "coopCampaignEdit";
    static final String SHARED_CAMPAIGN = "Campaigns are shared by all sellers: only platform staff move or clone them "
            + "(committee members vote in the Approval Queue).";
    static final String READ_ONLY = "You may view campaigns but not move or clone them: that takes the permission "
            + "'Maintain Campaigns' or a committee seat whose tier rights let you review.";
    /** The entity permission under "Maintain Campaigns". */
    static final String MAINTAIN = "PERMISSION_ALL_COOP_CAMPAIGN";

    @Resource(name = "coopCampaignService")
    protected CampaignService campaigns;

    @Resource(name = "coopDebriefService")
    protected com.coopromo.debrief.service.DebriefService debriefs;

    @Resource(name = "coopCalendarService")
    protected CalendarService calendar;

    @Resource(name = "coopParticipationService")
    protected ParticipationService participations;

    @Resource(name = "coopGovernanceService")
    protected GovernanceService governance;

    @Resource(name = "coopCommitteeReview")
    protected CommitteeReview committeeReview;

    @Resource(name = "coopClock")
    protected Clock clock;

    /** The clone form's start format: a local date-time in the campaign's zone, parsed strictly. */
    static final String CLONE_START_FORMAT = "yyyy-MM-dd HH:mm";
    private static final DateTimeFormatter CLONE_START = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Runs one lifecycle action as the signed-in admin and comes back to the campaign's page with the outcome. */
    @RequestMapping(value = "/{id}/lifecycle", method = RequestMethod.POST)
    public String act(Model model, HttpServletResponse response, @PathVariable("id") long id,
                      @RequestParam("action") String action,
                      @RequestParam(value = "reason", required = false) String reason, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.MOVE_CAMPAIGN, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (scope().isSellerScoped()) {
            return refused(model, response, SHARED_CAMPAIGN);
        }
        if (action == null || action.trim().isEmpty()) {
            ra.addFlashAttribute("coopLifecycleRefused", "action: is required");
            return "redirect:/" + SECTION_KEY + "/" + id;
        }
        CampaignAction campaignAction;
        try {
            campaignAction = CampaignAction.valueOf(action.trim());
        } catch (IllegalArgumentException e) {
            ra.addFlashAttribute("coopLifecycleRefused", "unknown action '" + action + "'");
            return "redirect:/" + SECTION_KEY + "/" + id;
        }
        try {
            Campaign campaign = campaigns.find(id);
            if (campaign == null) {
                throw new CoopValidationException("campaignId", "no campaign with id " + id);
            }
            CampaignCapacity capacity = capacity(campaign);
            if (!capacity.holdsAny()) {
                return refused(model, response, READ_ONLY);
            }
            Actor actor = capacity.actorFor(campaignAction);
            if (actor == null) {
                ra.addFlashAttribute("coopLifecycleRefused", capacity.requestRefusal(campaignAction));
                return "redirect:/" + SECTION_KEY + "/" + id;
            }
            Campaign moved = campaigns.act(id, campaignAction, actor, reason);
            PendingReview pending = committeeReview.pending(id);
            ra.addFlashAttribute("coopLifecycleDone", campaignAction + ": the campaign is now " + moved.getState()
                    + (pending != null && campaignAction != CampaignAction.CANCEL
                    ? "; " + pending.sentence().substring(0, 1).toLowerCase() + pending.sentence().substring(1) : ""));
        } catch (TransitionRefusedException e) {
            ra.addFlashAttribute("coopLifecycleRefused", e.getMessage());
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopLifecycleRefused", e.getMessage());
        }
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    private CampaignCapacity capacity(Campaign campaign) {
        return CampaignCapacity.of(campaign, scope().isSellerScoped(), governance, committeeReview, clock.instant());
    }

    /**
     * Clones the campaign as a template, as the signed-in admin in the organizer's role, and opens the new draft; on
     * refused input nothing is saved and the campaign's page comes back with each error by its field and the values
     * as typed.
     */
    @RequestMapping(value = "/{id}/clone", method = RequestMethod.POST)
    public String cloneAsTemplate(Model model, HttpServletResponse response, @PathVariable("id") long id,
                                  @RequestParam(value = "cloneName", required = false) String name,
                                  @RequestParam(value = "cloneSlug", required = false) String slug,
                                  @RequestParam(value = "cloneStartsAt", required = false) String startsAt,
                                  RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.CLONE_CAMPAIGN, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        String refusal = changeRefusal();
        if (refusal != null) {
            return refused(model, response, refusal);
        }
        Map<String, String> errors = new LinkedHashMap<String, String>();
        LocalDateTime start = null;
        String startText = startsAt == null ? "" : startsAt.trim();
        if (startText.isEmpty()) {
            errors.put("startsAt", "New start: is required, as " + CLONE_START_FORMAT);
        } else {
            try {
                start = LocalDateTime.parse(startText, CLONE_START);
            } catch (DateTimeParseException e) {
                errors.put("startsAt", "New start: '" + startText + "' is not a date and time as "
                        + CLONE_START_FORMAT + " (e.g. 2027-03-01 09:00)");
            }
        }
        if (errors.isEmpty()) {
            try {
                Actor by = new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER);
                Campaign clone = campaigns.cloneAsTemplate(id, trimmed(name), trimmed(slug), start, by);
                ra.addFlashAttribute("coopCloneDone", "Cloned from campaign " + id + " as a new "
                        + clone.getState() + ": " + clone.getName());
                return "redirect:/" + SECTION_KEY + "/" + clone.getId();
            } catch (CoopValidationException e) {
                for (FieldError error : e.errors()) {
                    String label = cloneLabel(error.field());
                    String message = (label != null ? label : error.field()) + ": " + error.reason();
                    String previous = errors.get(error.field());
                    errors.put(error.field(), previous == null ? message : previous + "; " + message);
                }
            }
        }
        Map<String, String> byField = new LinkedHashMap<String, String>();
        List<String> others = new ArrayList<String>();
        for (Map.Entry<String, String> error : errors.entrySet()) {
            if (cloneLabel(error.getKey()) != null) {
                byField.put(error.getKey(), error.getValue());
            } else {
                others.add(error.getValue());
            }
        }
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("name", name == null ? "" : name);
        values.put("slug", slug == null ? "" : slug);
        values.put("startsAt", startsAt == null ? "" : startsAt);
        ra.addFlashAttribute("coopCloneErrors", byField);
        ra.addFlashAttribute("coopCloneOtherErrors", others);
        ra.addFlashAttribute("coopCloneValues", values);
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    /** Why the signed-in user may not move or clone campaigns, or null: sellers never, staff with the permission. */
    private String changeRefusal() {
        if (scope().isSellerScoped()) {
            return SHARED_CAMPAIGN;
        }
        return policy.may(AdminAction.CLONE_CAMPAIGN) ? null : READ_ONLY;
    }

    private static String cloneLabel(String field) {
        if ("name".equals(field)) {
            return "New name";
        } else if ("slug".equals(field)) {
            return "New URL slug";
        } else if ("startsAt".equals(field)) {
            return "New start";
        }
        return null;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    @Override
    protected String sectionKey() {
        return SECTION_KEY;
    }

    @Resource(name = "coopEarlyAccessAdminController")
    protected CoopEarlyAccessAdminController earlyAccess;

    @Override
    protected void addPageExtras(Model model, String id) {
        addLifecycle(model, id);
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
        SellerScope scope = scope();
        boolean mayChange = changeRefusal() == null;
        CampaignCapacity capacity = capacity(campaign);
        List<CampaignAction> actions = new ArrayList<CampaignAction>();
        Set<String> whyNot = new LinkedHashSet<String>();
        if (!scope.isSellerScoped() && capacity.holdsAny()) {
            for (CampaignAction action : capacity.actionsFromState()) {
                if (capacity.actorFor(action) != null) {
                    actions.add(action);
                } else {
                    whyNot.add(capacity.refusal(action));
                }
            }
        } else if (!scope.isSellerScoped() && capacity.pending() != null) {
            whyNot.add(capacity.pending().sentence());
        }
        model.addAttribute("coopWhyNot", new ArrayList<String>(whyNot));
        model.addAttribute("coopPendingDecision", capacity.pending() == null ? null : capacity.pending().decisionId());
        model.addAttribute("coopMayAct", capacity.holdsAny());
        String moveRefusal = policy.refusal(AdminAction.MOVE_CAMPAIGN);
        model.addAttribute("coopReadOnlyWhy", moveRefusal != null ? moveRefusal : READ_ONLY);
        model.addAttribute("coopCampaign", campaign);
        model.addAttribute("coopCarriedLessons", debriefs.carriedLessons(campaignId));
        model.addAttribute("coopActions", actions);
        model.addAttribute("coopHistory", campaigns.history(campaignId));
        model.addAttribute("coopConflicts", CoopCalendarAdminController.visibleConflicts(scope,
                calendar.conflictsFor(campaignId)));
        List<ParticipationImpl> participants = new ArrayList<ParticipationImpl>();
        for (ParticipationImpl p : participations.participationsOf(campaignId)) {
            if (scope.owns(p.getSeller().getId())) {
                participants.add(p);
            }
        }
        model.addAttribute("coopParticipants", participants);
        model.addAttribute("coopSellerScoped", scope.isSellerScoped());
        model.addAttribute("coopMayChange", mayChange);
        model.addAttribute("coopZone", campaign.toTerms().zone().getId());
        earlyAccess.addTo(model, campaignId, campaign.toTerms().zone().getId());
        model.addAttribute("coopCloneStartFormat", CLONE_START_FORMAT);
        if (!model.containsAttribute("coopCloneErrors")) {
            model.addAttribute("coopCloneErrors", new LinkedHashMap<String, String>());
        }
        if (!model.containsAttribute("coopCloneOtherErrors")) {
            model.addAttribute("coopCloneOtherErrors", new ArrayList<String>());
        }
        if (!model.containsAttribute("coopCloneValues")) {
            model.addAttribute("coopCloneValues", new LinkedHashMap<String, String>());
        }
        model.addAttribute("viewType", VIEW);
    }
}
