package com.coopromo.storefront.shop;

import com.coopromo.pricing.host.CampaignHostOffers;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.util.function.Function;
import java.util.function.Predicate;

/** The storefront's view of the shopper's cart (as Broadleaf's cart filter resolved it) and of placed orders. */
@Component("coopStorefrontCart")
public class StorefrontCart {

    @Resource(name = "coopSellerService")
    protected SellerService sellerService;

    @Resource(name = "coopCampaignHostOffers")
    protected CampaignHostOffers hostOffers;

    /** The request's cart, or null when the shopper has none yet (Broadleaf's shared null order) or it is empty. */
    public Order currentCart() {
        Order cart = CartState.getCart();
        return CartLines.isEmpty(cart) ? null : cart;
    }

    public CartLines linesOf(Order order) {
        return CartLines.of(order, new Function<Long, String>() {
            @Override
            public String apply(Long skuId) {
                SellerListing listing = sellerService.findListingForSku(skuId);
                return listing == null ? null : listing.getSeller().getName();
            }
        }, new Predicate<Long>() {
            @Override
            public boolean test(Long offerId) {
                return hostOffers.isCampaignOffer(offerId);
            }
        });
    }
}
