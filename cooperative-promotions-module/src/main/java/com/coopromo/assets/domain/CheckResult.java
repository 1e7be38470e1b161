package com.coopromo.assets.domain;

/**
 * The outcome of one automated check on one asset version. Passes keep their message too ("contrast 21.00:1
 * meets 4.5:1"), so the version history shows what was measured, not only what went wrong.
 */
public final class CheckResult {
    private final String check;
    private final boolean passed;
    private final String message;

    private CheckResult(String check, boolean passed, String message) {
        this.check = check;
        this.passed = passed;
        this.message = message;
    }

    public static CheckResult pass(String check, String message) {
        return new CheckResult(check, true, message);
    }

    public static CheckResult fail(String check, String message) {
        return new CheckResult(check, false, message);
    }

    public String check() {
        return check;
    }

    public boolean passed() {
        return passed;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return check + (passed ? " passed: " : " failed: ") + message;
    }
}
