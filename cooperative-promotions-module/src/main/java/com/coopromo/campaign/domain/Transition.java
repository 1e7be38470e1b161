package com.coopromo.campaign.domain;

import com.coopromo.common.domain.Actor;

import java.time.Instant;

/** One recorded move of a campaign: from, to, by whom, when and why. */
public final class Transition {
    private final CampaignState from;
    private final CampaignState to;
    private final CampaignAction action;
    private final Actor actor;
    private final Instant at;
    private final String reason;

    public Transition(CampaignState from, CampaignState to, CampaignAction action, Actor actor, Instant at, String reason) {
        this.from = from;
        this.to = to;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.reason = reason;
    }

    public CampaignState from() { return from; }
    public CampaignState to() { return to; }
    public CampaignAction action() { return action; }
    public Actor actor() { return actor; }
    public Instant at() { return at; }
    public String reason() { return reason; }

    @Override
    public String toString() {
        return from + " -> " + to + " (" + action + " by " + actor + " at " + at + (reason == null ? "" : ": " + reason) + ")";
    }
}
