package com.coopromo.pricing.host;

import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** How the module reads a Broadleaf order line, in one place for pricing, checkout and the preview. */
public final class OrderLines {
    private OrderLines() {
    }

    /** The line's best non-promotional unit price: the sale price when on sale, else retail; scale 2. */
    public static BigDecimal plainUnitPrice(OrderItem item) {
        BigDecimal price = item.getIsOnSale() && item.getSalePrice() != null
                ? item.getSalePrice().getAmount() : item.getRetailPrice().getAmount();
        return price.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * What each of the given offers takes off the line, as Broadleaf totals it: Σ adjustment value × detail quantity
     * (a line may be split over several details); offers with no row on the line are left out. Ascending offer id.
     */
    public static Map<Long, BigDecimal> discountByOffer(OrderItem item, Set<Long> offerIds) {
        Map<Long, BigDecimal> byOffer = new TreeMap<Long, BigDecimal>();
        if (item.getOrderItemPriceDetails() == null) {
            return byOffer;
        }
        for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
            for (OrderItemPriceDetailAdjustment row : detail.getOrderItemPriceDetailAdjustments()) {
                Long offerId = row.getOffer().getId();
                if (offerIds.contains(offerId)) {
                    BigDecimal amount = row.getValue().getAmount().multiply(BigDecimal.valueOf(detail.getQuantity()));
                    BigDecimal sum = byOffer.get(offerId);
                    byOffer.put(offerId, (sum == null ? amount : sum.add(amount)).setScale(2, RoundingMode.UNNECESSARY));
                }
            }
        }
        return byOffer;
    }
}
