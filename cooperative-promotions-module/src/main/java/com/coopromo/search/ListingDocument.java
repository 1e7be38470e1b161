package com.coopromo.search;

import java.math.BigDecimal;

/** What the search index holds for one seller listing; flat so facets are plain terms aggregations. */
public class ListingDocument {
    private long listingId;
    private long skuId;
    private long sellerId;
    private String sellerCode;
    private String sellerName;
    private String sellerSegment;
    private String productName;
    private String category;
    private BigDecimal price;
    private boolean inStock;
    private int shipMaxDays;

    public ListingDocument() {
    }

    public long getListingId() {
        return listingId;
    }

    public void setListingId(long listingId) {
        this.listingId = listingId;
    }

    public long getSkuId() {
        return skuId;
    }

    public void setSkuId(long skuId) {
        this.skuId = skuId;
    }

    public long getSellerId() {
        return sellerId;
    }

    public void setSellerId(long sellerId) {
        this.sellerId = sellerId;
    }

    public String getSellerCode() {
        return sellerCode;
    }

    public void setSellerCode(String sellerCode) {
        this.sellerCode = sellerCode;
    }

    public String getSellerName() {
        return sellerName;
    }

    public void setSellerName(String sellerName) {
        this.sellerName = sellerName;
    }

    public String getSellerSegment() {
        return sellerSegment;
    }

    public void setSellerSegment(String sellerSegment) {
        this.sellerSegment = sellerSegment;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public boolean isInStock() {
        return inStock;
    }

    public void setInStock(boolean inStock) {
        this.inStock = inStock;
    }

    public int getShipMaxDays() {
        return shipMaxDays;
    }

    public void setShipMaxDays(int shipMaxDays) {
        this.shipMaxDays = shipMaxDays;
    }
}
