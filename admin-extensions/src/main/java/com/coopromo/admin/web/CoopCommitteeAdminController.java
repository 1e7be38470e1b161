package com.coopromo.admin.web;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.governance.domain.Term;
import com.coopromo.governance.service.CommitteeView;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Committee section: the committee in office with its members (whom each represents), the rotation of the
 * chair, reviewer and secretary for the next terms ({@code ?terms=N}, default {@value #DEFAULT_TERMS}), and the decision
 * rights and timings per campaign tier.
 */
@Controller
@RequestMapping("/" + CoopCommitteeAdminController.SECTION_KEY)
public class CoopCommitteeAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-committee";
    static final int DEFAULT_TERMS = 6;
    static final int MAX_TERMS = 52;

    @Resource(name = "coopGovernanceService")
    protected GovernanceService governance;

    @Resource(name = "coopSellerService")
    protected SellerService sellers;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String committee(Model model, HttpServletResponse response,
                            @RequestParam(value = "terms", required = false) String terms) {
        String view = page(model, response, SECTION_KEY, "coopCommittee");
        if (!"coopCommittee".equals(model.asMap().get("viewType"))) {
            return view;
        }
        List<String> problems = new ArrayList<String>();
        int count = DEFAULT_TERMS;
        if (!blank(terms)) {
            try {
                count = Integer.parseInt(terms.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MAX_TERMS) {
                problems.add("terms: must be a whole number from 1 to " + MAX_TERMS + " (was '" + terms + "'); showing "
                        + DEFAULT_TERMS);
                count = DEFAULT_TERMS;
            }
        }
        model.addAttribute("coopTermsShown", count);
        model.addAttribute("coopMe", AdminActors.committeeMemberId());
        try {
            CommitteeView committee = governance.currentCommittee();
            Instant now = clock.instant();
            List<Term> ahead = governance.rotationAhead(now, count);
            Map<String, String> represents = new LinkedHashMap<String, String>();
            for (CommitteeMember m : committee.rotation().committee().members()) {
                if (m.isPlatformMarketer()) {
                    represents.put(m.id(), "the platform (marketer)");
                } else {
                    Seller s = sellers.findSeller(m.sellerId());
                    represents.put(m.id(), (s == null ? "seller " + m.sellerId() : s.getName()) + " (" + m.segment() + ")");
                }
            }
            model.addAttribute("coopCommittee", committee);
            model.addAttribute("coopRepresents", represents);
            model.addAttribute("coopAhead", ahead);
            model.addAttribute("coopCurrentTerm", now.isBefore(committee.rotation().schedule().termStart(0)) ? -1L
                    : committee.rotation().termAt(now).index());
        } catch (CoopValidationException e) {
            problems.add(e.getMessage());
        }
        model.addAttribute("coopTiers", CampaignTier.values());
        model.addAttribute("coopRights", governance.decisionRights());
        model.addAttribute("coopTimings", governance.escalationRules());
        model.addAttribute("coopProblems", problems);
        return view;
    }
}
