package com.coopromo.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One hub document: a seller listing enrolled in a scheduled or live campaign, with what the hub filters, sorts and
 * shows. Flat (plus keyword lists) so every facet is a plain terms count. Written by {@link HubSearch}; read back from
 * every hit.
 */
public class HubDocument {
    private long listingId;
    private long skuId;
    private long productId;
    private long sellerId;
    private String sellerCode;
    private String sellerName;
    private String sellerSegment;
    private boolean sellerNewcomer;
    private List<Long> campaignIds = new ArrayList<Long>();
    private List<String> campaignSlugs = new ArrayList<String>();
    private Long priceCampaignId;
    private String priceCampaignSlug;
    private String priceCampaignName;
    private long campaignStartsAt;
    private boolean campaignLive;
    private String category;
    private List<String> categoryPath = new ArrayList<String>();
    private String productName;
    private String description;
    private String url;
    private BigDecimal listPrice;
    private BigDecimal campaignPrice;
    private BigDecimal discountPercent;
    private String priceBucket;
    private String discountBucket;
    private boolean discounted;
    private String priceNote;
    private boolean inStock;
    private Integer unitsLeft;
    private int shipMinDays;
    private int shipMaxDays;
    private boolean featuredEligible;
    private boolean premiumSeller;
    private List<String> sellerBadges = new ArrayList<String>();
    private long listedAt;

    /** The seller listing (document id). */
    public long getListingId() {
        return listingId;
    }

    public void setListingId(long listingId) {
        this.listingId = listingId;
    }

    /** The host Sku. */
    public long getSkuId() {
        return skuId;
    }

    public void setSkuId(long skuId) {
        this.skuId = skuId;
    }

    /** The host Product. */
    public long getProductId() {
        return productId;
    }

