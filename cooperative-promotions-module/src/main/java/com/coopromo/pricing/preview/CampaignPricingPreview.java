package com.coopromo.pricing.preview;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.Validation;
import com.coopromo.common.time.CoopClock;
import com.coopromo.pricing.domain.CampaignDiscountCalculator;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.pricing.domain.LineInput;
import com.coopromo.pricing.domain.LinePricing;
import com.coopromo.pricing.domain.Outcome;
import com.coopromo.pricing.host.CampaignHostOffers;
import com.coopromo.pricing.host.OrderCampaignPricer;
import com.coopromo.pricing.host.OrderLines;
import com.coopromo.pricing.host.PricedLine;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Prices a cart as of any instant without saving anything: what a shopper's cart with these lines would get, line by
 * line, and why (or why not) the campaign discount applies.
 * <p>
 * How: in one {@code blTransactionManager} transaction that is always rolled back, a throw-away customer and cart are
 * created through Broadleaf's own services, the lines are added, and the cart is priced by Broadleaf's own pricing
 * workflow ({@code orderService.save(cart, true)}) with the module's clock set to the instant
 * ({@link CoopClock#callAt}); {@link OrderCampaignPricer#capture} collects how the module priced each line. The priced
 * order is read back, then everything is rolled back. The only lasting traces are the id generators' next values.
 * The pricing runs in an entity manager of its own: an entity manager the caller has open (an admin request's) is
 * set aside meanwhile and handed back untouched.
 * <p>
 * Lines whose Sku has no campaign live at the instant are not priced by the module; for them the calculator is asked
 * directly with the host's figures, so they still say why: "Not enrolled", or "Campaign not live" naming the window of
 * the Sku's next campaign (else its last one). A Sku Broadleaf would not put in a cart (marked unavailable, or fewer
 * in stock than asked when the host checks quantities) is left out of the cart and explained the same way.
 * <p>
 * <b>Known limitations:</b> only the module's rules use the preview instant. Broadleaf's own (native) offers judge
 * their start and end dates by the real time; stock, remaining campaign budgets and enrollments are as they stand now;
 * and the campaigns considered are those carts can get now (scheduled or live), so a campaign still in review or
 * already ended shows as not enrolled.
 */
@Service("coopPricingPreview")
public class CampaignPricingPreview {
    /** The largest quantity a preview line may ask for. */
    public static final int MAX_QUANTITY = 999;
    /** The most lines one preview may hold. */
    public static final int MAX_LINES = 50;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final CampaignDiscountCalculator calculator = new CampaignDiscountCalculator();

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopClock")
    protected CoopClock clock;

    @Resource(name = "coopEnrollmentIndex")
    protected ActiveEnrollmentIndexHolder enrollmentIndex;

    @Resource(name = "coopCampaignHostOffers")
    protected CampaignHostOffers hostOffers;

    @Resource(name = "coopStock")
    protected StockService stock;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /**
     * Prices the lines as one cart as of {@code at}; nothing is saved.
     *
     * @throws CoopValidationException naming each bad field: {@code at} missing, {@code lines} empty or too many,
     *                                 {@code lines[i].skuId} missing, unknown, inactive or repeated,
     *                                 {@code lines[i].quantity} missing or outside 1..999
     */
    public PreviewResult preview(final List<PreviewLine> lines, final Instant at) {
        validate(lines, at);
        TransactionTemplate throwAway = new TransactionTemplate(transactionManager);
        // a transaction of its own: a caller's transaction is suspended, never joined (it would be rolled back too)
        throwAway.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Object callersEntityManager = setAsideCallersEntityManager();
        try {
            return throwAway.execute(new TransactionCallback<PreviewResult>() {
                @Override
                public PreviewResult doInTransaction(TransactionStatus status) {
                    status.setRollbackOnly();
                    try {
                        return priceInThrowAwayCart(lines, at);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException("pricing the preview cart failed: " + e.getMessage(), e);
                    }
                }
            });
        } finally {
            if (callersEntityManager != null) {
                TransactionSynchronizationManager.bindResource(entityManagerFactory(), callersEntityManager);
            }
        }
    }

    private static void validate(List<PreviewLine> lines, Instant at) {
        Validation v = new Validation();
        v.require(at != null, "at", "is required: the instant to price the cart at");
        if (lines == null || lines.isEmpty()) {
            v.reject("lines", "must hold at least one line (a Sku id and a quantity)");
        } else if (lines.size() > MAX_LINES) {
            v.reject("lines", "must hold at most " + MAX_LINES + " lines (was " + lines.size() + ")");
        } else {
            Map<Long, Integer> firstLineOfSku = new HashMap<Long, Integer>();
            for (int i = 0; i < lines.size(); i++) {
                PreviewLine line = lines.get(i);
                String field = "lines[" + i + "]";
                if (line == null) {
                    v.reject(field, "is required");
                    continue;
                }
                if (line.skuId() == null) {
                    v.reject(field + ".skuId", "is required");
                } else if (firstLineOfSku.containsKey(line.skuId())) {
                    v.reject(field + ".skuId", "Sku " + line.skuId() + " is already on line " + (firstLineOfSku.get(line.skuId()) + 1)
                            + "; put its whole quantity on one line");
                } else {
                    firstLineOfSku.put(line.skuId(), i);
                }
                if (line.quantity() == null) {
                    v.reject(field + ".quantity", "is required");
                } else if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                    v.reject(field + ".quantity", "must be between 1 and " + MAX_QUANTITY + " (was " + line.quantity() + ")");
                }
            }
        }
        v.throwIfInvalid();
    }

    /** Runs inside the throw-away transaction. */
    private PreviewResult priceInThrowAwayCart(List<PreviewLine> lines, final Instant at) throws Exception {
        List<Sku> skus = skusOf(lines);
        Customer customer = customerService.createCustomer();
        customer.setUsername("coop-preview-" + UUID.randomUUID());
        customer = customerService.saveCustomer(customer);
        Order cart = orderService.createNewCartForCustomer(customer);
        List<Long> skuIds = new ArrayList<Long>();
        for (Sku sku : skus) {
            skuIds.add(sku.getId());
        }
        Map<Long, Integer> counted = stock.unitsLeft(skuIds);
        boolean[] inCart = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            inCart[i] = storeWouldAdd(skus.get(i), lines.get(i).quantity(), counted);
            if (inCart[i]) {
                try {
                    cart = orderService.addItem(cart.getId(), new OrderItemRequestDTO()
                            .setSkuId(skus.get(i).getId()).setQuantity(lines.get(i).quantity()), false);
                } catch (AddToCartException e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    throw new CoopValidationException("lines[" + i + "].skuId", "Broadleaf does not add Sku "
                            + skus.get(i).getId() + " to a cart: " + cause.getMessage());
                }
            }
        }
        final Order toPrice = cart;
        OrderCampaignPricer.Captured<Order> priced = clock.callAt(at, new Callable<OrderCampaignPricer.Captured<Order>>() {
            @Override
            public OrderCampaignPricer.Captured<Order> call() throws Exception {
                return OrderCampaignPricer.capture(new Callable<Order>() {
                    @Override
                    public Order call() throws Exception {
                        return orderService.save(toPrice, true);
                    }
                });
            }
        });
        // pricing is over: from here on queries are fine (the index may rebuild, in a transaction of its own)
        return read(lines, skus, inCart, priced.result(), priced.lines(), at, counted);
    }

    private List<Sku> skusOf(List<PreviewLine> lines) {
        Validation v = new Validation();
        List<Sku> skus = new ArrayList<Sku>();
        for (int i = 0; i < lines.size(); i++) {
            Long skuId = lines.get(i).skuId();
            Sku sku = catalogService.findSkuById(skuId);
            skus.add(sku);
            if (sku == null) {
                v.reject("lines[" + i + "].skuId", "no host Sku has id " + skuId);
            } else if (!sku.isActive()) {
                v.reject("lines[" + i + "].skuId", "Sku " + skuId + " is not active (outside its active dates), so "
                        + "Broadleaf does not sell it");
            } else if (sku.getPrice() == null) {
                v.reject("lines[" + i + "].skuId", "Sku " + skuId + " has no price");
            }
        }
        v.throwIfInvalid();
        return skus;
    }

    /** What the store's add-to-cart refuses (stock), judged here so such a line is explained rather than refused. */
    private static boolean storeWouldAdd(Sku sku, int quantity, Map<Long, Integer> counted) {
        Integer left = SkuUnits.left(sku, counted);
        return left == null || left >= quantity;
    }

    private PreviewResult read(List<PreviewLine> lines, List<Sku> skus, boolean[] inCart, Order order,
                               List<PricedLine> pricedLines, Instant at, Map<Long, Integer> counted) {
        Map<Long, OrderItem> itemsBySku = new HashMap<Long, OrderItem>();
        for (OrderItem item : order.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku() != null) {
                itemsBySku.put(((DiscreteOrderItem) item).getSku().getId(), item);
            }
        }
        EnrollmentIndex index = enrollmentIndex.snapshot();
        List<PreviewedLine> result = new ArrayList<PreviewedLine>();
        BigDecimal subtotal = ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Sku sku = skus.get(i);
            int quantity = lines.get(i).quantity();
            OrderItem item = inCart[i] ? itemsBySku.get(sku.getId()) : null;
            PreviewedLine line = item == null
                    ? notInCart(sku, quantity, index, at, counted)
                    : inCart(sku, item, pricedOf(pricedLines, sku.getId()), index, at, counted);
            if (line.inCart()) {
                subtotal = subtotal.add(line.finalTotal());
            }
            result.add(line);
        }
        return new PreviewResult(at, result, subtotal);
    }

    private static List<PricedLine> pricedOf(List<PricedLine> pricedLines, long skuId) {
        List<PricedLine> of = new ArrayList<PricedLine>();
        for (PricedLine line : pricedLines) {
            if (line.skuId() == skuId) {
                of.add(line);
            }
        }
        return of;
    }

    /** A line in the priced cart: the host's figures, and the module's reasons for each of its price details. */
    private PreviewedLine inCart(Sku sku, OrderItem item, List<PricedLine> priced, EnrollmentIndex index, Instant at,
                                 Map<Long, Integer> counted) {
        int quantity = item.getQuantity();
        BigDecimal unitPrice = OrderLines.plainUnitPrice(item);
        BigDecimal campaignDiscount = ZERO;
        for (BigDecimal byOffer : OrderLines.discountByOffer(item, hostOffers.ids()).values()) {
            campaignDiscount = campaignDiscount.add(byOffer);
        }
        BigDecimal finalTotal = cents(item.getTotalPrice().getAmount());
        BigDecimal hostDiscount = unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(campaignDiscount).subtract(finalTotal);
        if (priced.isEmpty()) {
            CampaignOffer live = index.offerFor(sku.getId(), at);
            if (live != null) {
                String why = !item.isDiscountingAllowed()
                        ? "Broadleaf does not allow discounts on this item, so the module leaves it as it is."
                        : "'" + live.campaignName() + "' has no host offer yet (scheduling the campaign creates one), "
                        + "so carts get no campaign discount for it.";
                return new PreviewedLine(sku.getId(), item.getName(), quantity, unitPrice, hostDiscount, campaignDiscount,
                        finalTotal, live.campaignId(), live.campaignName(), null, "Not priced by the campaign", why,
                        ZERO, ZERO, true);
            }
            BigDecimal hostPerUnit = hostDiscount.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP)
                    .max(ZERO).min(unitPrice);
            LinePricing pricing = withoutLiveCampaign(sku.getId(), quantity, unitPrice, hostPerUnit, SkuUnits.left(sku, counted),
                    index, at);
            CampaignOffer offer = nearestOffer(index, sku.getId(), at);
            return new PreviewedLine(sku.getId(), item.getName(), quantity, unitPrice, hostDiscount, campaignDiscount,
                    finalTotal, offer == null ? null : offer.campaignId(), offer == null ? null : offer.campaignName(),
                    pricing.reason(), pricing.reason().label(), pricing.explanation(), ZERO, ZERO, true);
        }
        PricedLine shown = priced.get(0);
        BigDecimal platform = ZERO;
        BigDecimal seller = ZERO;
        Set<String> explanations = new LinkedHashSet<String>();
        for (PricedLine line : priced) {
            platform = platform.add(line.pricing().funding().platformPart());
            seller = seller.add(line.pricing().funding().sellerPart());
            if (line.pricing().campaignApplied() && !shown.pricing().campaignApplied()) {
                shown = line;
            }
            explanations.add(line.pricing().explanation());
        }
        String explanation;
        if (priced.size() == 1 || explanations.size() == 1) {
            explanation = shown.pricing().explanation();
        } else {
            StringBuilder parts = new StringBuilder();
            for (PricedLine line : priced) {
                parts.append(parts.length() == 0 ? "" : " ").append(line.pricing().quantity()).append(" unit(s): ")
                        .append(line.pricing().explanation());
            }
            explanation = parts.toString();
        }
        Outcome outcome = shown.pricing().reason();
        return new PreviewedLine(sku.getId(), item.getName(), quantity, unitPrice, hostDiscount, campaignDiscount,
                finalTotal, shown.offer().campaignId(), shown.offer().campaignName(), outcome, outcome.label(),
                explanation, platform, seller, true);
    }

    /** A line Broadleaf would not put in a cart: explained with the Sku's price and its stock, no host discount. */
    private PreviewedLine notInCart(Sku sku, int quantity, EnrollmentIndex index, Instant at, Map<Long, Integer> counted) {
        BigDecimal unitPrice = cents(sku.getPrice().getAmount());
        boolean available = !SkuUnits.markedUnavailable(sku);
        // either Broadleaf marks it unavailable (none to sell) or the store's stock has fewer than asked
        Integer left = SkuUnits.left(sku, counted);
        int stock = left == null ? 0 : left;
        CampaignOffer offer = index.offerFor(sku.getId(), at);
        LinePricing pricing;
        if (offer != null) {
            // stock is judged before the budget, and it does not cover the line: the budget plays no part here
            pricing = calculator.price(LineInput.builder().skuId(sku.getId()).quantity(quantity).unitPrice(unitPrice)
                    .nativeDiscountPerUnit(ZERO).stockAvailable(stock).offer(offer).pricedAt(at)
                    .remainingPlatformBudget(ZERO).build());
        } else {
            pricing = withoutLiveCampaign(sku.getId(), quantity, unitPrice, ZERO, stock, index, at);
            offer = nearestOffer(index, sku.getId(), at);
        }
        String why = pricing.explanation() + (available
                ? " The store has only " + stock + " in stock" : " Broadleaf marks Sku " + sku.getId() + " unavailable")
                + ", so a shopper cannot add this line to a cart.";
        return new PreviewedLine(sku.getId(), sku.getName(), quantity, unitPrice, ZERO, ZERO,
                unitPrice.multiply(BigDecimal.valueOf(quantity)), offer == null ? null : offer.campaignId(),
                offer == null ? null : offer.campaignName(), pricing.reason(), pricing.reason().label(), why, ZERO, ZERO,
                false);
    }

    /** The calculator's answer for a Sku with no campaign live at {@code at}: not enrolled, or not live. */
    private LinePricing withoutLiveCampaign(long skuId, int quantity, BigDecimal unitPrice, BigDecimal hostPerUnit,
                                            Integer stock, EnrollmentIndex index, Instant at) {
        CampaignOffer offer = nearestOffer(index, skuId, at);
        return calculator.price(LineInput.builder().skuId(skuId).quantity(quantity).unitPrice(unitPrice)
                .nativeDiscountPerUnit(hostPerUnit).stockAvailable(stock).offer(offer).pricedAt(at)
                .remainingPlatformBudget(offer == null ? null : ZERO).build());
    }

    /** Of the Sku's campaigns none of which is live at {@code at}: the next to start, else the last to end, else null. */
    private static CampaignOffer nearestOffer(EnrollmentIndex index, long skuId, Instant at) {
        CampaignOffer last = null;
        for (CampaignOffer offer : index.offersFor(skuId)) {
            if (offer.startsAt().isAfter(at)) {
                return offer;
            }
            if (last == null || offer.endsAt().isAfter(last.endsAt())) {
                last = offer;
            }
        }
        return last;
    }

    /**
     * Unbinds the entity manager a caller keeps open outside any transaction (an admin request's
     * open-entity-manager-in-view), so the throw-away cart lives in an entity manager of its own and the rollback
     * leaves the caller's entities alone. Returns it, to be bound again, or null when there was none to set aside.
     */
    private Object setAsideCallersEntityManager() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return null; // REQUIRES_NEW suspends the caller's transaction and its entity manager
        }
        Object factory = entityManagerFactory();
        return factory != null && TransactionSynchronizationManager.hasResource(factory)
                ? TransactionSynchronizationManager.unbindResource(factory) : null;
    }

    private Object entityManagerFactory() {
        return transactionManager instanceof JpaTransactionManager
                ? ((JpaTransactionManager) transactionManager).getEntityManagerFactory() : null;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
