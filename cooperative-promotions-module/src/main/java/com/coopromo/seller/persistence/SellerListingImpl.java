package com.coopromo.seller.persistence;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.seller.domain.ShippingWindow;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.math.BigDecimal;
import java.util.Date;

@Entity
@Table(name = "COOP_SELLER_LISTING")
// Admin forms: "coopListingRulesValidator" (coop-admin-extensions) applies ListingDraft's rules to them. Creation time
// is set by whoever adds the row (the service, or the admin's add handler), so forms never require it.
@AdminPresentationClass(friendlyName = "Seller listing")
public class SellerListingImpl implements SellerListing {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopSellerListingId")
    @GenericGenerator(name = "CoopSellerListingId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "LISTING_ID")
    @AdminPresentation(friendlyName = "Listing Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = SellerImpl.class, optional = false)
    @JoinColumn(name = "SELLER_ID", nullable = false)
    @Index(name = "IX_COOP_LISTING_SELLER", columnNames = {"SELLER_ID"})
    @AdminPresentation(friendlyName = "Seller", order = 1000, prominent = true, gridOrder = 1000,
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopListingRulesValidator"))
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Seller seller;

    @Column(name = "SKU_ID", nullable = false)
    @AdminPresentation(friendlyName = "Sku Id", order = 2000, prominent = true, gridOrder = 2000,
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopListingRulesValidator"))
    protected Long skuId;

    /** "Seller / product name (Sku id)": how admin grids and lookups that point at a listing name it. Read-only. */
    @Formula("(select s.NAME || ' / ' || coalesce(k.NAME, 'Sku') || ' (' || k.SKU_ID || ')'"
            + " from COOP_SELLER s, BLC_SKU k where s.SELLER_ID = SELLER_ID and k.SKU_ID = SKU_ID)")
    @AdminPresentation(friendlyName = "Listing", prominent = true, gridOrder = 500, readOnly = true,
            visibility = VisibilityEnum.FORM_HIDDEN)
    protected String label;

    @Column(name = "MARGIN_FLOOR_PRICE", nullable = false, precision = 19, scale = 5)
    @AdminPresentation(friendlyName = "Margin floor price", order = 3000, prominent = true, gridOrder = 3000,
            fieldType = SupportedFieldType.MONEY, tooltip = "CoopSellerListing_marginFloorPrice_tooltip",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopListingRulesValidator"))
    protected BigDecimal marginFloorPrice;

    @Column(name = "SHIP_MIN_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "Ships in at least (days)", order = 4000,
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopListingRulesValidator"))
    protected Integer shipMinDays;

    @Column(name = "SHIP_MAX_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "Ships in at most (days)", order = 5000,
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopListingRulesValidator"))
    protected Integer shipMaxDays;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "Active", order = 6000, prominent = true, gridOrder = 4000)
    protected Boolean active = Boolean.TRUE;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Created", order = 7000, readOnly = true,
            requiredOverride = RequiredOverride.NOT_REQUIRED)
    protected Date createdAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public Seller getSeller() {
        return seller;
    }

    @Override
    public void setSeller(Seller seller) {
        this.seller = seller;
    }

    @Override
    public Long getSkuId() {
        return skuId;
    }

    @Override
    public void setSkuId(Long skuId) {
        this.skuId = skuId;
    }

    @Override
    public BigDecimal getMarginFloorPrice() {
        return marginFloorPrice;
    }

    @Override
    public void setMarginFloorPrice(BigDecimal marginFloorPrice) {
        this.marginFloorPrice = marginFloorPrice;
    }

    @Override
    public ShippingWindow getShippingWindow() {
        return shipMinDays == null || shipMaxDays == null ? null : ShippingWindow.of(shipMinDays, shipMaxDays);
    }

    @Override
    public void setShippingWindow(ShippingWindow shippingWindow) {
        this.shipMinDays = shippingWindow == null ? null : shippingWindow.minDays();
        this.shipMaxDays = shippingWindow == null ? null : shippingWindow.maxDays();
    }

    @Override
    public boolean isActive() {
        return active == null || active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt == null ? null : new Date(createdAt.getTime());
    }

    @Override
    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt == null ? null : new Date(createdAt.getTime());
    }

    /** "Seller / product name (Sku id)", as admin grids show this listing. */
    public String getLabel() {
        return label;
    }
}
