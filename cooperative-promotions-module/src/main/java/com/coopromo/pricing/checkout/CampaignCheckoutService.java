package com.coopromo.pricing.checkout;

import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.pricing.domain.FundingSplit;
import com.coopromo.pricing.domain.LedgerResult;
import com.coopromo.pricing.domain.LedgerStatus;
import com.coopromo.pricing.domain.OrderFundingSplit;
import com.coopromo.pricing.host.CampaignHostOffers;
import com.coopromo.pricing.host.OrderLines;
import com.coopromo.pricing.ledger.BudgetLedgerDao;
import com.coopromo.pricing.ledger.CampaignBudgetLedger;
import com.coopromo.pricing.ledger.SellerHoldRecord;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The budget and attribution side of an order's campaign discounts (docs/PRICING-INTEGRATION.md §5):
 * <ul>
 * <li>{@link #reserve}: at checkout, before payment, each campaign's platform-funded part of the order is held in its
 *     budget — all campaigns or none (one transaction; a refusal rolls every hold back). That part is the order's
 *     discount in the campaign split once ({@link OrderFundingSplit}: per campaign, or per seller where the campaign
 *     caps the platform's funding per seller), the same figure pricing kept within the budget;</li>
 * <li>{@link #consume}: once the order is submitted, the holds are spent and one attribution row per discounted line
 *     and campaign is written — exactly once, however often it is called;</li>
 * <li>{@link #release}: a checkout that fails after reserving gives the holds back;</li>
 * <li>{@link #cancel}: a submitted order is cancelled: its spend is refunded to the budgets, its attribution rows
 *     are marked reversed and the units it took go back to the stock (Broadleaf 3.1 has no cancellation of submitted
 *     orders of its own).</li>
 * </ul>
 * Budget rows are always locked in ascending campaign id order, so two checkouts sharing campaigns cannot deadlock.
 */
@Service("coopCampaignCheckout")
public class CampaignCheckoutService {

    @Resource(name = "coopCampaignHostOffers")
    protected CampaignHostOffers hostOffers;

    @Resource(name = "coopCheckoutDao")
    protected CheckoutDao dao;

    @Resource(name = "coopBudgetLedger")
    protected CampaignBudgetLedger ledger;

    @Resource(name = "coopBudgetLedgerDao")
    protected BudgetLedgerDao ledgerDao;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "coopStock")
    protected StockService stock;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Resource(name = "coopChangePublisher")
    protected ChangePublisher changes;

    /** The order's campaign discounts, one per discounted line and campaign, with their funding split. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CampaignCharge> charges(long orderId) {
        return charges(requiredOrder(orderId));
    }

    /**
     * Holds each campaign's platform part of the order in its budget. Returns what is held per campaign (ascending id).
     *
     * @throws CampaignBudgetRefusedException when a campaign has less left than the order needs; nothing is held then
     */
    @Transactional("blTransactionManager")
    public Map<Long, BigDecimal> reserve(long orderId) {
        List<CampaignCharge> charges = charges(requiredOrder(orderId));
        Map<Long, BigDecimal> platformByCampaign = platformParts(charges);
        for (Map.Entry<Long, BigDecimal> campaign : platformByCampaign.entrySet()) {
            LedgerResult result = ledger.reserve(campaign.getKey(), orderId, campaign.getValue());
            if (result.status() == LedgerStatus.REFUSED) {
                // the transaction rolls back, and with it every hold this call made
                throw new CampaignBudgetRefusedException(campaign.getKey(), "The budget of campaign " + campaign.getKey()
                        + " changed since the cart was priced: " + result.message()
                        + " Please review the cart; its campaign discounts have been updated.");
            }
            if (result.status() == LedgerStatus.ALREADY_CONSUMED || result.status() == LedgerStatus.ALREADY_REFUNDED) {
                throw new IllegalStateException("order " + orderId + " was already submitted: " + result.message());
            }
            // the campaign's budget row is locked from here to the commit: the per-seller sums below cannot race
            holdSellerShares(campaign.getKey(), orderId, charges);
        }
        return platformByCampaign;
    }

    /**
     * For a campaign that caps the platform's funding per seller: holds each seller's platform part of the order, or
     * refuses when it would take the seller past the cap. Runs under the campaign's budget row lock.
     */
    private void holdSellerShares(long campaignId, long orderId, List<CampaignCharge> charges) {
        BigDecimal cap = dao.campaign(campaignId).toTerms().sellerPlatformCap();
        List<SellerHoldRecord> held = ledgerDao.sellerHolds(campaignId, orderId);
        if (cap == null && held.isEmpty()) {
            return;
        }
        Map<Long, BigDecimal> bySeller = new TreeMap<Long, BigDecimal>();
        for (CampaignCharge charge : charges) {
            if (charge.campaignId() == campaignId) {
                BigDecimal sum = bySeller.get(charge.sellerId());
                bySeller.put(charge.sellerId(), (sum == null ? BigDecimal.ZERO.setScale(2) : sum).add(charge.funding().platformPart()));
            }
        }
        Instant now = clock.instant();
        for (SellerHoldRecord hold : held) {
            if (SellerHoldRecord.RESERVED.equals(hold.getState()) && !bySeller.containsKey(hold.getSellerId())) {
                ledgerDao.delete(hold); // the seller's lines left the order since it was last reserved
            }
        }
        if (cap == null) {
            return;
        }
        for (Map.Entry<Long, BigDecimal> seller : bySeller.entrySet()) {
            BigDecimal others = ledgerDao.sellerPlatformUsedByOthers(campaignId, seller.getKey(), orderId);
            if (others.add(seller.getValue()).compareTo(cap) > 0) {
                throw new CampaignBudgetRefusedException(campaignId, "Campaign " + campaignId + " funds at most "
                        + cap.toPlainString() + " of seller " + seller.getKey() + "'s discounts and " + others.toPlainString()
                        + " is already committed, so this order's " + seller.getValue().toPlainString()
                        + " does not fit. Please review the cart; its campaign discounts have been updated.");
            }
            SellerHoldRecord hold = null;
            for (SellerHoldRecord candidate : held) {
                if (candidate.getSellerId().equals(seller.getKey())) {
                    hold = candidate;
                }
            }
            if (hold == null) {
                ledgerDao.insert(new SellerHoldRecord(campaignId, seller.getKey(), orderId, seller.getValue(), now));
            } else if (SellerHoldRecord.RESERVED.equals(hold.getState())) {
                hold.change(SellerHoldRecord.RESERVED, seller.getValue(), now);
            }
        }
    }

    /** Moves the order's per-seller holds in the campaign: spend them, or give them back (refund what was spent). */
    private void moveSellerHolds(long campaignId, long orderId, boolean spend) {
        Instant now = clock.instant();
        for (SellerHoldRecord hold : ledgerDao.sellerHolds(campaignId, orderId)) {
            if (spend && SellerHoldRecord.RESERVED.equals(hold.getState())) {
                hold.change(SellerHoldRecord.CONSUMED, hold.getAmount(), now);
            } else if (!spend && SellerHoldRecord.RESERVED.equals(hold.getState())) {
                ledgerDao.delete(hold);
            } else if (!spend && SellerHoldRecord.CONSUMED.equals(hold.getState())) {
                hold.change(SellerHoldRecord.REFUNDED, hold.getAmount(), now);
            }
        }
    }

    /**
     * Spends the order's holds and writes its attribution rows; repeating it changes nothing. Returns the order's
     * attribution rows.
     */
    @Transactional("blTransactionManager")
    public List<OrderAttributionRecord> consume(long orderId) {
        List<CampaignCharge> charges = charges(requiredOrder(orderId));
        for (Long campaignId : platformParts(charges).keySet()) {
            LedgerResult result = ledger.consume(campaignId, orderId);
            if (result.status() == LedgerStatus.NOT_RESERVED) {
                throw new IllegalStateException("order " + orderId + " holds nothing in campaign " + campaignId
                        + "'s budget; it must be reserved at checkout first");
            }
            moveSellerHolds(campaignId, orderId, true);
        }
        Set<String> written = new HashSet<String>();
        for (OrderAttributionRecord row : dao.attribution(orderId)) {
            written.add(row.getOrderItemId() + ":" + row.getCampaignId());
        }
        Instant now = clock.instant();
        for (CampaignCharge charge : charges) {
            if (written.add(charge.orderItemId() + ":" + charge.campaignId())) {
                dao.insert(new OrderAttributionRecord(orderId, charge, now));
            }
        }
        return dao.attribution(orderId);
    }

    /** Gives back what the order holds or spent in these campaigns and drops its attribution rows (a failed checkout). */
    @Transactional("blTransactionManager")
    public void release(long orderId, Collection<Long> campaignIds) {
        for (Long campaignId : new TreeSet<Long>(campaignIds)) {
            ledger.release(campaignId, orderId);
            moveSellerHolds(campaignId, orderId, false);
        }
        for (OrderAttributionRecord row : dao.attribution(orderId)) {
            if (campaignIds.contains(row.getCampaignId())) {
                dao.delete(row);
            }
        }
    }

    /**
     * Cancels a submitted order: status CANCELLED, its campaign spend refunded to the budgets, its attribution rows
     * reversed, the units it took given back to the stock. Cancelling twice changes nothing the second time.
     *
     * @throws IllegalArgumentException for an unknown order or one that was never submitted
     */
    @Transactional("blTransactionManager")
    public List<OrderAttributionRecord> cancel(long orderId) {
        Order order = requiredOrder(orderId);
        if (!OrderStatus.SUBMITTED.equals(order.getStatus()) && !OrderStatus.CANCELLED.equals(order.getStatus())) {
            throw new IllegalArgumentException("order " + orderId + " is " + order.getStatus().getType()
                    + "; only a submitted order can be cancelled");
        }
        List<OrderAttributionRecord> rows = dao.attribution(orderId);
        Set<Long> campaigns = new TreeSet<Long>();
        for (OrderAttributionRecord row : rows) {
            campaigns.add(row.getCampaignId());
        }
        for (Long campaignId : campaigns) {
            ledger.release(campaignId, orderId);
            moveSellerHolds(campaignId, orderId, false);
        }
        Instant now = clock.instant();
        for (OrderAttributionRecord row : rows) {
            if (!row.isReversed()) {
                row.reverse(now);
            }
        }
        stock.restore(orderId);
        if (!OrderStatus.CANCELLED.equals(order.getStatus())) {
            order.setStatus(OrderStatus.CANCELLED);
            try {
                orderService.save(order, false);
            } catch (PricingException e) {
                throw new IllegalStateException("could not save cancelled order " + orderId, e);
            }
            changes.publish(ChangeEvent.order(orderId));
        }
        return rows;
    }

    /** The order's attribution rows (empty before it was submitted). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<OrderAttributionRecord> attribution(long orderId) {
        return dao.attribution(orderId);
    }

    /** Every attribution row of the campaign. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<OrderAttributionRecord> attributionOfCampaign(long campaignId) {
        return dao.attributionOfCampaign(campaignId);
    }

    /** Campaign id → Σ platform parts, in ascending campaign id order (the order budget rows are locked in). */
    static Map<Long, BigDecimal> platformParts(List<CampaignCharge> charges) {
        Map<Long, BigDecimal> parts = new TreeMap<Long, BigDecimal>();
        for (CampaignCharge charge : charges) {
            BigDecimal sum = parts.get(charge.campaignId());
            parts.put(charge.campaignId(), (sum == null ? BigDecimal.ZERO.setScale(2) : sum).add(charge.funding().platformPart()));
        }
        return parts;
    }

    private List<CampaignCharge> charges(Order order) {
        Set<Long> campaignOffers = hostOffers.ids();
        Map<DiscreteOrderItem, Map<Long, BigDecimal>> byItem = new LinkedHashMap<DiscreteOrderItem, Map<Long, BigDecimal>>();
        Set<Long> usedOffers = new HashSet<Long>();
        Set<Long> skuIds = new HashSet<Long>();
        for (OrderItem item : order.getOrderItems()) {
            if (!(item instanceof DiscreteOrderItem)) {
                continue;
            }
            Map<Long, BigDecimal> perOffer = OrderLines.discountByOffer(item, campaignOffers);
            if (!perOffer.isEmpty()) {
                byItem.put((DiscreteOrderItem) item, perOffer);
                usedOffers.addAll(perOffer.keySet());
                skuIds.add(((DiscreteOrderItem) item).getSku().getId());
            }
        }
        List<CampaignCharge> charges = new ArrayList<CampaignCharge>();
        if (byItem.isEmpty()) {
            return charges;
        }
        Map<Long, Campaign> campaigns = dao.campaignsByHostOffer(usedOffers);
        Map<Long, BigDecimal> platformPercent = new HashMap<Long, BigDecimal>();
        Set<Long> cappedPerSeller = new HashSet<Long>();
        for (Campaign campaign : campaigns.values()) {
            platformPercent.put(campaign.getId(), campaign.toTerms().platformFundingPercent());
            if (campaign.toTerms().sellerPlatformCap() != null) {
                cappedPerSeller.add(campaign.getId());
            }
        }
        Map<String, EnrollmentImpl> enrollments = dao.enrollments(platformPercent.keySet(), skuIds);
        List<DiscreteOrderItem> items = new ArrayList<DiscreteOrderItem>(byItem.keySet());
        // by item id: the same order always gives each line the same share of its order's split
        Collections.sort(items, new Comparator<DiscreteOrderItem>() {
            @Override
            public int compare(DiscreteOrderItem a, DiscreteOrderItem b) {
                return a.getId().compareTo(b.getId());
            }
        });
        List<EnrollmentImpl> lineEnrollments = new ArrayList<EnrollmentImpl>();
        List<DiscreteOrderItem> lineItems = new ArrayList<DiscreteOrderItem>();
        List<OrderFundingSplit.Line> lines = new ArrayList<OrderFundingSplit.Line>();
        for (DiscreteOrderItem item : items) {
            long skuId = item.getSku().getId();
            for (Map.Entry<Long, BigDecimal> perOffer : byItem.get(item).entrySet()) {
                Campaign campaign = campaigns.get(perOffer.getKey());
                EnrollmentImpl enrollment = enrollments.get(CheckoutDao.key(campaign.getId(), skuId));
                if (enrollment == null) {
                    throw new IllegalStateException("order " + order.getId() + " carries campaign " + campaign.getId()
                            + "'s discount on Sku " + skuId + ", which is not enrolled in it");
                }
                lineItems.add(item);
                lineEnrollments.add(enrollment);
                lines.add(new OrderFundingSplit.Line(campaign.getId(), enrollment.getParticipation().getSeller().getId(),
                        perOffer.getValue(), platformPercent.get(campaign.getId()), cappedPerSeller.contains(campaign.getId())));
            }
        }
        // the order's discount is split once per campaign (and seller, where capped), then shared out to its lines
        List<FundingSplit> funding = OrderFundingSplit.split(lines);
        for (int i = 0; i < lines.size(); i++) {
            DiscreteOrderItem item = lineItems.get(i);
            OrderFundingSplit.Line line = lines.get(i);
            charges.add(new CampaignCharge(item.getId(), item.getSku().getId(), item.getQuantity(), line.campaignId(),
                    line.sellerId(), lineEnrollments.get(i).getListing().getId(), line.discount(), funding.get(i),
                    item.getTotalPrice() == null ? null : item.getTotalPrice().getAmount().setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        return charges;
    }

    private Order requiredOrder(long orderId) {
        Order order = orderService.findOrderById(orderId);
        if (order == null) {
            throw new IllegalArgumentException("no order with id " + orderId);
        }
        return order;
    }
}
