package com.coopromo.seller.persistence;

import java.util.List;

public interface SellerDao {
    Seller saveSeller(Seller seller);

    Seller findSeller(long id);

    Seller findSellerByCode(String code);

    List<Seller> findAllSellers();

    long countSellers();

    SellerListing saveListing(SellerListing listing);

    SellerListing findListing(long id);

    SellerListing findListingBySkuId(long skuId);

    List<SellerListing> findListingsOfSeller(long sellerId);

    long countListings();

    SellerAdminUserRecord findAdminUser(String login);

    List<String> findAdminLoginsOf(long sellerId);

    SellerAdminUserRecord saveAdminUser(SellerAdminUserRecord link);

    void removeAdminUser(SellerAdminUserRecord link);
}
