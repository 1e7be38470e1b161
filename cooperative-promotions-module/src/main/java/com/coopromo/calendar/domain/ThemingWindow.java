package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.common.domain.Bounds;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.Validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A stretch of the marketplace calendar given over to one theme ("Spring garden", "Back to school"): campaigns inside
 * it must keep their discounts within its allowed range, deliver assets {@link #assetLeadDays()} days before they
 * start and be approved {@link #approvalLeadDays()} days before they start. Times are wall-clock in the window's zone;
 * the window is half-open, [start, end).
 */
public final class ThemingWindow {
    public static final int NAME_MAX = CampaignTerms.NAME_MAX;
    /** Asset and approval lead times are counted in days before a window; a year ahead is the longest plan. */
    public static final int LEAD_DAYS_MAX = 365;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final String name;
    private final ZoneId zone;
    private final LocalDateTime startsAt;
    private final LocalDateTime endsAt;
    private final BigDecimal minDiscountPercent;
    private final BigDecimal maxDiscountPercent;
    private final int assetLeadDays;
    private final int approvalLeadDays;

    private ThemingWindow(String name, ZoneId zone, LocalDateTime startsAt, LocalDateTime endsAt,
                          BigDecimal minDiscountPercent, BigDecimal maxDiscountPercent, int assetLeadDays,
                          int approvalLeadDays) {
        this.name = name;
        this.zone = zone;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.minDiscountPercent = minDiscountPercent;
        this.maxDiscountPercent = maxDiscountPercent;
        this.assetLeadDays = assetLeadDays;
        this.approvalLeadDays = approvalLeadDays;
    }

    /**
     * @param timeZone IANA zone id the wall-clock times are in, like Europe/Paris
     * @throws CoopValidationException naming every bad field at once
     */
    public static ThemingWindow of(String name, String timeZone, LocalDateTime startsAt, LocalDateTime endsAt,
                                   BigDecimal minDiscountPercent, BigDecimal maxDiscountPercent,
                                   int assetLeadDays, int approvalLeadDays) {
        Validation v = new Validation();
        v.requireText(name, "name", NAME_MAX);
        ZoneId zone = zoneOrReject(v, timeZone);
        v.require(startsAt != null, "startsAt", "is required");
        v.require(endsAt != null, "endsAt", "is required");
        boolean inRange = Bounds.date(v, "startsAt", startsAt);
        inRange &= Bounds.date(v, "endsAt", endsAt);
        if (inRange && startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            v.reject("endsAt", "must be after startsAt (" + endsAt + " is not after " + startsAt + ")");
        }
        boolean minOk = percent(v, "minDiscountPercent", minDiscountPercent);
        boolean maxOk = percent(v, "maxDiscountPercent", maxDiscountPercent);
        if (minOk && maxOk && maxDiscountPercent.compareTo(minDiscountPercent) < 0) {
            v.reject("maxDiscountPercent", "must not be below minDiscountPercent ("
                    + maxDiscountPercent.toPlainString() + " < " + minDiscountPercent.toPlainString() + ")");
        }
        v.require(assetLeadDays >= 0, "assetLeadDays", "must be 0 or more (was " + assetLeadDays + ")");
        v.require(assetLeadDays <= LEAD_DAYS_MAX, "assetLeadDays", "must be at most " + LEAD_DAYS_MAX + " (was "
                + assetLeadDays + ")");
        v.require(approvalLeadDays >= 0, "approvalLeadDays", "must be 0 or more (was " + approvalLeadDays + ")");
        v.require(approvalLeadDays <= LEAD_DAYS_MAX, "approvalLeadDays", "must be at most " + LEAD_DAYS_MAX + " (was "
                + approvalLeadDays + ")");
        v.throwIfInvalid();
        return new ThemingWindow(name.trim(), zone, startsAt, endsAt, minDiscountPercent, maxDiscountPercent,
                assetLeadDays, approvalLeadDays);
    }

    public String name() { return name; }
    public ZoneId zone() { return zone; }
    public LocalDateTime startsAt() { return startsAt; }
    public LocalDateTime endsAt() { return endsAt; }
    public BigDecimal minDiscountPercent() { return minDiscountPercent; }
    public BigDecimal maxDiscountPercent() { return maxDiscountPercent; }
    public int assetLeadDays() { return assetLeadDays; }
    public int approvalLeadDays() { return approvalLeadDays; }

    public Instant startInstant() { return startsAt.atZone(zone).toInstant(); }
    public Instant endInstant() { return endsAt.atZone(zone).toInstant(); }

    /** True if [start, end) lies wholly inside this window; a campaign may start at the window's start and end at its end. */
    public boolean contains(Instant start, Instant end) {
        return !start.isBefore(startInstant()) && !end.isAfter(endInstant());
    }

    /** True if this window shares any instant with [start, end). */
    public boolean overlaps(Instant start, Instant end) {
        return startInstant().isBefore(end) && start.isBefore(endInstant());
    }

    /** True if [min, max] lies within the window's allowed range, both ends included. */
    public boolean allowsDiscountRange(BigDecimal min, BigDecimal max) {
        return min.compareTo(minDiscountPercent) >= 0 && max.compareTo(maxDiscountPercent) <= 0;
    }

    /** How messages name this window: its name, wall-clock span and zone. */
    String describe() {
        return "'" + name + "' (" + startsAt + " to " + endsAt + " " + zone + ")";
    }

    String allowedRange() {
        return minDiscountPercent.toPlainString() + "%-" + maxDiscountPercent.toPlainString() + "%";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ThemingWindow)) {
            return false;
        }
        ThemingWindow w = (ThemingWindow) o;
        return name.equals(w.name) && zone.equals(w.zone) && startsAt.equals(w.startsAt) && endsAt.equals(w.endsAt)
                && minDiscountPercent.compareTo(w.minDiscountPercent) == 0
                && maxDiscountPercent.compareTo(w.maxDiscountPercent) == 0
                && assetLeadDays == w.assetLeadDays && approvalLeadDays == w.approvalLeadDays;
    }

    @Override
    public int hashCode() {
        int h = name.hashCode();
        h = 31 * h + zone.hashCode();
        h = 31 * h + startsAt.hashCode();
        h = 31 * h + endsAt.hashCode();
        h = 31 * h + minDiscountPercent.stripTrailingZeros().hashCode();
        h = 31 * h + maxDiscountPercent.stripTrailingZeros().hashCode();
        h = 31 * h + assetLeadDays;
        return 31 * h + approvalLeadDays;
    }

    @Override
    public String toString() {
        return "theming window " + describe() + ", discounts " + allowedRange() + ", assets " + assetLeadDays
                + " days and approval " + approvalLeadDays + " days before start";
    }

    private static ZoneId zoneOrReject(Validation v, String timeZone) {
        if (timeZone == null || timeZone.trim().isEmpty()) {
            v.reject("timeZone", "is required, an IANA name like Europe/Paris or America/New_York");
            return null;
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            v.reject("timeZone", "unknown time zone '" + timeZone + "' (use an IANA name like Europe/Paris)");
            return null;
        }
    }

    /** Above 0, at most 100, at most {@link CampaignTerms#SCALE} decimals: the same rule campaigns follow. */
    private static boolean percent(Validation v, String field, BigDecimal value) {
        if (value == null) {
            v.reject(field, "is required");
            return false;
        }
        String plain = value.toPlainString();
        if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
            v.reject(field, "must be above 0 and at most 100 (was " + plain + ")");
            return false;
        }
        if (value.stripTrailingZeros().scale() > CampaignTerms.SCALE) {
            v.reject(field, "must have at most " + CampaignTerms.SCALE + " decimals (was " + plain + ")");
            return false;
        }
        return true;
    }
}
