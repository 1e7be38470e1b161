package com.coopromo.metrics;

import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.TimeRange;

/**
 * The campaign dashboard's figures (bean {@code coopCampaignMetrics}), read from the hourly rollups. A seller's view
 * ({@code viewerSellerId} not null) holds the campaign's totals and that seller's own figures only.
 */
public interface CampaignMetrics {
    /**
     * @param range          hours are whole UTC hours: a range is widened to the hours it touches
     * @param viewerSellerId the signed-in seller, or null for the platform's view
     * @throws IllegalArgumentException naming the campaign when it does not exist
     */
    CampaignDashboard dashboard(long campaignId, TimeRange range, Long viewerSellerId);
}
