package com.coopromo.community.service;

import com.coopromo.audit.AuditLog;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangePublisher;
import com.coopromo.community.domain.BadgeKind;
import com.coopromo.community.domain.BadgeRules;
import com.coopromo.community.domain.CommunityFacts;
import com.coopromo.community.domain.EarnedBadge;
import com.coopromo.community.domain.MentorMatching;
import com.coopromo.community.domain.MentoringPair;
import com.coopromo.community.domain.MentoringState;
import com.coopromo.community.persistence.CommunityStore;
import com.coopromo.community.persistence.CommunityStore.StoredBadge;
import com.coopromo.community.persistence.CommunityStore.StoredPair;
import com.coopromo.metrics.CampaignMetrics;
import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The seller community (bean {@code coopCommunity}; README, "Seller community"): recognition badges earned by
 * {@link BadgeRules} from the store's facts, each awarded once with the fact that earned it and the clock's date;
 * the seller's own choice to show them on the hub; premium placement for the hub's featured slots; mentoring pairs
 * proposed by {@link MentorMatching}, accepted or declined by both sides and ended by either. Every award, choice and
 * pair step is audited in the same transaction.
 */
@Service("coopCommunity")
public class CommunityService {
    private static final Logger LOG = LoggerFactory.getLogger(CommunityService.class);
    public static final String ENTITY_SELLER = "SELLER";
    public static final String ENTITY_PAIR = "MENTORING_PAIR";

    @Resource(name = "coopCommunityStore")
    protected CommunityStore store;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @Resource(name = "coopChangePublisher")
    protected ChangePublisher changes;

    @Resource(name = "coopCampaignMetrics")
    protected CampaignMetrics metrics;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Value("${coop.community.top-conversion-min-clicks}")
    protected long topConversionMinClicks = 10;

    @Value("${coop.community.premium-min-campaigns}")
    protected int premiumMinCampaigns = 2;

    @Value("${coop.community.mentor-min-campaigns}")
    protected int mentorMinCampaigns = 1;

    @Value("${coop.community.mentor-max-mentees}")
    protected int mentorMaxMentees = 1;

    // ---- badges ----

