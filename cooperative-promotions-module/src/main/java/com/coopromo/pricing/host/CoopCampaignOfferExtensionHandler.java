package com.coopromo.pricing.host;

import org.broadleafcommerce.common.extension.ExtensionResultStatusType;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.AbstractOfferServiceExtensionHandler;
import org.broadleafcommerce.core.offer.service.OfferServiceExtensionManager;
import org.broadleafcommerce.core.offer.service.discount.domain.PromotableOrder;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The module's one hook into Broadleaf's offer engine (docs/PRICING-INTEGRATION.md §2):
 * <ul>
 * <li>{@link #synchronizeAdjustmentsAndPrices}: Broadleaf calls it in every order pricing, inside
 *     {@code OfferServiceImpl.applyAndSaveOffersToOrder}'s transaction, after its own item adjustments are on the order
 *     and before it totals, finalizes and saves the order; {@link OrderCampaignPricer} writes the campaign rows
 *     there. The second call of a pricing (the fulfillment-group pass, which loads existing adjustments) is skipped.</li>
 * <li>{@link #applyAdditionalFilters}: drops campaigns' host offers from the host's candidate offers, so the host
 *     never applies one by itself even if someone attaches a code or a customer to it.</li>
 * </ul>
 */
@Component("coopCampaignOfferExtensionHandler")
public class CoopCampaignOfferExtensionHandler extends AbstractOfferServiceExtensionHandler {

    @Resource(name = "blOfferServiceExtensionManager")
    protected OfferServiceExtensionManager extensionManager;

    @Resource(name = "coopOrderCampaignPricer")
    protected OrderCampaignPricer pricer;

    @Resource(name = "coopCampaignHostOffers")
    protected CampaignHostOffers hostOffers;

    @PostConstruct
    public void register() {
        extensionManager.registerHandler(this);
    }

    @Override
    public ExtensionResultStatusType applyAdditionalFilters(List<Offer> offers) {
        Set<Long> campaignOffers = hostOffers.ids();
        if (offers != null && !campaignOffers.isEmpty()) {
            for (Iterator<Offer> it = offers.iterator(); it.hasNext(); ) {
                if (campaignOffers.contains(it.next().getId())) {
                    it.remove();
                }
            }
        }
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }

    @Override
    public ExtensionResultStatusType synchronizeAdjustmentsAndPrices(PromotableOrder promotableOrder) {
        if (promotableOrder.isIncludeOrderAndItemAdjustments()) {
            // the fulfillment-group pass: it carries the item rows (ours included) over as they are
            return ExtensionResultStatusType.HANDLED_CONTINUE;
        }
        pricer.price(promotableOrder.getOrder());
        return ExtensionResultStatusType.HANDLED_CONTINUE;
    }
}
