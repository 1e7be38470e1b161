package com.coopromo.admin.web;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.AdminPolicy;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.admin.security.SellerScopes;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.governance.domain.AdjustmentKind;
import com.coopromo.governance.service.DecisionDetail;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.participation.persistence.EnrollmentImpl;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The Participations section: Broadleaf's screens (adding one invites the seller, see
 * {@link com.coopromo.admin.persistence.ParticipationAdminHandler}) plus Accept and Decline buttons on an invitation
 * or application, going through the participation service. A seller-scoped user sees and answers only its own
 * seller's participations (and answers invitations only).
 * <p>
 * The page also asks the committee: "Open a dispute" about the participation (with a reason), and "Request an
 * adjustment" pausing or resuming one of its enrolled listings in the live campaign (with a reason). Both open a
 * committee decision through the governance service (audited there); the committee's outcome is carried out by it.
 */
@Controller
@RequestMapping("/" + CoopParticipationAdminController.SECTION_KEY)
public class CoopParticipationAdminController extends CoopSectionController {
    public static final String SECTION_KEY = "coop-participations";
    static final String VIEW = "coopParticipationEdit";
    /** The adjustments a participation's page may ask for (its listings'). */
    static final EnumSet<AdjustmentKind> LISTING_ADJUSTMENTS = EnumSet.of(AdjustmentKind.PAUSE_LISTING,
            AdjustmentKind.RESUME_LISTING);
    private static final EnumSet<ParticipationState> ANSWERABLE = EnumSet.of(ParticipationState.INVITED,
            ParticipationState.APPLIED);

    @Resource(name = "coopParticipationService")
    protected ParticipationService participations;

    @Resource(name = "coopParticipationDao")
    protected com.coopromo.participation.persistence.ParticipationDao participationDao;

    @Resource(name = "coopGovernanceService")
    protected GovernanceService governance;

