package com.coopromo.campaign.domain;

/**
 * How many sellers a campaign has accepted: the one thing the campaign's lifecycle needs from participation (a
 * campaign is scheduled only with enough sellers). Participation implements it, so campaign depends on no other
 * capability.
 */
public interface AcceptedSellers {
    long countAccepted(long campaignId);
}
