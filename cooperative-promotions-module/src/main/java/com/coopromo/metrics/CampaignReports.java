package com.coopromo.metrics;

import com.coopromo.metrics.domain.DailyReport;

import java.time.LocalDate;
import java.util.List;

/**
 * The campaigns' daily reports (bean {@code coopCampaignReports}): one per live campaign and UTC day, written once
 * after the day ended by the report job and kept. A seller ({@code viewerSellerId} not null) reads the campaign's
 * totals and its own row only, the same way as on the dashboard.
 */
public interface CampaignReports {
    /** The campaign's reports, newest first (empty when none were written yet). */
    List<DailyReport> reports(long campaignId, Long viewerSellerId);

    /**
     * One report as CSV text: a header line, the campaign's totals ("Campaign") and one line per seller ("Seller"),
     * in a seller's view only its own line after the totals.
     *
     * @throws IllegalArgumentException with one sentence naming the campaign and day when there is no such report
     */
    String csv(long campaignId, LocalDate day, Long viewerSellerId);

    /** Writes the reports due now (the last finished day of every live campaign); returns how many were written. */
    int writeDue();
}
