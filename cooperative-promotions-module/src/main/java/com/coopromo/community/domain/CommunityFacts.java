package com.coopromo.community.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The plain facts the badge rules read, loaded from the store's rows by the service: completed participations,
 * sellers' figures in ended campaigns, mentoring pairs that became active, and assets with their deadlines.
 */
public final class CommunityFacts {
    /** A seller took part (accepted) in a campaign that has ended. */
    public static final class Completed {
        public final long sellerId;
        public final long campaignId;
        public final String campaignName;
        public final Instant endedAt;

        public Completed(long sellerId, long campaignId, String campaignName, Instant endedAt) {
            this.sellerId = sellerId;
            this.campaignId = campaignId;
            this.campaignName = campaignName;
            this.endedAt = endedAt;
        }
    }

    /** A seller's clicks and orders in an ended campaign (from the campaign metrics), with its segment. */
    public static final class Conversion {
        public final long campaignId;
        public final String campaignName;
        public final Instant endedAt;
        public final long sellerId;
        public final String segment;
        public final long clicks;
        public final long orders;

        public Conversion(long campaignId, String campaignName, Instant endedAt, long sellerId, String segment,
                          long clicks, long orders) {
            this.campaignId = campaignId;
            this.campaignName = campaignName;
            this.endedAt = endedAt;
            this.sellerId = sellerId;
            this.segment = segment;
            this.clicks = clicks;
            this.orders = orders;
        }
    }

    /** A mentoring pair that became active, with its experienced side. */
    public static final class Mentoring {
        public final long pairId;
        public final long mentorId;
        public final long newcomerId;
        public final Instant activeAt;

        public Mentoring(long pairId, long mentorId, long newcomerId, Instant activeAt) {
            this.pairId = pairId;
            this.mentorId = mentorId;
            this.newcomerId = newcomerId;
            this.activeAt = activeAt;
        }
    }

    /** One asset a seller owes a campaign: when it was accepted (null: never) and the campaign's asset deadline. */
    public static final class Asset {
        public final long sellerId;
        public final long campaignId;
        public final String campaignName;
        public final long assetId;
        public final Instant deadline;
        public final Instant acceptedAt;

        public Asset(long sellerId, long campaignId, String campaignName, long assetId, Instant deadline,
                     Instant acceptedAt) {
            this.sellerId = sellerId;
            this.campaignId = campaignId;
            this.campaignName = campaignName;
            this.assetId = assetId;
            this.deadline = deadline;
            this.acceptedAt = acceptedAt;
        }

        public boolean onTime() {
            return acceptedAt != null && !acceptedAt.isAfter(deadline);
        }
    }

    private final List<Completed> completed = new ArrayList<Completed>();
    private final List<Conversion> conversions = new ArrayList<Conversion>();
    private final List<Mentoring> mentorings = new ArrayList<Mentoring>();
    private final List<Asset> assets = new ArrayList<Asset>();

    public CommunityFacts completed(long sellerId, long campaignId, String campaignName, Instant endedAt) {
        completed.add(new Completed(sellerId, campaignId, campaignName, endedAt));
        return this;
    }

    public CommunityFacts conversion(long campaignId, String campaignName, Instant endedAt, long sellerId,
                                     String segment, long clicks, long orders) {
        conversions.add(new Conversion(campaignId, campaignName, endedAt, sellerId, segment, clicks, orders));
        return this;
    }

    public CommunityFacts mentoring(long pairId, long mentorId, long newcomerId, Instant activeAt) {
        mentorings.add(new Mentoring(pairId, mentorId, newcomerId, activeAt));
        return this;
    }

    public CommunityFacts asset(long sellerId, long campaignId, String campaignName, long assetId, Instant deadline,
                                Instant acceptedAt) {
        assets.add(new Asset(sellerId, campaignId, campaignName, assetId, deadline, acceptedAt));
        return this;
    }

    public List<Completed> completed() { return Collections.unmodifiableList(completed); }

    public List<Conversion> conversions() { return Collections.unmodifiableList(conversions); }

    public List<Mentoring> mentorings() { return Collections.unmodifiableList(mentorings); }

    public List<Asset> assets() { return Collections.unmodifiableList(assets); }
}
