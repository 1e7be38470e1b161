package com.coopromo.community.domain;

/**
 * A mentoring pair's life: PROPOSED by the module; ACTIVE once both sides accepted; DECLINED when either side declined
 * while it was proposed; ENDED when either side ended it (proposed or active).
 */
public enum MentoringState {
    PROPOSED, ACTIVE, DECLINED, ENDED;

    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE;
    }
}
