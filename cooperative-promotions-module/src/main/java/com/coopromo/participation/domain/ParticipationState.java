package com.coopromo.participation.domain;

/** A seller's standing in one campaign. Only ACCEPTED participants enroll listings. */
public enum ParticipationState {
    /** The organizer invited the seller; it has not answered yet. */
    INVITED,
    /** The seller asked to join an open campaign; the organizer has not answered yet. */
    APPLIED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
}
