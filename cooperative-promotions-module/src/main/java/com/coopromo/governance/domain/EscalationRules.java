package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Deadlines and escalation paths per campaign tier. Defaults:
 * <pre>
 * tier         voting window  deadline  appeal window  path (after the deadline)
 * LIGHTWEIGHT  2 days         2 days    3 days         chair at once, platform admin 1 day later
 * STANDARD     3 days         3 days    5 days         chair at once, platform admin 1 day later
 * FLAGSHIP     5 days         5 days    7 days         platform admin at once
 * </pre>
 * A decision is due when its vote closes, so one that closes without a quorum is handed on at once; the chair gets
 * a day to overrule before the platform admin is called in. A longer deadline than the window is allowed, to leave
 * the committee time to sort out a failed vote itself. Flagship decisions go straight to the platform admin because the chair may not overrule them
 * (see {@link DecisionRights}).
 */
public final class EscalationRules {
    private final Map<CampaignTier, TierTimings> rows;

    private EscalationRules(Map<CampaignTier, TierTimings> rows) {
        this.rows = Collections.unmodifiableMap(new EnumMap<CampaignTier, TierTimings>(rows));
    }

    public static EscalationRules defaults() {
        Map<CampaignTier, TierTimings> rows = new EnumMap<CampaignTier, TierTimings>(CampaignTier.class);
        rows.put(CampaignTier.LIGHTWEIGHT, new TierTimings(Duration.ofDays(2), Duration.ofDays(2), Duration.ofDays(3),
                Arrays.asList(new EscalationStep(Overruler.CHAIR, Duration.ZERO),
                        new EscalationStep(Overruler.PLATFORM_ADMIN, Duration.ofDays(1)))));
        rows.put(CampaignTier.STANDARD, new TierTimings(Duration.ofDays(3), Duration.ofDays(3), Duration.ofDays(5),
                Arrays.asList(new EscalationStep(Overruler.CHAIR, Duration.ZERO),
                        new EscalationStep(Overruler.PLATFORM_ADMIN, Duration.ofDays(1)))));
        rows.put(CampaignTier.FLAGSHIP, new TierTimings(Duration.ofDays(5), Duration.ofDays(5), Duration.ofDays(7),
                Collections.singletonList(new EscalationStep(Overruler.PLATFORM_ADMIN, Duration.ZERO))));
        return new EscalationRules(rows);
    }

    /** A copy with one tier's row replaced. */
    public EscalationRules withTier(CampaignTier tier, TierTimings timings) {
        if (tier == null || timings == null) {
            throw new IllegalArgumentException("a tier and its timings are required");
        }
        Map<CampaignTier, TierTimings> copy = new EnumMap<CampaignTier, TierTimings>(rows);
        copy.put(tier, timings);
        return new EscalationRules(copy);
    }

    public TierTimings forTier(CampaignTier tier) {
        return rows.get(tier);
    }
}
