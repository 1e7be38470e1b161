package com.coopromo.storefront.shop;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the cart and order pages show, read from Broadleaf's own order: per line the product, its seller, the unit
 * price before adjustments, each discount (a campaign's, with its marketing message, or a native offer's) and the
 * line total; then the order's totals. Every amount is Broadleaf {@link Money} taken from the order's price details
 * and adjustments, so the page shows exactly what Broadleaf charges.
 * <p>
 * An item's quantity may be split over several price details (a native offer covering part of it, or a campaign
 * discount with a remainder cent); the same offer then appears on several details. Each offer is shown once per
 * line, with {@code Σ adjustment value × detail quantity}.
 */
public final class CartLines {
    private final List<Line> lines;
    private final Money subtotalBeforeDiscounts;
    private final Money campaignDiscounts;
    private final Money itemDiscounts;
    private final Money subTotal;
    private final Money orderDiscounts;
    private final Money shipping;
    private final Money tax;
    private final Money total;

    private CartLines(List<Line> lines, Money subtotalBeforeDiscounts, Money campaignDiscounts, Order order) {
        this.lines = Collections.unmodifiableList(lines);
        this.subtotalBeforeDiscounts = subtotalBeforeDiscounts;
        this.campaignDiscounts = campaignDiscounts;
        this.itemDiscounts = orZero(order.getItemAdjustmentsValue(), subtotalBeforeDiscounts);
        this.subTotal = orZero(order.getSubTotal(), subtotalBeforeDiscounts);
        this.orderDiscounts = orZero(order.getOrderAdjustmentsValue(), subtotalBeforeDiscounts);
        this.shipping = orZero(order.getTotalFulfillmentCharges(), subtotalBeforeDiscounts);
        this.tax = orZero(order.getTotalTax(), subtotalBeforeDiscounts);
        this.total = orZero(order.getTotal(), subtotalBeforeDiscounts);
    }

    /** True for a missing cart: none yet (Broadleaf's shared "null" order) or one without items. */
    public static boolean isEmpty(Order order) {
        return order == null || order instanceof NullOrderImpl || order.getOrderItems() == null
                || order.getOrderItems().isEmpty();
    }

    /**
     * @param order          a cart or a submitted order (not empty)
     * @param sellerOfSku    the seller's name for a host Sku id, or null
     * @param campaignOffer  whether a host Offer id stands for a cooperative campaign
     */
    public static CartLines of(Order order, Function<Long, String> sellerOfSku, Predicate<Long> campaignOffer) {
        List<Line> lines = new ArrayList<Line>();
        Money zero = zeroLike(order);
        Money before = zero;
        Money campaigns = zero;
        for (OrderItem item : order.getOrderItems()) {
            Line line = line(item, sellerOfSku, campaignOffer, zero);
            lines.add(line);
            before = before.add(line.getPriceBeforeDiscounts());
            campaigns = campaigns.add(line.getCampaignDiscount());
        }
        return new CartLines(lines, before, campaigns, order);
    }

