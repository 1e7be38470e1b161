package com.coopromo.common.domain;

/** The verdict of one eligibility policy: allowed, or rejected with the rule's name and a reason naming the value. */
public final class PolicyResult {
    private static final PolicyResult ALLOWED = new PolicyResult(null, null);

    private final String rule;
    private final String reason;

    private PolicyResult(String rule, String reason) {
        this.rule = rule;
        this.reason = reason;
    }

    public static PolicyResult allowed() {
        return ALLOWED;
    }

    public static PolicyResult rejected(String rule, String reason) {
        return new PolicyResult(rule, reason);
    }

    public boolean isAllowed() {
        return rule == null;
    }

    public String rule() {
        return rule;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return isAllowed() ? "allowed" : rule + ": " + reason;
    }
}
