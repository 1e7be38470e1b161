package com.coopromo.pricing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable snapshot of the active enrollments: host Sku id → the {@link CampaignOffer}s the Sku is enrolled in.
 * Pricing a cart costs one lookup per line, whatever the number of campaigns: a hash probe on the Sku id, then a scan
 * of that Sku's few offers for the one live at the pricing instant ([start, end), see {@link CampaignOffer#isLiveAt}).
 * <p>
 * A Sku may be enrolled in several campaigns whose windows follow one another. Eligibility refuses overlapping ones;
 * should overlapping offers reach the index anyway (terms changed since, data written around the services), the one
 * that started first wins (then the lower campaign id, then the lower seller id), so a lookup is always deterministic,
 * and {@link #skusWithOverlappingOffers()} names them so the caller can report it.
 * <p>
 * Built only through {@link Builder}; safe to share between threads once built.
 */
public final class EnrollmentIndex {
    private static final EnrollmentIndex EMPTY = builder().build();

    /** Earlier start first; ties broken by campaign then seller then listing, so a lookup never depends on input order. */
    private static final Comparator<CampaignOffer> BY_START = new Comparator<CampaignOffer>() {
        @Override
        public int compare(CampaignOffer a, CampaignOffer b) {
            int c = a.startsAt().compareTo(b.startsAt());
            if (c == 0) {
                c = Long.compare(a.campaignId(), b.campaignId());
            }
            if (c == 0) {
                c = Long.compare(a.sellerId(), b.sellerId());
            }
            return c != 0 ? c : Long.compare(a.listingId(), b.listingId());
        }
    };

    // Open addressing on primitive keys: no boxing per lookup; a null value marks an empty slot.
    private final long[] keys;
    private final CampaignOffer[][] values;
    private final int mask;
    private final int skuCount;
    private final int offerCount;
    /** Every distinct window start and end, ascending. */
    private final Instant[] edges;
    private final long[] overlapping;

    private EnrollmentIndex(Map<Long, List<CampaignOffer>> bySku) {
        int capacity = 2;
        while (capacity < bySku.size() * 2) {
            capacity <<= 1;
        }
        keys = new long[capacity];
        values = new CampaignOffer[capacity][];
        mask = capacity - 1;
        TreeSet<Instant> allEdges = new TreeSet<Instant>();
        List<Long> overlaps = new ArrayList<Long>();
        int offers = 0;
        for (Map.Entry<Long, List<CampaignOffer>> entry : bySku.entrySet()) {
            long skuId = entry.getKey();
            CampaignOffer[] ofSku = entry.getValue().toArray(new CampaignOffer[0]);
            Arrays.sort(ofSku, BY_START);
            for (int i = 0; i < ofSku.length; i++) {
                allEdges.add(ofSku[i].startsAt());
                allEdges.add(ofSku[i].endsAt());
            }
            if (overlaps(ofSku)) {
                overlaps.add(skuId);
            }
            int slot = slot(skuId);
            while (values[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = skuId;
            values[slot] = ofSku;
            offers += ofSku.length;
        }
        skuCount = bySku.size();
        offerCount = offers;
        edges = allEdges.toArray(new Instant[0]);
        Collections.sort(overlaps);
        overlapping = new long[overlaps.size()];
        for (int i = 0; i < overlapping.length; i++) {
            overlapping[i] = overlaps.get(i);
        }
    }

    /** An index with no enrollment: every lookup answers null. */
    public static EnrollmentIndex empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The offer of the Sku that is live at {@code at} (start included, end excluded), or null when the Sku is in no
     * campaign live at that instant.
     */
    public CampaignOffer offerFor(long skuId, Instant at) {
        CampaignOffer[] ofSku = offersOf(skuId);
        if (ofSku == null) {
            return null;
        }
        for (int i = 0; i < ofSku.length; i++) {
            if (ofSku[i].isLiveAt(at)) {
                return ofSku[i];
            }
        }
        return null;
    }

    /** Every offer of the Sku, live or not, earliest start first; empty when the Sku is enrolled nowhere. */
    public List<CampaignOffer> offersFor(long skuId) {
        CampaignOffer[] ofSku = offersOf(skuId);
        return ofSku == null ? Collections.<CampaignOffer>emptyList() : Collections.unmodifiableList(Arrays.asList(ofSku));
    }

    /** How many offers the index holds (one per enrolled Sku and campaign). */
    public int size() {
        return offerCount;
    }

    /** How many distinct Skus are enrolled. */
    public int skuCount() {
        return skuCount;
    }

    /**
     * The earliest window start or end strictly after {@code instant}, or null when none is left: until then no
     * lookup can change its answer for lack of a rebuild, so a holder knows when to refresh.
     */
    public Instant nextEdgeAfter(Instant instant) {
        int low = 0;
        int high = edges.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (edges[mid].isAfter(instant)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low < edges.length ? edges[low] : null;
    }

    /**
     * The Skus holding an offer of any of the campaigns: what a change of those campaigns may alter. Scans the index
     * (called off the pricing path, when a campaign changes).
     */
    public Set<Long> skusOfCampaigns(Set<Long> campaignIds) {
        Set<Long> skus = new HashSet<Long>();
        if (campaignIds.isEmpty()) {
            return skus;
        }
        for (int slot = 0; slot < values.length; slot++) {
            CampaignOffer[] ofSku = values[slot];
            if (ofSku != null) {
                for (CampaignOffer offer : ofSku) {
                    if (campaignIds.contains(offer.campaignId())) {
                        skus.add(keys[slot]);
                        break;
                    }
                }
            }
        }
        return skus;
    }

    /**
     * A new index equal to this one except for the given Skus, whose offers are exactly {@code fresh}'s (a Sku of
     * {@code skus} absent from {@code fresh} leaves the index). This index is left as it is: readers holding it go on.
     */
    public EnrollmentIndex replacing(Set<Long> skus, EnrollmentIndex fresh) {
        Builder builder = builder();
        for (int slot = 0; slot < values.length; slot++) {
            CampaignOffer[] ofSku = values[slot];
            if (ofSku != null && !skus.contains(keys[slot])) {
                builder.addAll(keys[slot], ofSku);
            }
        }
        for (int slot = 0; slot < fresh.values.length; slot++) {
            CampaignOffer[] ofSku = fresh.values[slot];
            if (ofSku != null && skus.contains(fresh.keys[slot])) {
                builder.addAll(fresh.keys[slot], ofSku);
            }
        }
        return builder.build();
    }

    /** The Skus, ascending, that hold offers whose windows overlap (the earliest started one is used). */
    public long[] skusWithOverlappingOffers() {
        return overlapping.clone();
    }

    @Override
    public String toString() {
        return "EnrollmentIndex{" + offerCount + " offer(s) on " + skuCount + " Sku(s)"
                + (overlapping.length == 0 ? "" : ", overlapping windows on Skus " + Arrays.toString(overlapping)) + "}";
    }

    private CampaignOffer[] offersOf(long skuId) {
        for (int slot = slot(skuId); ; slot = (slot + 1) & mask) {
            CampaignOffer[] ofSku = values[slot];
            if (ofSku == null || keys[slot] == skuId) {
                return ofSku;
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Sorted by start, so any overlap shows between an offer and one that starts before the latest end so far. */
    private static boolean overlaps(CampaignOffer[] sortedByStart) {
        Instant latestEnd = null;
        for (CampaignOffer offer : sortedByStart) {
            if (latestEnd != null && offer.startsAt().isBefore(latestEnd)) {
                return true;
            }
            if (latestEnd == null || offer.endsAt().isAfter(latestEnd)) {
                latestEnd = offer.endsAt();
            }
        }
        return false;
    }

    /** Collects (Sku id, offer) pairs; {@link #build()} makes the immutable index. Not thread-safe. */
    public static final class Builder {
        private final Map<Long, List<CampaignOffer>> bySku = new LinkedHashMap<Long, List<CampaignOffer>>();

        private Builder() {
        }

        /** Adds the offer for the host Sku; an offer equal to one already added for the Sku is kept once. */
        public Builder add(long skuId, CampaignOffer offer) {
            if (offer == null) {
                throw new IllegalArgumentException("offer for Sku " + skuId + " is required");
            }
            List<CampaignOffer> ofSku = bySku.get(skuId);
            if (ofSku == null) {
                ofSku = new ArrayList<CampaignOffer>(1);
                bySku.put(skuId, ofSku);
            }
            if (!ofSku.contains(offer)) {
                ofSku.add(offer);
            }
            return this;
        }

        /** Adds offers already known to be distinct (taken from a built index). */
        Builder addAll(long skuId, CampaignOffer[] offers) {
            List<CampaignOffer> ofSku = bySku.get(skuId);
            if (ofSku == null) {
                bySku.put(skuId, new ArrayList<CampaignOffer>(Arrays.asList(offers)));
            } else {
                for (CampaignOffer offer : offers) {
                    if (!ofSku.contains(offer)) {
                        ofSku.add(offer);
                    }
                }
            }
            return this;
        }

        public EnrollmentIndex build() {
            return new EnrollmentIndex(bySku);
        }
    }
}
