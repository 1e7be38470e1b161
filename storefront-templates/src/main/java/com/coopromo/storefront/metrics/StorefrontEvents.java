package com.coopromo.storefront.metrics;

import com.coopromo.metrics.ShopperEvents;
import com.coopromo.metrics.domain.CountingRule;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the storefront's pages tell the campaign metrics ({@code coopShopperEvents}): tile impressions per page view,
 * clicks through a tile to the product page, and the start of a checkout. Each event names the listing's seller and
 * the live campaign the listing is announced in (as its tile shows it), the visitor (cookie {@value #VISITOR_COOKIE})
 * and the signed-in customer.
 * <p>
 * Not counted: robots (a user agent naming one, or none) and an admin previewing the store (a request in a sandbox).
 * Recording never fails or slows the shopper's page: the sink only queues, and any failure here is logged at debug
 * level and swallowed.
 */
@Component("coopStorefrontEvents")
public class StorefrontEvents {
    public static final String VISITOR_COOKIE = "coop_visitor";
    /** A year, in seconds. */
    static final int VISITOR_COOKIE_AGE = 365 * 24 * 3600;
    private static final Log LOG = LogFactory.getLog(StorefrontEvents.class);

    @Resource(name = "coopShopperEvents")
    protected ShopperEvents sink;

    @Resource(name = "coopSellerService")
    protected SellerService sellerService;

    @Resource(name = "coopEnrollmentIndex")
    protected ActiveEnrollmentIndexHolder enrollmentIndex;

    @Resource(name = "coopClock")
    protected Clock clock;

    /**
     * Starts a page view of a page that shows tiles: makes sure the browser has a visitor id and returns the page
     * view's id, which the page's impression beacon and its tiles' links carry.
     */
    public String pageView(HttpServletRequest request, HttpServletResponse response) {
        visitor(request, response);
        return EventKeys.newPageView();
    }

    /** The tiles of one page view were shown: one impression per listed Sku that is a seller's listing. */
    public int impressions(HttpServletRequest request, HttpServletResponse response, String pageView, List<Long> skuIds) {
        if (!counts(request)) {
            return 0;
        }
        try {
            String visitor = visitor(request, response);
            Long customer = customerId(request);
            Instant now = clock.instant();
            List<ShopperEvent> events = new ArrayList<ShopperEvent>();
            for (Long skuId : skuIds) {
                ShopperEvent.Builder event = listing(ShopperEvent.builder(EventKeys.impression(pageView, skuId),
                        ShopperEventType.IMPRESSION, now), skuId);
                if (event != null) {
                    events.add(event.shopper(visitor, customer).build());
                }
            }
            return events.isEmpty() ? 0 : sink.recordAll(events);
        } catch (RuntimeException e) {
            LOG.debug("impressions of page view " + pageView + " not recorded", e);
            return 0;
        }
    }

    /** The shopper followed a tile of page view {@code pageView} (null or malformed: not from a tile) to the Sku. */
    public boolean click(HttpServletRequest request, HttpServletResponse response, String pageView, long skuId) {
        if (!EventKeys.isPageView(pageView) || !counts(request)) {
            return false;
        }
        try {
            ShopperEvent.Builder event = listing(ShopperEvent.builder(EventKeys.click(pageView, skuId),
                    ShopperEventType.CLICK, clock.instant()), skuId);
            return event != null && sink.record(event.shopper(visitor(request, response), customerId(request)).build());
        } catch (RuntimeException e) {
            LOG.debug("click through to Sku " + skuId + " not recorded", e);
            return false;
        }
    }

    /** Checkout began for the cart: one event per Sku in it, with its units. */
    public int checkoutStarted(HttpServletRequest request, HttpServletResponse response, Order cart) {
        if (cart == null || cart.getId() == null || !counts(request)) {
            return 0;
        }
        try {
            Map<Long, Integer> units = new LinkedHashMap<Long, Integer>();
            for (OrderItem item : cart.getOrderItems()) {
                if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku() != null) {
                    Long skuId = ((DiscreteOrderItem) item).getSku().getId();
                    Integer before = units.get(skuId);
                    units.put(skuId, (before == null ? 0 : before) + item.getQuantity());
                }
            }
            String visitor = visitor(request, response);
            Long customer = cart.getCustomer() != null ? cart.getCustomer().getId() : customerId(request);
            Instant now = clock.instant();
            List<ShopperEvent> events = new ArrayList<ShopperEvent>();
            for (Map.Entry<Long, Integer> line : units.entrySet()) {
                ShopperEvent.Builder event = listing(ShopperEvent.builder(
                        EventKeys.checkoutStarted(cart.getId(), line.getKey()), ShopperEventType.CHECKOUT_STARTED, now),
                        line.getKey());
                if (event != null) {
                    events.add(event.shopper(visitor, customer).units(Math.max(0, line.getValue())).build());
                }
            }
            return events.isEmpty() ? 0 : sink.recordAll(events);
        } catch (RuntimeException e) {
            LOG.debug("checkout start of order " + cart.getId() + " not recorded", e);
            return 0;
        }
    }

    /**
     * Whether this request's events count ({@link CountingRule}): not a robot, not an admin previewing the store (a
     * request in a Broadleaf sandbox).
     */
    public boolean counts(HttpServletRequest request) {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        return CountingRule.counts(request.getHeader("User-Agent"), context != null && context.getSandBox() != null);
    }

    /** The event with its listing: the seller, and the live campaign the Sku's tile announces; null for no listing. */
    private ShopperEvent.Builder listing(ShopperEvent.Builder event, long skuId) {
        SellerListing listing = sellerService.findListingForSku(skuId);
        if (listing == null) {
            return null;
        }
        CampaignOffer offer = enrollmentIndex.offerFor(skuId);
        Long campaignId = offer != null && offer.hostOfferId() != null ? offer.campaignId() : null;
        return event.listing(campaignId, listing.getSeller().getId(), skuId);
    }

    /** The browser's visitor id, set (for a year) when it has none. */
    String visitor(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(VISITOR_COOKIE);
        if (known instanceof String) {
            return (String) known;
        }
        String visitor = null;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (VISITOR_COOKIE.equals(cookie.getName()) && EventKeys.isVisitor(cookie.getValue())) {
                    visitor = cookie.getValue();
                }
            }
        }
        if (visitor == null) {
            visitor = EventKeys.newVisitor();
            if (response != null && !response.isCommitted()) {
                Cookie cookie = new Cookie(VISITOR_COOKIE, visitor);
                cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                cookie.setMaxAge(VISITOR_COOKIE_AGE);
                cookie.setHttpOnly(true);
                response.addCookie(cookie);
            }
        }
        request.setAttribute(VISITOR_COOKIE, visitor);
        return visitor;
    }

    private static Long customerId(HttpServletRequest request) {
        Customer customer = CustomerState.getCustomer(request);
        return customer == null || customer.isAnonymous() ? null : customer.getId();
    }
}
