package com.coopromo.demo.web;

import com.coopromo.seller.host.SkuStock;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import java.util.ArrayList;
import java.util.List;

/** The demo storefront's home page: the marketplace's categories and a page of products with their sellers. */
@Controller
public class StorefrontHomeController {
    static final int PAGE_SIZE = 24;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopSellerService")
    protected SellerService sellerService;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(@RequestParam(value = "category", required = false) Long categoryId,
                       @RequestParam(value = "page", defaultValue = "1") int page, Model model) {
        int safePage = Math.max(1, page);
        Category root = catalogService.findCategoryByName(DemoCatalog.ROOT_CATEGORY);
        List<Category> categories = root == null ? new ArrayList<Category>() : catalogService.findActiveSubCategoriesByCategory(root);
        Category selected = categoryId == null ? null : catalogService.findCategoryById(categoryId);
        List<Product> products = selected == null
                ? catalogService.findAllProducts(PAGE_SIZE, (safePage - 1) * PAGE_SIZE)
                : catalogService.findActiveProductsByCategory(selected, PAGE_SIZE, (safePage - 1) * PAGE_SIZE);

        List<ProductCard> cards = new ArrayList<ProductCard>();
        for (Product product : products) {
            SellerListing listing = product.getDefaultSku() == null ? null
                    : sellerService.findListingForSku(product.getDefaultSku().getId());
            cards.add(new ProductCard(product, listing == null ? null : listing.getSeller().getName()));
        }
        model.addAttribute("categories", categories);
        model.addAttribute("selectedCategory", selected);
        model.addAttribute("pageTitle", selected == null ? null : selected.getName());
        model.addAttribute("products", cards);
        model.addAttribute("page", safePage);
        model.addAttribute("hasNext", products.size() == PAGE_SIZE);
        model.addAttribute("sellerCount", sellerService.countSellers());
        return "home";
    }

    /** What a product tile shows. */
    public static final class ProductCard {
        private final Product product;
        private final String sellerName;

        ProductCard(Product product, String sellerName) {
            this.product = product;
            this.sellerName = sellerName;
        }

        public Product getProduct() {
            return product;
        }

        public String getSellerName() {
            return sellerName;
        }

        public boolean isInStock() {
            return SkuStock.inStock(product.getDefaultSku());
        }
    }
}
