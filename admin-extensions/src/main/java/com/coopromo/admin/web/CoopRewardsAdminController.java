package com.coopromo.admin.web;

import com.coopromo.reward.service.RewardGrantView;
import com.coopromo.reward.service.RewardService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;

/**
 * The Rewards section: the multi-seller rewards granted to shoppers, newest first, {@value #PAGE_SIZE} a page —
 * campaign, customer, the sellers counted, the offer code, when it was granted, and whether it is held, used (an order
 * was submitted with it) or revoked (and by which cancelled order). Read only: rewards are granted and revoked by
 * checkouts and cancellations, never by hand.
 */
@Controller
@RequestMapping("/" + CoopRewardsAdminController.SECTION_KEY)
public class CoopRewardsAdminController extends CoopPageController {
    public static final String SECTION_KEY = "coop-rewards";
    static final int PAGE_SIZE = 50;
    /** Pages beyond this are refused (a bounded input). */
    static final int PAGE_MAX = 100_000;

    @Resource(name = "coopRewardService")
    protected RewardService rewards;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(Model model, HttpServletResponse response,
                       @RequestParam(value = "page", required = false) String page) {
        String view = page(model, response, SECTION_KEY, "coopRewards");
        if (!"coopRewards".equals(model.asMap().get("viewType"))) {
            return view;
        }
        int pageNo = 0;
        String error = null;
        if (!blank(page)) {
            try {
                pageNo = Integer.parseInt(page.trim());
                if (pageNo < 0 || pageNo > PAGE_MAX) {
                    error = "page: must be from 0 to " + PAGE_MAX + " (was " + pageNo + ").";
                    pageNo = 0;
                }
            } catch (NumberFormatException e) {
                error = "page: '" + page + "' is not a page number.";
            }
        }
        List<RewardGrantView> grants = error == null ? rewards.latest(pageNo * PAGE_SIZE, PAGE_SIZE)
                : Collections.<RewardGrantView>emptyList();
        long total = rewards.countGrants();
        model.addAttribute("coopRewardError", error);
        model.addAttribute("coopRewards", grants);
        model.addAttribute("coopRewardTotal", total);
        model.addAttribute("coopPageNo", pageNo);
        model.addAttribute("coopHasNext", error == null && (long) (pageNo + 1) * PAGE_SIZE < total);
        return view;
    }
}
