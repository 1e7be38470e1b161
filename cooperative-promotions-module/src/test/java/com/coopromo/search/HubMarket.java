package com.coopromo.search;

import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/** A campaign with several sellers, each enrolling its own listings, built through the module's own services. */
final class HubMarket {
    final PricingScenario scenario;
    final String word = "hub" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    final List<Planned> planned = new ArrayList<Planned>();

    /** One listing to create: its seller, price, discount, floor and shipping window. */
    static final class Planned {
        final String seller;
        final SellerSegment segment;
        final String retail;
        final String sale;
        final String percent;
        final String floor;
        final int shipMin;
        final int shipMax;
        Sku sku;
        SellerListing listing;

        Planned(String seller, SellerSegment segment, String retail, String sale, String percent, String floor, int shipMin,
                int shipMax) {
            this.seller = seller;
            this.segment = segment;
            this.retail = retail;
            this.sale = sale;
            this.percent = percent;
            this.floor = floor;
            this.shipMin = shipMin;
            this.shipMax = shipMax;
        }
    }

    HubMarket(PricingScenario scenario) {
        this.scenario = scenario;
    }

    HubMarket listing(String seller, SellerSegment segment, String retail, String percent, String floor, int shipMax) {
        planned.add(new Planned(seller, segment, retail, null, percent, floor, 1, shipMax));
        return this;
    }

    HubMarket onSale(String seller, SellerSegment segment, String retail, String sale, String percent, String floor) {
        planned.add(new Planned(seller, segment, retail, sale, percent, floor, 1, 3));
        return this;
    }

    /** Creates sellers, Skus, listings, the campaign and the enrollments; then takes the campaign live (or not). */
    Campaign create(boolean live) throws Exception {
        CampaignTerms.Builder terms = scenario.terms(StackingPolicy.BEST_OF);
        final Campaign campaign = scenario.campaigns.create(terms, PricingScenario.ORGANIZER);
        final java.util.Map<String, Seller> sellers = new java.util.LinkedHashMap<String, Seller>();
        int n = 0;
        for (final Planned p : planned) {
            Seller seller = sellers.get(p.seller);
            if (seller == null) {
                seller = scenario.sellers.registerSeller(new SellerDraft(p.seller + "-" + word, "Seller " + p.seller + " " + word,
                        p.segment, null, null));
                sellers.put(p.seller, seller);
            }
            final int number = ++n;
            p.sku = scenario.host.inTransaction(status -> {
                Sku s = scenario.catalog.createSku();
                s.setName("Lantern " + word + " " + p.seller + " " + number);
                s.setRetailPrice(new Money(new BigDecimal(p.retail)));
                if (p.sale != null) {
                    s.setSalePrice(new Money(new BigDecimal(p.sale)));
                }
                s.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
                return scenario.catalog.saveSku(s);
            });
            p.listing = scenario.sellers.addListing(new ListingDraft(seller.getId(), p.sku.getId(), new BigDecimal(p.floor),
                    p.shipMin, p.shipMax));
        }
        Instant joinAt = campaign.toTerms().startInstant().minusSeconds(2 * 86_400L);
        scenario.clock.callAt(joinAt, new Callable<Object>() {
            @Override
            public Object call() {
                for (Seller seller : sellers.values()) {
                    ParticipationImpl accepted = scenario.participation.accept(
                            scenario.participation.invite(campaign.getId(), seller.getId()).getId());
                    scenario.participation.submitAssets(accepted.getId(), EnumSet.of(AssetKind.BANNER));
                    for (Planned p : planned) {
                        if (sellers.get(p.seller).getId().equals(seller.getId())) {
                            scenario.participation.enroll(accepted.getId(), p.listing.getId(), new BigDecimal(p.percent));
                        }
                    }
                }
                return null;
            }
        });
        for (CampaignAction step : new CampaignAction[]{CampaignAction.SUBMIT, CampaignAction.START_REVIEW,
                CampaignAction.APPROVE, CampaignAction.SCHEDULE}) {
            scenario.campaigns.act(campaign.getId(), step, step == CampaignAction.SUBMIT || step == CampaignAction.SCHEDULE
                    ? PricingScenario.ORGANIZER : PricingScenario.REVIEWER, null);
        }
        if (live) {
            scenario.campaigns.advanceClock();
        }
        return scenario.campaigns.find(campaign.getId());
    }

    Planned of(long listingId) {
        for (Planned p : planned) {
            if (p.listing.getId() == listingId) {
                return p;
            }
        }
        throw new AssertionError("listing " + listingId + " is not this market's");
    }
}
