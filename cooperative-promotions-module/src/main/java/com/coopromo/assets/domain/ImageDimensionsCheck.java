package com.coopromo.assets.domain;

/** A banner's pixel size lies within its tier's minimum and maximum. */
public final class ImageDimensionsCheck implements AssetCheck {
    public static final String NAME = "image dimensions";

    private final AssetLimits limits;

    public ImageDimensionsCheck(AssetLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean appliesTo(AssetContent content) {
        return content.isBanner();
    }

    @Override
    public CheckResult check(AssetContent content) {
        BannerImage b = content.banner();
        String size = "image " + b.width() + "x" + b.height() + " px";
        String range = "the " + limits.tier() + " limits (" + limits.describeSize() + ")";
        if (!limits.fits(b.width(), b.height())) {
            return CheckResult.fail(NAME, size + " is outside " + range);
        }
        return CheckResult.pass(NAME, size + " is within " + range);
    }
}
