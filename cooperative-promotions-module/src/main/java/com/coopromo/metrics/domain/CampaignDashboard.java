package com.coopromo.metrics.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * What the campaign dashboard shows for a time range, as seen by one viewer. A seller's view holds the campaign's
 * totals and that seller's own rows only: {@link #sellers()} has one row, {@link #segments()} is empty.
 */
public final class CampaignDashboard {
    private final long campaignId;
    private final String campaignName;
    private final TimeRange range;
    private final Instant asOf;
    private final Long viewerSellerId;
    private final Figures totals;
    private final List<HourPoint> series;
    private final List<SellerRow> sellers;
    private final List<SegmentRow> segments;
    private final List<TargetProgress> targets;
    private final long droppedEvents;

    public CampaignDashboard(long campaignId, String campaignName, TimeRange range, Instant asOf, Long viewerSellerId,
                             Figures totals, List<HourPoint> series, List<SellerRow> sellers,
                             List<SegmentRow> segments, List<TargetProgress> targets, long droppedEvents) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.range = range;
        this.asOf = asOf;
        this.viewerSellerId = viewerSellerId;
        this.totals = totals;
        this.series = Collections.unmodifiableList(series);
        this.sellers = Collections.unmodifiableList(sellers);
        this.segments = Collections.unmodifiableList(segments);
        this.targets = Collections.unmodifiableList(targets);
        this.droppedEvents = droppedEvents;
    }

    public long campaignId() { return campaignId; }

    public String campaignName() { return campaignName; }

    public TimeRange range() { return range; }

    /** When the figures were read. */
    public Instant asOf() { return asOf; }

    /** The seller whose view this is, or null for the platform's view. */
    public Long viewerSellerId() { return viewerSellerId; }

    public Figures totals() { return totals; }

    /** One point per hour of the range (hours without events included, as zeros), oldest first. */
    public List<HourPoint> series() { return series; }

    public List<SellerRow> sellers() { return sellers; }

    /** Small / mid / large shares (the fairness view); empty in a seller's view. */
    public List<SegmentRow> segments() { return segments; }

    public List<TargetProgress> targets() { return targets; }

    /** Events this node dropped because its queue was full (shown so nobody trusts a short count blindly). */
    public long droppedEvents() { return droppedEvents; }

    /** One hour of the time series. */
    public static final class HourPoint {
        private final Instant hour;
        private final Figures figures;

        public HourPoint(Instant hour, Figures figures) {
            this.hour = hour;
            this.figures = figures;
        }

        public Instant hour() { return hour; }

        public Figures figures() { return figures; }
    }

    /** One seller's figures, with its incremental traffic against an equal window before the campaign. */
    public static final class SellerRow {
        private final long sellerId;
        private final String sellerName;
        private final String segment;
        private final Figures figures;
        private final long clicksBefore;

        public SellerRow(long sellerId, String sellerName, String segment, Figures figures, long clicksBefore) {
            this.sellerId = sellerId;
            this.sellerName = sellerName;
            this.segment = segment;
            this.figures = figures;
            this.clicksBefore = clicksBefore;
        }

        public long sellerId() { return sellerId; }

        public String sellerName() { return sellerName; }

        /** SMALL, MID or LARGE. */
        public String segment() { return segment; }

        public Figures figures() { return figures; }

        /** Clicks on the same seller's listings in an equal window just before the campaign started. */
        public long clicksBefore() { return clicksBefore; }

        /** (clicks - clicksBefore) / clicksBefore in percent, or null when there were none before. */
        public BigDecimal incrementalTrafficPercent() {
            return clicksBefore == 0 ? null : Figures.percent(figures.clicks() - clicksBefore, clicksBefore);
        }
    }

    /** A seller segment's shares of the campaign, in percent (1 decimal), next to its share of enrolled listings. */
    public static final class SegmentRow {
        private final String segment;
        private final BigDecimal listingShare;
        private final BigDecimal exposureShare;
        private final BigDecimal salesShare;
        private final BigDecimal discountShare;

        public SegmentRow(String segment, BigDecimal listingShare, BigDecimal exposureShare, BigDecimal salesShare,
                          BigDecimal discountShare) {
            this.segment = segment;
            this.listingShare = listingShare;
            this.exposureShare = exposureShare;
            this.salesShare = salesShare;
            this.discountShare = discountShare;
        }

        public String segment() { return segment; }

        public BigDecimal listingShare() { return listingShare; }

        /** Share of impressions. */
        public BigDecimal exposureShare() { return exposureShare; }

        /** Share of net revenue. */
        public BigDecimal salesShare() { return salesShare; }

        public BigDecimal discountShare() { return discountShare; }
    }

    /** One of the campaign's success targets: where it stands and where it is heading. */
    public static final class TargetProgress {
        private final String name;
        private final BigDecimal target;
        private final BigDecimal actual;
        private final BigDecimal projected;
        private final boolean onTrack;

        public TargetProgress(String name, BigDecimal target, BigDecimal actual, BigDecimal projected,
                              boolean onTrack) {
            this.name = name;
            this.target = target;
            this.actual = actual;
            this.projected = projected;
            this.onTrack = onTrack;
        }

        /** e.g. "Revenue", "Conversion %", "New buyers". */
        public String name() { return name; }

        public BigDecimal target() { return target; }

        public BigDecimal actual() { return actual; }

        /** The actual figure extrapolated linearly to the campaign window's end. */
        public BigDecimal projected() { return projected; }

        /** Projected reaches the target. */
        public boolean onTrack() { return onTrack; }
    }
}