    private static Line line(OrderItem item, Function<Long, String> sellerOfSku, Predicate<Long> campaignOffer, Money zero) {
        String name = item.getName();
        String seller = null;
        if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku() != null) {
            DiscreteOrderItem discrete = (DiscreteOrderItem) item;
            seller = sellerOfSku.apply(discrete.getSku().getId());
            if (name == null && discrete.getProduct() != null) {
                name = discrete.getProduct().getName();
            }
        }
        Map<Long, Discount> byOffer = new LinkedHashMap<Long, Discount>();
        if (item.getOrderItemPriceDetails() != null) {
            for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                for (OrderItemPriceDetailAdjustment adjustment : detail.getOrderItemPriceDetailAdjustments()) {
                    Offer offer = adjustment.getOffer();
                    Long offerId = offer == null ? null : offer.getId();
                    Money amount = adjustment.getValue().multiply(detail.getQuantity());
                    Discount known = byOffer.get(offerId);
                    if (known == null) {
                        String label = adjustment.getOfferName() != null ? adjustment.getOfferName()
                                : offer != null ? offer.getName() : "Discount";
                        byOffer.put(offerId, new Discount(offerId, label, amount,
                                offerId != null && campaignOffer.test(offerId)));
                    } else {
                        byOffer.put(offerId, known.plus(amount));
                    }
                }
            }
        }
        Money unitPrice = item.getPriceBeforeAdjustments(true);
        if (unitPrice == null) {
            unitPrice = zero;
        }
        Money total = item.getTotalPrice() == null ? zero : item.getTotalPrice();
        return new Line(item.getId(), name, seller, item.getQuantity(), unitPrice,
                new ArrayList<Discount>(byOffer.values()), total, zero);
    }

    private static Money zeroLike(Order order) {
        Money subTotal = order.getSubTotal();
        return subTotal != null ? subTotal.multiply(0) : Money.ZERO;
    }

    private static Money orZero(Money value, Money zeroOf) {
        return value != null ? value : zeroOf.multiply(0);
    }

    public List<Line> getLines() { return lines; }

    /** Σ unit price before adjustments × quantity. */
    public Money getSubtotalBeforeDiscounts() { return subtotalBeforeDiscounts; }

    /** Σ of every line's cooperative campaign discounts. */
    public Money getCampaignDiscounts() { return campaignDiscounts; }

    /** Broadleaf's item adjustments value (campaign and native item discounts together). */
    public Money getItemDiscounts() { return itemDiscounts; }

    /** Broadleaf's subtotal: Σ line totals, after item discounts. */
    public Money getSubTotal() { return subTotal; }

    /** Broadleaf's order-level discounts. */
    public Money getOrderDiscounts() { return orderDiscounts; }

    public Money getShipping() { return shipping; }

    public Money getTax() { return tax; }

    /** Broadleaf's order total: what the shopper pays. */
    public Money getTotal() { return total; }

    public boolean isHasOrderDiscounts() { return orderDiscounts.greaterThan(orderDiscounts.multiply(0)); }

    public boolean isHasShipping() { return shipping.greaterThan(shipping.multiply(0)); }

    public boolean isHasTax() { return tax.greaterThan(tax.multiply(0)); }

    /** One cart line. */
    public static final class Line {
        private final Long orderItemId;
        private final String productName;
        private final String sellerName;
        private final int quantity;
        private final Money unitPrice;
        private final List<Discount> discounts;
        private final Money total;
        private final Money campaignDiscount;

        Line(Long orderItemId, String productName, String sellerName, int quantity, Money unitPrice,
             List<Discount> discounts, Money total, Money zero) {
            this.orderItemId = orderItemId;
            this.productName = productName;
            this.sellerName = sellerName;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.discounts = Collections.unmodifiableList(discounts);
            this.total = total;
            Money campaigns = zero;
            for (Discount d : discounts) {
                if (d.isCampaign()) {
                    campaigns = campaigns.add(d.getAmount());
                }
            }
            this.campaignDiscount = campaigns;
        }

        public Long getOrderItemId() { return orderItemId; }
        public String getProductName() { return productName; }
        /** Null when the Sku has no seller listing. */
        public String getSellerName() { return sellerName; }
        public int getQuantity() { return quantity; }
        /** Broadleaf's unit price before adjustments (sale price when every detail uses it, else retail). */
        public Money getUnitPrice() { return unitPrice; }
        public Money getPriceBeforeDiscounts() { return unitPrice.multiply(quantity); }
        /** One entry per offer, in the order Broadleaf keeps the line's price details and adjustments. */
        public List<Discount> getDiscounts() { return discounts; }
        /** Broadleaf's line total after item discounts. */
        public Money getTotal() { return total; }
        public Money getCampaignDiscount() { return campaignDiscount; }
    }

    /** One offer's discount on a line, over all of the line's price details. */
    public static final class Discount {
        private final Long offerId;
        private final String label;
        private final Money amount;
        private final boolean campaign;

        Discount(Long offerId, String label, Money amount, boolean campaign) {
            this.offerId = offerId;
            this.label = label;
            this.amount = amount;
            this.campaign = campaign;
        }

        Discount plus(Money more) {
            return new Discount(offerId, label, amount.add(more), campaign);
        }

        public Long getOfferId() { return offerId; }
        /** The adjustment's offer name: a campaign's marketing message, or the native offer's message or name. */
        public String getLabel() { return label; }
        /** Positive: what the offer takes off the line. */
        public Money getAmount() { return amount; }
        /** True for a cooperative campaign's discount, false for a native Broadleaf offer. */
        public boolean isCampaign() { return campaign; }
    }
}
