package com.coopromo.pricing.host;

import com.coopromo.pricing.domain.CampaignDiscountCalculator;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.EnrollmentIndex;
import com.coopromo.pricing.domain.LineInput;
import com.coopromo.pricing.domain.LinePricing;
import com.coopromo.pricing.ledger.RemainingBudgets;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.service.StockLevels;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;
import org.broadleafcommerce.core.order.dao.OrderItemDao;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;
import org.hibernate.collection.spi.PersistentCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Writes campaign discounts onto one host order as Broadleaf adjustment rows, right after the host's own item offers
 * were written and before the host totals and saves the order (see {@link CoopCampaignOfferExtensionHandler}).
 * <ol>
 * <li>Every campaign row of an earlier pricing is removed from every item, so pricing is idempotent.</li>
 * <li>For each discreet item with a Sku whose discounting is allowed, one {@link LineInput} per price detail: unit
 *     price = the item's best non-promotional price (sale price when on sale, else retail), the host's discount per
 *     unit on that detail, stock (judged for the whole item), the Sku's live campaign offer at the module clock's
 *     instant, and what is left of that campaign's platform budget (read once per campaign, then reduced line by line).</li>
 * <li>{@link CampaignDiscountCalculator} decides; its result is written exactly: the per-unit value rounded down on
 *     the detail, and when the line amount does not divide by the quantity the detail is split so that some units
 *     carry one cent more (Broadleaf totals adjustment value × quantity, so the line total is exact to the cent).
 *     EXCLUSIVE and a campaign-won BEST_OF remove the host's item adjustments from the detail; COMBINABLE keeps them.</li>
 * </ol>
 * Native order-level and fulfillment adjustments are never touched. Docs: docs/PRICING-INTEGRATION.md §4.
 * <p>
 * <b>No query may run in the order's persistence context here.</b> Broadleaf has just added new adjustment rows to
 * the details; a query would auto-flush them, and a row flushed this way and then removed (EXCLUSIVE, BEST_OF) is
 * not deleted when Broadleaf merges the order afterwards: the host's row and the campaign's would both be stored.
 * Everything this class reads from the database (budgets, the enrollment index, the campaign offer ids) is read in a
 * transaction of its own; the host offers are loaded by id, which does not flush.
 */
@Component("coopOrderCampaignPricer")
public class OrderCampaignPricer {
    private static final Logger LOG = LoggerFactory.getLogger(OrderCampaignPricer.class);
    private static final int SCALE = 2;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final ThreadLocal<List<PricedLine>> CAPTURE = new ThreadLocal<List<PricedLine>>();
    /** The campaign rows each price detail carried before this pricing began (see {@link #rememberRows}). */
    private static final ThreadLocal<Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>>> PREVIOUS_ROWS =
            new ThreadLocal<Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>>>();

    private final CampaignDiscountCalculator calculator = new CampaignDiscountCalculator();

    @Resource(name = "coopEnrollmentIndex")
    protected ActiveEnrollmentIndexHolder enrollmentIndex;

    @Resource(name = "coopCampaignHostOffers")
    protected CampaignHostOffers hostOffers;

    @Resource(name = "coopRemainingBudgets")
    protected RemainingBudgets remainingBudgets;

