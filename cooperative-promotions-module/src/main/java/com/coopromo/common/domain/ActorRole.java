package com.coopromo.common.domain;

/** In what capacity someone acts (on a campaign, a decision, a record). */
public enum ActorRole {
    /** The marketer or seller group that runs the campaign. */
    ORGANIZER,
    /** A single reviewer (lightweight and standard tiers). */
    REVIEWER,
    /** The cooperative promotions committee, deciding together (flagship tier). */
    COMMITTEE,
    /** The platform's administrator: may do what organizers and reviewers do, and stop a live campaign. */
    PLATFORM_ADMIN,
    /** The clock: a window edge was crossed. */
    SYSTEM
}
