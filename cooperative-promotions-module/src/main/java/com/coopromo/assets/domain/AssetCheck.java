package com.coopromo.assets.domain;

/** One automated check on an asset version. Add a check by adding a class to {@link AssetChecks}. */
public interface AssetCheck {
    /** Whether the check concerns this content at all (image checks skip copy, and so on). */
    boolean appliesTo(AssetContent content);

    CheckResult check(AssetContent content);
}
