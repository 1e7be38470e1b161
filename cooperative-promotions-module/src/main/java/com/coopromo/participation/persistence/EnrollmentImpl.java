package com.coopromo.participation.persistence;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.persistence.SellerListingImpl;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;

/** One listing a participating seller put into the campaign, with the seller's own discount. */
@Entity
@Table(name = "COOP_ENROLLMENT")
@AdminPresentationClass(friendlyName = "Enrollment")
public class EnrollmentImpl implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopEnrollmentId")
    @GenericGenerator(name = "CoopEnrollmentId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "ENROLLMENT_ID")
    @AdminPresentation(friendlyName = "Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = ParticipationImpl.class, optional = false)
    @JoinColumn(name = "PARTICIPATION_ID", nullable = false)
    @AdminPresentation(friendlyName = "Participation", order = 1000, prominent = true, gridOrder = 1000)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "label")
    protected ParticipationImpl participation;

    @ManyToOne(targetEntity = SellerListingImpl.class, optional = false)
    @JoinColumn(name = "LISTING_ID", nullable = false)
    @Index(name = "IX_COOP_ENROLLMENT_LISTING", columnNames = {"LISTING_ID"})
    @AdminPresentation(friendlyName = "Listing", order = 2000, prominent = true, gridOrder = 2000)
    @AdminPresentationToOneLookup(lookupDisplayProperty = "label")
    protected SellerListing listing;

    @Column(name = "DISCOUNT_PCT", nullable = false, precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "Discount %", order = 3000, prominent = true, gridOrder = 3000)
    protected BigDecimal discountPercent;

    @Column(name = "ENROLLED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Enrolled", order = 4000, prominent = true, gridOrder = 4000, readOnly = true)
    protected Date enrolledAt;

    @Column(name = "PAUSED", nullable = false)
    @AdminPresentation(friendlyName = "Paused (no campaign discount until resumed)", order = 5000, readOnly = true)
    protected boolean paused;

    protected EnrollmentImpl() {
    }

    public EnrollmentImpl(ParticipationImpl participation, SellerListing listing, BigDecimal discountPercent, Instant now) {
        this.participation = participation;
        this.listing = listing;
        this.discountPercent = discountPercent;
        this.enrolledAt = StoredValues.instant(now);
    }

    public Long getId() {
        return id;
    }

    public ParticipationImpl getParticipation() {
        return participation;
    }

    public SellerListing getListing() {
        return listing;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    /** True while the listing is taken out of the campaign by an approved adjustment. */
    public boolean isPaused() {
        return paused;
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    public Instant getEnrolledAt() {
        return StoredValues.instant(enrolledAt);
    }
}
