package com.coopromo.community.service;

import com.coopromo.search.SellerHubStanding;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The hub's view of the seller community: badges the sellers agreed to show, and premium placement. */
@Component("coopCommunityHubStanding")
public class CommunityHubStanding implements SellerHubStanding {
    @Resource(name = "coopCommunity")
    protected CommunityService community;

    @Override
    public Map<Long, List<String>> hubBadges(Collection<Long> sellerIds) {
        return community.hubBadges(sellerIds);
    }

    @Override
    public Set<Long> premiumSellers() {
        return community.premiumSellers();
    }
}
