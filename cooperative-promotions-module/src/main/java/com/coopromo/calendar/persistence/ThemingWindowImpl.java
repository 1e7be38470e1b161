package com.coopromo.calendar.persistence;

import com.coopromo.calendar.domain.ThemingWindow;
import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** A theming window of the campaign calendar, as stored. */
@Entity
@Table(name = "COOP_THEMING_WINDOW")
@AdminPresentationClass(friendlyName = "Theming window")
public class ThemingWindowImpl implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopThemingWindowId")
    @GenericGenerator(name = "CoopThemingWindowId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "WINDOW_ID")
    @AdminPresentation(friendlyName = "Id", visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 120)
    @AdminPresentation(friendlyName = "Name", order = 1000, prominent = true, gridOrder = 1000)
    protected String name;

    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "Time zone", order = 2000, prominent = true, gridOrder = 2000)
    protected String timeZone;

    @Column(name = "STARTS_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Starts (local time)", order = 3000, prominent = true, gridOrder = 3000)
    protected Date startsAt;

    @Column(name = "ENDS_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "Ends (local time)", order = 4000, prominent = true, gridOrder = 4000)
    protected Date endsAt;

    @Column(name = "MIN_DISCOUNT_PCT", nullable = false, precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "Lowest allowed discount %", order = 5000, prominent = true, gridOrder = 5000)
    protected BigDecimal minDiscountPercent;

    @Column(name = "MAX_DISCOUNT_PCT", nullable = false, precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "Highest allowed discount %", order = 6000, prominent = true, gridOrder = 6000)
    protected BigDecimal maxDiscountPercent;

    @Column(name = "ASSET_LEAD_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "Assets due (days before start)", order = 7000)
    protected Integer assetLeadDays;

    @Column(name = "APPROVAL_LEAD_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "Approval due (days before start)", order = 8000)
    protected Integer approvalLeadDays;

    protected ThemingWindowImpl() {
    }

    public ThemingWindowImpl(ThemingWindow w) {
        this.name = w.name();
        this.timeZone = w.zone().getId();
        this.startsAt = StoredValues.wallClock(w.startsAt());
        this.endsAt = StoredValues.wallClock(w.endsAt());
        this.minDiscountPercent = w.minDiscountPercent();
        this.maxDiscountPercent = w.maxDiscountPercent();
        this.assetLeadDays = w.assetLeadDays();
        this.approvalLeadDays = w.approvalLeadDays();
    }

    public Long getId() {
        return id;
    }

    public ThemingWindow toWindow() {
        return ThemingWindow.of(name, timeZone, StoredValues.wallClock(startsAt), StoredValues.wallClock(endsAt),
                minDiscountPercent, maxDiscountPercent, assetLeadDays, approvalLeadDays);
    }
}
