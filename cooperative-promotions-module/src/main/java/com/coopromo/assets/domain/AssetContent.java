package com.coopromo.assets.domain;

import com.coopromo.campaign.domain.AssetKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What one asset version contains: a banner image (banner kinds) or a text (copy block, landing page copy). */
public final class AssetContent {
    private static final Set<AssetKind> BANNERS = EnumSet.of(AssetKind.BANNER, AssetKind.BANNER_WIDE, AssetKind.BANNER_SQUARE);
    private static final Set<AssetKind> COPY = EnumSet.of(AssetKind.COPY_BLOCK, AssetKind.LANDING_PAGE_COPY);

    private final AssetKind kind;
    private final BannerImage banner;
    private final String text;

    private AssetContent(AssetKind kind, BannerImage banner, String text) {
        this.kind = kind;
        this.banner = banner;
        this.text = text;
    }

    public static AssetContent banner(AssetKind kind, BannerImage banner) {
        if (!BANNERS.contains(kind) || banner == null) {
            throw new IllegalArgumentException("a banner asset needs a banner kind " + BANNERS + " and an image (was " + kind + ")");
        }
        return new AssetContent(kind, banner, null);
    }

    public static AssetContent copy(AssetKind kind, String text) {
        if (!COPY.contains(kind)) {
            throw new IllegalArgumentException("a copy asset needs a copy kind " + COPY + " (was " + kind + ")");
        }
        return new AssetContent(kind, null, text == null ? "" : text);
    }

    public AssetKind kind() {
        return kind;
    }

    public boolean isBanner() {
        return banner != null;
    }

    /** The banner; null for copy. */
    public BannerImage banner() {
        return banner;
    }

    /** The copy text; null for a banner. */
    public String text() {
        return text;
    }

    /** Every piece of text a shopper sees or hears: the headline and alt text of a banner, or the copy. */
    public List<String> visibleTexts() {
        List<String> texts = new ArrayList<String>();
        if (banner != null) {
            if (banner.headline() != null) {
                texts.add(banner.headline());
            }
            if (banner.altText() != null) {
                texts.add(banner.altText());
            }
        } else {
            texts.add(text);
        }
        return Collections.unmodifiableList(texts);
    }
}
