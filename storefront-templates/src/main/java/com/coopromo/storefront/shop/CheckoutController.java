package com.coopromo.storefront.shop;

import com.coopromo.pricing.checkout.CampaignBudgetRefusedException;
import com.coopromo.storefront.metrics.StorefrontEvents;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.math.BigDecimal;

/**
 * "Place order (demo payment)": the cart is priced once more, paid with a demo payment that is already captured for
 * the order total (Broadleaf's PASSTHROUGH gateway, so no payment provider is involved), and submitted through
 * Broadleaf's own checkout ({@code blCheckoutService}), whose workflow also runs the module's campaign budget
 * reserve and consume steps and its stock step. The confirmation page is {@code /orders/{orderNumber}}.
 */
@Controller
public class CheckoutController {
    private static final Log LOG = LogFactory.getLog(CheckoutController.class);

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService paymentService;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "coopStorefrontCart")
    protected StorefrontCart storefrontCart;

    @Resource(name = "coopStorefrontEvents")
    protected StorefrontEvents events;

    @RequestMapping(value = "/checkout", method = RequestMethod.POST)
    public String placeOrder(@RequestParam(value = "expectedTotal", required = false) String expectedTotal,
                             RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Order cart = storefrontCart.currentCart();
        if (cart == null) {
            redirect.addFlashAttribute(CartController.ERROR, "Your cart is empty.");
            return "redirect:/cart";
        }
        final long cartId = cart.getId();
        try {
            // the cart page may be old: campaigns end, budgets run out; price it as of now before charging
            cart = orderService.save(cart, true);
            if (expectedTotal != null && !sameAmount(cart.getTotal(), expectedTotal)) {
                redirect.addFlashAttribute(CartController.ERROR, "The prices in your cart changed since you opened it. "
                        + "Please check the cart and place the order again.");
                return "redirect:/cart";
            }
            // the checkout begins (a refusal above changed nothing): counted once per cart and Sku, however often
            // the shopper retries
            events.checkoutStarted(request, response, cart);
            Order paid = payInFull(cartId);
            Order placed = checkoutService.performCheckout(paid).getOrder();
            return "redirect:/orders/" + placed.getOrderNumber();
        } catch (CheckoutException e) {
            dropDemoPayment(cartId);
            CampaignBudgetRefusedException refused = CartController.cause(e, CampaignBudgetRefusedException.class);
            String outOfStock = CartController.stockRefusal(e);
            if (outOfStock != null) {
                LOG.info("checkout of order " + cartId + " refused for stock: " + outOfStock);
                redirect.addFlashAttribute(CartController.ERROR, outOfStock);
            } else if (refused != null) {
                LOG.info("checkout of order " + cartId + " refused by a campaign budget: " + refused.getMessage());
                repriceQuietly(cartId);
                redirect.addFlashAttribute(CartController.ERROR, refused.getMessage());
            } else {
                LOG.warn("checkout of order " + cartId + " failed", e);
                redirect.addFlashAttribute(CartController.ERROR, "Your order could not be placed: " + reason(e)
                        + ". Nothing was charged and your cart is unchanged.");
            }
            return "redirect:/cart";
        } catch (PricingException | RuntimeException e) {
            LOG.warn("checkout of order " + cartId + " failed", e);
            dropDemoPayment(cartId);
            redirect.addFlashAttribute(CartController.ERROR, "Your order could not be placed because of an error in the "
                    + "store. Nothing was charged and your cart is unchanged; please try again.");
            return "redirect:/cart";
        }
    }

    @RequestMapping(value = "/orders/{orderNumber}", method = RequestMethod.GET)
    public String order(HttpServletRequest request, HttpServletResponse response,
                        @PathVariable("orderNumber") String orderNumber, Model model) {
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        Customer shopper = CustomerState.getCustomer(request);
        if (order == null || shopper == null || order.getCustomer() == null
                || !order.getCustomer().getId().equals(shopper.getId())) {
            // someone else's order number tells nothing about that order
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("pageTitle", "Order not found");
            model.addAttribute("orderNumber", orderNumber);
            return "coop/order-not-found";
        }
        model.addAttribute("pageTitle", "Order " + order.getOrderNumber());
        model.addAttribute("order", order);
        model.addAttribute("submitted", OrderStatus.SUBMITTED.equals(order.getStatus()));
        model.addAttribute("cartLines", storefrontCart.linesOf(order));
        return "coop/order";
    }

    /** Replaces any earlier demo payment with one captured payment for the order's current total. */
    private Order payInFull(final long orderId) {
        dropDemoPayment(orderId);
        return new TransactionTemplate(transactionManager).execute(new TransactionCallback<Order>() {
            @Override
            public Order doInTransaction(TransactionStatus status) {
                Order order = orderService.findOrderById(orderId);
                Money total = order.getTotal();
                OrderPayment payment = paymentService.create();
                payment.setOrder(order);
                payment.setAmount(total);
                payment.setType(PaymentType.THIRD_PARTY_ACCOUNT);
                payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
                PaymentTransaction captured = paymentService.createTransaction();
                captured.setAmount(total);
                captured.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
                captured.setSuccess(true);
                captured.setOrderPayment(payment);
                payment.addTransaction(captured);
                order.getPayments().add(payment);
                try {
                    return orderService.save(order, false);
                } catch (PricingException e) {
                    throw new IllegalStateException("could not save the demo payment of order " + orderId, e);
                }
            }
        });
    }

    /** Removes the demo payment of an order that was not placed, so a retry pays the then current total. */
    private void dropDemoPayment(long orderId) {
        try {
            Order order = orderService.findOrderById(orderId);
            if (order != null && !OrderStatus.SUBMITTED.equals(order.getStatus()) && !order.getPayments().isEmpty()) {
                orderService.removePaymentsFromOrder(order, PaymentType.THIRD_PARTY_ACCOUNT);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not remove the demo payment of order " + orderId, e);
        }
    }

    /** After a budget refusal: the cart's next pricing shows the smaller or removed campaign discount. */
    private void repriceQuietly(long orderId) {
        try {
            Order order = orderService.findOrderById(orderId);
            if (order != null) {
                orderService.save(order, true);
            }
        } catch (PricingException | RuntimeException e) {
            LOG.warn("could not reprice order " + orderId + " after a campaign budget refusal", e);
        }
    }

    private static boolean sameAmount(Money total, String expected) {
        try {
            return total != null && total.getAmount().compareTo(new BigDecimal(expected.trim())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The innermost message of the failure, which names what Broadleaf's checkout refused. */
    private static String reason(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().trim().isEmpty()) {
                message = t.getMessage().trim();
            }
        }
        if (message == null) {
            return "the checkout was refused";
        }
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
