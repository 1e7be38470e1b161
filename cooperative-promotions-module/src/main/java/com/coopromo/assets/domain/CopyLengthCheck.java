package com.coopromo.assets.domain;

/** Copy fits its slot: a banner headline, a copy block or landing page copy, each within the tier's limit. */
public final class CopyLengthCheck implements AssetCheck {
    public static final String NAME = "copy length";

    private final AssetLimits limits;

    public CopyLengthCheck(AssetLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean appliesTo(AssetContent content) {
        return !content.isBanner() || content.banner().headline() != null;
    }

    @Override
    public CheckResult check(AssetContent content) {
        String what = content.isBanner() ? "headline" : "copy";
        String text = content.isBanner() ? content.banner().headline() : content.text();
        int max = content.isBanner() ? limits.maxHeadlineLength() : limits.maxCopyLength(content.kind());
        int length = text.trim().length();
        if (length == 0) {
            return CheckResult.fail(NAME, what + " is empty");
        }
        String slot = content.isBanner() ? content.kind().label() + " headline" : content.kind().label();
        String limit = "the " + limits.tier() + " limit for a " + slot + " is " + max;
        if (length > max) {
            return CheckResult.fail(NAME, what + " is " + length + " characters; " + limit);
        }
        return CheckResult.pass(NAME, what + " is " + length + " characters; " + limit);
    }
}
