package com.coopromo.calendar.domain;

/** What is wrong on the calendar; conflicts are reported in this order. */
public enum ConflictKind {
    /** Two overlapping campaigns share enrolled listings. */
    LISTING_OVERLAP,
    /** Two overlapping campaigns share a category of enrolled listings. */
    CATEGORY_OVERLAP,
    /** A seller is in more campaigns at one instant than its concurrent-campaign limit. */
    SELLER_OVER_LIMIT,
    /** Theming windows are defined but the campaign's window lies inside none of them. */
    OUTSIDE_THEMING_WINDOWS,
    /** The campaign lies inside a theming window but its [min, cap] discount range is not within the window's. */
    DISCOUNT_OUTSIDE_WINDOW_RANGE,
    /** The campaign's asset deadline is later than its start minus the window's asset lead days. */
    ASSET_DEADLINE_TOO_LATE,
    /** The campaign is not yet approved although its start minus the window's approval lead days has passed. */
    APPROVAL_OVERDUE
}
