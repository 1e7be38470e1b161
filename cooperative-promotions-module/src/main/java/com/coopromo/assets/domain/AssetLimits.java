package com.coopromo.assets.domain;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.domain.Validation;

/**
 * Size limits for one campaign tier's assets. Defaults:
 * <pre>
 * tier         image px (min to max)   file size   headline  copy block  landing page
 * LIGHTWEIGHT  300x100 to 1200x600     300 KiB     60        300         2000
 * STANDARD     300x100 to 1920x1080    500 KiB     80        600         4000
 * FLAGSHIP     600x200 to 2560x1440    1 MiB       100       1000        8000
 * </pre>
 * Flagship campaigns get a page of their own, so they may use bigger images and longer copy; the small limits
 * keep lightweight campaigns fast to review and to load.
 */
public final class AssetLimits {
    private final CampaignTier tier;
    private final int minWidth;
    private final int minHeight;
    private final int maxWidth;
    private final int maxHeight;
    private final long maxFileSizeBytes;
    private final int maxHeadlineLength;
    private final int maxCopyBlockLength;
    private final int maxLandingPageLength;

    /** @throws com.coopromo.common.domain.CoopValidationException if a limit is not positive or a minimum exceeds its maximum */
    public AssetLimits(CampaignTier tier, int minWidth, int minHeight, int maxWidth, int maxHeight, long maxFileSizeBytes,
                       int maxHeadlineLength, int maxCopyBlockLength, int maxLandingPageLength) {
        Validation v = new Validation();
        v.require(tier != null, "tier", "is required");
        v.require(minWidth > 0 && minHeight > 0, "minimum size", "must be positive (was " + minWidth + "x" + minHeight + ")");
        v.require(maxWidth >= minWidth && maxHeight >= minHeight, "maximum size", "must not be below the minimum ("
                + maxWidth + "x" + maxHeight + " < " + minWidth + "x" + minHeight + ")");
        v.require(maxFileSizeBytes > 0, "maxFileSizeBytes", "must be positive (was " + maxFileSizeBytes + ")");
        v.require(maxHeadlineLength > 0 && maxCopyBlockLength > 0 && maxLandingPageLength > 0, "copy limits",
                "must be positive");
        v.throwIfInvalid();
        this.tier = tier;
        this.minWidth = minWidth;
        this.minHeight = minHeight;
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
        this.maxFileSizeBytes = maxFileSizeBytes;
        this.maxHeadlineLength = maxHeadlineLength;
        this.maxCopyBlockLength = maxCopyBlockLength;
        this.maxLandingPageLength = maxLandingPageLength;
    }

    public static AssetLimits defaultsFor(CampaignTier tier) {
        switch (tier) {
            case LIGHTWEIGHT:
                return new AssetLimits(tier, 300, 100, 1200, 600, 300L * 1024, 60, 300, 2000);
            case STANDARD:
                return new AssetLimits(tier, 300, 100, 1920, 1080, 500L * 1024, 80, 600, 4000);
            case FLAGSHIP:
                return new AssetLimits(tier, 600, 200, 2560, 1440, 1024L * 1024, 100, 1000, 8000);
            default:
                throw new IllegalArgumentException("no asset limits for tier " + tier);
        }
    }

    public CampaignTier tier() { return tier; }
    public int minWidth() { return minWidth; }
    public int minHeight() { return minHeight; }
    public int maxWidth() { return maxWidth; }
    public int maxHeight() { return maxHeight; }
    public long maxFileSizeBytes() { return maxFileSizeBytes; }
    public int maxHeadlineLength() { return maxHeadlineLength; }

    /** The longest copy allowed for a copy kind. */
    public int maxCopyLength(AssetKind kind) {
        if (kind == AssetKind.LANDING_PAGE_COPY) {
            return maxLandingPageLength;
        }
        if (kind == AssetKind.COPY_BLOCK) {
            return maxCopyBlockLength;
        }
        throw new IllegalArgumentException(kind + " is not copy");
    }

    public boolean fits(int width, int height) {
        return width >= minWidth && height >= minHeight && width <= maxWidth && height <= maxHeight;
    }

    /** "300x100 to 1920x1080 px", for messages. */
    public String describeSize() {
        return minWidth + "x" + minHeight + " to " + maxWidth + "x" + maxHeight + " px";
    }
}
