package com.coopromo.storefront.product;

import com.coopromo.common.web.RequestRefusedException;
import com.coopromo.storefront.metrics.StorefrontEvents;
import com.coopromo.storefront.suggest.CompleteTheSetShown;
import com.coopromo.storefront.tile.ProductTile;
import com.coopromo.storefront.tile.ProductTiles;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.Collections;

/**
 * {@code /products/{productId}}: a product's page (template {@code coop/product}) — name, description, seller, the
 * price before discount and the campaign price as its tile computes them, stock and Add to cart, and other
 * sellers' listings of its campaign to complete the set. Tiles link here with
 * their page view ({@code ?pv=}), which counts a click through to the product once per tile and page view. An
 * unknown or inactive product is the store's 404 page.
 */
@Controller
public class ProductPageController {
    /** How many "complete the set" tiles the page shows. */
    static final int SET_SUGGESTIONS = 4;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopProductTiles")
    protected ProductTiles productTiles;

    @Resource(name = "coopStorefrontEvents")
    protected StorefrontEvents events;

    @Resource(name = "coopCompleteTheSetShown")
    protected CompleteTheSetShown completeTheSet;

    @RequestMapping(value = "/products/{productId}", method = RequestMethod.GET)
    public String product(@PathVariable("productId") String productId,
                          @RequestParam(value = "pv", required = false) String pageView,
                          HttpServletRequest request, HttpServletResponse response, Model model) {
        Product product = null;
        if (productId.matches("[0-9]{1,18}")) {
            product = catalogService.findProductById(Long.valueOf(productId));
        }
        if (product == null || !product.isActive() || product.getDefaultSku() == null) {
            throw RequestRefusedException.notFound("There is no product " + productId + " in this store.");
        }
        ProductTile tile = productTiles.tile(product);
        events.click(request, response, pageView, product.getDefaultSku().getId());
        model.addAttribute("pageTitle", product.getName());
        model.addAttribute("tile", tile);
        model.addAttribute("coopSetSuggestions", completeTheSet.forSkus(
                Collections.singleton(product.getDefaultSku().getId()), SET_SUGGESTIONS));
        return "coop/product";
    }
}
