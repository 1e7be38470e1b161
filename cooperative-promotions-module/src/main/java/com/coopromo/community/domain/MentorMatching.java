package com.coopromo.community.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes mentoring pairs (README, "Seller community"):
 * <ul>
 * <li>a <b>newcomer</b> is a seller in good standing with no completed campaign and no open (proposed or active) pair;</li>
 * <li>an <b>experienced</b> seller is in good standing with at least {@code minCompleted} completed campaigns and
 *     fewer than {@code maxMentees} open pairs as the experienced side;</li>
 * <li>both must sell in the same category: a seller's category is the one most of its listings are in (the lower
 *     name on a tie);</li>
 * <li>for each newcomer (oldest seller id first) the experienced seller of its category with the most completed
 *     campaigns is proposed (then the one with fewer open pairs, then the lower id), never a pair the two already
 *     declined or ended.</li>
 * </ul>
 */
public final class MentorMatching {
    /** What the matching knows of one seller. */
    public static final class SellerRecord {
        public final long sellerId;
        public final boolean goodStanding;
        public final int completedCampaigns;
        public final String category;
        /** Open pairs (proposed or active) this seller is in, as either side. */
        public final int openAsNewcomer;
        public final int openAsMentor;

        public SellerRecord(long sellerId, boolean goodStanding, int completedCampaigns, String category,
                            int openAsNewcomer, int openAsMentor) {
            this.sellerId = sellerId;
            this.goodStanding = goodStanding;
            this.completedCampaigns = completedCampaigns;
            this.category = category;
            this.openAsNewcomer = openAsNewcomer;
            this.openAsMentor = openAsMentor;
        }
    }

    /** A proposed pair and why. */
    public static final class Proposal {
        public final long newcomerId;
        public final long mentorId;
        public final String category;
        public final String reason;

        public Proposal(long newcomerId, long mentorId, String category, String reason) {
            this.newcomerId = newcomerId;
            this.mentorId = mentorId;
            this.category = category;
            this.reason = reason;
        }

        @Override
        public String toString() {
            return newcomerId + "<-" + mentorId + " (" + category + ")";
        }
    }

    private final int minCompleted;
    private final int maxMentees;

    public MentorMatching(int minCompleted, int maxMentees) {
        if (minCompleted < 1 || maxMentees < 1) {
            throw new IllegalArgumentException("minCompleted and maxMentees must be 1 or more");
        }
        this.minCompleted = minCompleted;
        this.maxMentees = maxMentees;
    }

    public boolean isNewcomer(SellerRecord s) {
        return s.goodStanding && s.completedCampaigns == 0 && s.openAsNewcomer == 0 && s.openAsMentor == 0
                && s.category != null;
    }

    public boolean isExperienced(SellerRecord s) {
        return s.goodStanding && s.completedCampaigns >= minCompleted && s.category != null;
    }

    /**
     * @param closedPairs "newcomerId/mentorId" of pairs that were declined or ended: never proposed again
     */
    public List<Proposal> propose(List<SellerRecord> sellers, Set<String> closedPairs) {
        List<SellerRecord> sorted = new ArrayList<SellerRecord>(sellers);
        Collections.sort(sorted, new Comparator<SellerRecord>() {
            @Override
            public int compare(SellerRecord a, SellerRecord b) {
                return Long.compare(a.sellerId, b.sellerId);
            }
        });
        final Map<Long, Integer> load = new HashMap<Long, Integer>();
        for (SellerRecord s : sorted) {
            load.put(s.sellerId, s.openAsMentor);
        }
        Set<Long> taken = new HashSet<Long>();
        List<Proposal> out = new ArrayList<Proposal>();
        for (SellerRecord newcomer : sorted) {
            if (!isNewcomer(newcomer)) {
                continue;
            }
            SellerRecord pick = null;
            for (SellerRecord m : sorted) {
                if (m.sellerId == newcomer.sellerId || !isExperienced(m) || !m.category.equals(newcomer.category)
                        || load.get(m.sellerId) >= maxMentees || taken.contains(m.sellerId)
                        || closedPairs.contains(newcomer.sellerId + "/" + m.sellerId)) {
                    continue;
                }
                if (pick == null || m.completedCampaigns > pick.completedCampaigns
                        || (m.completedCampaigns == pick.completedCampaigns && load.get(m.sellerId) < load.get(pick.sellerId))) {
                    pick = m;
                }
            }
            if (pick != null) {
                load.put(pick.sellerId, load.get(pick.sellerId) + 1);
                if (load.get(pick.sellerId) >= maxMentees) {
                    taken.add(pick.sellerId);
                }
                out.add(new Proposal(newcomer.sellerId, pick.sellerId, newcomer.category, "Both sell mostly in "
                        + newcomer.category + "; seller " + pick.sellerId + " has completed " + pick.completedCampaigns
                        + " campaigns and seller " + newcomer.sellerId + " none yet."));
            }
        }
        return out;
    }

    /** A seller's category: the one most of its listings are in, the lower name on a tie; null without listings. */
    public static String mainCategory(List<String> listingCategories) {
        Map<String, Integer> counts = new HashMap<String, Integer>();
        for (String c : listingCategories) {
            if (c != null) {
                counts.put(c, counts.containsKey(c) ? counts.get(c) + 1 : 1);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best) || (e.getValue().equals(counts.get(best))
                    && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
