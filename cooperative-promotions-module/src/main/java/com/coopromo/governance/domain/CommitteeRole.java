package com.coopromo.governance.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a committee member does during one term. The three offices rotate (see {@link Rotation}); everyone else
 * sits as a plain {@link #MEMBER} for that term.
 */
public enum CommitteeRole {
    /** Leads the committee for the term; may overrule lower-tier decisions. */
    CHAIR,
    /** Reviews campaigns for the term. */
    REVIEWER,
    /** Keeps the record for the term; may approve routine campaigns. */
    SECRETARY,
    /** A member holding no office this term. */
    MEMBER;

    private static final List<CommitteeRole> OFFICES = Collections.unmodifiableList(Arrays.asList(CHAIR, REVIEWER, SECRETARY));

    /** The rotating offices, in the order the rotation offsets them (chair 0, reviewer 1, secretary 2). */
    public static List<CommitteeRole> offices() {
        return OFFICES;
    }

    public boolean isOffice() {
        return this != MEMBER;
    }
}
