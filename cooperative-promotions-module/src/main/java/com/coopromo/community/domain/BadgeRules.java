package com.coopromo.community.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which badges the facts earn, each seller and kind once, for the <em>earliest</em> fact that earns it (ties broken by
 * the lower campaign or pair id), so the answer does not depend on the order the facts come in:
 * <ul>
 * <li>{@link BadgeKind#FIRST_CAMPAIGN}: the first campaign the seller took part in that has ended.</li>
 * <li>{@link BadgeKind#TOP_CONVERSION}: in an ended campaign, the best conversion (orders ÷ clicks) among the sellers of
 *     its segment, with at least {@code minClicks} clicks and one order; sellers tied at the top all earn it.</li>
 * <li>{@link BadgeKind#MENTOR}: the first mentoring pair the seller, as the experienced side, saw become active.</li>
 * <li>{@link BadgeKind#ON_TIME_ASSETS}: the first campaign (by asset deadline) where the seller had assets and every one
 *     of them was accepted by the deadline.</li>
 * </ul>
 */
public final class BadgeRules {
    private final long minClicks;

    /** @param minClicks the clicks a seller needs in a campaign before its conversion counts (1 or more) */
    public BadgeRules(long minClicks) {
        if (minClicks < 1) {
            throw new IllegalArgumentException("minClicks must be 1 or more (was " + minClicks + ")");
        }
        this.minClicks = minClicks;
    }

    public List<EarnedBadge> earned(CommunityFacts facts) {
        Map<String, Candidate> best = new TreeMap<String, Candidate>();
        for (CommunityFacts.Completed c : facts.completed()) {
            offer(best, new Candidate(c.endedAt, c.campaignId, new EarnedBadge(c.sellerId, BadgeKind.FIRST_CAMPAIGN,
                    c.campaignId, "First completed campaign: " + c.campaignName + ".")));
        }
        topConversion(facts, best);
        for (CommunityFacts.Mentoring m : facts.mentorings()) {
            offer(best, new Candidate(m.activeAt, m.pairId, new EarnedBadge(m.mentorId, BadgeKind.MENTOR, null,
                    "Mentors seller " + m.newcomerId + " (mentoring pair " + m.pairId + ").")));
        }
        onTimeAssets(facts, best);
        List<EarnedBadge> out = new ArrayList<EarnedBadge>();
        for (Candidate c : best.values()) {
            out.add(c.badge);
        }
        return out;
    }

    private void topConversion(CommunityFacts facts, Map<String, Candidate> best) {
        Map<String, List<CommunityFacts.Conversion>> groups = new TreeMap<String, List<CommunityFacts.Conversion>>();
        for (CommunityFacts.Conversion c : facts.conversions()) {
            if (c.clicks < minClicks || c.orders < 1 || c.segment == null) {
                continue;
            }
            String key = c.campaignId + "/" + c.segment;
            List<CommunityFacts.Conversion> group = groups.get(key);
            if (group == null) {
                group = new ArrayList<CommunityFacts.Conversion>();
                groups.put(key, group);
            }
            group.add(c);
        }
        for (List<CommunityFacts.Conversion> group : groups.values()) {
            BigDecimal top = null;
            for (CommunityFacts.Conversion c : group) {
                BigDecimal rate = rate(c);
                if (top == null || rate.compareTo(top) > 0) {
                    top = rate;
                }
            }
            for (CommunityFacts.Conversion c : group) {
                BigDecimal rate = rate(c);
                if (rate.compareTo(top) == 0) {
                    String percent = rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString();
                    offer(best, new Candidate(c.endedAt, c.campaignId, new EarnedBadge(c.sellerId, BadgeKind.TOP_CONVERSION,
                            c.campaignId, "Best conversion of the " + c.segment.toLowerCase() + " sellers in "
                            + c.campaignName + ": " + percent + "% (" + c.orders + " orders from " + c.clicks + " clicks).")));
                }
            }
        }
    }

    /** Orders per click to 6 places (exact enough to compare; ties compare equal). */
    static BigDecimal rate(CommunityFacts.Conversion c) {
        return BigDecimal.valueOf(c.orders).divide(BigDecimal.valueOf(c.clicks), 6, RoundingMode.HALF_UP);
    }

    private static void onTimeAssets(CommunityFacts facts, Map<String, Candidate> best) {
        Map<String, List<CommunityFacts.Asset>> bySellerCampaign = new HashMap<String, List<CommunityFacts.Asset>>();
        for (CommunityFacts.Asset a : facts.assets()) {
            String key = a.sellerId + "/" + a.campaignId;
            List<CommunityFacts.Asset> of = bySellerCampaign.get(key);
            if (of == null) {
                of = new ArrayList<CommunityFacts.Asset>();
                bySellerCampaign.put(key, of);
            }
            of.add(a);
        }
        for (List<CommunityFacts.Asset> of : bySellerCampaign.values()) {
            boolean allOnTime = true;
            for (CommunityFacts.Asset a : of) {
                allOnTime &= a.onTime();
            }
            if (allOnTime) {
                CommunityFacts.Asset first = of.get(0);
                offer(best, new Candidate(first.deadline, first.campaignId, new EarnedBadge(first.sellerId,
                        BadgeKind.ON_TIME_ASSETS, first.campaignId, "All " + of.size() + " asset(s) for "
                        + first.campaignName + " accepted by the asset deadline.")));
            }
        }
    }

    private static void offer(Map<String, Candidate> best, Candidate c) {
        String key = c.badge.sellerId() + "/" + c.badge.kind().name();
        Candidate held = best.get(key);
        if (held == null || ORDER.compare(c, held) < 0) {
            best.put(key, c);
        }
    }

    private static final Comparator<Candidate> ORDER = new Comparator<Candidate>() {
        @Override
        public int compare(Candidate a, Candidate b) {
            int byTime = a.at.compareTo(b.at);
            return byTime != 0 ? byTime : Long.compare(a.tieBreak, b.tieBreak);
        }
    };

    private static final class Candidate {
        final Instant at;
        final long tieBreak;
        final EarnedBadge badge;

        Candidate(Instant at, long tieBreak, EarnedBadge badge) {
            this.at = at;
            this.tieBreak = tieBreak;
            this.badge = badge;
        }
    }

    /** The badges of one seller from a list, in {@link BadgeKind} order. */
    public static List<EarnedBadge> of(long sellerId, List<EarnedBadge> badges) {
        List<EarnedBadge> out = new ArrayList<EarnedBadge>();
        for (EarnedBadge b : badges) {
            if (b.sellerId() == sellerId) {
                out.add(b);
            }
        }
        Collections.sort(out, new Comparator<EarnedBadge>() {
            @Override
            public int compare(EarnedBadge a, EarnedBadge b) {
                return a.kind().compareTo(b.kind());
            }
        });
        return out;
    }
}
