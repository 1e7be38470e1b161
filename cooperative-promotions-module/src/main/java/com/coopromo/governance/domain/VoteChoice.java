package com.coopromo.governance.domain;

/** A voter's answer. An abstention counts toward the quorum but neither way. */
public enum VoteChoice {
    APPROVE, REJECT, ABSTAIN
}
