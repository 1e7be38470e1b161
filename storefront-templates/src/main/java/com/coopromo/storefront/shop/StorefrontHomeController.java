package com.coopromo.storefront.shop;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.pricing.ledger.RemainingBudgets;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.service.StockLevels;
import com.coopromo.common.web.RequestRefusedException;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

    @Resource(name = "coopEnrollmentIndex")
    protected ActiveEnrollmentIndexHolder enrollmentIndex;

    @Resource(name = "coopRemainingBudgets")
    protected RemainingBudgets remainingBudgets;

    @Resource(name = "coopStockLevels")
    protected StockLevels stockLevels;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(@RequestParam(value = "category", required = false) Long categoryId,
                       @RequestParam(value = "page", defaultValue = "1") int page, Model model) {
        if (page < 1 || (long) (page - 1) * PAGE_SIZE > Integer.MAX_VALUE) {
            throw RequestRefusedException.notFound("There is no page " + page + " of products; the first page is 1.");
        }
        int safePage = page;
        Category root = catalogService.findCategoryByName(departmentsCategory);
        List<Category> categories = root == null ? new ArrayList<Category>() : catalogService.findActiveSubCategoriesByCategory(root);
        Category selected = categoryId == null ? null : catalogService.findCategoryById(categoryId);
        if (categoryId != null && selected == null) {
            throw RequestRefusedException.notFound("There is no department " + categoryId + " in this store.");
        }
        List<Product> products = selected == null
                ? catalogService.findAllProducts(PAGE_SIZE, (safePage - 1) * PAGE_SIZE)
                : catalogService.findActiveProductsByCategory(selected, PAGE_SIZE, (safePage - 1) * PAGE_SIZE);

        List<Long> skuIds = new ArrayList<Long>();
        for (Product product : products) {
            if (product.getDefaultSku() != null) {
                skuIds.add(product.getDefaultSku().getId());
            }
        }
        Map<Long, Integer> stock = stockLevels.unitsLeft(skuIds);
        List<ProductCard> cards = new ArrayList<ProductCard>();
        for (Product product : products) {
            cards.add(card(product, stock));
        }
        model.addAttribute("deals", selected == null && safePage == 1 ? deals() : new ArrayList<ProductCard>());
        model.addAttribute("categories", categories);
        model.addAttribute("selectedCategory", selected);
        model.addAttribute("pageTitle", selected == null ? null : selected.getName());
        model.addAttribute("products", cards);
        model.addAttribute("page", safePage);
        model.addAttribute("hasNext", products.size() == PAGE_SIZE);
        model.addAttribute("sellerCount", sellerService.countSellers());
        return "coop/home";
    }

    /** Up to {@link #DEALS} in-stock products enrolled in live campaigns, at most {@link #DEALS_PER_SELLER} per seller. */
    private List<ProductCard> deals() {
        List<ProductCard> deals = new ArrayList<ProductCard>();
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
                    ProductCard card = card(product, stockLevels.unitsLeft(Collections.singleton(sku.getId())));
                    if (card.getCampaignOffer() != null && !card.isBudgetUsedUp() && card.isInStock()) {
                        deals.add(card);
                        perSeller.put(sellerId, shown == null ? 1 : shown + 1);
                    }
                }
            }
        }
        return deals;
    }

    private ProductCard card(Product product, Map<Long, Integer> stock) {
        Sku sku = product.getDefaultSku();
        SellerListing listing = sku == null ? null : sellerService.findListingForSku(sku.getId());
        CampaignOffer offer = sku == null ? null : enrollmentIndex.offerFor(sku.getId());
        // only a campaign the host prices (it has its host offer) is announced
        CampaignOffer announced = offer != null && offer.hostOfferId() != null ? offer : null;
        return new ProductCard(product, listing == null ? null : listing.getSeller().getName(), announced,
                announced != null && remainingBudgets.usedUp(announced), sku == null ? null : SkuUnits.left(sku, stock));
    }

    /** What a product tile shows. */
    public static final class ProductCard {
        private final Product product;
        private final String sellerName;
        private final CampaignOffer campaignOffer;
        private final boolean budgetUsedUp;
        private final Integer unitsLeft;

        ProductCard(Product product, String sellerName, CampaignOffer campaignOffer, boolean budgetUsedUp, Integer unitsLeft) {
            this.product = product;
            this.sellerName = sellerName;
            this.campaignOffer = campaignOffer;
            this.budgetUsedUp = budgetUsedUp;
            this.unitsLeft = unitsLeft;
        }

        /** True when the campaign's budget (or the seller's share of it) is used up: the badge says so, no discount. */
        public boolean isBudgetUsedUp() {
            return budgetUsedUp;
        }

        /** The live campaign the product's Sku is enrolled in, or null. */
        public CampaignOffer getCampaignOffer() {
            return campaignOffer;
        }

        /** The campaign badge, e.g. "Back to School: cooperative discount — 20% off"; null without a campaign. */
        public String getCampaignBadge() {
            if (campaignOffer == null) {
                return null;
            }
            String message = campaignOffer.marketingMessage() != null ? campaignOffer.marketingMessage()
                    : campaignOffer.campaignName();
            if (budgetUsedUp) {
                return message + " \u2014 campaign budget used up, no discount";
            }
            BigDecimal percent = campaignOffer.effectivePercent().stripTrailingZeros();
            return message + " \u2014 " + percent.toPlainString() + "% off";
        }

        public Product getProduct() {
            return product;
        }

        public String getSellerName() {
            return sellerName;
        }

        /** Units left of the product's default Sku in the store's stock; null when the store does not count them. */
        public Integer getUnitsLeft() {
            return unitsLeft;
        }

        public boolean isInStock() {
            return product.getDefaultSku() != null && (unitsLeft == null || unitsLeft > 0);
        }

        /** "12 in stock", "Out of stock", or "In stock" for a product whose units the store does not count. */
        public String getStockText() {
            if (!isInStock()) {
                return "Out of stock";
            }
            return unitsLeft == null ? "In stock" : unitsLeft + " in stock";
        }
    }
}
