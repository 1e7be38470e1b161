package com.coopromo.admin.validation;

import com.coopromo.common.domain.FieldError;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.persistence.SellerDao;
import com.coopromo.seller.persistence.SellerListing;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of {@code SellerService.addListing} for the admin's listing form: {@link ListingDraft}'s checks against the
 * Sku's current price (the margin floor, the shipping window) and one listing per Sku.
 */
public class ListingRulesValidator extends DomainRulesValidator {
    public static final String BEAN_NAME = "coopListingRulesValidator";

    private final SellerDao sellers;
    private final CatalogService catalog;

    public ListingRulesValidator(SellerDao sellers, CatalogService catalog) {
        this.sellers = sellers;
        this.catalog = catalog;
    }

    @Override
    protected List<FieldError> problems(Form form) {
        List<FieldError> problems = new ArrayList<FieldError>();
        Long sellerId = form.longValue("seller");
        Long skuId = form.longValue("skuId");
        Integer shipMinDays = form.intValue("shipMinDays");
        Integer shipMaxDays = form.intValue("shipMaxDays");
        BigDecimal marginFloorPrice = form.decimal("marginFloorPrice");
        if (sellerId == null || skuId == null || marginFloorPrice == null || shipMinDays == null || shipMaxDays == null) {
            return problems; // missing or malformed: Broadleaf's required and type checks report it
        }
        Sku sku = catalog.findSkuById(skuId);
        BigDecimal price = sku == null || sku.getPrice() == null ? null : sku.getPrice().getAmount();
        problems.addAll(new ListingDraft(sellerId, skuId, marginFloorPrice, shipMinDays, shipMaxDays)
                .validate(price).errors());
        SellerListing sameSku = sellers.findListingBySkuId(skuId);
        Long id = form.longValue("id");
        if (sameSku != null && !sameSku.getId().equals(id)) {
            problems.add(new FieldError("skuId", "Sku " + skuId + " is already listed by " + sameSku.getSeller().getName()
                    + " (listing " + sameSku.getId() + ")"));
        }
        return problems;
    }
}
