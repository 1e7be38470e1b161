package com.coopromo.seller.persistence;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.util.Date;

@Entity
@Table(name = "COOP_SELLER")
// Admin forms: "coopSellerRulesValidator" (coop-admin-extensions) applies SellerDraft's rules to them. Creation time
// is set by whoever adds the row (the service, or the admin's add handler), so forms never require it.
@AdminPresentationClass(friendlyName = "Seller")
public class SellerImpl implements Seller {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopSellerId")
    @GenericGenerator(name = "CoopSellerId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "SELLER_ID")
    @AdminPresentation(friendlyName = "Seller Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "CODE", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "Code", order = 2000, prominent = true, gridOrder = 2000,
            requiredOverride = RequiredOverride.REQUIRED, tooltip = "CoopSeller_code_tooltip",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopSellerRulesValidator"))
    protected String code;

    @Column(name = "NAME", nullable = false)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000,
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopSellerRulesValidator"))
    protected String name;

    @Column(name = "SEGMENT", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "Segment", order = 3000, prominent = true, gridOrder = 3000,
            tooltip = "CoopSeller_segment_tooltip", fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.coopromo.admin.option.SellerSegmentOption",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopSellerRulesValidator"))
    protected String segment;

    @Column(name = "STANDING", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "Standing", order = 4000, prominent = true, gridOrder = 4000,
            tooltip = "CoopSeller_standing_tooltip", fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "com.coopromo.admin.option.SellerStandingOption",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopSellerRulesValidator"))
    protected String standing;

    @Column(name = "CONTACT_EMAIL")
    @AdminPresentation(friendlyName = "Contact e-mail", order = 5000,
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopSellerRulesValidator"))
    protected String contactEmail;

    @Column(name = "MAX_CONCURRENT_CAMPAIGNS", nullable = false)
    @AdminPresentation(friendlyName = "Max concurrent campaigns", order = 5500,
            validationConfigurations = @ValidationConfiguration(validationImplementation = "coopSellerRulesValidator"))
    protected Integer maxConcurrentCampaigns = 3;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Created", order = 6000, readOnly = true,
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
    public String getCode() {
        return code;
    }

    @Override
    public void setCode(String code) {
        this.code = code;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public SellerSegment getSegment() {
        return segment == null ? null : SellerSegment.parse(segment);
    }

    @Override
    public void setSegment(SellerSegment segment) {
        this.segment = segment == null ? null : segment.name();
    }

    @Override
    public SellerStanding getStanding() {
        return standing == null ? null : SellerStanding.parse(standing);
    }

    @Override
    public void setStanding(SellerStanding standing) {
        this.standing = standing == null ? null : standing.name();
    }

    @Override
    public String getContactEmail() {
        return contactEmail;
    }

    @Override
    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    @Override
    public int getMaxConcurrentCampaigns() {
        return maxConcurrentCampaigns == null ? 3 : maxConcurrentCampaigns;
    }

    @Override
    public void setMaxConcurrentCampaigns(int limit) {
        this.maxConcurrentCampaigns = limit;
    }

    @Override
    public Date getCreatedAt() {
        return createdAt == null ? null : new Date(createdAt.getTime());
    }

    @Override
    public void setCreatedAt(Date createdAt) {
        this.createdAt = createdAt == null ? null : new Date(createdAt.getTime());
    }
}