    @Resource(name = "coopStockLevels")
    protected StockLevels stockLevels;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "blOrderItemDao")
    protected OrderItemDao orderItemDao;

    @Resource(name = "coopClock")
    protected Clock clock;


    /**
     * Runs {@code work} and returns, next to its result, every line the module priced meanwhile on this thread (how a
     * preview learns what happened and why).
     */
    public static <T> Captured<T> capture(Callable<T> work) throws Exception {
        List<PricedLine> previous = CAPTURE.get();
        List<PricedLine> lines = new ArrayList<PricedLine>();
        CAPTURE.set(lines);
        try {
            T result = work.call();
            return new Captured<T>(result, lines);
        } finally {
            if (previous == null) {
                CAPTURE.remove();
            } else {
                CAPTURE.set(previous);
            }
        }
    }

    /**
     * Notes, before Broadleaf's offer step runs, which campaign rows each price detail carries (reading only). Broadleaf
     * then takes them off the details it re-synchronizes; {@link #price} puts the same rows back where the discount
     * is still due, so an unchanged cart updates nothing instead of deleting and inserting one row per line on
     * every pricing.
     */
    public void rememberRows(Order order) {
        Set<Long> campaignOfferIds = hostOffers.ids();
        Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>> rows =
                new IdentityHashMap<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>>();
        if (order.getOrderItems() != null && !campaignOfferIds.isEmpty()) {
            for (OrderItem item : order.getOrderItems()) {
                for (OrderItemPriceDetail detail : details(item)) {
                    // every row of a detail that carries a campaign row: the campaign rows to put back, and the whole
                    // list to recognise a detail that ends the pricing exactly as it began
                    List<OrderItemPriceDetailAdjustment> all = detail.getOrderItemPriceDetailAdjustments();
                    for (OrderItemPriceDetailAdjustment row : all) {
                        if (campaignOfferIds.contains(row.getOffer().getId())) {
                            rows.put(detail, new ArrayList<OrderItemPriceDetailAdjustment>(all));
                            break;
                        }
                    }
                }
            }
        }
        PREVIOUS_ROWS.set(rows);
    }

    /** Re-prices the order's campaign discounts in place and returns how each enrolled detail was priced. */
    public List<PricedLine> price(Order order) {
        Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>> previous = PREVIOUS_ROWS.get();
        PREVIOUS_ROWS.remove();
        try {
            return price(order, previous == null
                    ? Collections.<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>>emptyMap() : previous);
        } finally {
            PREVIOUS_ROWS.remove();
        }
    }

    private List<PricedLine> price(Order order, Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>> previous) {
        Set<Long> campaignOfferIds = hostOffers.ids();
        stripCampaignRows(order, campaignOfferIds);
        List<PricedLine> priced = new ArrayList<PricedLine>();
        if (order.getOrderItems() == null || order.getOrderItems().isEmpty()) {
            return priced;
        }
        Instant at = clock.instant();
        EnrollmentIndex index = enrollmentIndex.snapshot();
        // lists, not a map: Broadleaf's order items compare equal by content, so two lines could collide as keys
        List<OrderItem> enrolledItems = new ArrayList<OrderItem>();
        List<CampaignOffer> enrolledOffers = new ArrayList<CampaignOffer>();
        Set<Long> campaignIds = new HashSet<Long>();
        for (OrderItem item : order.getOrderItems()) {
            Sku sku = skuOf(item);
            CampaignOffer offer = sku == null ? null : index.offerFor(sku.getId(), at);
            if (offer == null) {
                if (sku != null) {
                    explainNotLive(item, sku, index, at, priced);
                }
                continue;
            }
            if (offer.hostOfferId() == null) {
                LOG.warn("Campaign " + offer.campaignId() + " has no host offer yet; Sku " + sku.getId()
                        + " is priced without it (scheduling the campaign creates one)");
                continue;
            }
            enrolledItems.add(item);
            enrolledOffers.add(offer);
            campaignIds.add(offer.campaignId());
        }
        if (enrolledItems.isEmpty()) {
            return publish(priced);
        }
        Budgets budgets = new Budgets(budgets(campaignIds));
        // stock is judged for all the cart asks of a Sku, whichever lines ask for it
        Map<Long, Integer> ordered = SkuUnits.ordered(order).units();
        Set<Long> enrolledSkus = new HashSet<Long>();
        for (OrderItem item : enrolledItems) {
            enrolledSkus.add(skuOf(item).getId());
        }
        Map<Long, Integer> stock = stock(enrolledSkus);
        Map<Long, Offer> offers = new HashMap<Long, Offer>();
        for (int i = 0; i < enrolledItems.size(); i++) {
            OrderItem item = enrolledItems.get(i);
            Sku sku = skuOf(item);
            Integer left = SkuUnits.left(sku, stock);
            Integer wanted = ordered.get(sku.getId());
            boolean stockCovers = left == null || left >= (wanted == null ? item.getQuantity() : wanted);
            priceItem(item, sku, left, stockCovers, enrolledOffers.get(i), at, campaignOfferIds, budgets, offers, priced, previous);
        }
        return publish(priced);
    }

    private static List<PricedLine> publish(List<PricedLine> priced) {
        List<PricedLine> sink = CAPTURE.get();
        if (sink != null) {
            sink.addAll(priced);
        }
        return priced;
    }

    /**
     * A Sku enrolled only in campaigns not live at {@code at} gets no row, but its line is reported with the reason
     * (the campaign that starts next, else the one that ended last), so a preview can say why.
     */
    private void explainNotLive(OrderItem item, Sku sku, EnrollmentIndex index, Instant at, List<PricedLine> priced) {
        List<CampaignOffer> enrolled = index.offersFor(sku.getId());
        if (enrolled.isEmpty()) {
            return;
        }
        CampaignOffer nearest = enrolled.get(enrolled.size() - 1);
        for (CampaignOffer candidate : enrolled) {
            if (candidate.startsAt().isAfter(at)) {
                nearest = candidate;
                break;
            }
        }
        BigDecimal plain = OrderLines.plainUnitPrice(item);
        priced.add(new PricedLine(item.getId(), sku.getId(), item.getName(), nearest, calculator.price(LineInput.builder()
                .skuId(sku.getId()).quantity(item.getQuantity()).unitPrice(plain).nativeDiscountPerUnit(ZERO)
                .stockAvailable(null).offer(nearest).pricedAt(at).remainingPlatformBudget(ZERO).build())));
    }

    /** The Sku of a discreet item whose discounting is allowed, or null for any other item. */
    private static Sku skuOf(OrderItem item) {
        if (!(item instanceof DiscreteOrderItem) || !item.isDiscountingAllowed()) {
            return null;
        }
        Sku sku = ((DiscreteOrderItem) item).getSku();
        return sku == null || sku.getId() == null ? null : sku;
    }

    /**
     * What each campaign has left and what each seller's cap has used (see {@link RemainingBudgets}: its own
     * transaction, briefly cached).
     */
    protected RemainingBudgets.Budgets budgets(Set<Long> campaignIds) {
        return remainingBudgets.budgets(campaignIds);
    }

    /** Units left of the counted Skus among these (see {@link StockLevels}: its own transaction, briefly cached). */
    protected Map<Long, Integer> stock(Set<Long> skuIds) {
        return stockLevels.unitsLeft(skuIds);
    }

    private void priceItem(OrderItem item, Sku sku, Integer stock, boolean stockCoversItem, CampaignOffer offer, Instant at,
                           Set<Long> campaignOfferIds, Budgets budgets, Map<Long, Offer> offers, List<PricedLine> priced,
                           Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>> previous) {
        BigDecimal plain = OrderLines.plainUnitPrice(item);
        // stock is judged for the whole item (and the cart's other lines of its Sku): a split detail must not pass
        // where the whole line would not
        boolean wroteCampaignRow = false;
        for (OrderItemPriceDetail detail : new ArrayList<OrderItemPriceDetail>(item.getOrderItemPriceDetails())) {
            int quantity = detail.getQuantity();
            if (quantity <= 0) {
                continue;
            }
            BigDecimal adjustedUnit = detail.getTotalAdjustedPrice().getAmount()
                    .divide(BigDecimal.valueOf(quantity), SCALE, RoundingMode.HALF_UP);
            BigDecimal nativePerUnit = ZERO.max(plain.subtract(adjustedUnit)).min(plain);
            // a short item fails on every detail; the stock shown is the real one unless a split detail is smaller
            Integer stockForDetail = stockCoversItem ? null : Integer.valueOf(Math.max(0, Math.min(stock, quantity - 1)));
            BigDecimal campaignLeft = budgets.campaignLeft(offer);
            BigDecimal sellerLeft = budgets.sellerLeft(offer);
            boolean sellerCapBinds = sellerLeft != null && sellerLeft.compareTo(campaignLeft) < 0;
            LinePricing pricing = calculator.price(LineInput.builder()
                    .skuId(sku.getId()).quantity(quantity).unitPrice(plain).nativeDiscountPerUnit(nativePerUnit)
                    .stockAvailable(stockForDetail).offer(offer).pricedAt(at)
                    .remainingPlatformBudget(sellerCapBinds ? sellerLeft : campaignLeft).budgetIsSellerCap(sellerCapBinds)
                    .build());
            priced.add(new PricedLine(item.getId(), sku.getId(), item.getName(), offer, pricing));
            if (!pricing.campaignApplied()) {
                continue;
            }
            budgets.spend(offer, pricing.funding().platformPart());
            if (pricing.nativeDiscountPerUnit().signum() == 0) {
                // the calculator kept none of the host's discount (EXCLUSIVE, or BEST_OF won by the campaign, or
                // nothing to keep): the host's item rows go, so the detail shows exactly what was priced
                removeRows(detail, campaignOfferIds, false);
            }
            write(item, detail, pricing, offer, offers, previous);
            wroteCampaignRow = true;
        }
        keepUnchangedListsClean(item, previous);
        if (wroteCampaignRow && !hasNativeRows(item, campaignOfferIds)) {
            // with no host item offer left the item's best price is its sale price; Broadleaf falls back to retail
            // for every detail as soon as one detail says so, which would hide the sale price under the campaign
            for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                detail.setUseSalePrice(true);
            }
        }
    }

    /** Writes the line's campaign discount exactly: per-unit values that add up to the line amount to the cent. */
    private void write(OrderItem item, OrderItemPriceDetail detail, LinePricing pricing, CampaignOffer offer,
                       Map<Long, Offer> offers, Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>> previous) {
        String reason = "Cooperative campaign " + offer.campaignId() + ": " + pricing.reason().label();
        BigDecimal perUnit = pricing.campaignDiscountPerUnitRoundedDown();
        int oneCentMore = pricing.unitsWithOneCentMore();
        if (oneCentMore > 0) {
            OrderItemPriceDetail extra = orderItemDao.createOrderItemPriceDetail();
            extra.setOrderItem(item);
            extra.setQuantity(oneCentMore);
            extra.setUseSalePrice(detail.getUseSalePrice());
            for (OrderItemPriceDetailAdjustment nativeRow : detail.getOrderItemPriceDetailAdjustments()) {
                OrderItemPriceDetailAdjustment copy = offerDao.createOrderItemPriceDetailAdjustment();
                copy.init(extra, nativeRow.getOffer(), null);
                copy.setReason(nativeRow.getReason());
                copy.setValue(nativeRow.getValue());
                copy.setAppliedToSalePrice(nativeRow.isAppliedToSalePrice());
                extra.getOrderItemPriceDetailAdjustments().add(copy);
            }
            item.getOrderItemPriceDetails().add(extra);
            detail.setQuantity(detail.getQuantity() - oneCentMore);
            addRow(extra, offer, offers, previous, reason, perUnit.add(CENT));
        }
        if (perUnit.signum() > 0) {
            addRow(detail, offer, offers, previous, reason, perUnit);
        }
    }

    /** Puts the campaign row on the detail: the one it carried before this pricing if there was one, else a new one. */
    private void addRow(OrderItemPriceDetail detail, CampaignOffer offer, Map<Long, Offer> offers,
                        Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>> previous, String reason,
                        BigDecimal perUnit) {
        OrderItemPriceDetailAdjustment row = previousRow(detail, offer.hostOfferId(), previous);
        if (row == null) {
            row = offerDao.createOrderItemPriceDetailAdjustment();
            // Broadleaf ignores a non-null reason in init() and takes the offer's marketing message as the row's name
            row.init(detail, hostOffer(offer, offers), null);
        }
        row.setReason(reason);
        Money value = new Money(perUnit, detail.getOrderItem().getRetailPrice().getCurrency());
        if (!value.equals(row.getValue())) {
            row.setValue(value);
        }
        row.setAppliedToSalePrice(detail.getUseSalePrice());
        detail.getOrderItemPriceDetailAdjustments().add(row);
    }

    /**
     * Broadleaf takes the campaign row off a detail while re-synchronizing it and the module puts the same row back, so
     * a detail whose discount did not change ends with exactly the rows it started with, yet its list counts as
     * modified — which would drop its cached copy and make the next request read it from the database again. When
     * the list holds exactly the same rows as before this pricing, it is marked unchanged again.
     */
    private static void keepUnchangedListsClean(OrderItem item,
                                                Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>> previous) {
        for (OrderItemPriceDetail detail : details(item)) {
            List<OrderItemPriceDetailAdjustment> before = previous.get(detail);
            List<OrderItemPriceDetailAdjustment> now = detail.getOrderItemPriceDetailAdjustments();
            if (before != null && now instanceof PersistentCollection && ((PersistentCollection) now).isDirty()
                    && sameRows(before, now)) {
                ((PersistentCollection) now).clearDirty();
            }
        }
    }

    private static boolean sameRows(List<OrderItemPriceDetailAdjustment> before, List<OrderItemPriceDetailAdjustment> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (OrderItemPriceDetailAdjustment row : now) {
            boolean found = false;
            for (OrderItemPriceDetailAdjustment old : before) {
                if (old == row) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** The detail's own campaign row of that host offer from before this pricing, if it is not on the detail now. */
    private static OrderItemPriceDetailAdjustment previousRow(OrderItemPriceDetail detail, Long hostOfferId,
                                                             Map<OrderItemPriceDetail, List<OrderItemPriceDetailAdjustment>> previous) {
        List<OrderItemPriceDetailAdjustment> rows = previous.get(detail);
        if (rows == null) {
            return null;
        }
        for (OrderItemPriceDetailAdjustment row : rows) {
            // a row already back on the detail is not taken twice
            if (hostOfferId.equals(row.getOffer().getId()) && !holds(detail, row)) {
                return row;
            }
        }
        return null;
    }

    private Offer hostOffer(CampaignOffer offer, Map<Long, Offer> offers) {
        Offer hostOffer = offers.get(offer.hostOfferId());
        if (hostOffer == null) {
            hostOffer = offerDao.readOfferById(offer.hostOfferId());
            if (hostOffer == null) {
                throw new IllegalStateException("host offer " + offer.hostOfferId() + " of campaign " + offer.campaignId()
                        + " is missing; run coopCampaignHostOffers.synchronizeAll()");
            }
            offers.put(offer.hostOfferId(), hostOffer);
        }
        return hostOffer;
    }

    static void stripCampaignRows(Order order, Set<Long> campaignOfferIds) {
        if (order.getOrderItems() == null || campaignOfferIds.isEmpty()) {
            return;
        }
        for (OrderItem item : order.getOrderItems()) {
            for (OrderItemPriceDetail detail : details(item)) {
                removeRows(detail, campaignOfferIds, true);
            }
        }
    }

    private static boolean holds(OrderItemPriceDetail detail, OrderItemPriceDetailAdjustment row) {
        for (OrderItemPriceDetailAdjustment present : detail.getOrderItemPriceDetailAdjustments()) {
            if (present == row) {
                return true;
            }
        }
        return false;
    }

    /** Removes the detail's campaign rows, or its host (native) rows. */
    private static void removeRows(OrderItemPriceDetail detail, Set<Long> campaignOfferIds, boolean campaignRows) {
        Iterator<OrderItemPriceDetailAdjustment> rows = detail.getOrderItemPriceDetailAdjustments().iterator();
        while (rows.hasNext()) {
            if (campaignOfferIds.contains(rows.next().getOffer().getId()) == campaignRows) {
                rows.remove();
            }
        }
    }

    private static boolean hasNativeRows(OrderItem item, Set<Long> campaignOfferIds) {
        for (OrderItemPriceDetail detail : details(item)) {
            for (OrderItemPriceDetailAdjustment row : detail.getOrderItemPriceDetailAdjustments()) {
                if (!campaignOfferIds.contains(row.getOffer().getId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<OrderItemPriceDetail> details(OrderItem item) {
        List<OrderItemPriceDetail> details = item.getOrderItemPriceDetails();
        return details == null ? Collections.<OrderItemPriceDetail>emptyList() : details;
    }

    /**
     * One pricing's running view of the budgets: what each campaign has left and, for campaigns with a per-seller cap,
     * what is left of each seller's cap; both shrink as the cart's lines take their platform parts.
     */
    private static final class Budgets {
        private final RemainingBudgets.Budgets read;
        private final Map<Long, BigDecimal> campaignLeft = new HashMap<Long, BigDecimal>();
        private final Map<String, BigDecimal> sellerLeft = new HashMap<String, BigDecimal>();

        Budgets(RemainingBudgets.Budgets read) {
            this.read = read;
        }

        BigDecimal campaignLeft(CampaignOffer offer) {
            BigDecimal left = campaignLeft.get(offer.campaignId());
            if (left == null) {
                left = read.remaining(offer.campaignId());
                left = left == null ? ZERO : left;
                campaignLeft.put(offer.campaignId(), left);
            }
            return left;
        }

        /** What is left of the seller's cap, or null when the campaign has none. */
        BigDecimal sellerLeft(CampaignOffer offer) {
            if (offer.sellerPlatformCap() == null) {
                return null;
            }
            String key = offer.campaignId() + ":" + offer.sellerId();
            BigDecimal left = sellerLeft.get(key);
            if (left == null) {
                left = ZERO.max(offer.sellerPlatformCap().subtract(read.sellerUsed(offer.campaignId(), offer.sellerId())));
                sellerLeft.put(key, left);
            }
            return left;
        }

        void spend(CampaignOffer offer, BigDecimal platformPart) {
            campaignLeft.put(offer.campaignId(), campaignLeft(offer).subtract(platformPart));
            BigDecimal seller = sellerLeft(offer);
            if (seller != null) {
                sellerLeft.put(offer.campaignId() + ":" + offer.sellerId(), seller.subtract(platformPart));
            }
        }
    }

    /** A result and the lines the module priced while producing it. */
    public static final class Captured<T> {
        private final T result;
        private final List<PricedLine> lines;

        Captured(T result, List<PricedLine> lines) {
            this.result = result;
            this.lines = Collections.unmodifiableList(lines);
        }

        public T result() { return result; }
        public List<PricedLine> lines() { return lines; }
    }
}
