package com.coopromo.debrief.service;

import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.TransitionPrecondition;
import com.coopromo.debrief.persistence.DebriefRecord;
import com.coopromo.debrief.persistence.DebriefStore;

/** ENDED → DEBRIEFED (the DEBRIEF action) only once the campaign's debrief is published. */
public class DebriefGate implements TransitionPrecondition {
    private final DebriefStore store;

    public DebriefGate(DebriefStore store) {
        this.store = store;
    }

    @Override
    public String refusal(Campaign campaign, CampaignAction action) {
        if (action != CampaignAction.DEBRIEF) {
            return null;
        }
        DebriefRecord record = store.debrief(campaign.getId());
        return record != null && record.isPublished() ? null
                : "'" + campaign.getName() + "' is debriefed only once its debrief is published (see Campaign debriefs).";
    }
}
