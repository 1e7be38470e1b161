package com.coopromo.admin.web;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.security.AdminAction;
import com.coopromo.admin.security.AdminPolicy;
import com.coopromo.admin.security.SellerScope;
import com.coopromo.admin.security.SellerScopes;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.util.EnumSet;

/**
 * The Participations section: Broadleaf's screens (adding one invites the seller, see
 * {@link com.coopromo.admin.persistence.ParticipationAdminHandler}) plus Accept and Decline buttons on an invitation
 * or application, going through the participation service. A seller-scoped user sees and answers only its own
 * seller's participations (and answers invitations only).
 */
@Controller
@RequestMapping("/" + CoopParticipationAdminController.SECTION_KEY)
public class CoopParticipationAdminController extends CoopSectionController {
    public static final String SECTION_KEY = "coop-participations";
    static final String VIEW = "coopParticipationEdit";
    /** The entity permission under "Maintain Participations". */
    private static final EnumSet<ParticipationState> ANSWERABLE = EnumSet.of(ParticipationState.INVITED,
            ParticipationState.APPLIED);

    @Resource(name = "coopParticipationService")
    protected ParticipationService participations;

    @Resource(name = "coopParticipationDao")
    protected com.coopromo.participation.persistence.ParticipationDao participationDao;

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
        model.addAttribute("viewType", VIEW);
    }
}
