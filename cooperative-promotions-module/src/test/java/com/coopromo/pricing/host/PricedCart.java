package com.coopromo.pricing.host;

import com.coopromo.infra.junit.TestHost;
import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;
import org.broadleafcommerce.core.order.service.OrderService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What Broadleaf stored for a cart after pricing, read back in a fresh transaction: items, details, adjustment rows, totals. */
final class PricedCart {
    final BigDecimal subTotal;
    final BigDecimal total;
    final List<Line> lines = new ArrayList<Line>();

    private PricedCart(Order order) {
        subTotal = order.getSubTotal().getAmount();
        total = order.getTotal() == null ? null : order.getTotal().getAmount();
        for (OrderItem item : order.getOrderItems()) {
            lines.add(new Line(item));
        }
    }

    static PricedCart read(TestHost host, final long orderId) {
        final OrderService orders = host.bean("blOrderService", OrderService.class);
        return host.inTransaction(status -> new PricedCart(orders.findOrderById(orderId, true)));
    }

    Line line(long skuId) {
        for (Line line : lines) {
            if (line.skuId == skuId) {
                return line;
            }
        }
        throw new AssertionError("no line for Sku " + skuId + " in " + lines);
    }

    static final class Line {
        final long orderItemId;
        final long skuId;
        final int quantity;
        final BigDecimal totalPrice;
        final List<Row> rows = new ArrayList<Row>();
        final List<Boolean> useSalePrice = new ArrayList<Boolean>();

        Line(OrderItem item) {
            orderItemId = item.getId();
            skuId = ((DiscreteOrderItem) item).getSku().getId();
            quantity = item.getQuantity();
            totalPrice = item.getTotalPrice().getAmount();
            for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                useSalePrice.add(detail.getUseSalePrice());
                for (OrderItemPriceDetailAdjustment adjustment : detail.getOrderItemPriceDetailAdjustments()) {
                    rows.add(new Row(adjustment.getOffer().getId(), adjustment.getOfferName(), adjustment.getReason(),
                            adjustment.getValue().getAmount(), detail.getQuantity()));
                }
            }
        }

        /** The rows of one offer. */
        List<Row> rowsOf(Long offerId) {
            List<Row> of = new ArrayList<Row>();
            for (Row row : rows) {
                if (row.offerId == offerId.longValue()) {
                    of.add(row);
                }
            }
            return of;
        }

        /** Σ value × detail quantity of one offer's rows: what that offer takes off the line. */
        BigDecimal discountBy(Long offerId) {
            BigDecimal sum = new BigDecimal("0.00");
            for (Row row : rowsOf(offerId)) {
                sum = sum.add(row.value.multiply(BigDecimal.valueOf(row.detailQuantity)));
            }
            return sum.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }

        @Override
        public String toString() {
            return "Sku " + skuId + " x" + quantity + " total " + totalPrice + " rows " + rows;
        }
    }

    static final class Row {
        final long offerId;
        final String offerName;
        final String reason;
        final BigDecimal value;
        final int detailQuantity;

        Row(long offerId, String offerName, String reason, BigDecimal value, int detailQuantity) {
            this.offerId = offerId;
            this.offerName = offerName;
            this.reason = reason;
            this.value = value;
            this.detailQuantity = detailQuantity;
        }

        @Override
        public String toString() {
            return "offer " + offerId + " '" + offerName + "' " + value.toPlainString() + " x" + detailQuantity;
        }
    }
}
