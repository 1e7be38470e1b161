package com.coopromo.participation.persistence;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.persistence.CampaignImpl;
import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import com.coopromo.participation.domain.ParticipationState;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
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
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/** A seller's part in one campaign: invited or applied, then accepted (or not), and the assets it has submitted. */
@Entity
@Table(name = "COOP_PARTICIPATION")
@AdminPresentationClass(friendlyName = "Participation")
public class ParticipationImpl implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopParticipationId")
    @GenericGenerator(name = "CoopParticipationId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "PARTICIPATION_ID")
    @AdminPresentation(friendlyName = "Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = CampaignImpl.class, optional = false)
    @JoinColumn(name = "CAMPAIGN_ID", nullable = false)
    @AdminPresentation(friendlyName = "Campaign", order = 1000, prominent = true, gridOrder = 1000)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Campaign campaign;

    @ManyToOne(targetEntity = SellerImpl.class, optional = false)
    @JoinColumn(name = "SELLER_ID", nullable = false)
    @Index(name = "IX_COOP_PARTICIPATION_SELLER", columnNames = {"SELLER_ID"})
    @AdminPresentation(friendlyName = "Seller", order = 2000, prominent = true, gridOrder = 2000)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "name")
    protected Seller seller;

    /** "Campaign / Seller": how admin grids and lookups that point at a participation name it. Read-only. */
    @Formula("(select c.NAME || ' / ' || s.NAME from COOP_CAMPAIGN c, COOP_SELLER s"
            + " where c.CAMPAIGN_ID = CAMPAIGN_ID and s.SELLER_ID = SELLER_ID)")
    protected String label;

    @Column(name = "STATE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "State", order = 3000, prominent = true, gridOrder = 3000, readOnly = true)
    protected String state;

    @Column(name = "SUBMITTED_ASSETS")
    @AdminPresentation(friendlyName = "Submitted assets", order = 4000, prominent = true, gridOrder = 4000,
            tooltip = "CoopParticipation_submittedAssets_tooltip")
    protected String submittedAssets;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Created", order = 5000, readOnly = true)
    protected Date createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Updated", order = 6000, readOnly = true)
    protected Date updatedAt;

    protected ParticipationImpl() {
    }

    public ParticipationImpl(Campaign campaign, Seller seller, ParticipationState state, Instant now) {
        this.campaign = campaign;
        this.seller = seller;
        this.state = state.name();
        this.createdAt = StoredValues.instant(now);
        this.updatedAt = this.createdAt;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Seller getSeller() {
        return seller;
    }

    public ParticipationState getState() {
        return ParticipationState.valueOf(state);
    }

    public void setState(ParticipationState value, Instant now) {
        this.state = value.name();
        this.updatedAt = StoredValues.instant(now);
    }

    public Set<AssetKind> getSubmittedAssets() {
        return StoredValues.enums(AssetKind.class, submittedAssets);
    }

    public void setSubmittedAssets(Set<AssetKind> kinds, Instant now) {
        this.submittedAssets = StoredValues.names(kinds);
        this.updatedAt = StoredValues.instant(now);
    }

    /** "Campaign / Seller", as admin grids show this participation. */
    public String getLabel() {
        return label;
    }
}
