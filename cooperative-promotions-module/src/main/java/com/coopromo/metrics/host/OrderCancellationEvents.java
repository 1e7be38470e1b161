package com.coopromo.metrics.host;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangeSubscriber;
import com.coopromo.metrics.domain.ShopperEvent;
import com.coopromo.metrics.domain.ShopperEventType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Records ORDER_CANCELLED events ({@code X:<orderItemId>}, one per line) when an order is cancelled: the lines are
 * read inside the cancelling transaction (its ORDER change event) and recorded once it committed, on the node that
 * cancelled.
 */
@Component("coopOrderCancellationEvents")
public class OrderCancellationEvents implements ChangeSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(OrderCancellationEvents.class);
    private static final ThreadLocal<List<ShopperEvent>> PENDING = new ThreadLocal<List<ShopperEvent>>();

    @Resource(name = "coopHostEvents")
    protected HostEvents hostEvents;

    @Resource(name = "blOrderService")
    protected OrderService orders;

    @Override
    public void beforeCommit(List<ChangeEvent> changes) {
        List<ShopperEvent> lines = new ArrayList<ShopperEvent>();
        for (ChangeEvent change : changes) {
            if (change.is(ChangeEvent.Subject.ORDER)) {
                try {
                    Order order = orders.findOrderById(change.id());
                    if (order != null) {
                        lines.addAll(hostEvents.orderLines(order, ShopperEventType.ORDER_CANCELLED));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not read the lines of cancelled order {} for the campaign metrics: {}", change.id(), e.toString());
                }
            }
        }
        if (lines.isEmpty()) {
            PENDING.remove();
        } else {
            PENDING.set(lines);
        }
    }

    @Override
    public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
        List<ShopperEvent> lines = PENDING.get();
        PENDING.remove();
        if (thisNode && lines != null) {
            hostEvents.record(lines);
        }
    }
}
