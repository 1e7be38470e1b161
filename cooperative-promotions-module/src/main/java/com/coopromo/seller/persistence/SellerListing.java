package com.coopromo.seller.persistence;

import com.coopromo.seller.domain.ShippingWindow;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** One host Sku sold by one seller, with the lowest unit price the seller accepts and its shipping window. */
public interface SellerListing extends Serializable {
    Long getId();

    void setId(Long id);

    Seller getSeller();

    void setSeller(Seller seller);

    /** Id of the host's Sku ({@code BLC_SKU.SKU_ID}). */
    Long getSkuId();

    void setSkuId(Long skuId);

    BigDecimal getMarginFloorPrice();

    void setMarginFloorPrice(BigDecimal marginFloorPrice);

    ShippingWindow getShippingWindow();

    void setShippingWindow(ShippingWindow shippingWindow);

    boolean isActive();

    void setActive(boolean active);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
