package com.coopromo.pricing.host;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.time.CoopClock;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteria;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteriaImpl;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.Callable;

/**
 * Builds pricing scenarios on the real host through the module's and Broadleaf's own services: live campaigns with one
 * accepted seller and enrolled Skus, native Broadleaf item offers scoped to one Sku, and carts.
 */
public final class PricingScenario {
    public static final String ZONE = "Europe/Paris";
    public static final Actor ORGANIZER = new Actor("marketer@platform", ActorRole.ORGANIZER);
    public static final Actor REVIEWER = new Actor("reviewer@platform", ActorRole.REVIEWER);
    public static final Actor PLATFORM_ADMIN = new Actor("admin@platform", ActorRole.PLATFORM_ADMIN);

    public final TestHost host;
    public final CampaignService campaigns;
    public final ParticipationService participation;
    public final SellerService sellers;
    public final CatalogService catalog;
    public final OrderService orders;
    public final CustomerService customers;
    public final OfferDao offerDao;
    public final CoopClock clock;
    public final ActiveEnrollmentIndexHolder index;
    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private int made;

    public PricingScenario(TestHost host) {
        this.host = host;
        campaigns = host.bean("coopCampaignService", CampaignService.class);
        participation = host.bean("coopParticipationService", ParticipationService.class);
        sellers = host.bean("coopSellerService", SellerService.class);
        catalog = host.bean("blCatalogService", CatalogService.class);
        orders = host.bean("blOrderService", OrderService.class);
        customers = host.bean("blCustomerService", CustomerService.class);
        offerDao = host.bean("blOfferDao", OfferDao.class);
        clock = host.bean("coopClock", CoopClock.class);
        index = host.bean("coopEnrollmentIndex", ActiveEnrollmentIndexHolder.class);
    }