    public void setProductId(long productId) {
        this.productId = productId;
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

    /** SMALL, MID or LARGE. */
    public String getSellerSegment() {
        return sellerSegment;
    }

    public void setSellerSegment(String sellerSegment) {
        this.sellerSegment = sellerSegment;
    }

    /** The seller joined the marketplace within coop.hub.newcomer-days. */
    public boolean isSellerNewcomer() {
        return sellerNewcomer;
    }

    public void setSellerNewcomer(boolean sellerNewcomer) {
        this.sellerNewcomer = sellerNewcomer;
    }

    /** Every scheduled or live campaign the listing is enrolled in. */
    public List<Long> getCampaignIds() {
        return campaignIds;
    }

    public void setCampaignIds(List<Long> campaignIds) {
        this.campaignIds = campaignIds;
    }

    /** Their slugs, in the same order. */
    public List<String> getCampaignSlugs() {
        return campaignSlugs;
    }

    public void setCampaignSlugs(List<String> campaignSlugs) {
        this.campaignSlugs = campaignSlugs;
    }

    /** The campaign whose discount {@link #getCampaignPrice()} carries: the live one, else the next to start. */
    public Long getPriceCampaignId() {
        return priceCampaignId;
    }

    public void setPriceCampaignId(Long priceCampaignId) {
        this.priceCampaignId = priceCampaignId;
    }

    public String getPriceCampaignSlug() {
        return priceCampaignSlug;
    }

    public void setPriceCampaignSlug(String priceCampaignSlug) {
        this.priceCampaignSlug = priceCampaignSlug;
    }

    public String getPriceCampaignName() {
        return priceCampaignName;
    }

    public void setPriceCampaignName(String priceCampaignName) {
        this.priceCampaignName = priceCampaignName;
    }

    /** When that campaign starts (epoch millis). */
    public long getCampaignStartsAt() {
        return campaignStartsAt;
    }

    public void setCampaignStartsAt(long campaignStartsAt) {
        this.campaignStartsAt = campaignStartsAt;
    }

    /** That campaign is live now. */
    public boolean isCampaignLive() {
        return campaignLive;
    }

    public void setCampaignLive(boolean campaignLive) {
        this.campaignLive = campaignLive;
    }

    /** The product's default category (its name). */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** Every ancestor path of the default category, root first: "Home", "Home/School", "Home/School/Bags". */
    public List<String> getCategoryPath() {
        return categoryPath;
    }

    public void setCategoryPath(List<String> categoryPath) {
        this.categoryPath = categoryPath;
    }

    /** Analysed text. */
    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    /** Analysed text. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The product's URL in the store. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** What the cart charges before discounts (the Sku's sale price when on sale, else its retail price). */
    public BigDecimal getListPrice() {
        return listPrice;
    }

    public void setListPrice(BigDecimal listPrice) {
        this.listPrice = listPrice;
    }

    /** What the cart charges for one unit with the campaign's discount (the module's calculator; no native offer, as an empty cart would know). */
    public BigDecimal getCampaignPrice() {
        return campaignPrice;
    }

    public void setCampaignPrice(BigDecimal campaignPrice) {
        this.campaignPrice = campaignPrice;
    }

    /** (list − campaign price) / list, in percent, 2 decimals. */
    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    /** {@link com.coopromo.search.domain.HubBuckets#PRICE} */
    public String getPriceBucket() {
        return priceBucket;
    }

    public void setPriceBucket(String priceBucket) {
        this.priceBucket = priceBucket;
    }

    /** {@link com.coopromo.search.domain.HubBuckets#DISCOUNT} */
    public String getDiscountBucket() {
        return discountBucket;
    }

    public void setDiscountBucket(String discountBucket) {
        this.discountBucket = discountBucket;
    }

    /** The calculator applies the campaign's discount to one unit. */
    public boolean isDiscounted() {
        return discounted;
    }

    public void setDiscounted(boolean discounted) {
        this.discounted = discounted;
    }

    /** The calculator's sentence for the campaign price (why it is or is not discounted). */
    public String getPriceNote() {
        return priceNote;
    }

    public void setPriceNote(String priceNote) {
        this.priceNote = priceNote;
    }

    /** The store's stock (coopStock) has at least one unit, or does not count the Sku. */
    public boolean isInStock() {
        return inStock;
    }

    public void setInStock(boolean inStock) {
        this.inStock = inStock;
    }

    /** Units left, or null when the Sku is not counted. */
    public Integer getUnitsLeft() {
        return unitsLeft;
    }

    public void setUnitsLeft(Integer unitsLeft) {
        this.unitsLeft = unitsLeft;
    }

    public int getShipMinDays() {
        return shipMinDays;
    }

    public void setShipMinDays(int shipMinDays) {
        this.shipMinDays = shipMinDays;
    }

    /** Ships within this many days. */
    public int getShipMaxDays() {
        return shipMaxDays;
    }

    public void setShipMaxDays(int shipMaxDays) {
        this.shipMaxDays = shipMaxDays;
    }

    /** May hold a featured slot: in stock and discounted. */
    public boolean isFeaturedEligible() {
        return featuredEligible;
    }

    public void setFeaturedEligible(boolean featuredEligible) {
        this.featuredEligible = featuredEligible;
    }

    /** The seller earned premium placement ({@link SellerHubStanding}): its eligible listings go first for featured slots. */
    public boolean isPremiumSeller() {
        return premiumSeller;
    }

    public void setPremiumSeller(boolean premiumSeller) {
        this.premiumSeller = premiumSeller;
    }

    /** The seller's badges shown next to its name on the hub (empty unless the seller agreed to show them). */
    public List<String> getSellerBadges() {
        return sellerBadges;
    }

    public void setSellerBadges(List<String> sellerBadges) {
        this.sellerBadges = sellerBadges == null ? new ArrayList<String>() : sellerBadges;
    }

    /** When the listing was created (epoch millis), for sorting by newest. */
    public long getListedAt() {
        return listedAt;
    }

    public void setListedAt(long listedAt) {
        this.listedAt = listedAt;
    }
}
