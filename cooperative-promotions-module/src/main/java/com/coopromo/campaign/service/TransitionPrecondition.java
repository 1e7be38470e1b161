package com.coopromo.campaign.service;

import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.persistence.Campaign;

/**
 * A condition another capability puts on a lifecycle move, checked after the lifecycle allows it and before it is
 * applied. The campaign package owns this port and the other capability implements it (e.g. the debrief's gate: a
 * campaign is debriefed only once its debrief is published), so campaigns depend on none of them. Every bean of this
 * type in the context is asked.
 */
public interface TransitionPrecondition {

    /** The sentence refusing the move, or null when this condition lets it happen. */
    String refusal(Campaign campaign, CampaignAction action);
}
