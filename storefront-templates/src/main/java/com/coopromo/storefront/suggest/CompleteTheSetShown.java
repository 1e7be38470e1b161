package com.coopromo.storefront.suggest;

import com.coopromo.storefront.tile.ProductTile;
import com.coopromo.storefront.tile.ProductTiles;
import com.coopromo.suggest.domain.SetSuggestion;
import com.coopromo.suggest.service.CompleteTheSet;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Complete the set" as the storefront shows it: product tiles (the same fragment as everywhere) of other sellers'
 * listings in the basket's live campaigns, each with the reason it is suggested. What the fragment
 * {@code coop/fragments/complete-the-set} shows; a failure to suggest never fails the page (it shows nothing).
 */
@Component("coopCompleteTheSetShown")
public class CompleteTheSetShown {
    private static final Logger LOG = LoggerFactory.getLogger(CompleteTheSetShown.class);

    @Resource(name = "coopCompleteTheSet")
    protected CompleteTheSet completeTheSet;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopProductTiles")
    protected ProductTiles productTiles;

    /** Suggestions for what the cart holds (none for an empty or missing cart). */
    public List<Shown> forCart(Order cart, int limit) {
        if (cart == null) {
            return Collections.emptyList();
        }
        Set<Long> skuIds = new LinkedHashSet<Long>();
        for (DiscreteOrderItem item : cart.getDiscreteOrderItems()) {
            if (item.getSku() != null) {
                skuIds.add(item.getSku().getId());
            }
        }
        return forSkus(skuIds, limit);
    }

    /** Suggestions for the given Skus (e.g. the product a shopper looks at). */
    public List<Shown> forSkus(Collection<Long> skuIds, int limit) {
        try {
            List<SetSuggestion> picked = completeTheSet.forBasket(skuIds, limit);
            List<Product> products = new ArrayList<Product>();
            List<String> reasons = new ArrayList<String>();
            for (SetSuggestion suggestion : picked) {
                Sku sku = catalogService.findSkuById(suggestion.skuId());
                Product product = sku == null ? null : sku.getProduct();
                if (product != null) {
                    products.add(product);
                    reasons.add(suggestion.reason().label());
                }
            }
            List<ProductTile> tiles = productTiles.tiles(products);
            List<Shown> shown = new ArrayList<Shown>();
            for (int i = 0; i < tiles.size(); i++) {
                shown.add(new Shown(tiles.get(i), reasons.get(i)));
            }
            return shown;
        } catch (RuntimeException e) {
            LOG.warn("Could not suggest listings to complete the set for Skus {}: {}", skuIds, e.toString());
            return Collections.emptyList();
        }
    }

    /** One suggested tile and why. */
    public static final class Shown {
        private final ProductTile tile;
        private final String reason;

        Shown(ProductTile tile, String reason) {
            this.tile = tile;
            this.reason = reason;
        }

        public ProductTile getTile() {
            return tile;
        }

        public String getReason() {
            return reason;
        }
    }
}
