package com.coopromo.settlement.service;

import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.metrics.CampaignMetrics;
import com.coopromo.metrics.domain.CampaignDashboard;
import com.coopromo.metrics.domain.TimeRange;
import com.coopromo.settlement.domain.SellerTraffic;
import com.coopromo.settlement.domain.TrafficFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.Map;

/**
 * Settlement's traffic from the campaign dashboard's figures ({@code coopCampaignMetrics}): per seller, clicks over the
 * campaign's window, clicks in an equal window before it, impressions. A store without metrics (no such bean), a
 * campaign the metrics do not know, or metrics that fail: no traffic figures (traffic tiers not earned, said in each
 * statement).
 */
public class MetricsTrafficFigures implements TrafficFigures {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsTrafficFigures.class);

    @Autowired(required = false)
    protected CampaignMetrics metrics;

    private final CampaignService campaigns;

    public MetricsTrafficFigures(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Map<Long, SellerTraffic> read(long campaignId) {
        if (metrics == null) {
            return null;
        }
        try {
            Campaign campaign = campaigns.find(campaignId);
            if (campaign == null) {
                return null;
            }
            CampaignTerms terms = campaign.toTerms();
            CampaignDashboard d = metrics.dashboard(campaignId, new TimeRange(terms.startInstant(), terms.endInstant()), null);
            Map<Long, SellerTraffic> traffic = new HashMap<Long, SellerTraffic>();
            for (CampaignDashboard.SellerRow row : d.sellers()) {
                traffic.put(row.sellerId(), new SellerTraffic(row.figures().clicks(), row.clicksBefore(), row.figures().impressions()));
            }
            return traffic;
        } catch (RuntimeException e) {
            LOG.warn("No traffic figures for campaign {}: {}", campaignId, e.getMessage());
            return null;
        }
    }
}
