package com.coopromo.settlement.domain;

import java.util.Map;

/**
 * Where settlement reads a campaign's traffic (the metrics capability's figures, adapted in the service layer).
 * Settlement works without them: traffic tiers are then not earned, and the statements say so.
 */
public interface TrafficFigures {
    /** Seller id → traffic over the campaign's window; null when this store has no traffic figures for the campaign. */
    Map<Long, SellerTraffic> read(long campaignId);

    /** No traffic figures at all. */
    TrafficFigures NONE = new TrafficFigures() {
        @Override
        public Map<Long, SellerTraffic> read(long campaignId) {
            return null;
        }
    };
}
