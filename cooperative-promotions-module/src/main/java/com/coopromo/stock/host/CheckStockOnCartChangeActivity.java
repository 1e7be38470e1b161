package com.coopromo.stock.host;

import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.domain.StockShortage;
import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.workflow.CartOperationRequest;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import javax.annotation.Resource;
import java.util.Collections;

/**
 * Cart step in Broadleaf's add-item and update-item workflows (order 1500: after Broadleaf validated the request and
 * resolved its Sku at 1000, before the line is added or changed at 2000): refuses a cart that would ask for more units
 * of a Sku than are left, counting what the cart already holds of it, with one sentence naming the product and what
 * is left (Broadleaf's {@link InventoryUnavailableException}, which these workflows do not log as an error). Lowering a
 * line's quantity is always allowed, even below what is left. Any storefront that changes carts through
 * {@code blOrderService} is covered. The stock is read afresh; checkout takes it under a lock.
 */
public class CheckStockOnCartChangeActivity extends BaseActivity<ProcessContext<CartOperationRequest>> {

    @Resource(name = "coopStock")
    protected StockService stock;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    /** true in the update-item workflow: the request sets an existing line's quantity instead of adding a line. */
    protected boolean setsLineQuantity;

    public void setSetsLineQuantity(boolean setsLineQuantity) {
        this.setsLineQuantity = setsLineQuantity;
    }

    @Override
    public ProcessContext<CartOperationRequest> execute(ProcessContext<CartOperationRequest> context) throws Exception {
        CartOperationRequest request = context.getSeedData();
        OrderItemRequestDTO itemRequest = request.getItemRequest();
        Order cart = request.getOrder();
        Integer quantity = itemRequest.getQuantity();
        if (cart == null || quantity == null || quantity <= 0) {
            return context;
        }
        Sku sku;
        String name;
        Long changedLine = null;
        if (setsLineQuantity) {
            OrderItem line = lineOf(cart, itemRequest.getOrderItemId());
            if (!(line instanceof DiscreteOrderItem) || quantity <= line.getQuantity()) {
                return context; // not a Sku line, or fewer units: nothing more to take
            }
            sku = ((DiscreteOrderItem) line).getSku();
            name = line.getName();
            changedLine = line.getId();
        } else {
            sku = itemRequest.getSkuId() == null ? null : catalogService.findSkuById(itemRequest.getSkuId());
            name = sku == null ? null : SkuUnits.productName(sku);
        }
        if (sku == null) {
            return context;
        }
        Integer left = stock.unitsLeft(sku);
        if (left == null) {
            return context; // not counted: no limit
        }
        int inCart = unitsInCart(cart, sku.getId(), null);
        int asked = quantity + unitsInCart(cart, sku.getId(), changedLine);
        if (asked > left) {
            String sentence = new StockShortage(sku.getId(), left, asked).cartSentence(name == null ? SkuUnits.productName(sku) : name, inCart);
            throw new InventoryUnavailableException(sentence, sku.getId(), asked, left);
        }
        return context;
    }

    private static OrderItem lineOf(Order cart, Long orderItemId) {
        if (orderItemId != null && cart.getOrderItems() != null) {
            for (OrderItem item : cart.getOrderItems()) {
                if (orderItemId.equals(item.getId())) {
                    return item;
                }
            }
        }
        return null;
    }

    /** Units of the Sku in the cart's lines, leaving out {@code except} (the line whose quantity is being set). */
    private static int unitsInCart(Order cart, long skuId, Long except) {
        int units = 0;
        for (OrderItem item : cart.getOrderItems() == null ? Collections.<OrderItem>emptyList() : cart.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getSku() != null
                    && ((DiscreteOrderItem) item).getSku().getId() == skuId && (except == null || !except.equals(item.getId()))) {
                units += item.getQuantity();
            }
        }
        return units;
    }
}
