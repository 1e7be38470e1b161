package com.coopromo.admin.money;

import com.coopromo.admin.security.SellerScope;
import com.coopromo.audit.AuditLog;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.common.domain.Actor;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.pricing.checkout.OrderAttributionRecord;
import com.coopromo.pricing.ledger.BudgetTotals;
import com.coopromo.pricing.ledger.CampaignBudgetLedger;
import com.coopromo.pricing.ledger.SellerHoldRecord;
import com.coopromo.seller.persistence.SellerImpl;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign's money as the admin shows it: the platform budget, what checkouts hold of it, what submitted orders
 * consumed, what is left; per seller what the platform funds (held, consumed) against the campaign's per-seller cap and
 * what the seller funds; and the attribution rows (one per discounted order line) with their orders. Read from the
 * budget ledger and the attribution the checkout wrote; nothing here changes them except {@link #cancel}, which goes
 * through the checkout's own cancellation and is audited.
 * <p>
 * A seller-scoped user sees only its own seller's line and rows, never the campaign's totals.
 */
public class CampaignMoney {
    public static final String BEAN_NAME = "coopCampaignMoney";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "coopBudgetLedger")
    protected CampaignBudgetLedger ledger;

    @Resource(name = "coopCampaignCheckout")
    protected CampaignCheckoutService checkout;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactions;

    /** The campaign's money as the scope may see it. */
    public MoneyView of(final Campaign campaign, final SellerScope scope) {
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        return read.execute(new TransactionCallback<MoneyView>() {
            @Override
            public MoneyView doInTransaction(TransactionStatus status) {
                return build(campaign, scope);
            }
        });
    }

    private MoneyView build(Campaign campaign, SellerScope scope) {
        long campaignId = campaign.getId();
        BigDecimal cap = campaign.toTerms().sellerPlatformCap();
        List<OrderAttributionRecord> rows = new ArrayList<OrderAttributionRecord>();
        for (OrderAttributionRecord row : checkout.attributionOfCampaign(campaignId)) {
            if (!scope.isSellerScoped() || scope.owns(row.getSellerId())) {
                rows.add(row);
            }
        }
        List<SellerHoldRecord> holds = em.createQuery("SELECT h FROM " + SellerHoldRecord.class.getName()
                + " h WHERE h.campaignId = :campaign", SellerHoldRecord.class).setParameter("campaign", campaignId)
                .getResultList();
        Map<Long, MoneyView.SellerLine> lines = new TreeMap<Long, MoneyView.SellerLine>();
        for (OrderAttributionRecord row : rows) {
            MoneyView.SellerLine line = line(lines, row.getSellerId(), cap);
            if (!row.isReversed()) {
                line.consumed = line.consumed.add(row.getPlatformPart());
                line.sellerFunded = line.sellerFunded.add(row.getSellerPart());
            }
        }
        for (SellerHoldRecord hold : holds) {
            if (SellerHoldRecord.RESERVED.equals(hold.getState())
                    && (!scope.isSellerScoped() || scope.owns(hold.getSellerId()))) {
                MoneyView.SellerLine line = line(lines, hold.getSellerId(), cap);
                line.held = line.held.add(hold.getAmount());
            }
        }
        Map<Long, String> names = sellerNames(lines.keySet());
        for (MoneyView.SellerLine line : lines.values()) {
            line.name = names.containsKey(line.sellerId) ? names.get(line.sellerId) : "seller " + line.sellerId;
        }
        Map<Long, Order> byId = new HashMap<Long, Order>();
        List<MoneyView.Row> shown = new ArrayList<MoneyView.Row>();
        for (OrderAttributionRecord row : rows) {
            Order order = byId.get(row.getOrderId());
            if (order == null && !byId.containsKey(row.getOrderId())) {
                order = orders.findOrderById(row.getOrderId());
                byId.put(row.getOrderId(), order);
            }
            shown.add(new MoneyView.Row(row, order == null ? "" : order.getOrderNumber(),
                    order == null || order.getStatus() == null ? "" : order.getStatus().getType(),
                    lines.get(row.getSellerId()).name));
        }
        BudgetTotals totals = scope.isSellerScoped() ? null : ledger.totals(campaignId);
        return new MoneyView(campaign.getId(), campaign.getName(), totals, cap,
                new ArrayList<MoneyView.SellerLine>(lines.values()), shown, scope.isSellerScoped());
    }

    private static MoneyView.SellerLine line(Map<Long, MoneyView.SellerLine> lines, Long sellerId, BigDecimal cap) {
        MoneyView.SellerLine line = lines.get(sellerId);
        if (line == null) {
            line = new MoneyView.SellerLine(sellerId, cap);
            lines.put(sellerId, line);
        }
        return line;
    }

    private Map<Long, String> sellerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("SELECT s.id, s.name FROM " + SellerImpl.class.getName()
                + " s WHERE s.id IN (:ids)", Object[].class).setParameter("ids", ids).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /** The attribution rows as CSV (header first), amounts as plain decimals. */
    public void writeCsv(MoneyView view, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord("campaign_id", "order_id", "order_number", "order_status", "order_item_id", "seller_id",
                "seller", "listing_id", "sku_id", "quantity", "discount", "platform_part", "seller_part", "state");
        for (MoneyView.Row row : view.rows()) {
            OrderAttributionRecord r = row.record();
            csv.printRecord(view.campaignId(), r.getOrderId(), cell(row.orderNumber()), row.orderStatus(),
                    r.getOrderItemId(), r.getSellerId(), cell(row.sellerName()), r.getListingId(), r.getSkuId(),
                    r.getQuantity(), r.getDiscount().toPlainString(), r.getPlatformPart().toPlainString(),
                    r.getSellerPart().toPlainString(), r.getState());
        }
        csv.flush();
    }

    /** A text cell a spreadsheet would not run as a formula. */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * Why the order cannot be cancelled (it does not exist, was never submitted, is cancelled already), or null.
     */
    public String cancelRefusal(long orderId) {
        Order order = orders.findOrderById(orderId);
        if (order == null) {
            return "There is no order " + orderId + ".";
        }
        if (OrderStatus.CANCELLED.equals(order.getStatus())) {
            return "Order " + order.getOrderNumber() + " is cancelled already.";
        }
        if (!OrderStatus.SUBMITTED.equals(order.getStatus())) {
            return "Order " + (order.getOrderNumber() == null ? String.valueOf(orderId) : order.getOrderNumber())
                    + " is " + order.getStatus().getType() + ": only a submitted order can be cancelled.";
        }
        return null;
    }

    /**
     * Cancels a submitted order through the checkout (its campaign spend refunded, its attribution reversed, its units
     * back in stock) and records who did, in one transaction.
     *
     * @return one sentence saying what was refunded
     * @throws IllegalStateException with {@link #cancelRefusal}'s sentence when it may not be cancelled
     */
    public String cancel(final long orderId, final Actor by) {
        return new TransactionTemplate(transactions).execute(new TransactionCallback<String>() {
            @Override
            public String doInTransaction(TransactionStatus status) {
                String refusal = cancelRefusal(orderId);
                if (refusal != null) {
                    throw new IllegalStateException(refusal);
                }
                String number = orders.findOrderById(orderId).getOrderNumber();
                BigDecimal refunded = BigDecimal.ZERO;
                int lines = 0;
                for (OrderAttributionRecord row : checkout.cancel(orderId)) {
                    refunded = refunded.add(row.getPlatformPart());
                    lines++;
                }
                String detail = "refunded " + refunded.toPlainString() + " of campaign budget; " + lines
                        + " attribution row(s) reversed; stock restored";
                audit.append(by, "ORDER_CANCELLED", "Order", String.valueOf(orderId), "SUBMITTED", "CANCELLED", detail);
                return "Order " + number + " was cancelled: " + detail + ".";
            }
        });
    }
}
