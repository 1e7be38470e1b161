package com.coopromo.governance.domain;

/** Who may set aside a committee vote and decide alone. Also the targets of escalation. */
public enum Overruler {
    /** The chair of the committee at the time. */
    CHAIR,
    /** The platform's administrator, the last step of every escalation path. */
    PLATFORM_ADMIN
}
