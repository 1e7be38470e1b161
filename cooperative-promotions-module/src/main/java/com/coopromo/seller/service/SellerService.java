package com.coopromo.seller.service;

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

    SellerListing addListing(ListingDraft draft);

    Seller findSeller(long sellerId);

    SellerListing findListing(long listingId);

    SellerListing findListingForSku(long skuId);

    List<Seller> findAllSellers();

    List<SellerListing> findListingsOfSeller(long sellerId);

    long countSellers();

    long countListings();
}
