package com.coopromo.storefront.shop;

import com.coopromo.storefront.reward.RewardProgressShown;
import com.coopromo.storefront.suggest.CompleteTheSetShown;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryUnavailableException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The demo cart: add a product, change a line's quantity, remove a line, and the cart page with each line's campaign
 * and native discounts. The cart is the one Broadleaf's cart filter resolved for the request's customer (anonymous
 * or signed in); every change goes through {@code blOrderService} and ends with Broadleaf pricing the cart, which is
 * where the module writes its campaign adjustments.
 */
@Controller
public class CartController {
    static final int MAX_QUANTITY = 99;
    /** How many "complete the set" tiles the cart shows. */
    static final int SET_SUGGESTIONS = 4;
    static final String MESSAGE = "message";
    static final String ERROR = "error";
    private static final Log LOG = LogFactory.getLog(CartController.class);

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopStorefrontCart")
    protected StorefrontCart storefrontCart;

    @Resource(name = "coopRewardProgressShown")
    protected RewardProgressShown rewardProgress;

    @Resource(name = "coopCompleteTheSetShown")
    protected CompleteTheSetShown completeTheSet;

    @RequestMapping(value = "/cart", method = RequestMethod.GET)
    public String cart(HttpServletRequest request, Model model) {
        Order cart = storefrontCart.currentCart();
        model.addAttribute("coopRewardProgresses", rewardProgress.inLiveCampaigns(CustomerState.getCustomer(request)));
        model.addAttribute("pageTitle", "Your cart");
        model.addAttribute("cartLines", cart == null ? null : storefrontCart.linesOf(cart));
        model.addAttribute("coopSetSuggestions", completeTheSet.forCart(cart, SET_SUGGESTIONS));
        return "coop/cart";
    }

    @RequestMapping(value = "/cart/add", method = RequestMethod.POST)
    public String add(HttpServletRequest request, @RequestParam("productId") long productId,
                      @RequestParam(value = "quantity", defaultValue = "1") String quantity, RedirectAttributes redirect) {
        Integer wanted = quantity(quantity, 1);
        if (wanted == null) {
            redirect.addFlashAttribute(ERROR, "Please enter a quantity from 1 to " + MAX_QUANTITY + ".");
            return "redirect:/cart";
        }
        Product product = catalogService.findProductById(productId);
        if (product == null || product.getDefaultSku() == null) {
            redirect.addFlashAttribute(ERROR, "That product is no longer available.");
            return "redirect:/cart";
        }
        try {
            Order cart = CartState.getCart();
            if (cart == null || cart instanceof NullOrderImpl) {
                // the shopper's first item: Broadleaf shares one "null" cart until then
                cart = orderService.createNewCartForCustomer(CustomerState.getCustomer(request));
            }
            OrderItemRequestDTO item = new OrderItemRequestDTO()
                    .setProductId(product.getId())
                    .setSkuId(product.getDefaultSku().getId())
                    .setQuantity(wanted);
            cart = orderService.addItem(cart.getId(), item, false);
            orderService.save(cart, true);
            redirect.addFlashAttribute(MESSAGE, product.getName() + " (" + wanted + ") is in your cart.");
        } catch (Exception e) {
            String refusal = stockRefusal(e);
            if (refusal == null) {
                LOG.warn("could not add product " + productId + " to the cart", e);
            }
            redirect.addFlashAttribute(ERROR, refusal != null ? refusal
                    : product.getName() + " could not be added to your cart. Please try again.");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/cart/update", method = RequestMethod.POST)
    public String update(@RequestParam("orderItemId") long orderItemId, @RequestParam("quantity") String quantity,
                         RedirectAttributes redirect) {
        Integer wanted = quantity(quantity, 0);
        Order cart = storefrontCart.currentCart();
        OrderItem item = cart == null ? null : itemOf(cart, orderItemId);
        if (item == null) {
            redirect.addFlashAttribute(ERROR, "That line is no longer in your cart.");
            return "redirect:/cart";
        }
        if (wanted == null) {
            redirect.addFlashAttribute(ERROR, "Please enter a quantity from 0 to " + MAX_QUANTITY + " for " + item.getName() + ".");
            return "redirect:/cart";
        }
        try {
            if (wanted == 0) {
                cart = orderService.removeItem(cart.getId(), orderItemId, false);
                orderService.save(cart, true);
                redirect.addFlashAttribute(MESSAGE, item.getName() + " was removed from your cart.");
            } else {
                OrderItemRequestDTO change = new OrderItemRequestDTO().setOrderItemId(orderItemId).setQuantity(wanted);
                cart = orderService.updateItemQuantity(cart.getId(), change, true);
                orderService.save(cart, false);
                redirect.addFlashAttribute(MESSAGE, item.getName() + ": quantity " + wanted + ".");
            }
        } catch (Exception e) {
            String refusal = stockRefusal(e);
            if (refusal == null) {
                LOG.warn("could not change cart line " + orderItemId, e);
            }
            redirect.addFlashAttribute(ERROR, refusal != null ? refusal : "Your cart could not be updated. Please try again.");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/cart/remove", method = RequestMethod.POST)
    public String remove(@RequestParam("orderItemId") long orderItemId, RedirectAttributes redirect) {
        return update(orderItemId, "0", redirect);
    }

    private static OrderItem itemOf(Order cart, long orderItemId) {
        for (OrderItem item : cart.getOrderItems()) {
            if (item.getId() != null && item.getId() == orderItemId) {
                return item;
            }
        }
        return null;
    }

    /** The quantity typed, or null unless it is a whole number from {@code min} to {@link #MAX_QUANTITY}. */
    static Integer quantity(String typed, int min) {
        try {
            int value = Integer.parseInt(typed.trim());
            return value >= min && value <= MAX_QUANTITY ? value : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The sentence of a stock refusal in the failure's cause chain (the store's cart and checkout steps refuse more
     * than is left with Broadleaf's {@link InventoryUnavailableException}, e.g. "Only 3 left of Lunch box: you asked
     * for 5."), or null when the failure is something else.
     */
    static String stockRefusal(Throwable failure) {
        InventoryUnavailableException refused = cause(failure, InventoryUnavailableException.class);
        if (refused == null) {
            return null;
        }
        return refused.getMessage() != null && !refused.getMessage().trim().isEmpty()
                ? refused.getMessage() : "That quantity is not in stock.";
    }

    /** The first throwable of the type in the cause chain, or null. */
    static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
