package com.coopromo.stock.service;

import com.coopromo.stock.domain.StockMovement;
import org.broadleafcommerce.core.catalog.domain.Sku;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The store's stock, in the module's table {@code COOP_SKU_STOCK}: the one figure the storefront shows, campaigns gate
 * on and checkout takes from. A Sku with no stock row is not counted (it never runs out, as Broadleaf's
 * {@code ALWAYS_AVAILABLE}); a counted Sku never goes below 0.
 */
public interface StockService {

    /** Units left of the Sku, read now; null when the store does not count it. */
    Integer unitsLeft(long skuId);

    /**
     * Units left of the host Sku, read now: 0 when Broadleaf marks it unavailable, else its count, null when the store
     * does not count it (see {@link SkuUnits}).
     */
    Integer unitsLeft(Sku sku);

    /** Units left of each counted Sku among {@code skuIds}, read now; Skus not counted are left out. */
    Map<Long, Integer> unitsLeft(Collection<Long> skuIds);

    /**
     * Sets the Sku's units in stock (an operator's count, or a store's import); the Sku is counted from then on.
     *
     * @throws com.coopromo.common.domain.CoopValidationException naming {@code skuId} (no such host Sku) or
     *                                                            {@code units} (negative)
     */
    void setUnits(long skuId, int units);

    /**
     * Sets the units in stock of many Skus at once (Sku id → units), all or none: a store's import or first count.
     *
     * @throws com.coopromo.common.domain.CoopValidationException naming {@code skuId} or {@code units} for the first bad
     *                                                            entry; nothing is set then
     */
    void setUnits(Map<Long, Integer> unitsBySku);

    /**
     * Adds delivered units to a counted Sku, in one statement whatever is sold meanwhile; returns the units left after.
     *
     * @throws com.coopromo.common.domain.CoopValidationException naming {@code units} (not positive) or {@code skuId}
     *                                                            (not counted: set its units first)
     */
    int receive(long skuId, int units);

    /**
     * Takes the units an order asks for (Sku id → units; Skus not counted are skipped), all or none, each under its
     * row's lock in ascending Sku id order, and records what the order took. Taking again for an order that already
     * took its units changes nothing and returns what it took.
     *
     * @throws StockShortageException for the first Sku with fewer units left than asked; nothing is taken then
     */
    List<StockMovement> take(long orderId, Map<Long, Integer> unitsBySku);

    /**
     * Takes units of counted Skus (Sku id → units) without an order to record them against, all or none (what
     * Broadleaf's own {@code blInventoryService.decrementInventory} does through the module). Skus not counted are skipped.
     *
     * @throws StockShortageException for the first Sku with fewer units left than asked
     */
    void takeUnits(Map<Long, Integer> unitsBySku);

    /**
     * A checkout that failed after taking: gives the order's units back and forgets them, once however often it is
     * called. Returns the units given back.
     */
    int release(long orderId);

    /**
     * A submitted order cancelled: gives its units back and keeps the record (marked restored), once however often
     * it is called. Returns the units given back.
     */
    int restore(long orderId);

    /** What the order took, by ascending Sku id (empty before its checkout). */
    List<StockMovement> movements(long orderId);
}
