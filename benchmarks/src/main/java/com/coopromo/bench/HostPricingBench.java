package com.coopromo.bench;

import com.coopromo.infra.db.EmbeddedDatabase;
import com.coopromo.infra.host.CoreHostContext;
import com.coopromo.infra.host.EmbeddedServices;
import com.coopromo.pricing.host.CampaignHostOffers;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteria;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableCandidateItemOffer;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableCandidateOrderOffer;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableItemFactory;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableOrder;
import org.broadleafcommerce.core.offer.service.processor.ItemOfferProcessor;
import org.broadleafcommerce.core.offer.service.processor.OrderOfferProcessor;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferItemRestrictionRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Host pricing of a 50-line cart: Broadleaf 3.1's own offer engine with per-seller discounts as native MVEL item
 * offers, against the module's campaign evaluation.
 * <p>
 * One run boots the real host once (embedded PostgreSQL 17 with the module's Liquibase schema, the search node the
 * module checks on start, Broadleaf's merged core context with the module) in a fresh data directory
 * ({@code benchmarks/target/host-pricing-bench}, deleted at start), creates {@value #CART_LINES} + {@value #MAX_OFFERS}
 * products with prices through {@code blCatalogService}, a customer and a cart of {@value #CART_LINES}
 * {@code DiscreteOrderItem}s ({@code orderService.addItem(..., priceOrder=false)}), and then measures:
 * <ol>
 * <li><b>Native offers</b> at 10, 1,000 and 2,000: automatic {@code ORDER_ITEM} / {@code PERCENT_OFF} offers, one per
 *     seller campaign, each with one target rule in the form the 3.1 rule builder writes,
 *     {@code ([id,...] contains orderItem.?sku.?id.intValue())}. Offer k lists its own Sku (product 50 + k, never in
 *     the cart); the first ten also list cart lines (line j belongs to offer j % 10 for j &lt; 25), so at every count
 *     25 of the 50 lines are discounted and only the number of rules to evaluate changes.
 *     <ul>
 *     <li><i>full pricing</i> = {@code orderService.save(order, true)}: the order is persisted, then
 *         {@code blPricingService.executePricing(order)} runs {@code blPricingWorkflow} end to end (offers, fulfillment,
 *         shipping offers, tax, totals), then the priced order is persisted — what the storefront's cart controller
 *         calls after a cart change;</li>
 *     <li><i>rule work</i> = the rule evaluation {@code OfferActivity} does before anything is applied:
 *         {@code offerService.buildOfferListForOrder(order)} (customer offers, codes, the cached automatic-offer
 *         query), {@code blOrderOfferProcessor.filterOffers} (dates, time, request and customer rules) and
 *         {@code blItemOfferProcessor.filterOffers} on a fresh {@code PromotableOrder} (every offer's MVEL target
 *         rule against every line). Nothing is applied and nothing is written. (A full pricing builds the offer list
 *         twice, the second time for shipping offers, and evaluates the item rules once.)</li>
 *     </ul>
 *     10 native offers is the host-alone reference. Broadleaf keeps compiled MVEL rules in an LRU of 1,000
 *     expressions ({@code AbstractBaseProcessor.EXPRESSION_CACHE}): past 1,000 offers every evaluation recompiles.</li>
 * <li><b>Host alone again</b>: offers 11 to 2,000 are archived and the 10-offer case is timed once more, right before
 *     module mode, so the module ratio compares neighbouring measurements.</li>
 * <li><b>Module mode</b>: 10,000 LIVE campaigns with 10,000 ACCEPTED participations of 5,000 sellers and 100,000
 *     enrolled listings (participation p is seller p % 5,000 in campaign p; listing i is enrolled in campaign
 *     i % 10,000; the 50 cart Skus and the other created products are the first listings, the rest point at Sku ids no
 *     product uses), written with batched JDBC inserts into the module's {@code COOP_*} tables with ids from
 *     100,000,000 up (far above what {@code COOP_ID_GENERATOR} hands out), plus the 10 native offers. Then each
 *     campaign is given its host Offer row ({@code coopCampaignHostOffers.synchronizeAll()}) and the enrollment index
 *     is rebuilt. Full pricing is timed three times: with all 50 lines discounted by the module; with 25 (the
 *     enrollments of lines 26–50 paused: the same number of discounted lines as the host alone); and that again
 *     while another thread rebuilds the whole index from the database over and over (pricing must not wait for it).</li>
 * </ol>
 * Before the host is started, the module's own evaluation is timed with {@link EnrollmentIndexBench}'s lookup +
 * discount calculation for 50-line carts at 10, 1,000 and 10,000 campaigns, so one run prints the module's
 * evaluation next to the native rule work.
 * <p>
 * Every pricing runs like a storefront request: its own {@code EntityManager} bound to the thread (as
 * {@code OpenEntityManagerInViewFilter} does), the cart read by id (not timed), then the timed call. Warm-up first
 * (default 200 pricings), then 300 timed pricings per configuration; the 2,000-offer case takes a tenth of the
 * warm-up and a fifth of the timed pricings (counts are printed). The campaign clock job is off during the run.
 * <p>
 * Where the host's time goes with 1,000 offers (one probe run): the offer list is built twice (about 7 ms each: 1,000
 * Offers and their rules hydrated from the second-level cache into the request's persistence context, and an
 * O(n²) {@code contains} in {@code buildOfferListForOrder}); the rule filter takes about 20 ms; and, because an
 * offer with a target rule but no qualifier rule counts as qualified, all 1,000 offers stay candidates through
 * {@code applyAndCompareOrderAndItemOffers} (about 30 ms), although only 10 have a target in the cart.
 * <p>
 * Figures are wall-clock per pricing on a 2-core machine that other builds and tests share: they are noisy under
 * load (compare ratios within one run, not runs with each other).
 * <p>
 * Run: {@code benchmarks/run.sh HostPricingBench [warm-up timed]} (default 200 300).
 */
public final class HostPricingBench {
    static final int CART_LINES = 50;
    static final int TARGETED_LINES = 25;
    static final int OFFERS_ON_CART = 10;
    static final int[] NATIVE_OFFERS = {10, 1_000, 2_000};
    static final int MAX_OFFERS = 2_000;
    static final int[] MODULE_CAMPAIGNS = {10, 1_000, 10_000};
    static final int CAMPAIGNS = 10_000;
    static final int SELLERS = 5_000;
    static final int LISTINGS = 100_000;
    static final long SEED_ID_BASE = 100_000_000L;
    static final long UNUSED_SKU_BASE = 500_000_000L;
    static final String HOST_OFFERS_BEAN = "coopCampaignHostOffers";
    private static final int MODULE_EVAL_WARMUP = 20_000;
    private static final int MODULE_EVAL_MEASURED = 50_000;
    private static final int PRODUCTS_PER_TRANSACTION = 250;
    private static final int OFFERS_PER_TRANSACTION = 200;
    private static final int JDBC_BATCH = 5_000;
    private static final long STARTED = System.nanoTime();

    private final ConfigurableApplicationContext context;
    private final EmbeddedServices services;
    private final EntityManagerFactory emf;
    private final JpaTransactionManager transactions;
    private final CatalogService catalog;
    private final OfferService offers;
    private final OrderService orders;
    private final CustomerService customers;
    private final PromotableItemFactory promotableItems;
    private final OrderOfferProcessor orderOfferProcessor;
    private final ItemOfferProcessor itemOfferProcessor;
    private final EntityConfiguration entities;

    private BroadleafCurrency currency;
    private org.broadleafcommerce.common.locale.domain.Locale locale;
    private long[] productIds;
    private long[] skuIds;
    private BigDecimal[] prices;
    private final List<Long> offerIds = new ArrayList<Long>();
    private long orderId;

    private HostPricingBench(ConfigurableApplicationContext context, EmbeddedServices services) {
        this.context = context;
        this.services = services;
        this.transactions = context.getBean("blTransactionManager", JpaTransactionManager.class);
        this.emf = transactions.getEntityManagerFactory();
        this.catalog = context.getBean("blCatalogService", CatalogService.class);
        this.offers = context.getBean("blOfferService", OfferService.class);
        this.orders = context.getBean("blOrderService", OrderService.class);
        this.customers = context.getBean("blCustomerService", CustomerService.class);
        this.promotableItems = context.getBean("blPromotableItemFactory", PromotableItemFactory.class);
        this.orderOfferProcessor = context.getBean("blOrderOfferProcessor", OrderOfferProcessor.class);
        this.itemOfferProcessor = context.getBean("blItemOfferProcessor", ItemOfferProcessor.class);
        this.entities = context.getBean("blEntityConfiguration", EntityConfiguration.class);
    }

    public static void main(String[] args) throws Exception {
        List<Integer> counts = new ArrayList<Integer>();
        for (String arg : args) {
            counts.add(Integer.parseInt(arg));
        }
        int warmup = counts.size() > 0 ? counts.get(0) : 200;
        int timed = counts.size() > 1 ? counts.get(1) : 300;

        progress("module evaluation (lookup + discount calculation, 50 lines), " + MODULE_EVAL_MEASURED
                + " carts per campaign count after " + MODULE_EVAL_WARMUP + " warm-up");
        Stats[] moduleEval = new Stats[MODULE_CAMPAIGNS.length];
        for (int round = 1; round <= 2; round++) { // the second round is kept, so JIT order favours no campaign count
            for (int c = 0; c < MODULE_CAMPAIGNS.length; c++) {
                moduleEval[c] = new Stats(EnrollmentIndexBench.lookupAndPriceNanos(MODULE_CAMPAIGNS[c], MODULE_EVAL_WARMUP,
                        MODULE_EVAL_MEASURED));
                progress(String.format(Locale.ROOT, "  round %d, %,d campaigns: p50 %.1f us, p99 %.1f us", round,
                        MODULE_CAMPAIGNS[c], moduleEval[c].p50 / 1e3, moduleEval[c].p99 / 1e3));
            }
        }

        Path work = Paths.get(System.getProperty("coop.bench.dir", "benchmarks/target/host-pricing-bench")).toAbsolutePath();
        deleteRecursively(work);
        progress("starting PostgreSQL and the search node in " + work);
        EmbeddedServices services = EmbeddedServices.start(new EmbeddedServices.Options(work).persistent(true)
                .property("coop.campaign.clock-enabled", "false"));
        ConfigurableApplicationContext context = null;
        try {
            progress("booting Broadleaf's core context with the module");
            context = CoreHostContext.boot();
            HostPricingBench bench = new HostPricingBench(context, services);
            bench.run(warmup, timed, moduleEval);
        } finally {
            try {
                if (context != null) {
                    context.close();
                }
            } finally {
                services.close();
            }
        }
    }

    private void run(int warmup, int timed, Stats[] moduleEval) throws Exception {
        setUpRequestContext();
        createProducts(CART_LINES + MAX_OFFERS);
        createCart();

        List<Result> results = new ArrayList<Result>();
        Stats[] nativeFull = new Stats[NATIVE_OFFERS.length];
        Stats[] nativeRules = new Stats[NATIVE_OFFERS.length];
        for (int n = 0; n < NATIVE_OFFERS.length; n++) {
            int count = NATIVE_OFFERS[n];
            createOffers(offerIds.size(), count);
            boolean slow = count > 1_000;
            int w = slow ? Math.max(5, warmup / 10) : warmup;
            int t = slow ? Math.max(10, timed / 5) : timed;
            String label = String.format(Locale.ROOT, "native offers: %,d", count);
            checkPricing(label, count);
            nativeFull[n] = measure(label + ", full pricing", w, t, FULL_PRICING);
            nativeRules[n] = measure(label + ", rule work", w, t, RULE_WORK);
            results.add(new Result(label + (n == 0 ? " (host alone)" : ""), "full pricing", nativeFull[n], nativeFull[0]));
            results.add(new Result(label, "rule work", nativeRules[n], nativeRules[0]));
        }

        archiveOffersAfter(OFFERS_ON_CART);
        String hostLabel = "host alone, 10 native (re-run)";
        checkPricing(hostLabel, OFFERS_ON_CART);
        Stats hostAgain = measure(hostLabel + ", full pricing", warmup, timed, FULL_PRICING);
        results.add(new Result(hostLabel, "full pricing", hostAgain, nativeFull[0]));

        seedCampaigns();
        synchronizeHostOffers();
        rebuildIndex(CART_LINES);
        String moduleLabel = String.format(Locale.ROOT, "module: %,d campaigns, 50 lines", CAMPAIGNS);
        checkPricing(moduleLabel, OFFERS_ON_CART);
        Stats module = measure(moduleLabel + ", full pricing", warmup, timed, FULL_PRICING);
        results.add(new Result(moduleLabel, "full pricing", module, hostAgain));

        // the same work as the host alone: 25 of the 50 lines discounted (the others' enrollments paused)
        pauseEnrollmentsOfCartLinesFrom(TARGETED_LINES);
        rebuildIndex(TARGETED_LINES);
        String equalLabel = String.format(Locale.ROOT, "module: %,d campaigns, 25 lines", CAMPAIGNS);
        checkPricing(equalLabel, OFFERS_ON_CART);
        Stats moduleEqual = measure(equalLabel + ", full pricing", warmup, timed, FULL_PRICING);
        results.add(new Result(equalLabel, "full pricing", moduleEqual, hostAgain));

        // the same again while the enrollment index is rebuilt from the database over and over on another thread
        String rebuildLabel = String.format(Locale.ROOT, "  same, during index rebuilds");
        Stats duringRebuild;
        RebuildLoop loop = new RebuildLoop(context.getBean("coopEnrollmentIndex", ActiveEnrollmentIndexHolder.class));
        loop.start();
        try {
            duringRebuild = measure(rebuildLabel + ", full pricing", warmup, timed, FULL_PRICING);
        } finally {
            loop.stopAndJoin();
        }
        progress(String.format(Locale.ROOT, "  %d full index rebuilds ran during that timing (%.1f s each on average)",
                loop.rebuilds, loop.rebuilds == 0 ? 0 : loop.nanos / 1e9 / loop.rebuilds));
        results.add(new Result(rebuildLabel, "full pricing", duringRebuild, moduleEqual));
        print(results, nativeFull, nativeRules, hostAgain, module, moduleEqual, duringRebuild, loop.rebuilds, moduleEval);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Catalog, cart and native offers, through Broadleaf's services

    /** USD and en_US on this thread's Broadleaf request context, so Money, the cart and the Skus agree on the currency. */
    private void setUpRequestContext() {
        inTransaction(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                BroadleafCurrencyService currencies = context.getBean("blCurrencyService", BroadleafCurrencyService.class);
                LocaleService locales = context.getBean("blLocaleService", LocaleService.class);
                BroadleafCurrency usd = new BroadleafCurrencyImpl();
                usd.setCurrencyCode("USD");
                usd.setFriendlyName("US Dollar");
                usd.setDefaultFlag(true);
                currency = currencies.save(usd);
                org.broadleafcommerce.common.locale.domain.Locale enUs = new LocaleImpl();
                enUs.setLocaleCode("en_US");
                enUs.setFriendlyName("English US");
                enUs.setDefaultFlag(true);
                enUs.setDefaultCurrency(currency);
                enUs.setUseCountryInSearchIndex(false);
                locale = locales.save(enUs);
                return null;
            }
        });
        BroadleafRequestContext brc = new BroadleafRequestContext();
        brc.setBroadleafCurrency(currency);
        brc.setLocale(locale);
        BroadleafRequestContext.setBroadleafRequestContext(brc);
    }

    private void createProducts(final int count) {
        productIds = new long[count];
        skuIds = new long[count];
        prices = new BigDecimal[count];
        final Date activeFrom = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(30));
        progress(String.format(Locale.ROOT, "creating %,d products through blCatalogService (%d cart lines + one per native offer)",
                count, CART_LINES));
        for (int from = 0; from < count; from += PRODUCTS_PER_TRANSACTION) {
            final int start = from;
            final int end = Math.min(count, from + PRODUCTS_PER_TRANSACTION);
            inTransaction(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    for (int i = start; i < end; i++) {
                        prices[i] = BigDecimal.valueOf(1_000 + (i * 7_919L) % 9_000, 2);
                        Sku sku = catalog.createSku();
                        sku.setName("Bench product " + (i + 1));
                        sku.setRetailPrice(new Money(prices[i], currency.getCurrencyCode()));
                        sku.setCurrency(currency);
                        sku.setActiveStartDate(activeFrom);
                        sku.setDiscountable(Boolean.TRUE);
                        sku.setTaxable(Boolean.TRUE);
                        sku.setInventoryType(InventoryType.ALWAYS_AVAILABLE);
                        Product product = catalog.createProduct(ProductType.PRODUCT);
                        product.setDefaultSku(sku);
                        product.setUrl("/bench/product-" + (i + 1));
                        product = catalog.saveProduct(product);
                        productIds[i] = product.getId();
                        skuIds[i] = product.getDefaultSku().getId();
                    }
                    return null;
                }
            });
            progressEvery(end, count, PRODUCTS_PER_TRANSACTION * 4, "products");
        }
    }

    /** A customer's cart with one unit of each of the first {@value #CART_LINES} products, not priced yet. */
    private void createCart() throws Exception {
        progress("creating the cart: " + CART_LINES + " lines through orderService.addItem(..., priceOrder=false)");
        orderId = inRequest(new Work<Long>() {
            @Override
            public Long run() throws Exception {
                Customer customer = customers.createCustomer();
                customer.setEmailAddress("bench-shopper@example.com");
                Order cart = orders.createNewCartForCustomer(customer);
                for (int line = 0; line < CART_LINES; line++) {
                    orders.addItem(cart.getId(), new OrderItemRequestDTO(productIds[line], skuIds[line], 1), false);
                }
                return cart.getId();
            }
        });
    }

    /**
     * Offers {@code from} to {@code to - 1}, one per seller campaign: 5–20% off, automatic, one target rule listing
     * the campaign's Skus (its own product; the first ten also some cart lines, see the class comment).
     */
    private void createOffers(final int from, final int to) {
        progress(String.format(Locale.ROOT, "creating native offers %,d to %,d through blOfferService", from + 1, to));
        final Date activeFrom = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1));
        for (int chunk = from; chunk < to; chunk += OFFERS_PER_TRANSACTION) {
            final int start = chunk;
            final int end = Math.min(to, chunk + OFFERS_PER_TRANSACTION);
            inTransaction(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    for (int k = start; k < end; k++) {
                        Offer offer = entities.createEntityInstance(Offer.class.getName(), Offer.class);
                        offer.setName("Seller campaign " + (k + 1));
                        offer.setMarketingMessage((5 + k % 16) + "% off, seller campaign " + (k + 1));
                        offer.setType(OfferType.ORDER_ITEM);
                        offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
                        offer.setValue(BigDecimal.valueOf(5 + k % 16));
                        offer.setStartDate(activeFrom);
                        offer.setAutomaticallyAdded(true);
                        offer.setCombinableWithOtherOffers(true);
                        offer.setStackable(true);
                        offer.setApplyDiscountToSalePrice(false);
                        offer.setOfferItemQualifierRuleType(OfferItemRestrictionRuleType.NONE);
                        offer.setOfferItemTargetRuleType(OfferItemRestrictionRuleType.NONE);
                        offer.setMaxUsesPerOrder(0);
                        offer.setMaxUsesPerCustomer(0L);
                        offer.setTreatAsNewFormat(true);
                        OfferItemCriteria target = entities.createEntityInstance(OfferItemCriteria.class.getName(),
                                OfferItemCriteria.class);
                        target.setQuantity(1);
                        target.setMatchRule(targetRule(k));
                        Set<OfferItemCriteria> targets = new HashSet<OfferItemCriteria>();
                        targets.add(target);
                        offer.setTargetItemCriteria(targets);
                        offerIds.add(offers.save(offer).getId());
                    }
                    return null;
                }
            });
            progressEvery(end - from, to - from, 1_000, "offers");
        }
    }

    /** {@code ([s1,s2,...] contains orderItem.?sku.?id.intValue())}: offer k's own Sku, plus cart lines j % 10 == k. */
    String targetRule(int k) {
        StringBuilder ids = new StringBuilder().append(skuIds[CART_LINES + k]);
        for (int line = 0; line < TARGETED_LINES; line++) {
            if (line % OFFERS_ON_CART == k) {
                ids.append(',').append(skuIds[line]);
            }
        }
        return "([" + ids + "] contains orderItem.?sku.?id.intValue())";
    }

    /** Takes every offer after the first {@code keep} out of the automatic-offer query (archived, as the admin does). */
    private void archiveOffersAfter(final int keep) {
        progress(String.format(Locale.ROOT, "archiving native offers %,d to %,d", keep + 1, offerIds.size()));
        for (int chunk = keep; chunk < offerIds.size(); chunk += OFFERS_PER_TRANSACTION) {
            final List<Long> ids = offerIds.subList(chunk, Math.min(offerIds.size(), chunk + OFFERS_PER_TRANSACTION));
            inTransaction(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
                    for (Long id : ids) {
                        em.find(OfferImpl.class, id).setArchived('Y');
                    }
                    return null;
                }
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // What is timed

    private interface Step {
        long run(Order order) throws Exception;
    }

    /** {@code orderService.save(order, true)}: persist, {@code blPricingWorkflow} end to end, persist. */
    private final Step FULL_PRICING = new Step() {
        @Override
        public long run(Order order) throws Exception {
            return orders.save(order, true).getOrderItems().size();
        }
    };

    /** Candidate offers, then the order-level and item-level rule filters; nothing applied, nothing written. */
    private final Step RULE_WORK = new Step() {
        @Override
        public long run(Order order) throws Exception {
            List<Offer> candidates = offers.buildOfferListForOrder(order);
            PromotableOrder promotable = promotableItems.createPromotableOrder(order, false);
            List<Offer> filtered = orderOfferProcessor.filterOffers(candidates, order.getCustomer());
            List<PromotableCandidateOrderOffer> orderOffers = new ArrayList<PromotableCandidateOrderOffer>();
            List<PromotableCandidateItemOffer> itemOffers = new ArrayList<PromotableCandidateItemOffer>();
            itemOfferProcessor.filterOffers(promotable, filtered, orderOffers, itemOffers);
            int withTargets = 0;
            for (PromotableCandidateItemOffer candidate : itemOffers) {
                if (!candidate.getCandidateTargetsMap().isEmpty()) {
                    withTargets++;
                }
            }
            return withTargets;
        }
    };

    /** Per-pricing wall-clock nanoseconds, each pricing in its own request, after an untimed warm-up. */
    private Stats measure(String what, int warmup, int timed, final Step step) throws Exception {
        progress(String.format(Locale.ROOT, "timing %s: %d warm-up + %d timed", what, warmup, timed));
        long[] nanos = new long[timed];
        long sink = 0;
        for (int i = 0; i < warmup + timed; i++) {
            long[] result = inRequest(new Work<long[]>() {
                @Override
                public long[] run() throws Exception {
                    Order order = orders.findOrderById(orderId);
                    long t0 = System.nanoTime();
                    long out = step.run(order);
                    return new long[]{System.nanoTime() - t0, out};
                }
            });
            sink += result[1];
            if (i >= warmup) {
                nanos[i - warmup] = result[0];
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return new Stats(nanos);
    }

    /** Prices once and prints what the host did: candidate offers, those whose target rule matched a line, discounts. */
    private void checkPricing(final String label, final int expectedOffers) throws Exception {
        inRequest(new Work<Void>() {
            @Override
            public Void run() throws Exception {
                orders.save(orders.findOrderById(orderId), true);
                return null;
            }
        });
        String line = inRequest(new Work<String>() {
            @Override
            public String run() throws Exception {
                Order order = orders.findOrderById(orderId);
                int candidates = offers.buildOfferListForOrder(order).size();
                int withTargets = (int) RULE_WORK.run(order);
                int discounted = 0;
                for (OrderItem item : order.getOrderItems()) {
                    Money adjustment = item.getTotalAdjustmentValue();
                    if (adjustment != null && adjustment.getAmount().signum() > 0) {
                        discounted++;
                    }
                }
                if (candidates != expectedOffers) {
                    throw new IllegalStateException(label + ": the host found " + candidates + " automatic offers, expected "
                            + expectedOffers);
                }
                return String.format(Locale.ROOT, "%s: %d candidate offers, %d with a target in the cart, %d of %d lines"
                                + " discounted; subtotal %s, item discounts %s, total %s", label, candidates, withTargets, discounted,
                        order.getOrderItems().size(), order.getSubTotal(), order.getItemAdjustmentsValue(), order.getTotal());
            }
        });
        progress(line);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Module mode

    /** 5,000 sellers, 100,000 listings, 10,000 LIVE campaigns, 10,000 ACCEPTED participations, 100,000 enrollments. */
    private void seedCampaigns() throws SQLException {
        progress(String.format(Locale.ROOT, "seeding the module: %,d sellers, %,d listings, %,d live campaigns, "
                + "%,d participations, %,d enrollments (batched JDBC)", SELLERS, LISTINGS, CAMPAIGNS, CAMPAIGNS, LISTINGS));
        long t0 = System.nanoTime();
        LocalDateTime nowUtc = LocalDateTime.now(ZoneOffset.UTC);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Timestamp startsAt = Timestamp.valueOf(nowUtc.minusDays(1));
        Timestamp endsAt = Timestamp.valueOf(nowUtc.plusDays(30));
        Timestamp deadline = Timestamp.valueOf(nowUtc.minusDays(2));
        String[] segments = {"SMALL", "MID", "LARGE"};
        String[] policies = {"COMBINABLE", "EXCLUSIVE", "BEST_OF"};
        try (Connection db = DriverManager.getConnection(services.property("coop.db.url"), EmbeddedDatabase.USER,
                EmbeddedDatabase.PASSWORD)) {
            db.setAutoCommit(false);
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO COOP_SELLER (SELLER_ID, CODE, NAME, SEGMENT, STANDING,"
                    + " CONTACT_EMAIL, MAX_CONCURRENT_CAMPAIGNS, CREATED_AT) VALUES (?,?,?,?,?,?,?,?)")) {
                for (int s = 0; s < SELLERS; s++) {
                    ps.setLong(1, sellerId(s));
                    ps.setString(2, "bench-seller-" + s);
                    ps.setString(3, "Bench seller " + s);
                    ps.setString(4, segments[s % 3]);
                    ps.setString(5, "GOOD");
                    ps.setString(6, "seller" + s + "@example.com");
                    ps.setInt(7, 3);
                    ps.setTimestamp(8, now);
                    batch(ps, s);
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO COOP_SELLER_LISTING (LISTING_ID, SELLER_ID, SKU_ID,"
                    + " MARGIN_FLOOR_PRICE, SHIP_MIN_DAYS, SHIP_MAX_DAYS, ACTIVE, CREATED_AT) VALUES (?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < LISTINGS; i++) {
                    boolean real = i < skuIds.length;
                    ps.setLong(1, listingId(i));
                    ps.setLong(2, sellerId(i % SELLERS));
                    ps.setLong(3, real ? skuIds[i] : UNUSED_SKU_BASE + i);
                    ps.setBigDecimal(4, real ? prices[i].multiply(new BigDecimal("0.60")).setScale(2, RoundingMode.HALF_UP)
                            : new BigDecimal("10.00"));
                    ps.setInt(5, 1);
                    ps.setInt(6, 5);
                    ps.setBoolean(7, true);
                    ps.setTimestamp(8, now);
                    batch(ps, i);
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO COOP_CAMPAIGN (CAMPAIGN_ID, NAME, SLUG, THEME_BRIEF,"
                    + " MARKETING_MESSAGE, OBJECTIVE, TIER, STATE, TIME_ZONE, STARTS_AT, ENDS_AT, ENROLLMENT_DEADLINE,"
                    + " ASSET_DEADLINE, MIN_DISCOUNT_PCT, MAX_DISCOUNT_PCT, BUDGET, PLATFORM_FUNDING_PCT, STACKING_POLICY,"
                    + " MIN_SELLERS, MAX_SELLER_SHARE_PCT, MIN_UNITS_IN_STOCK, CREATED_AT, UPDATED_AT)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int c = 0; c < CAMPAIGNS; c++) {
                    ps.setLong(1, campaignId(c));
                    ps.setString(2, "Bench campaign " + (c + 1));
                    ps.setString(3, "bench-campaign-" + (c + 1));
                    ps.setString(4, "Benchmark campaign");
                    ps.setString(5, "Campaign " + (c + 1) + " deal");
                    ps.setString(6, "SEASONAL_TRAFFIC");
                    ps.setString(7, "LIGHTWEIGHT");
                    ps.setString(8, "LIVE");
                    ps.setString(9, "UTC");
                    ps.setTimestamp(10, startsAt);
                    ps.setTimestamp(11, endsAt);
                    ps.setTimestamp(12, deadline);
                    ps.setTimestamp(13, deadline);
                    ps.setBigDecimal(14, BigDecimal.valueOf(5 + c % 10));
                    ps.setBigDecimal(15, BigDecimal.valueOf(30 + c % 20));
                    ps.setBigDecimal(16, new BigDecimal("1000000.00"));
                    ps.setBigDecimal(17, BigDecimal.valueOf(c % 60));
                    ps.setString(18, policies[c % policies.length]);
                    ps.setInt(19, 1);
                    ps.setBigDecimal(20, new BigDecimal("50"));
                    ps.setInt(21, 0);
                    ps.setTimestamp(22, now);
                    ps.setTimestamp(23, now);
                    batch(ps, c);
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO COOP_PARTICIPATION (PARTICIPATION_ID, CAMPAIGN_ID,"
                    + " SELLER_ID, STATE, CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,?,?)")) {
                for (int p = 0; p < CAMPAIGNS; p++) {
                    ps.setLong(1, participationId(p));
                    ps.setLong(2, campaignId(p));
                    ps.setLong(3, sellerId(p % SELLERS));
                    ps.setString(4, "ACCEPTED");
                    ps.setTimestamp(5, now);
                    ps.setTimestamp(6, now);
                    batch(ps, p);
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO COOP_ENROLLMENT (ENROLLMENT_ID, PARTICIPATION_ID,"
                    + " LISTING_ID, DISCOUNT_PCT, ENROLLED_AT) VALUES (?,?,?,?,?)")) {
                for (int i = 0; i < LISTINGS; i++) {
                    ps.setLong(1, SEED_ID_BASE + i);
                    ps.setLong(2, participationId(i % CAMPAIGNS));
                    ps.setLong(3, listingId(i));
                    ps.setBigDecimal(4, BigDecimal.valueOf(10 + i % 25));
                    ps.setTimestamp(5, now);
                    batch(ps, i);
                    if ((i + 1) % 25_000 == 0) {
                        progress(String.format(Locale.ROOT, "  enrollments %,d/%,d", i + 1, LISTINGS));
                    }
                }
                ps.executeBatch();
            }
            db.commit();
        }
        evictHibernateCaches();
        progress(String.format(Locale.ROOT, "  seeded in %.1f s", (System.nanoTime() - t0) / 1e9));
    }

    /**
     * Participation p is seller p % 5,000 in campaign p (each seller in two campaigns); listing i belongs to seller
     * i % 5,000 and is enrolled through participation i % 10,000 (of the same seller), so in campaign i % 10,000:
     * ten listings per campaign, and the 50 cart lines in 50 different campaigns.
     */
    private static long sellerId(int s) {
        return SEED_ID_BASE + s;
    }

    private static long listingId(int i) {
        return SEED_ID_BASE + i;
    }

    private static long campaignId(int c) {
        return SEED_ID_BASE + c;
    }

    private static long participationId(int s) {
        return SEED_ID_BASE + s;
    }

    private static void batch(PreparedStatement ps, int i) throws SQLException {
        ps.addBatch();
        if ((i + 1) % JDBC_BATCH == 0) {
            ps.executeBatch();
        }
    }

    /** Takes the cart lines from {@code firstLine} on out of their campaigns (as a seller pausing them would). */
    private void pauseEnrollmentsOfCartLinesFrom(int firstLine) throws SQLException {
        try (Connection db = DriverManager.getConnection(services.property("coop.db.url"), EmbeddedDatabase.USER,
                EmbeddedDatabase.PASSWORD);
             PreparedStatement ps = db.prepareStatement("UPDATE COOP_ENROLLMENT SET PAUSED = TRUE WHERE LISTING_ID = ?")) {
            for (int line = firstLine; line < CART_LINES; line++) {
                ps.setLong(1, listingId(line));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        progress(String.format(Locale.ROOT, "paused the enrollments of cart lines %d to %d", firstLine + 1, CART_LINES));
    }

    /** Rebuilds the enrollment index from the database, one full rebuild after another, until stopped. */
    private static final class RebuildLoop extends Thread {
        private final ActiveEnrollmentIndexHolder holder;
        private volatile boolean running = true;
        volatile int rebuilds;
        volatile long nanos;

        RebuildLoop(ActiveEnrollmentIndexHolder holder) {
            super("bench-index-rebuilds");
            this.holder = holder;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                long t0 = System.nanoTime();
                holder.rebuild();
                nanos += System.nanoTime() - t0;
                rebuilds++;
            }
        }

        void stopAndJoin() throws InterruptedException {
            running = false;
            join();
        }
    }

    private void rebuildIndex(int expectedLines) {
        ActiveEnrollmentIndexHolder holder = context.getBean("coopEnrollmentIndex", ActiveEnrollmentIndexHolder.class);
        long t0 = System.nanoTime();
        EnrollmentIndex index = holder.rebuild();
        int covered = 0;
        for (int line = 0; line < CART_LINES; line++) {
            if (holder.offerFor(skuIds[line]) != null) {
                covered++;
            }
        }
        progress(String.format(Locale.ROOT, "enrollment index rebuilt in %.1f s: %s; cart lines with a live campaign "
                + "offer: %d/%d", (System.nanoTime() - t0) / 1e9, index, covered, CART_LINES));
        if (covered != expectedLines) {
            throw new IllegalStateException(expectedLines + " cart Skus should be enrolled in a live campaign, found " + covered);
        }
    }

    /** Gives every seeded campaign its host Offer row (what the campaign's adjustment rows point at). */
    private void synchronizeHostOffers() {
        long t0 = System.nanoTime();
        int handled = context.getBean(HOST_OFFERS_BEAN, CampaignHostOffers.class).synchronizeAll();
        progress(String.format(Locale.ROOT, "host offers for %,d campaigns in %.1f s", handled, (System.nanoTime() - t0) / 1e9));
    }

    private void evictHibernateCaches() {
        emf.getCache().evictAll();
        if (emf instanceof HibernateEntityManagerFactory) {
            ((HibernateEntityManagerFactory) emf).getSessionFactory().getCache().evictQueryRegions();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Output

    private static void print(List<Result> results, Stats[] nativeFull, Stats[] nativeRules, Stats hostAgain, Stats module,
                              Stats moduleEqual, Stats duringRebuild, int rebuilds, Stats[] moduleEval) {
        System.out.println();
        System.out.println("Host pricing of a " + CART_LINES + "-line cart (" + TARGETED_LINES + " lines discounted by native"
                + " offers), Broadleaf 3.1.15 on PostgreSQL; ms per pricing");
        String header = String.format(Locale.ROOT, "%-36s | %-12s | %5s | %8s %8s %8s %8s | %-22s",
                "configuration", "what", "n", "p50", "p90", "p99", "mean", "vs first row of its kind");
        System.out.println(header);
        System.out.println(dashes(header.length()));
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-36s | %-12s | %5d | %8.2f %8.2f %8.2f %8.2f | %s%n", r.label, r.what, r.stats.n,
                    r.stats.p50 / 1e6, r.stats.p90 / 1e6, r.stats.p99 / 1e6, r.stats.mean / 1e6,
                    r.base == null ? "" : ratios(r.stats, r.base));
        }
        System.out.println("(ratios: p50 / p99 against native offers: 10 of the same kind; module against the re-run)");

        System.out.println();
        System.out.println("Ratios, p50 / p90 / p99 / mean");
        System.out.printf(Locale.ROOT, "  full pricing, native 1,000 / host alone (10) : %s%n", allRatios(nativeFull[1], nativeFull[0]));
        System.out.printf(Locale.ROOT, "  full pricing, native 2,000 / host alone (10) : %s%n", allRatios(nativeFull[2], nativeFull[0]));
        System.out.printf(Locale.ROOT, "  full pricing, module %,d, 50 lines / host alone (10, 25 lines) : %s%n", CAMPAIGNS,
                allRatios(module, hostAgain));
        System.out.printf(Locale.ROOT, "  full pricing, module %,d, 25 lines / host alone (10, 25 lines) : %s"
                + "   (goal <= 1.3x at p50, <= 1.5x at p99)%n", CAMPAIGNS, allRatios(moduleEqual, hostAgain));
        System.out.printf(Locale.ROOT, "  full pricing during %d full index rebuilds / without              : %s"
                + "   (goal: p99 equal)%n", rebuilds, allRatios(duringRebuild, moduleEqual));

        System.out.println();
        System.out.println("Rule work per " + CART_LINES + "-line cart, us: the module's evaluation (index lookup + discount"
                + " calculation, EnrollmentIndexBench) and the host's (candidate offers + MVEL rule filter)");
        String header2 = String.format(Locale.ROOT, "%-36s | %7s | %10s %10s %10s %10s", "", "n", "p50", "p90", "p99", "mean");
        System.out.println(header2);
        System.out.println(dashes(header2.length()));
        for (int c = 0; c < MODULE_CAMPAIGNS.length; c++) {
            printMicros(String.format(Locale.ROOT, "module evaluation, %,d campaigns", MODULE_CAMPAIGNS[c]), moduleEval[c]);
        }
        for (int n = 0; n < NATIVE_OFFERS.length; n++) {
            printMicros(String.format(Locale.ROOT, "native rule work, %,d offers", NATIVE_OFFERS[n]), nativeRules[n]);
        }
        Stats few = moduleEval[0];
        Stats most = moduleEval[MODULE_CAMPAIGNS.length - 1];
        System.out.printf(Locale.ROOT, "%nModule evaluation, %,d campaigns / %,d campaigns: p50 %.2fx, p99 %.2fx (goal <= 1.5x);"
                        + " p99 at %,d campaigns %.3f ms (goal <= 2 ms)%n", MODULE_CAMPAIGNS[MODULE_CAMPAIGNS.length - 1],
                MODULE_CAMPAIGNS[0], most.p50 / few.p50, most.p99 / few.p99, MODULE_CAMPAIGNS[MODULE_CAMPAIGNS.length - 1],
                most.p99 / 1e6);
        Stats eval = moduleEval[1];
        Stats rules = nativeRules[1];
        System.out.printf(Locale.ROOT, "%nThe module's evaluation is %.0fx faster at 1,000 (native rule work p99 / module evaluation p99;"
                        + " goal >= 20x); p50: %.0fx, mean: %.0fx%n", rules.p99 / eval.p99, rules.p50 / eval.p50,
                rules.mean / eval.mean);
    }

    private static void printMicros(String label, Stats s) {
        System.out.printf(Locale.ROOT, "%-36s | %7d | %10.1f %10.1f %10.1f %10.1f%n", label, s.n, s.p50 / 1e3, s.p90 / 1e3,
                s.p99 / 1e3, s.mean / 1e3);
    }

    private static String ratios(Stats s, Stats base) {
        return String.format(Locale.ROOT, "%6.2fx / %6.2fx", s.p50 / base.p50, s.p99 / base.p99);
    }

    private static String allRatios(Stats s, Stats base) {
        return String.format(Locale.ROOT, "%6.2fx / %6.2fx / %6.2fx / %6.2fx", s.p50 / base.p50, s.p90 / base.p90,
                s.p99 / base.p99, s.mean / base.mean);
    }

    private static String dashes(int n) {
        char[] line = new char[n];
        Arrays.fill(line, '-');
        return new String(line);
    }

    /** Percentiles and mean of per-item nanoseconds. */
    static final class Stats {
        final int n;
        final double p50;
        final double p90;
        final double p99;
        final double mean;

        Stats(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            n = sorted.length;
            p50 = sorted[Math.min(n - 1, (int) (n * 0.50))];
            p90 = sorted[Math.min(n - 1, (int) (n * 0.90))];
            p99 = sorted[Math.min(n - 1, (int) (n * 0.99))];
            double sum = 0;
            for (long v : sorted) {
                sum += v;
            }
            mean = sum / n;
        }
    }

    private static final class Result {
        final String label;
        final String what;
        final Stats stats;
        final Stats base;

        Result(String label, String what, Stats stats, Stats base) {
            this.label = label;
            this.what = what;
            this.stats = stats;
            this.base = base;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Plumbing

    private interface Work<T> {
        T run() throws Exception;
    }

    /** Runs the work like one storefront request: its own EntityManager bound to the thread, closed at the end. */
    private <T> T inRequest(Work<T> work) throws Exception {
        EntityManager em = emf.createEntityManager();
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(em));
        try {
            return work.run();
        } finally {
            TransactionSynchronizationManager.unbindResource(emf);
            EntityManagerFactoryUtils.closeEntityManager(em);
        }
    }

    private <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactions).execute(work);
    }

    private static void progress(String line) {
        System.out.printf(Locale.ROOT, "[%5.0f s] %s%n", (System.nanoTime() - STARTED) / 1e9, line);
    }

    private static void progressEvery(int done, int total, int step, String what) {
        if (done == total || done % step == 0) {
            progress(String.format(Locale.ROOT, "  %s %,d/%,d", what, done, total));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<Path>();
            paths.forEach(all::add);
            Collections.sort(all, Comparator.reverseOrder());
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
