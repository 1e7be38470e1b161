package com.coopromo.assets.domain;

/** A banner's file is no bigger than its tier allows, so campaign pages stay quick to load. */
public final class FileSizeCheck implements AssetCheck {
    public static final String NAME = "file size";

    private final AssetLimits limits;

    public FileSizeCheck(AssetLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean appliesTo(AssetContent content) {
        return content.isBanner();
    }

    @Override
    public CheckResult check(AssetContent content) {
        long size = content.banner().fileSizeBytes();
        String limit = "the " + limits.tier() + " limit of " + limits.maxFileSizeBytes() + " bytes";
        if (size <= 0) {
            return CheckResult.fail(NAME, "file size " + size + " bytes: the file is empty");
        }
        if (size > limits.maxFileSizeBytes()) {
            return CheckResult.fail(NAME, "file size " + size + " bytes exceeds " + limit);
        }
        return CheckResult.pass(NAME, "file size " + size + " bytes is within " + limit);
    }
}
