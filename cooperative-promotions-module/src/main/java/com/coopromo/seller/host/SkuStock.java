package com.coopromo.seller.host;

import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuAttribute;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;

/**
 * The stock signal the module reads from the host's inventory, in one place. Broadleaf 3.1 CE only stores {@code Sku.quantityAvailable} when its
 * {@code QuantityAvailableSkuTemplate} is woven into {@code SkuImpl} (load-time weaving); unwoven,
 * {@code setQuantityAvailable} does nothing and {@code getQuantityAvailable} returns null (and logs a warning).
 * <ul>
 *   <li>woven: the quantity is in the Sku's own field and the Sku's inventory type is {@code CHECK_QUANTITY};</li>
 *   <li>not woven: the quantity is kept in the Sku attribute {@value #ATTRIBUTE}, and the inventory type is
 *       {@code ALWAYS_AVAILABLE} (in stock) or {@code UNAVAILABLE} (quantity 0), so Broadleaf's cart and checkout
 *       still refuse what is out of stock ({@code CHECK_QUANTITY} with no quantity would refuse everything).</li>
 * </ul>
 */
public final class SkuStock {
    /** Name of the Sku attribute holding the quantity when the host does not weave the quantity field. */
    public static final String ATTRIBUTE = "quantityAvailable";

    private SkuStock() {
    }

    /**
     * Whether this Sku class (or a superclass, e.g. behind a Hibernate proxy) has the woven quantity field. Only the
     * field's presence is checked; its value is always read through the host's own getter.
     */
    public static boolean quantityFieldWoven(Class<?> skuClass) {
        for (Class<?> c = skuClass; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredField("quantityAvailable");
                return true;
            } catch (NoSuchFieldException e) {
                // keep looking up the hierarchy
            }
        }
        return false;
    }

    /** The Sku's recorded stock, or null when it has none. */
    public static Integer quantityOf(Sku sku) {
        if (sku == null) {
            return null;
        }
        if (quantityFieldWoven(sku.getClass())) {
            return sku.getQuantityAvailable();
        }
        SkuAttribute attribute = sku.getSkuAttributes() == null ? null : sku.getSkuAttributes().get(ATTRIBUTE);
        if (attribute == null || attribute.getValue() == null) {
            return null;
        }
        try {
            return Integer.valueOf(attribute.getValue().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** In stock unless Broadleaf marks it unavailable or its recorded quantity is 0. */
    public static boolean inStock(Sku sku) {
        if (sku == null || InventoryType.UNAVAILABLE.equals(sku.getInventoryType())) {
            return false;
        }
        Integer quantity = quantityOf(sku);
        return quantity == null || quantity > 0;
    }
}
