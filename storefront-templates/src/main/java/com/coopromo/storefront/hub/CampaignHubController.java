package com.coopromo.storefront.hub;

import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.web.RequestRefusedException;
import com.coopromo.storefront.metrics.StorefrontEvents;
import com.coopromo.storefront.reward.RewardProgressShown;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The campaign pages: {@code /campaigns} lists the live and upcoming campaigns; {@code /campaigns/{slug}} is a live
 * campaign's hub (theme banner and copy, participating sellers and their terms, the faceted grid with Add to cart).
 * Facet choices are query parameters, so every state of the grid is a shareable link. An unknown slug, or a
 * campaign that is not live, is a 404.
 */
@Controller
public class CampaignHubController {
    @Resource(name = "coopCampaignHubs")
    protected CampaignHubs hubs;

    @Resource(name = "coopRewardProgressShown")
    protected RewardProgressShown rewardProgress;

    @Resource(name = "coopStorefrontEvents")
    protected StorefrontEvents events;

    @RequestMapping(value = "/campaigns", method = RequestMethod.GET)
    public String campaigns(Model model) {
        model.addAttribute("pageTitle", "Campaigns");
        model.addAttribute("campaigns", hubs.liveAndUpcoming());
        return "coop/campaigns";
    }

    @RequestMapping(value = "/campaigns/{slug}", method = RequestMethod.GET)
    public String hub(@PathVariable("slug") String slug, @RequestParam(value = "page", defaultValue = "1") int page,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        Campaign campaign = hubs.liveCampaign(slug);
        if (campaign == null) {
            throw RequestRefusedException.notFound("There is no campaign running at this address; see all campaigns at /campaigns.");
        }
        if (page < 1 || page > 10000) {
            throw RequestRefusedException.notFound("There is no page " + page + " of this campaign; the first page is 1.");
        }
        @SuppressWarnings("unchecked")
        HubQuery query = HubQuery.from(request.getParameterMap(), page);
        CampaignHubs.Hub hub = hubs.hub(campaign, query, request.getContextPath() + "/campaigns/" + campaign.getSlug());
        if (hub.getSearchMessage() == null && page > hub.getPages()) {
            throw RequestRefusedException.notFound("There is no page " + page + " of this campaign; the first page is 1.");
        }
        model.addAttribute("pageTitle", campaign.getName());
        model.addAttribute("hub", hub);
        model.addAttribute("coopRewardProgress", rewardProgress.of(CustomerState.getCustomer(request), campaign));
        model.addAttribute("coopRewardCampaignName", campaign.getName());
        model.addAttribute("coopPageView", events.pageView(request, response));
        return "coop/campaign-hub";
    }
}
