package com.coopromo.storefront.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The storefront's idempotency keys and the checks on what a browser sends back. A page that shows tiles gets a
 * page-view id (32 hex digits); its impressions are keyed {@code I:<pageView>:<skuId>} (a resent beacon counts once),
 * a click through one of its tiles {@code C:<pageView>:<skuId>} (a reload of the product page, or a second click on
 * the same tile from the same page view, counts once), the start of a checkout {@code S:<orderId>:<skuId>} (a retried
 * checkout of the same cart counts once).
 */
public final class EventKeys {
    /** Tiles one impression beacon may list; the rest are ignored (a page shows 32 at most). */
    public static final int MAX_TILES = 100;
    private static final Pattern PAGE_VIEW = Pattern.compile("[0-9a-f]{32}");

    private EventKeys() {
    }

    public static String newPageView() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Whether the text is a page-view id this storefront could have issued. */
    public static boolean isPageView(String text) {
        return text != null && PAGE_VIEW.matcher(text).matches();
    }

    /** A new visitor id (the cookie's value). */
    public static String newVisitor() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Whether a cookie's value is a visitor id (anything else is replaced by a new one). */
    public static boolean isVisitor(String text) {
        return isPageView(text);
    }

    public static String impression(String pageView, long skuId) {
        return "I:" + pageView + ":" + skuId;
    }

    public static String click(String pageView, long skuId) {
        return "C:" + pageView + ":" + skuId;
    }

    public static String checkoutStarted(long orderId, long skuId) {
        return "S:" + orderId + ":" + skuId;
    }

    /**
     * The Sku ids a beacon lists, in order, each once: values that are not positive whole numbers are skipped, and
     * at most {@link #MAX_TILES} are kept.
     */
    public static List<Long> skuIds(Collection<String> values) {
        Set<Long> ids = new LinkedHashSet<Long>();
        if (values != null) {
            for (String value : values) {
                if (ids.size() == MAX_TILES) {
                    break;
                }
                Long id = positive(value);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return new ArrayList<Long>(ids);
    }

    private static Long positive(String value) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (text.isEmpty() || text.length() > 18) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        long id = Long.parseLong(text);
        return id > 0 ? id : null;
    }
}
