package com.coopromo.seller.service;

import com.coopromo.common.domain.Validation;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerDao;
import com.coopromo.seller.persistence.SellerImpl;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.persistence.SellerListingImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Date;
import java.util.List;

@Service("coopSellerService")
public class SellerServiceImpl implements SellerService {

    @Resource(name = "coopSellerDao")
    protected SellerDao sellerDao;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Override
    @Transactional("blTransactionManager")
    public Seller registerSeller(SellerDraft draft) {
        sellerProblems(draft, null).throwIfInvalid();

        Seller seller = new SellerImpl();
        seller.setCode(draft.code());
        seller.setName(draft.name().trim());
        seller.setSegment(draft.segment());
        seller.setStanding(draft.standing());
        seller.setContactEmail(draft.contactEmail());
        seller.setMaxConcurrentCampaigns(draft.maxConcurrentCampaigns());
        seller.setCreatedAt(Date.from(clock.instant()));
        return sellerDao.saveSeller(seller);
    }

    @Override
    @Transactional("blTransactionManager")
    public SellerListing addListing(ListingDraft draft) {
        listingProblems(draft, null).throwIfInvalid();
        Seller seller = sellerDao.findSeller(draft.sellerId());

        SellerListing listing = new SellerListingImpl();
        listing.setSeller(seller);
        listing.setSkuId(draft.skuId());
        listing.setMarginFloorPrice(draft.marginFloorPrice().setScale(ListingDraft.MONEY_SCALE));
        listing.setShippingWindow(draft.shippingWindow());
        listing.setActive(true);
        listing.setCreatedAt(Date.from(clock.instant()));
        return sellerDao.saveListing(listing);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Validation sellerProblems(SellerDraft draft, Long sellerId) {
        Validation v = draft.validate();
        if (draft.code() != null) {
            Seller sameCode = sellerDao.findSellerByCode(draft.code());
            if (sameCode != null && !sameCode.getId().equals(sellerId)) {
                v.reject("code", "'" + draft.code() + "' is already used by seller " + sameCode.getName()
                        + " (id " + sameCode.getId() + ")");
            }
        }
        return v;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Validation listingProblems(ListingDraft draft, Long listingId) {
        Sku sku = catalogService.findSkuById(draft.skuId());
        BigDecimal price = sku == null || sku.getPrice() == null ? null : sku.getPrice().getAmount();
        Validation v = draft.validate(price);
        v.require(sellerDao.findSeller(draft.sellerId()) != null, "sellerId", "no seller with id " + draft.sellerId());
        SellerListing sameSku = sellerDao.findListingBySkuId(draft.skuId());
        if (sameSku != null && !sameSku.getId().equals(listingId)) {
            v.reject("skuId", "Sku " + draft.skuId() + " is already listed by " + sameSku.getSeller().getName()
                    + " (listing " + sameSku.getId() + ")");
        }
        return v;
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Seller findSeller(long sellerId) {
        return sellerDao.findSeller(sellerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public SellerListing findListing(long listingId) {
        return sellerDao.findListing(listingId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public SellerListing findListingForSku(long skuId) {
        return sellerDao.findListingBySkuId(skuId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<Seller> findAllSellers() {
        return sellerDao.findAllSellers();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<SellerListing> findListingsOfSeller(long sellerId) {
        return sellerDao.findListingsOfSeller(sellerId);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countSellers() {
        return sellerDao.countSellers();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long countListings() {
        return sellerDao.countListings();
    }
}