    /** Campaign terms with sane defaults: 10–30%, platform funds 40% of a 5,000.00 budget, live from an hour ago. */
    public CampaignTerms.Builder terms(StackingPolicy policy) {
        made++;
        LocalDateTime now = LocalDateTime.now(ZoneId.of(ZONE));
        LocalDateTime start = now.minusHours(1);
        return CampaignTerms.builder()
                .name("Pricing test " + unique + " " + made).slug("pricing-" + unique + "-" + made)
                .themeBrief("Lunch boxes and pencil cases from independent sellers.")
                .marketingMessage("Back to school " + unique + " " + made)
                .tier(CampaignTier.LIGHTWEIGHT).timeZone(ZONE)
                .startsAt(start).endsAt(now.plusDays(2))
                .enrollmentDeadline(start.minusDays(1)).assetDeadline(start.minusDays(1))
                .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("30"))
                .budget(new BigDecimal("5000.00")).platformFundingPercent(new BigDecimal("40"))
                .stackingPolicy(policy);
    }

    /** A host Sku with a retail price (and a sale price when given), active since yesterday. */
    public Sku sku(final String retail, final String sale) {
        return host.inTransaction(status -> {
            Sku s = catalog.createSku();
            s.setName("Lunch box " + unique);
            s.setRetailPrice(new Money(new BigDecimal(retail)));
            if (sale != null) {
                s.setSalePrice(new Money(new BigDecimal(sale)));
            }
            s.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            return catalog.saveSku(s);
        });
    }

    /** One seller joins the campaign and enrolls each Sku at {@code percent} with the floor; then the campaign goes live. */
    public LiveCampaign live(CampaignTerms.Builder terms, final String percent, final String floor, final Sku... skus) throws Exception {
        LiveCampaign scheduled = scheduled(terms, percent, floor, skus);
        campaigns.advanceClock(); // the enrollment index follows each of these commits: no rebuild needed
        return new LiveCampaign(campaigns.find(scheduled.id()), scheduled.seller, scheduled.listings);
    }

    /** As {@link #live} but left SCHEDULED: the clock has not moved it yet. */
    public LiveCampaign scheduled(CampaignTerms.Builder terms, final String percent, final String floor, final Sku... skus) throws Exception {
        final Campaign campaign = campaigns.create(terms, ORGANIZER);
        final Seller seller = sellers.registerSeller(new SellerDraft("seller-" + UUID.randomUUID().toString().substring(0, 8),
                "Seller " + unique, SellerSegment.SMALL, null, null));
        final SellerListing[] listings = new SellerListing[skus.length];
        for (int i = 0; i < skus.length; i++) {
            listings[i] = sellers.addListing(new ListingDraft(seller.getId(), skus[i].getId(), new BigDecimal(floor), 1, 3));
        }
        Instant joinAt = campaign.toTerms().startInstant().minusSeconds(2 * 86_400L);
        clock.callAt(joinAt, new Callable<Object>() {
            @Override
            public Object call() {
                ParticipationImpl accepted = participation.accept(participation.invite(campaign.getId(), seller.getId()).getId());
                participation.submitAssets(accepted.getId(), EnumSet.of(AssetKind.BANNER));
                for (SellerListing listing : listings) {
                    participation.enroll(accepted.getId(), listing.getId(), new BigDecimal(percent));
                }
                return null;
            }
        });
        for (CampaignAction step : new CampaignAction[]{CampaignAction.SUBMIT, CampaignAction.START_REVIEW,
                CampaignAction.APPROVE, CampaignAction.SCHEDULE}) {
            campaigns.act(campaign.getId(), step,
                    step == CampaignAction.SUBMIT || step == CampaignAction.SCHEDULE ? ORGANIZER : REVIEWER, null);
        }
        return new LiveCampaign(campaigns.find(campaign.getId()), seller, listings);
    }

    /** A native, automatic Broadleaf item offer of {@code percent} off, whose MVEL target rule matches only this Sku. */
    public Offer nativePercentOff(final Sku sku, final String percent) {
        return host.inTransaction(status -> {
            Offer offer = offerDao.create();
            offer.setName("Native " + percent + "% off Sku " + sku.getId());
            offer.setType(OfferType.ORDER_ITEM);
            offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
            offer.setValue(new BigDecimal(percent));
            offer.setStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            offer.setAutomaticallyAdded(true);
            offer.setCombinableWithOtherOffers(true);
            offer.setApplyDiscountToSalePrice(true);
            offer.setTreatAsNewFormat(true);
            OfferItemCriteria target = new OfferItemCriteriaImpl();
            target.setQuantity(1);
            target.setMatchRule("orderItem.?sku.?id == " + sku.getId());
            offer.setTargetItemCriteria(new HashSet<OfferItemCriteria>(Collections.singleton(target)));
            return offerDao.save(offer);
        });
    }

    /** A new cart for a new customer. */
    public Order cart() {
        return host.inTransaction(status -> {
            Customer customer = customers.createCustomer();
            customer.setUsername("shopper-" + UUID.randomUUID());
            customer = customers.saveCustomer(customer);
            return orders.createNewCartForCustomer(customer);
        });
    }

    /** {@code count} new carts of one unit of the Sku each, made on the pool's threads; their order ids. */
    public List<Long> oneUnitCarts(ExecutorService pool, final Sku sku, int count) throws Exception {
        List<Future<Long>> carts = new ArrayList<Future<Long>>();
        for (int i = 0; i < count; i++) {
            carts.add(pool.submit(() -> {
                Order cart = cart();
                add(cart, sku, 1);
                return cart.getId();
            }));
        }
        List<Long> orderIds = new ArrayList<Long>();
        for (Future<Long> cart : carts) {
            orderIds.add(cart.get(5, TimeUnit.MINUTES));
        }
        return orderIds;
    }

    /** Adds the Sku to the cart and prices it, as the storefront does. */
    public void add(Order cart, Sku sku, int quantity) throws Exception {
        orders.addItem(cart.getId(), new OrderItemRequestDTO().setSkuId(sku.getId()).setQuantity(quantity), true);
    }

    /** Prices the cart again, as any cart change does. */
    public void reprice(final long orderId) {
        host.inTransaction(status -> {
            try {
                return orders.save(orders.findOrderById(orderId), true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Pays the order with an already-captured payment for its total and runs Broadleaf's checkout
     * ({@code blCheckoutService.performCheckout}, its whole workflow), as a storefront request would.
     */
    public Order checkout(final long orderId) throws Exception {
        final CheckoutService checkoutService = host.bean("blCheckoutService", CheckoutService.class);
        return inRequest(() -> checkoutService.performCheckout(paid(orderId)).getOrder());
    }

    /** Adds a payment already captured for the order's total (Broadleaf's payment step confirms it without a gateway). */
    public Order paid(final long orderId) {
        final OrderPaymentService payments = host.bean("blOrderPaymentService", OrderPaymentService.class);
        return host.inTransaction(status -> {
            Order o = orders.findOrderById(orderId);
            Money paid = o.getTotal();
            OrderPayment payment = payments.create();
            payment.setOrder(o);
            payment.setAmount(paid);
            payment.setType(PaymentType.THIRD_PARTY_ACCOUNT);
            payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
            PaymentTransaction captured = payments.createTransaction();
            captured.setAmount(paid);
            captured.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
            captured.setSuccess(true);
            captured.setOrderPayment(payment);
            payment.addTransaction(captured);
            o.getPayments().add(payment);
            try {
                return orders.save(o, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The order's status as stored. */
    public OrderStatus status(final long orderId) {
        return host.inTransaction(status -> orders.findOrderById(orderId, true).getStatus());
    }

    /**
     * Runs the work the way a storefront request does: with one entity manager open for its whole length (Broadleaf's
     * web apps install OpenEntityManagerInView), outside any transaction. Broadleaf's checkout relies on it.
     */
    public <T> T inRequest(Callable<T> work) throws Exception {
        EntityManagerFactory emf = host.bean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = emf.createEntityManager();
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(em));
        try {
            return work.call();
        } finally {
            TransactionSynchronizationManager.unbindResource(emf);
            EntityManagerFactoryUtils.closeEntityManager(em);
        }
    }

    public static final class LiveCampaign {
        public final Campaign campaign;
        public final Seller seller;
        public final SellerListing[] listings;

        LiveCampaign(Campaign campaign, Seller seller, SellerListing[] listings) {
            this.campaign = campaign;
            this.seller = seller;
            this.listings = listings;
        }

        public long id() {
            return campaign.getId();
        }

        public Long hostOfferId() {
            return campaign.getHostOfferId();
        }
    }
}
