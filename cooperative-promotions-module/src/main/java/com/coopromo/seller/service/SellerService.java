package com.coopromo.seller.service;

import com.coopromo.common.domain.Validation;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;

import java.util.List;

/**
 * Registers sellers and the host Skus they sell. Every method either completes or changes nothing; refused input
 * raises {@link com.coopromo.common.domain.CoopValidationException} naming each bad field.
 */
public interface SellerService {
    Seller registerSeller(SellerDraft draft);

    /**
     * Every problem with registering (or, with {@code sellerId}, changing) a seller: the draft's own rules and a code
     * no other seller uses. The admin's form checks use this too, so both refuse the same things.
     */
    Validation sellerProblems(SellerDraft draft, Long sellerId);

    /** Every problem with a listing (new, or {@code listingId} changed): the draft against the Sku's price, a known
     * seller, and a Sku no other listing has. */
    Validation listingProblems(ListingDraft draft, Long listingId);

    SellerListing addListing(ListingDraft draft);

    Seller findSeller(long sellerId);

    SellerListing findListing(long listingId);

    SellerListing findListingForSku(long skuId);

    List<Seller> findAllSellers();

    List<SellerListing> findListingsOfSeller(long sellerId);

    long countSellers();

    long countListings();
}
