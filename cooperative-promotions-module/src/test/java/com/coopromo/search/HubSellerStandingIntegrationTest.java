package com.coopromo.search;

import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.community.domain.BadgeKind;
import com.coopromo.community.domain.EarnedBadge;
import com.coopromo.community.persistence.CommunityStore;
import com.coopromo.community.service.CommunityService;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.SellerSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seller community on the real hub index: a seller's badges reach its hub documents only once it agreed to show
 * them; featured slots are shared by every seller's eligible listings while none on the hub has earned premium
 * placement, and go to the premium seller's listing once it has.
 */
@ExtendWith(CoopHostExtension.class)
class HubSellerStandingIntegrationTest {

    @Test
    void badgesShowOnlyAfterTheSellerAgreesAndFeaturedSlotsGoToThePremiumSeller(TestHost host) throws Exception {
        PricingScenario scenario = new PricingScenario(host);
        HubSearch hub = host.bean("coopHubSearch", HubSearch.class);
        CommunityService community = host.bean("coopCommunity", CommunityService.class);
        CommunityStore store = host.bean("coopCommunityStore", CommunityStore.class);
        HubMarket market = new HubMarket(scenario)
                .listing("a", SellerSegment.SMALL, "20.00", "20", "12.00", 2)
                .listing("b", SellerSegment.SMALL, "30.00", "20", "12.00", 2);
        Campaign campaign = market.create(true);
        long a = market.planned.get(0).listing.getSeller().getId();
        long b = market.planned.get(1).listing.getSeller().getId();
        long bListing = market.planned.get(1).listing.getId();
        HubQuery query = HubQuery.campaign(campaign.getSlug()).featuredSlots(1);
        HubResult before = waitFor(hub, query, r -> r.total() == 2);
        assertThat(before.hits()).allMatch(h -> h.listing().getSellerBadges().isEmpty());
        assertThat(before.hits()).filteredOn(HubResult.Hit::featured).hasSize(1);

        // b earns the top-conversion badge (premium placement) but has not agreed to show it: featured, no badge shown
        host.inTransaction(s -> store.award(new EarnedBadge(b, BadgeKind.TOP_CONVERSION, campaign.getId(),
                "Best conversion of the small sellers."), Instant.now()));
        community.setShowBadgesOnHub(a, false, new Actor("seller-a", ActorRole.ORGANIZER)); // re-indexes a only
        community.setShowBadgesOnHub(b, false, new Actor("seller-b", ActorRole.ORGANIZER)); // re-indexes b
        // the hub follows the changes on its own thread: wait until the index shows b's placement
        HubResult premium = waitFor(hub, query, r -> r.hits().stream().anyMatch(h -> h.listing().isPremiumSeller())
                && r.hits().stream().filter(HubResult.Hit::featured).allMatch(h -> h.listing().getListingId() == bListing));
        assertThat(premium.hits()).filteredOn(HubResult.Hit::featured).extracting(h -> h.listing().getListingId())
                .as(describe(premium)).containsExactly(bListing);
        assertThat(premium.hits()).allMatch(h -> h.listing().getSellerBadges().isEmpty());

        community.setShowBadgesOnHub(b, true, new Actor("seller-b", ActorRole.ORGANIZER));
        HubResult shown = waitFor(hub, query, r -> r.hits().stream().anyMatch(h -> !h.listing().getSellerBadges().isEmpty()));
        for (HubResult.Hit hit : shown.hits()) {
            assertThat(hit.listing().getSellerBadges()).as("seller " + hit.listing().getSellerId())
                    .isEqualTo(hit.listing().getSellerId() == b ? java.util.Collections.singletonList("Top conversion in segment")
                            : java.util.Collections.emptyList());
        }
    }

    private static String describe(HubResult result) {
        StringBuilder out = new StringBuilder("hits (listing/seller/featured/eligible/premium/price):");
        for (HubResult.Hit hit : result.hits()) {
            out.append(' ').append(hit.listing().getListingId()).append('/').append(hit.listing().getSellerId())
                    .append('/').append(hit.featured()).append('/').append(hit.listing().isFeaturedEligible())
                    .append('/').append(hit.listing().isPremiumSeller()).append('/').append(hit.listing().getCampaignPrice()).append(" (").append(hit.listing().getPriceNote()).append(")");
        }
        return out.toString();
    }

    private static HubResult waitFor(HubSearch hub, HubQuery query, Predicate<HubResult> done) throws InterruptedException {
        long start = System.nanoTime();
        HubResult last = null;
        while (System.nanoTime() - start < 15_000_000_000L) {
            last = hub.search(query);
            if (!last.unavailable() && done.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not searchable within 15 s; last: " + (last == null ? null
                : last.unavailable() ? last.message() : last.total() + " listings, " + describe(last)));
    }
}
