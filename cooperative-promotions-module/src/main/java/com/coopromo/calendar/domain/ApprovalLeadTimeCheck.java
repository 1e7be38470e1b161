package com.coopromo.calendar.domain;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.CampaignTerms;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A campaign is approved at least the governing window's approval lead days before it starts. One inside no window is
 * held to a lead of 0: still waiting for approval once it should have started is always overdue.
 */
final class ApprovalLeadTimeCheck implements ConflictCheck {
    private static final Set<CampaignState> AWAITING_APPROVAL =
            EnumSet.of(CampaignState.DRAFT, CampaignState.SUBMITTED, CampaignState.IN_REVIEW);

    @Override
    public List<CalendarConflict> find(CalendarSnapshot calendar) {
        List<CalendarConflict> found = new ArrayList<CalendarConflict>();
        for (CalendarEntry entry : calendar.campaigns) {
            if (!AWAITING_APPROVAL.contains(entry.state())) {
                continue;
            }
            ThemingWindow window = calendar.governingWindow(entry);
            int leadDays = window == null ? 0 : window.approvalLeadDays();
            CampaignTerms terms = entry.terms();
            ZonedDateTime due = terms.startsAt().atZone(terms.zone()).minusDays(leadDays);
            if (calendar.now.isAfter(due.toInstant())) {
                String rule = window == null
                        ? "it had to be approved before its start"
                        : "theming window '" + window.name() + "' needs approval " + leadDays + " "
                                + Describe.plural(leadDays, "day", "days") + " before the start";
                found.add(new CalendarConflict(ConflictKind.APPROVAL_OVERDUE,
                        Collections.singletonList(entry.campaignId()), null,
                        "Campaign " + entry.describe() + " is still " + entry.state() + ", but " + rule + ", by "
                                + due.toLocalDateTime() + " " + terms.zone() + " (now " + calendar.now + ")."));
            }
        }
        return found;
    }
}
