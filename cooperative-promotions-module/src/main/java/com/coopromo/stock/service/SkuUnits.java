package com.coopromo.stock.service;

import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.broadleafcommerce.core.order.domain.BundleOrderItem;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A host Sku's units left, in one place: none when Broadleaf marks the Sku unavailable (inventory type
 * {@code UNAVAILABLE}, or its "available" flag off), else the module's stock count ({@code COOP_SKU_STOCK}), or no
 * limit when the store does not count the Sku. Everything that shows, gates on or enforces stock goes through here.
 */
public final class SkuUnits {
    private SkuUnits() {
    }

    /** Whether Broadleaf itself marks the Sku as not for sale. */
    public static boolean markedUnavailable(Sku sku) {
        return InventoryType.UNAVAILABLE.equals(sku.getInventoryType()) || Boolean.FALSE.equals(sku.isAvailable());
    }

    /**
     * Units left of the Sku: 0 when Broadleaf marks it unavailable, else its count among {@code counted} (Sku id →
     * units), null when it is not counted (no limit).
     */
    public static Integer left(Sku sku, Map<Long, Integer> counted) {
        return markedUnavailable(sku) ? Integer.valueOf(0) : counted.get(sku.getId());
    }

    /** What a shopper calls the Sku: its product's name, else its own. */
    public static String productName(Sku sku) {
        if (sku.getProduct() != null && sku.getProduct().getName() != null) {
            return sku.getProduct().getName();
        }
        return sku.getName() != null ? sku.getName() : "Sku " + sku.getId();
    }

    /** The units the order asks for per Sku (discrete lines, and the lines inside bundles). */
    public static Ordered ordered(Order order) {
        Ordered ordered = new Ordered();
        if (order.getOrderItems() != null) {
            for (OrderItem item : order.getOrderItems()) {
                if (item instanceof DiscreteOrderItem) {
                    count(((DiscreteOrderItem) item).getSku(), item.getQuantity(), ordered);
                } else if (item instanceof BundleOrderItem) {
                    BundleOrderItem bundle = (BundleOrderItem) item;
                    for (DiscreteOrderItem part : bundle.getDiscreteOrderItems()) {
                        count(part.getSku(), part.getQuantity() * bundle.getQuantity(), ordered);
                    }
                }
            }
        }
        return ordered;
    }

    private static void count(Sku sku, int quantity, Ordered ordered) {
        if (sku == null || sku.getId() == null || quantity <= 0) {
            return;
        }
        ordered.skus.put(sku.getId(), sku);
        Integer before = ordered.units.get(sku.getId());
        ordered.units.put(sku.getId(), before == null ? quantity : before + quantity);
    }

    /** An order's Skus and the units it asks for of each, by ascending Sku id. */
    public static final class Ordered {
        private final Map<Long, Integer> units = new TreeMap<Long, Integer>();
        private final Map<Long, Sku> skus = new TreeMap<Long, Sku>();

        /** Sku id → units, ascending Sku id. */
        public Map<Long, Integer> units() {
            return units;
        }

        public Sku sku(long skuId) {
            return skus.get(skuId);
        }

        /** The Skus, ascending id. */
        public Collection<Sku> skus() {
            return skus.values();
        }
    }
}
