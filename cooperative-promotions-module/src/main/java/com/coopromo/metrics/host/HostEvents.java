package com.coopromo.metrics.host;

import com.coopromo.metrics.ShopperEvents;
import com.coopromo.metrics.domain.CountingRule;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import com.coopromo.pricing.checkout.CampaignCheckoutService;
import com.coopromo.pricing.checkout.OrderAttributionRecord;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.host.OrderLines;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the host's cart and order moments into shopper events: what campaign and seller a Sku belongs to, the order
 * lines with their gross and campaign discount (platform and seller parts from the order's attribution), and the
 * counting rule applied to the request in hand (none in hand, e.g. a back-office call: counted).
 */
@Component("coopHostEvents")
public class HostEvents {
    @Resource(name = "coopShopperEvents")
    protected ShopperEvents events;

    @Resource(name = "coopEnrollmentIndex")
    protected ActiveEnrollmentIndexHolder enrollments;

    @Resource(name = "coopSellerService")
    protected SellerService sellers;

    @Resource(name = "coopCampaignCheckout")
    protected CampaignCheckoutService checkout;

    @Resource(name = "coopClock")
    protected Clock clock;

    /** Whether the current request counts (see {@link CountingRule}). */
    public boolean counts() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        if (context == null) {
            return true;
        }
        boolean previewing = context.getSandBox() != null;
        HttpServletRequest request = context.getRequest();
        if (request == null) {
            return !previewing;
        }
        return CountingRule.counts(request.getHeader("User-Agent"), previewing);
    }

    /** Records {@code units} added to the cart line; the key names the line and its quantity after the change. */
    public void addedToCart(Order cart, OrderItem line, int units) {
        if (!(line instanceof DiscreteOrderItem) || ((DiscreteOrderItem) line).getSku() == null || units <= 0 || !counts()) {
            return;
        }
        long skuId = ((DiscreteOrderItem) line).getSku().getId();
        CampaignOffer offer = enrollments.offerFor(skuId);
        Long sellerId = offer != null ? Long.valueOf(offer.sellerId()) : sellerOf(skuId);
        if (sellerId == null) {
            return; // not a seller's listing
        }
        events.record(ShopperEvent.builder("A:" + line.getId() + ":" + line.getQuantity(), ShopperEventType.ADD_TO_CART,
                        clock.instant())
                .listing(offer == null ? null : offer.campaignId(), sellerId, skuId)
                .shopper(null, customerOf(cart))
                .units(units)
                .build());
    }

    /** The order's lines as ORDER_SUBMITTED ("O:<orderItemId>") or ORDER_CANCELLED ("X:<orderItemId>") events. */
    public List<ShopperEvent> orderLines(Order order, ShopperEventType type) {
        List<ShopperEvent> lines = new ArrayList<ShopperEvent>();
        List<OrderAttributionRecord> attribution = checkout.attribution(order.getId());
        Instant at = clock.instant();
        String prefix = type == ShopperEventType.ORDER_CANCELLED ? "X:" : "O:";
        for (OrderItem item : order.getOrderItems()) {
            if (!(item instanceof DiscreteOrderItem) || ((DiscreteOrderItem) item).getSku() == null) {
                continue;
            }
            long skuId = ((DiscreteOrderItem) item).getSku().getId();
            int quantity = item.getQuantity();
            BigDecimal gross = OrderLines.plainUnitPrice(item).multiply(BigDecimal.valueOf(quantity));
            boolean inCampaign = false;
            for (OrderAttributionRecord row : attribution) {
                if (row.getOrderItemId().equals(item.getId())) {
                    String key = prefix + item.getId() + (inCampaign ? ":c" + row.getCampaignId() : "");
                    lines.add(ShopperEvent.builder(key, type, at)
                            .listing(row.getCampaignId(), row.getSellerId(), skuId)
                            .shopper(null, customerOf(order))
                            .order(order.getId(), quantity, gross, row.getDiscount())
                            .platformPart(row.getPlatformPart())
                            .build());
                    inCampaign = true;
                }
            }
            if (!inCampaign) {
                Long sellerId = sellerOf(skuId);
                if (sellerId != null) {
                    lines.add(ShopperEvent.builder(prefix + item.getId(), type, at)
                            .listing(null, sellerId, skuId)
                            .shopper(null, customerOf(order))
                            .order(order.getId(), quantity, gross, BigDecimal.ZERO)
                            .build());
                }
            }
        }
        return lines;
    }

    public void record(List<ShopperEvent> lines) {
        events.recordAll(lines);
    }

    private Long sellerOf(long skuId) {
        SellerListing listing = sellers.findListingForSku(skuId);
        return listing == null || listing.getSeller() == null ? null : listing.getSeller().getId();
    }

    private static Long customerOf(Order order) {
        return order.getCustomer() == null ? null : order.getCustomer().getId();
    }
}
