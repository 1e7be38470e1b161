package com.coopromo.storefront.tile;

import com.coopromo.pricing.domain.CampaignOffer;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;

import java.math.BigDecimal;

/**
 * What a product tile shows (template {@code coop/fragments/productTile}): the product, its seller, stock, the price
 * before any campaign discount and, for a Sku enrolled in a live campaign, the campaign's badge and the campaign price
 * as the cart charges it for one unit (before the host's own offers, which only a cart can know).
 */
public final class ProductTile {
    private final Product product;
    private final String sellerName;
    private final CampaignOffer campaignOffer;
    private final String campaignSlug;
    private final boolean budgetUsedUp;
    private final Integer unitsLeft;
    private final Money priceBeforeDiscount;
    private final Money campaignPrice;

    ProductTile(Product product, String sellerName, CampaignOffer campaignOffer, String campaignSlug,
                boolean budgetUsedUp, Integer unitsLeft, Money priceBeforeDiscount, Money campaignPrice) {
        this.product = product;
        this.sellerName = sellerName;
        this.campaignOffer = campaignOffer;
        this.campaignSlug = campaignSlug;
        this.budgetUsedUp = budgetUsedUp;
        this.unitsLeft = unitsLeft;
        this.priceBeforeDiscount = priceBeforeDiscount;
        this.campaignPrice = campaignPrice;
    }

    public Product getProduct() {
        return product;
    }

    public String getSellerName() {
        return sellerName;
    }

    /** The live campaign the product's Sku is enrolled in, or null. */
    public CampaignOffer getCampaignOffer() {
        return campaignOffer;
    }

    /** The campaign's URL slug (its hub is {@code /campaigns/{slug}}), or null. */
    public String getCampaignSlug() {
        return campaignSlug;
    }

    /** True when the campaign's budget (or the seller's share of it) is used up: the badge says so, no discount. */
    public boolean isBudgetUsedUp() {
        return budgetUsedUp;
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

    /** The unit price before any campaign discount (the Sku's sale price, or its retail price); null without a Sku. */
    public Money getPriceBeforeDiscount() {
        return priceBeforeDiscount;
    }

    /** The unit price the cart charges with the campaign's discount; null when no campaign discount applies. */
    public Money getCampaignPrice() {
        return campaignPrice;
    }

    public boolean isDiscounted() {
        return campaignPrice != null;
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
