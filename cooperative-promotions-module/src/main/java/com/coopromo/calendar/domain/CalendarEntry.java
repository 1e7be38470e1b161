package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.common.domain.Validation;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One campaign as the calendar sees it: its state and terms, the listings enrolled in it, the categories of those
 * listings and the sellers whose participation was accepted. The sets are copied and kept sorted, so messages built
 * from them read the same every time.
 */
public final class CalendarEntry {
    private final long campaignId;
    private final String campaignName;
    private final CampaignState state;
    private final CampaignTerms terms;
    private final SortedSet<Long> listingIds;
    private final SortedSet<String> categories;
    private final SortedSet<Long> sellerIds;

    /**
     * @param listingIds enrolled listings; null means none
     * @param categories categories of the enrolled listings; null means none
     * @param sellerIds sellers with accepted participation; null means none
     * @throws com.coopromo.common.domain.CoopValidationException if the name, state or terms are missing
     */
    public CalendarEntry(long campaignId, String campaignName, CampaignState state, CampaignTerms terms,
                         Set<Long> listingIds, Set<String> categories, Set<Long> sellerIds) {
        Validation v = new Validation();
        v.requireText(campaignName, "campaignName", CampaignTerms.NAME_MAX);
        v.require(state != null, "state", "is required for campaign #" + campaignId);
        v.require(terms != null, "terms", "are required for campaign #" + campaignId);
        v.require(listingIds == null || !listingIds.contains(null), "listingIds", "must not contain an empty id");
        v.require(categories == null || !categories.contains(null), "categories", "must not contain an empty category");
        v.require(sellerIds == null || !sellerIds.contains(null), "sellerIds", "must not contain an empty id");
        v.throwIfInvalid();
        this.campaignId = campaignId;
        this.campaignName = campaignName.trim();
        this.state = state;
        this.terms = terms;
        this.listingIds = sorted(listingIds);
        this.categories = sorted(categories);
        this.sellerIds = sorted(sellerIds);
    }

    public long campaignId() { return campaignId; }
    public String campaignName() { return campaignName; }
    public CampaignState state() { return state; }
    public CampaignTerms terms() { return terms; }
    /** Sorted, unmodifiable. */
    public Set<Long> listingIds() { return listingIds; }
    /** Sorted, unmodifiable. */
    public Set<String> categories() { return categories; }
    /** Sorted, unmodifiable. */
    public Set<Long> sellerIds() { return sellerIds; }

    /** True if this campaign's window shares any instant with the other's (half-open, so touching is not overlapping). */
    public boolean overlaps(CalendarEntry other) {
        return terms.overlaps(other.terms);
    }

    /** How messages name the campaign: its name, id, wall-clock span and zone. */
    String describe() {
        return "'" + campaignName + "' (#" + campaignId + ", " + terms.startsAt() + " to " + terms.endsAt() + " "
                + terms.zone() + ")";
    }

    /** The campaign's name and id only, for lists of several campaigns. */
    String shortName() {
        return "'" + campaignName + "' (#" + campaignId + ")";
    }

    @Override
    public String toString() {
        return "campaign " + describe() + " " + state;
    }

    private static <T extends Comparable<T>> SortedSet<T> sorted(Set<T> values) {
        return values == null ? Collections.unmodifiableSortedSet(new TreeSet<T>())
                : Collections.unmodifiableSortedSet(new TreeSet<T>(values));
    }
}