    /** Opens a committee dispute about the participation. */
    @RequestMapping(value = "/{id}/dispute", method = RequestMethod.POST)
    public String dispute(Model model, HttpServletResponse response, @PathVariable("id") long id,
                          @RequestParam(value = "reason", required = false) String reason, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.OPEN_DISPUTE, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (!mayRead(String.valueOf(id))) {
            return refusedRecord(model, response);
        }
        try {
            DecisionDetail opened = governance.openDispute(id, reason, actor());
            ra.addFlashAttribute("coopCommitteeDone", "Dispute #" + opened.id() + " was put to the committee ("
                    + opened.decision().voters().size() + " voter(s)); its outcome is carried out when decided.");
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopDisputeRefused", "The dispute was not opened: " + e.getMessage());
            ra.addFlashAttribute("coopDisputeReason", reason);
        }
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    /** Asks the committee to pause or resume one of the participation's enrolled listings. */
    @RequestMapping(value = "/{id}/adjustment", method = RequestMethod.POST)
    public String adjustment(Model model, HttpServletResponse response, @PathVariable("id") long id,
                             @RequestParam(value = "kind", required = false) String kind,
                             @RequestParam(value = "listing", required = false) String listing,
                             @RequestParam(value = "reason", required = false) String reason, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.REQUEST_ADJUSTMENT, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        if (!mayRead(String.valueOf(id))) {
            return refusedRecord(model, response);
        }
        ParticipationImpl p = participationDao.find(id);
        String refusal = null;
        AdjustmentKind parsed = null;
        if (kind == null || kind.trim().isEmpty()) {
            refusal = "kind: is required (" + LISTING_ADJUSTMENTS + ")";
        } else {
            try {
                parsed = AdjustmentKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            if (parsed == null || !LISTING_ADJUSTMENTS.contains(parsed)) {
                refusal = "kind: must be one of " + LISTING_ADJUSTMENTS + " (was '" + kind + "')";
            }
        }
        Long listingId = null;
        if (refusal == null) {
            for (EnrollmentImpl e : enrollmentsOf(p)) {
                if (String.valueOf(e.getListing().getId()).equals(listing == null ? null : listing.trim())) {
                    listingId = e.getListing().getId();
                }
            }
            if (listingId == null) {
                refusal = "listing: choose one of this participation's enrolled listings";
            }
        }
        if (refusal == null) {
            try {
                DecisionDetail opened = governance.requestAdjustment(p.getCampaign().getId(), parsed, listingId,
                        p.getSeller().getId(), reason, actor());
                ra.addFlashAttribute("coopCommitteeDone", "Adjustment request #" + opened.id() + " (" + parsed
                        + ") was put to the committee; the listing changes when it is approved.");
                return "redirect:/" + SECTION_KEY + "/" + id;
            } catch (CoopValidationException e) {
                refusal = e.getMessage();
            }
        }
        ra.addFlashAttribute("coopAdjustmentRefused", "The adjustment was not requested: " + refusal);
        ra.addFlashAttribute("coopAdjustmentReason", reason);
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    private List<EnrollmentImpl> enrollmentsOf(ParticipationImpl p) {
        List<EnrollmentImpl> mine = new ArrayList<EnrollmentImpl>();
        for (EnrollmentImpl e : participations.enrollmentsOf(p.getCampaign().getId())) {
            if (e.getParticipation() != null && p.getId().equals(e.getParticipation().getId())) {
                mine.add(e);
            }
        }
        return mine;
    }

    private static Actor actor() {
        return new Actor(AdminActors.signedInLogin(), ActorRole.ORGANIZER);
    }

    @RequestMapping(value = "/{id}/accept", method = RequestMethod.POST)
    public String accept(Model model, HttpServletResponse response, @PathVariable("id") long id, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.ANSWER_PARTICIPATION, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        String refusal = answerRefusal(id);
        if (refusal != null) {
            return refused(model, response, refusal);
        }
        try {
            ParticipationImpl p = participations.accept(id);
            ra.addFlashAttribute("coopParticipationDone", p.getSeller().getName() + " is now " + p.getState());
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopParticipationRefused", e.getMessage());
        }
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    @RequestMapping(value = "/{id}/decline", method = RequestMethod.POST)
    public String decline(Model model, HttpServletResponse response, @PathVariable("id") long id, RedirectAttributes ra) {
        String notPermitted = refusedUnless(AdminAction.ANSWER_PARTICIPATION, model, response);
        if (notPermitted != null) {
            return notPermitted;
        }
        String refusal = answerRefusal(id);
        if (refusal != null) {
            return refused(model, response, refusal);
        }
        try {
            ParticipationImpl p = participations.decline(id);
            ra.addFlashAttribute("coopParticipationDone", p.getSeller().getName() + " is now " + p.getState());
        } catch (CoopValidationException e) {
            ra.addFlashAttribute("coopParticipationRefused", e.getMessage());
        }
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    /**
     * Why the signed-in user may not answer this participation, or null. A seller-scoped user answers only its own
     * seller's invitations (admitting a seller's application is the platform's call); platform staff need the
     * permission to maintain participations.
     */
    private String answerRefusal(long id) {
        SellerScope scope = scope();
        if (!scope.isSellerScoped()) {
            return AdminPolicy.holds(CoopAdminMenu.PARTICIPATIONS.maintain()) ? null : "You may not answer sellers' "
                    + "applications: that takes the permission '" + CoopAdminMenu.PARTICIPATIONS.maintain().description
                    + "'.";
        }
        if (!sellerScopes.mayRead(scope, ParticipationImpl.class, id)) {
            return SellerScopes.OTHER_SELLERS_ROW;
        }
        ParticipationImpl p = participationDao.find(id);
        if (p != null && p.getState() != ParticipationState.INVITED) {
            return "Only platform staff answer a seller's application; you may answer your own seller's invitations.";
        }
        return null;
    }

    @Override
    protected String sectionKey() {
        return SECTION_KEY;
    }

    @Override
    protected void addPageExtras(Model model, String id) {
        addAnswers(model, id);
    }

    private void addAnswers(Model model, String id) {
        if (!"entityEdit".equals(model.asMap().get("viewType"))) {
            return;
        }
        ParticipationImpl p = participationDao.find(Long.parseLong(id));
        if (p == null) {
            return;
        }
        model.addAttribute("coopParticipation", p);
        model.addAttribute("coopAnswerable", scope().isSellerScoped()
                ? policy.may(AdminAction.ANSWER_PARTICIPATION) && p.getState() == ParticipationState.INVITED
                : AdminPolicy.holds(CoopAdminMenu.PARTICIPATIONS.maintain()) && ANSWERABLE.contains(p.getState()));
        model.addAttribute("coopMayAskCommittee", policy.may(AdminAction.OPEN_DISPUTE));
        model.addAttribute("coopEnrolled", enrollmentsOf(p));
        model.addAttribute("coopAdjustmentKinds", LISTING_ADJUSTMENTS);
        model.addAttribute("viewType", VIEW);
    }
}
