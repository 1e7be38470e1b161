package com.coopromo.storefront.tile;

import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.pricing.domain.CampaignDiscountCalculator;
import com.coopromo.pricing.domain.CampaignOffer;
import com.coopromo.pricing.domain.LineInput;
import com.coopromo.pricing.domain.LinePricing;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.pricing.ledger.RemainingBudgets;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import com.coopromo.stock.service.SkuUnits;
import com.coopromo.stock.service.StockLevels;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ProductTile}s: the one place that decides what a tile says about a product's campaign and price, for
 * every page that shows tiles (home, deals strip, campaign hub). The campaign price comes from the same calculator
 * the cart's pricing uses, for one unit, with the store's stock, the campaign's remaining budget and the
 * module's clock.
 */
@Component("coopProductTiles")
public class ProductTiles {
    private final CampaignDiscountCalculator calculator = new CampaignDiscountCalculator();

    @Resource(name = "coopSellerService")
    protected SellerService sellerService;

    @Resource(name = "coopCampaignService")
    protected CampaignService campaignService;

    @Resource(name = "coopEnrollmentIndex")
    protected ActiveEnrollmentIndexHolder enrollmentIndex;

    @Resource(name = "coopRemainingBudgets")
    protected RemainingBudgets remainingBudgets;

    @Resource(name = "coopStockLevels")
    protected StockLevels stockLevels;

    @Resource(name = "coopClock")
    protected Clock clock;

    /** One tile per product, in order; stock is read once for all of them. */
    public List<ProductTile> tiles(Collection<Product> products) {
        List<Long> skuIds = new ArrayList<Long>();
        for (Product product : products) {
            if (product.getDefaultSku() != null) {
                skuIds.add(product.getDefaultSku().getId());
            }
        }
        Map<Long, Integer> stock = skuIds.isEmpty() ? Collections.<Long, Integer>emptyMap() : stockLevels.unitsLeft(skuIds);
        List<ProductTile> tiles = new ArrayList<ProductTile>();
        for (Product product : products) {
            tiles.add(tile(product, stock));
        }
        return tiles;
    }

    public ProductTile tile(Product product) {
        Sku sku = product.getDefaultSku();
        return tile(product, sku == null ? Collections.<Long, Integer>emptyMap()
                : stockLevels.unitsLeft(Collections.singleton(sku.getId())));
    }

    private ProductTile tile(Product product, Map<Long, Integer> stock) {
        Sku sku = product.getDefaultSku();
        SellerListing listing = sku == null ? null : sellerService.findListingForSku(sku.getId());
        CampaignOffer offer = sku == null ? null : enrollmentIndex.offerFor(sku.getId());
        // only a campaign the host prices (it has its host offer) is announced
        CampaignOffer announced = offer != null && offer.hostOfferId() != null ? offer : null;
        Integer unitsLeft = sku == null ? null : SkuUnits.left(sku, stock);
        Money before = sku == null || sku.getPrice() == null ? null
                : new Money(sku.getPrice().getAmount().setScale(2, RoundingMode.HALF_UP), sku.getPrice().getCurrency());
        boolean usedUp = announced != null && remainingBudgets.usedUp(announced);
        Money campaignPrice = null;
        String slug = null;
        if (announced != null) {
            Campaign campaign = campaignService.find(announced.campaignId());
            slug = campaign == null ? null : campaign.getSlug();
            if (!usedUp && before != null) {
                campaignPrice = campaignPrice(sku.getId(), before, unitsLeft, announced);
            }
        }
        return new ProductTile(product, listing == null ? null : listing.getSeller().getName(), announced, slug,
                usedUp, unitsLeft, before, campaignPrice);
    }

    /** One unit through the cart's calculator: the price it charges, or null when the campaign gives nothing. */
    private Money campaignPrice(long skuId, Money before, Integer unitsLeft, CampaignOffer offer) {
        BigDecimal remaining = remainingBudgets.of(Collections.singleton(offer.campaignId())).get(offer.campaignId());
        if (remaining == null) {
            return null;
        }
        LinePricing pricing = calculator.price(LineInput.builder()
                .skuId(skuId).quantity(1).unitPrice(before.getAmount()).nativeDiscountPerUnit(BigDecimal.ZERO.setScale(2))
                .stockAvailable(unitsLeft).offer(offer).pricedAt(clock.instant())
                .remainingPlatformBudget(remaining.setScale(2, RoundingMode.HALF_UP)).build());
        if (!pricing.campaignApplied()) {
            return null;
        }
        return new Money(before.getAmount().subtract(pricing.campaignDiscountForLine()), before.getCurrency());
    }
}
