package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignTerms;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Creative teams need time: a campaign's asset deadline is at least the governing window's asset lead days before its
 * start. Days are calendar days in the campaign's zone, so a lead across a clock change keeps the wall-clock time.
 */
final class AssetLeadTimeCheck implements ConflictCheck {
    @Override
    public List<CalendarConflict> find(CalendarSnapshot calendar) {
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (CalendarEntry entry : calendar.campaigns) {
            ThemingWindow window = calendar.governingWindow(entry);
            if (window == null) {
                continue;
            }
            CampaignTerms terms = entry.terms();
            ZonedDateTime latest = terms.startsAt().atZone(terms.zone()).minusDays(window.assetLeadDays());
            if (terms.assetDeadlineInstant().isAfter(latest.toInstant())) {
                found.add(new CalendarConflict(ConflictKind.ASSET_DEADLINE_TOO_LATE,
                        Collections.singletonList(entry.campaignId()), null,
                        "Campaign " + entry.describe() + " has its asset deadline at " + terms.assetDeadline() + " "
                                + terms.zone() + ", but theming window '" + window.name() + "' needs assets "
                                + window.assetLeadDays() + " " + Describe.plural(window.assetLeadDays(), "day", "days")
                                + " before the start, by " + latest.toLocalDateTime() + " " + terms.zone() + "."));
            }
        }
        return found;
    }
}
