package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import static com.coopromo.governance.domain.CommitteeRole.CHAIR;
import static com.coopromo.governance.domain.CommitteeRole.MEMBER;
import static com.coopromo.governance.domain.CommitteeRole.REVIEWER;
import static com.coopromo.governance.domain.CommitteeRole.SECRETARY;

/**
 * Who may decide what, per campaign tier. The defaults follow the tiers' review requirements:
 * <pre>
 * tier         approve                      reject            overrule               quorum / approve / reject
 * LIGHTWEIGHT  chair, reviewer, secretary   chair, reviewer   chair, platform admin  1 / 1 / 1
 * STANDARD     chair, reviewer, secretary   chair, reviewer   chair, platform admin  2 / 2 / 2
 * FLAGSHIP     every member                 every member      platform admin         majority of eligible (each)
 * </pre>
 * The secretary may wave a routine campaign through but not turn it down: a rejection sends sellers back to work,
 * so it needs someone whose office is to review. A flagship campaign commits the whole cooperative, so the whole
 * committee votes and only the platform admin may overrule it.
 * <p>
 * Appeals are decided by committee members who did not decide the original, whatever their office, so they use one
 * {@link #appealQuorum()} (default: a majority of those eligible) instead of the tier's roles.
 */
public final class DecisionRights {
    private final Map<CampaignTier, TierRights> rows;
    private final QuorumRule appealQuorum;

    private DecisionRights(Map<CampaignTier, TierRights> rows, QuorumRule appealQuorum) {
        this.rows = Collections.unmodifiableMap(new EnumMap<CampaignTier, TierRights>(rows));
        this.appealQuorum = appealQuorum;
    }

    public static DecisionRights defaults() {
        Map<CampaignTier, TierRights> rows = new EnumMap<CampaignTier, TierRights>(CampaignTier.class);
        rows.put(CampaignTier.LIGHTWEIGHT, new TierRights(EnumSet.of(CHAIR, REVIEWER, SECRETARY),
                EnumSet.of(CHAIR, REVIEWER), EnumSet.of(Overruler.CHAIR, Overruler.PLATFORM_ADMIN),
                QuorumRule.agreementOf(1)));
        rows.put(CampaignTier.STANDARD, new TierRights(EnumSet.of(CHAIR, REVIEWER, SECRETARY),
                EnumSet.of(CHAIR, REVIEWER), EnumSet.of(Overruler.CHAIR, Overruler.PLATFORM_ADMIN),
                QuorumRule.agreementOf(2)));
        rows.put(CampaignTier.FLAGSHIP, new TierRights(EnumSet.of(CHAIR, REVIEWER, SECRETARY, MEMBER),
                EnumSet.of(CHAIR, REVIEWER, SECRETARY, MEMBER), EnumSet.of(Overruler.PLATFORM_ADMIN),
                QuorumRule.majority()));
        return new DecisionRights(rows, QuorumRule.majority());
    }

    /** A copy with one tier's row replaced. */
    public DecisionRights withTier(CampaignTier tier, TierRights rights) {
        if (tier == null || rights == null) {
            throw new IllegalArgumentException("a tier and its rights are required");
        }
        Map<CampaignTier, TierRights> copy = new EnumMap<CampaignTier, TierRights>(rows);
        copy.put(tier, rights);
        return new DecisionRights(copy, appealQuorum);
    }

    /** A copy with another quorum rule for appeals. */
    public DecisionRights withAppealQuorum(QuorumRule quorum) {
        if (quorum == null) {
            throw new IllegalArgumentException("an appeal quorum is required");
        }
        return new DecisionRights(rows, quorum);
    }

    public TierRights forTier(CampaignTier tier) {
        return rows.get(tier);
    }

    public QuorumRule appealQuorum() {
        return appealQuorum;
    }
}
