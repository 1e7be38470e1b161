package com.coopromo.admin.validation;

import com.coopromo.common.domain.FieldError;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.service.SellerService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of {@code SellerService.addListing} for the admin's listing form: {@link ListingDraft}'s checks against the
 * Sku's current price (the margin floor, the shipping window) and one listing per Sku.
 */
public class ListingRulesValidator extends DomainRulesValidator {
    public static final String BEAN_NAME = "coopListingRulesValidator";

    private final SellerService sellers;

    public ListingRulesValidator(SellerService sellers) {
        this.sellers = sellers;
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
        ListingDraft draft = new ListingDraft(sellerId, skuId, marginFloorPrice, shipMinDays, shipMaxDays);
        for (FieldError error : sellers.listingProblems(draft, form.longValue("id")).errors()) {
            // the form's field for the seller is its lookup, "seller"
            problems.add(error.field().equals("sellerId") ? new FieldError("seller", error.reason()) : error);
        }
        return problems;
    }
}
