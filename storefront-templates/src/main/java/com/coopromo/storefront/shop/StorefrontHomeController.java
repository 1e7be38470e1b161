package com.coopromo.storefront.shop;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.service.SellerService;
import com.coopromo.common.web.RequestRefusedException;
import com.coopromo.storefront.metrics.StorefrontEvents;
import com.coopromo.storefront.tile.ProductTile;
import com.coopromo.storefront.tile.ProductTiles;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The storefront's home page: the departments (the active sub-categories of the category named by
 * {@code coop.storefront.departments-category}, default "Marketplace") and a page of products with their sellers, each
 * with an "Add to cart" form; products enrolled in a live campaign carry its badge, and the first page shows a few
 * of them as campaign deals.
 */
@Controller
public class StorefrontHomeController {
    static final int PAGE_SIZE = 24;
    static final int DEALS = 8;
    static final int DEALS_PER_SELLER = 2;

    /** The category whose active sub-categories are the store's departments. */
    @Value("${coop.storefront.departments-category:Marketplace}")
    protected String departmentsCategory = "Marketplace";

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopSellerService")
    protected SellerService sellerService;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaignService;

    @Resource(name = "coopParticipationService")
    protected ParticipationService participationService;

    @Resource(name = "coopProductTiles")
    protected ProductTiles productTiles;

    @Resource(name = "coopStorefrontEvents")
    protected StorefrontEvents events;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(@RequestParam(value = "category", required = false) Long categoryId,
                       @RequestParam(value = "page", defaultValue = "1") int page, Model model,
                       HttpServletRequest request, HttpServletResponse response) {
        if (page < 1 || (long) (page - 1) * PAGE_SIZE > Integer.MAX_VALUE) {
            throw RequestRefusedException.notFound("There is no page " + page + " of products; the first page is 1.");
        }
        int safePage = page;
        // a servlet context without a property placeholder configurer leaves the expression as it is
        String rootName = departmentsCategory == null || departmentsCategory.startsWith("${") ? "Marketplace" : departmentsCategory;
        Category root = catalogService.findCategoryByName(rootName);
        List<Category> categories = root == null ? new ArrayList<Category>() : catalogService.findActiveSubCategoriesByCategory(root);
        Category selected = categoryId == null ? null : catalogService.findCategoryById(categoryId);
        if (categoryId != null && selected == null) {
            throw RequestRefusedException.notFound("There is no department " + categoryId + " in this store.");
        }
        List<Product> products = selected == null
                ? catalogService.findAllProducts(PAGE_SIZE, (safePage - 1) * PAGE_SIZE)
                : catalogService.findActiveProductsByCategory(selected, PAGE_SIZE, (safePage - 1) * PAGE_SIZE);

        List<ProductTile> cards = productTiles.tiles(products);
        List<ProductTile> deals = selected == null && safePage == 1 ? deals() : new ArrayList<ProductTile>();
        Map<String, Campaign> dealCampaigns = new LinkedHashMap<String, Campaign>();
        for (ProductTile deal : deals) {
            if (deal.getCampaignSlug() != null && !dealCampaigns.containsKey(deal.getCampaignSlug())) {
                dealCampaigns.put(deal.getCampaignSlug(), campaignService.find(deal.getCampaignOffer().campaignId()));
            }
        }
        model.addAttribute("deals", deals);
        model.addAttribute("dealCampaigns", new ArrayList<Campaign>(dealCampaigns.values()));
        model.addAttribute("categories", categories);
        model.addAttribute("selectedCategory", selected);
        model.addAttribute("pageTitle", selected == null ? null : selected.getName());
        model.addAttribute("products", cards);
        model.addAttribute("page", safePage);
        model.addAttribute("hasNext", products.size() == PAGE_SIZE);
        model.addAttribute("sellerCount", sellerService.countSellers());
        model.addAttribute("coopPageView", events.pageView(request, response));
        return "coop/home";
    }

    /** Up to {@link #DEALS} in-stock products enrolled in live campaigns, at most {@link #DEALS_PER_SELLER} per seller. */
    private List<ProductTile> deals() {
        List<ProductTile> deals = new ArrayList<ProductTile>();
        Map<Long, Integer> perSeller = new HashMap<Long, Integer>();
        for (Campaign campaign : campaignService.findAll()) {
            if (campaign.getState() != CampaignState.LIVE) {
                continue;
            }
            for (EnrollmentImpl enrollment : participationService.enrollmentsOf(campaign.getId())) {
                if (deals.size() == DEALS) {
                    return deals;
                }
                Long sellerId = enrollment.getListing().getSeller().getId();
                Integer shown = perSeller.get(sellerId);
                if (shown != null && shown >= DEALS_PER_SELLER) {
                    continue;
                }
                Sku sku = catalogService.findSkuById(enrollment.getListing().getSkuId());
                Product product = sku == null ? null : sku.getProduct();
                if (product != null && product.getDefaultSku() != null && product.getDefaultSku().getId().equals(sku.getId())) {
                    ProductTile card = productTiles.tile(product);
                    if (card.getCampaignOffer() != null && !card.isBudgetUsedUp() && card.isInStock()) {
                        deals.add(card);
                        perSeller.put(sellerId, shown == null ? 1 : shown + 1);
                    }
                }
            }
        }
        return deals;
    }
}
