package com.coopromo.calendar.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A seller takes part in at most its limit of campaigns at any one instant. A sweep over each seller's campaign
 * starts and ends (ends first at the same instant: windows are half-open) finds every moment the seller is over its
 * limit; each largest set of campaigns running together over the limit is reported once.
 */
final class SellerConcurrencyCheck implements ConflictCheck {
    @Override
    public List<CalendarConflict> find(CalendarSnapshot calendar) {
        Map<Long, List<CalendarEntry>> bySeller = new TreeMap<Long, List<CalendarEntry>>();
        for (CalendarEntry entry : calendar.campaigns) {
            for (Long sellerId : entry.sellerIds()) {
                List<CalendarEntry> ofSeller = bySeller.get(sellerId);
                if (ofSeller == null) {
                    ofSeller = new ArrayList<CalendarEntry>();
                    bySeller.put(sellerId, ofSeller);
                }
                ofSeller.add(entry);
            }
        }
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (Map.Entry<Long, List<CalendarEntry>> seller : bySeller.entrySet()) {
            int limit = calendar.limitFor(seller.getKey());
            if (seller.getValue().size() > limit) {
                found.addAll(overLimit(seller.getKey(), limit, seller.getValue()));
            }
        }
        return found;
    }

    private static List<CalendarConflict> overLimit(long sellerId, int limit, List<CalendarEntry> campaigns) {
        SortedMap<Instant, List<CalendarEntry>> starts = new TreeMap<Instant, List<CalendarEntry>>();
        SortedMap<Instant, List<CalendarEntry>> ends = new TreeMap<Instant, List<CalendarEntry>>();
        for (CalendarEntry entry : campaigns) {
            add(starts, entry.terms().startInstant(), entry);
            add(ends, entry.terms().endInstant(), entry);
        }
        TreeSet<Instant> instants = new TreeSet<Instant>(starts.keySet());
        instants.addAll(ends.keySet());

        Map<Long, CalendarEntry> running = new TreeMap<Long, CalendarEntry>();
        // each set of campaigns seen running together over the limit, with the instant it began
        Map<List<Long>, Instant> overLimitSets = new LinkedHashMap<List<Long>, Instant>();
        Map<List<Long>, List<CalendarEntry>> setMembers = new LinkedHashMap<List<Long>, List<CalendarEntry>>();
        for (Instant instant : instants) {
            for (CalendarEntry ending : get(ends, instant)) {
                running.remove(ending.campaignId());
            }
            List<CalendarEntry> starting = get(starts, instant);
            for (CalendarEntry entry : starting) {
                running.put(entry.campaignId(), entry);
            }
            if (!starting.isEmpty() && running.size() > limit) {
                List<Long> ids = new ArrayList<Long>(running.keySet());
                overLimitSets.put(ids, instant);
                setMembers.put(ids, new ArrayList<CalendarEntry>(running.values()));
            }
        }
        dropSubsets(overLimitSets);

        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (Map.Entry<List<Long>, Instant> set : overLimitSets.entrySet()) {
            List<String> names = new ArrayList<String>();
            for (CalendarEntry entry : setMembers.get(set.getKey())) {
                names.add(entry.describe());
            }
            found.add(new CalendarConflict(ConflictKind.SELLER_OVER_LIMIT, set.getKey(), sellerId,
                    "Seller " + sellerId + " would be in " + set.getKey().size() + " "
                            + Describe.plural(set.getKey().size(), "campaign", "campaigns") + " at once from "
                            + set.getValue() + " (" + Describe.list(names, "") + "), but its limit is " + limit
                            + " concurrent " + Describe.plural(limit, "campaign", "campaigns") + "."));
        }
        return found;
    }

    /** A set running together is also reported by any larger set it grew into; keep only the largest. */
    private static void dropSubsets(Map<List<Long>, Instant> sets) {
        List<List<Long>> all = new ArrayList<List<Long>>(sets.keySet());
        Iterator<List<Long>> it = sets.keySet().iterator();
        while (it.hasNext()) {
            List<Long> candidate = it.next();
            for (List<Long> other : all) {
                if (other.size() > candidate.size() && other.containsAll(candidate)) {
                    it.remove();
                    break;
                }
            }
        }
    }

    private static void add(SortedMap<Instant, List<CalendarEntry>> map, Instant at, CalendarEntry entry) {
        List<CalendarEntry> atInstant = map.get(at);
        if (atInstant == null) {
            atInstant = new ArrayList<CalendarEntry>();
            map.put(at, atInstant);
        }
        atInstant.add(entry);
    }

    private static List<CalendarEntry> get(SortedMap<Instant, List<CalendarEntry>> map, Instant at) {
        List<CalendarEntry> atInstant = map.get(at);
        return atInstant == null ? new ArrayList<CalendarEntry>() : atInstant;
    }
}
