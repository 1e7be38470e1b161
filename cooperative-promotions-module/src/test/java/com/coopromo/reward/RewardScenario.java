package com.coopromo.reward;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * A live campaign with a multi-seller reward and several participating sellers, one enrolled Sku each, on the real
 * host through the module's and Broadleaf's own services; and shoppers who buy from them.
 */
public final class RewardScenario {
    public final PricingScenario pricing;
    public final TestHost host;

    public RewardScenario(TestHost host) {
        this.host = host;
        this.pricing = new PricingScenario(host);
    }

    /** A live campaign whose reward needs {@code minSellers}, with {@code sellers} sellers each enrolling one 20.00 Sku at 20%. */
    public Live live(Integer minSellers, int sellers) throws Exception {
        CampaignTerms.Builder terms = pricing.terms(StackingPolicy.BEST_OF).rewardMinSellers(minSellers);
        final Campaign campaign = pricing.campaigns.create(terms, PricingScenario.ORGANIZER);
        final Seller[] sellerRows = new Seller[sellers];
        final SellerListing[] listings = new SellerListing[sellers];
        final Sku[] skus = new Sku[sellers];
        for (int i = 0; i < sellers; i++) {
            skus[i] = pricing.sku("20.00", null);
            sellerRows[i] = pricing.sellers.registerSeller(new SellerDraft("seller-" + UUID.randomUUID().toString().substring(0, 8),
                    "Reward seller " + i, SellerSegment.SMALL, null, null));
            listings[i] = pricing.sellers.addListing(new ListingDraft(sellerRows[i].getId(), skus[i].getId(), new BigDecimal("12.00"), 1, 3));
        }
        Instant joinAt = campaign.toTerms().startInstant().minusSeconds(2 * 86_400L);
        pricing.clock.callAt(joinAt, new Callable<Object>() {
            @Override
            public Object call() {
                for (int i = 0; i < sellerRows.length; i++) {
                    ParticipationImpl accepted = pricing.participation.accept(
                            pricing.participation.invite(campaign.getId(), sellerRows[i].getId()).getId());
                    pricing.participation.submitAssets(accepted.getId(), EnumSet.of(AssetKind.BANNER));
                    pricing.participation.enroll(accepted.getId(), listings[i].getId(), new BigDecimal("20"));
                }
                return null;
            }
        });
        for (CampaignAction step : new CampaignAction[]{CampaignAction.SUBMIT, CampaignAction.START_REVIEW,
                CampaignAction.APPROVE, CampaignAction.SCHEDULE}) {
            pricing.campaigns.act(campaign.getId(), step, step == CampaignAction.SUBMIT || step == CampaignAction.SCHEDULE
                    ? PricingScenario.ORGANIZER : PricingScenario.REVIEWER, null);
        }
        pricing.campaigns.advanceClock();
        return new Live(pricing.campaigns.find(campaign.getId()), sellerRows, skus);
    }

    public Customer shopper() {
        return host.inTransaction(status -> {
            Customer customer = pricing.customers.createCustomer();
            customer.setUsername("shopper-" + UUID.randomUUID());
            return pricing.customers.saveCustomer(customer);
        });
    }

    /** A new cart of the customer holding one unit of each Sku. */
    public Order cart(final Customer customer, Sku... skus) throws Exception {
        Order cart = host.inTransaction(status -> pricing.orders.createNewCartForCustomer(
                pricing.customers.readCustomerById(customer.getId())));
        for (Sku sku : skus) {
            pricing.add(cart, sku, 1);
        }
        return cart;
    }

    /** The customer buys one unit of each Sku in one order (Broadleaf's whole checkout); the order's id. */
    public long buy(Customer customer, Sku... skus) throws Exception {
        Order cart = cart(customer, skus);
        pricing.checkout(cart.getId());
        return cart.getId();
    }

    public static final class Live {
        public final Campaign campaign;
        public final Seller[] sellers;
        public final Sku[] skus;

        Live(Campaign campaign, Seller[] sellers, Sku[] skus) {
            this.campaign = campaign;
            this.sellers = sellers;
            this.skus = skus;
        }

        public long id() {
            return campaign.getId();
        }
    }
}