    /** The facts the badge rules read, as the store holds them now. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CommunityFacts facts() {
        CommunityFacts facts = new CommunityFacts();
        for (Object[] r : store.completedParticipations()) {
            facts.completed(CommunityStore.num(r[0]), CommunityStore.num(r[1]), (String) r[2], CommunityStore.instant(r[3]));
        }
        for (Object[] r : store.endedCampaigns()) {
            long campaignId = CommunityStore.num(r[0]);
            Instant start = CommunityStore.instant(r[2]);
            Instant end = CommunityStore.instant(r[3]);
            try {
                CampaignDashboard d = metrics.dashboard(campaignId, new TimeRange(start,
                        end.isAfter(start) ? end : start.plusSeconds(3600)), null);
                for (CampaignDashboard.SellerRow row : d.sellers()) {
                    facts.conversion(campaignId, (String) r[1], end, row.sellerId(), row.segment(),
                            row.figures().clicks(), row.figures().orders());
                }
            } catch (RuntimeException e) {
                LOG.warn("The figures of campaign {} are left out of the badge rules this round: {}", campaignId, e.toString());
            }
        }
        for (Object[] r : store.activatedPairs()) {
            facts.mentoring(CommunityStore.num(r[0]), CommunityStore.num(r[1]), CommunityStore.num(r[2]),
                    CommunityStore.instant(r[3]));
        }
        for (Object[] r : store.sellerAssets()) {
            facts.asset(CommunityStore.num(r[0]), CommunityStore.num(r[1]), (String) r[2], CommunityStore.num(r[3]),
                    CommunityStore.instant(r[4]), CommunityStore.instant(r[5]));
        }
        return facts;
    }

    /**
     * Awards every badge the facts earn that its seller does not hold yet (a badge is never awarded twice nor taken
     * back); returns how many were awarded. The periodic job and the change events call this.
     */
    @Transactional("blTransactionManager")
    public int awardBadges() {
        Set<Long> premiumBefore = premiumSellers();
        List<EarnedBadge> earned = new BadgeRules(topConversionMinClicks).earned(facts());
        Instant now = clock.instant();
        Set<Long> changed = new TreeSet<Long>();
        int awarded = 0;
        for (EarnedBadge badge : earned) {
            if (store.award(badge, now)) {
                awarded++;
                changed.add(badge.sellerId());
                audit.append(Actor.CLOCK, "BADGE_AWARDED", ENTITY_SELLER, Long.toString(badge.sellerId()), null,
                        badge.kind().name(), badge.fact());
            }
        }
        // a seller whose premium placement changed is re-indexed too; the hub's fallback for hubs without a premium
        // seller is decided per query, so no other seller's documents change
        Set<Long> premiumAfter = premiumSellers();
        Set<Long> flipped = new HashSet<Long>(premiumAfter);
        flipped.addAll(premiumBefore);
        Set<Long> both = new HashSet<Long>(premiumAfter);
        both.retainAll(premiumBefore);
        flipped.removeAll(both);
        changed.addAll(flipped);
        for (Long seller : changed) {
            changes.publish(ChangeEvent.seller(seller));
        }
        return awarded;
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<StoredBadge> badges(long sellerId) {
        return store.badges(sellerId);
    }

    /** Whether any seller has made its hub choice yet (the demo's seed asks). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean anyHubChoice() {
        return store.anyHubChoice();
    }

    /** The sellers holding at least one badge. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Set<Long> sellersWithBadges() {
        return new TreeSet<Long>(store.allBadgeKinds().keySet());
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean showsBadgesOnHub(long sellerId) {
        return store.showsBadgesOnHub(sellerId);
    }

    /** The seller's own choice to show its badges next to its name on the hub (off until it says so); audited. */
    @Transactional("blTransactionManager")
    public void setShowBadgesOnHub(long sellerId, boolean show, Actor by) {
        boolean before = store.showsBadgesOnHub(sellerId);
        store.setShowBadgesOnHub(sellerId, show, by.id(), clock.instant());
        audit.append(by, "HUB_BADGES_CHOICE", ENTITY_SELLER, Long.toString(sellerId), before ? "shown" : "hidden",
                show ? "shown" : "hidden", "Badges next to the seller's name on the hub");
        changes.publish(ChangeEvent.seller(sellerId));
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, List<String>> hubBadges(Collection<Long> sellerIds) {
        return store.hubBadges(sellerIds);
    }

    /**
     * Premium placement (README): a seller in good standing that holds the top-conversion badge, or that completed at
     * least {@code coop.community.premium-min-campaigns} campaigns and never withdrew from one.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Set<Long> premiumSellers() {
        Map<Long, List<BadgeKind>> badges = store.allBadgeKinds();
        Set<Long> premium = new TreeSet<Long>();
        for (Object[] r : store.sellerRecords()) {
            long seller = CommunityStore.num(r[0]);
            if (!"GOOD".equals(r[1])) {
                continue;
            }
            long completed = CommunityStore.num(r[2]);
            long withdrawn = CommunityStore.num(r[3]);
            List<BadgeKind> held = badges.get(seller);
            if ((held != null && held.contains(BadgeKind.TOP_CONVERSION))
                    || (completed >= premiumMinCampaigns && withdrawn == 0)) {
                premium.add(seller);
            }
        }
        return premium;
    }

    // ---- mentoring ----

    /** Proposes the pairs {@link MentorMatching} finds; each proposal audited. Returns the new pairs' ids. */
    @Transactional("blTransactionManager")
    public List<Long> proposePairs() {
        Map<Long, List<String>> categories = store.listingCategories();
        Map<Long, int[]> open = new java.util.HashMap<Long, int[]>();
        Set<String> closed = new HashSet<String>();
        for (Object[] r : store.pairStates()) {
            long newcomer = CommunityStore.num(r[0]);
            long mentor = CommunityStore.num(r[1]);
            if (MentoringState.valueOf((String) r[2]).isOpen()) {
                counts(open, newcomer)[0]++;
                counts(open, mentor)[1]++;
            } else {
                closed.add(newcomer + "/" + mentor);
            }
        }
        List<MentorMatching.SellerRecord> records = new ArrayList<MentorMatching.SellerRecord>();
        for (Object[] r : store.sellerRecords()) {
            long seller = CommunityStore.num(r[0]);
            List<String> cats = categories.get(seller);
            int[] n = counts(open, seller);
            records.add(new MentorMatching.SellerRecord(seller, "GOOD".equals(r[1]), (int) CommunityStore.num(r[2]),
                    MentorMatching.mainCategory(cats == null ? Collections.<String>emptyList() : cats), n[0], n[1]));
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<Long>();
        for (MentorMatching.Proposal p : new MentorMatching(mentorMinCampaigns, mentorMaxMentees).propose(records, closed)) {
            long id = store.propose(p.newcomerId, p.mentorId, p.category, p.reason, now);
            audit.append(Actor.CLOCK, "MENTORING_PROPOSED", ENTITY_PAIR, Long.toString(id), null, "PROPOSED",
                    "Newcomer seller " + p.newcomerId + ", experienced seller " + p.mentorId + ": " + p.reason);
            ids.add(id);
        }
        return ids;
    }

    private static int[] counts(Map<Long, int[]> open, long seller) {
        int[] n = open.get(seller);
        if (n == null) {
            n = new int[2];
            open.put(seller, n);
        }
        return n;
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<StoredPair> pairsOf(long sellerId) {
        return store.pairsOf(sellerId);
    }

    /** The seller accepts the pair; it becomes active once both sides have (and the mentor earns its badge). */
    @Transactional("blTransactionManager")
    public MentoringPair accept(long pairId, long sellerId, Actor by) {
        MentoringPair pair = step(pairId, sellerId, by, "MENTORING_ACCEPTED", Step.ACCEPT);
        if (pair.state() == MentoringState.ACTIVE) {
            awardBadges();
        }
        return pair;
    }

    @Transactional("blTransactionManager")
    public MentoringPair decline(long pairId, long sellerId, Actor by) {
        return step(pairId, sellerId, by, "MENTORING_DECLINED", Step.DECLINE);
    }

    @Transactional("blTransactionManager")
    public MentoringPair end(long pairId, long sellerId, Actor by) {
        return step(pairId, sellerId, by, "MENTORING_ENDED", Step.END);
    }

    private enum Step { ACCEPT, DECLINE, END }

    /**
     * @throws IllegalStateException with one sentence when the pair does not exist, the seller is on neither side or
     *                               the pair's state does not allow the step
     */
    private MentoringPair step(long pairId, long sellerId, Actor by, String action, Step step) {
        StoredPair stored = store.lockPair(pairId);
        if (stored == null) {
            throw new IllegalStateException("There is no mentoring pair " + pairId + ".");
        }
        MentoringPair pair = stored.toPair();
        String before = pair.describe();
        MentoringPair.Side side = pair.sideOf(sellerId);
        switch (step) {
            case ACCEPT:
                pair.accept(sellerId);
                break;
            case DECLINE:
                pair.decline(sellerId);
                break;
            default:
                pair.end(sellerId);
        }
        store.savePair(pair, by.id(), clock.instant());
        audit.append(by, action, ENTITY_PAIR, Long.toString(pairId), before, pair.describe(),
                "By the " + side.name().toLowerCase() + " side, seller " + sellerId + ".");
        return pair;
    }
}
