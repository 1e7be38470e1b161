package com.coopromo.stock.host;

import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.domain.StockShortage;
import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.service.StockService;
import com.coopromo.stock.service.StockShortageException;
import org.broadleafcommerce.common.extension.ExtensionResultHolder;
import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.inventory.service.AbstractInventoryServiceExtensionHandler;
import org.broadleafcommerce.core.inventory.service.InventoryServiceExtensionManager;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes Broadleaf's own inventory service ({@code blInventoryService}) answer from the module's stock: its quantities
 * available are the module's counts ({@link SkuUnits}), and its decrement / increment change the module's counts (all
 * or none, never below 0). Skus the module does not count keep Broadleaf's own answer. So the store has one stock,
 * whether code asks Broadleaf or the module.
 * <p>
 * Broadleaf 3.1 keeps {@code Sku.quantityAvailable} only when a template is woven into {@code SkuImpl} at load time;
 * unwoven, its own inventory has nowhere to store a quantity (docs/HOST-NOTES.md).
 */
@Component("coopInventoryExtensionHandler")
public class CoopInventoryExtensionHandler extends AbstractInventoryServiceExtensionHandler {

    @Resource(name = "blInventoryServiceExtensionManager")
    protected InventoryServiceExtensionManager extensionManager;

    @Resource(name = "coopStock")
    protected StockService stock;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType retrieveQuantitiesAvailable(Collection<Sku> skus, Map<String, Object> context,
                                                                 ExtensionResultHolder<Map<Sku, Integer>> result) {
        Map<Long, Integer> counted = stock.unitsLeft(ids(skus));
        if (counted.isEmpty()) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        Map<Sku, Integer> quantities = new HashMap<Sku, Integer>();
        for (Sku sku : skus) {
            quantities.put(sku, counted.containsKey(sku.getId()) ? SkuUnits.left(sku, counted) : broadleafQuantity(sku));
        }
        result.setResult(quantities);
        return ExtensionResultStatusType.HANDLED;
    }

    @Override
    public ExtensionResultStatusType decrementInventory(Map<Sku, Integer> skuQuantities, Map<String, Object> context)
            throws InventoryUnavailableException {
        Map<Long, Integer> counted = countedUnits(skuQuantities);
        if (counted.isEmpty()) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        try {
            stock.takeUnits(counted);
        } catch (StockShortageException e) {
            StockShortage shortage = e.shortage();
            throw new InventoryUnavailableException("Sku " + shortage.skuId() + " has " + shortage.left() + " unit(s) left, "
                    + shortage.asked() + " asked", shortage.skuId(), shortage.asked(), shortage.left());
        }
        return ExtensionResultStatusType.HANDLED;
    }

    @Override
    public ExtensionResultStatusType incrementInventory(Map<Sku, Integer> skuQuantities, Map<String, Object> context) {
        Map<Long, Integer> counted = countedUnits(skuQuantities);
        if (counted.isEmpty()) {
            return ExtensionResultStatusType.NOT_HANDLED;
        }
        for (Map.Entry<Long, Integer> sku : counted.entrySet()) {
            stock.receive(sku.getKey(), sku.getValue());
        }
        return ExtensionResultStatusType.HANDLED;
    }

    /** The counted Skus among the request, Sku id → units (ascending id). */
    private Map<Long, Integer> countedUnits(Map<Sku, Integer> skuQuantities) {
        Map<Long, Integer> requested = new TreeMap<Long, Integer>();
        for (Map.Entry<Sku, Integer> sku : skuQuantities.entrySet()) {
            requested.put(sku.getKey().getId(), sku.getValue());
        }
        requested.keySet().retainAll(stock.unitsLeft(requested.keySet()).keySet());
        return requested;
    }

    /** What Broadleaf's {@code InventoryServiceImpl} answers for a Sku the module does not count. */
    private static Integer broadleafQuantity(Sku sku) {
        boolean basic = !Boolean.FALSE.equals(sku.isAvailable()) && sku.isActive()
                && !InventoryType.UNAVAILABLE.equals(sku.getInventoryType());
        if (!basic) {
            return 0;
        }
        if (InventoryType.CHECK_QUANTITY.equals(sku.getInventoryType())) {
            return sku.getQuantityAvailable();
        }
        return sku.getInventoryType() == null || InventoryType.ALWAYS_AVAILABLE.equals(sku.getInventoryType()) ? null : 0;
    }

    private static List<Long> ids(Collection<Sku> skus) {
        List<Long> ids = new ArrayList<Long>();
        for (Sku sku : skus) {
            ids.add(sku.getId());
        }
        return ids;
    }
}
