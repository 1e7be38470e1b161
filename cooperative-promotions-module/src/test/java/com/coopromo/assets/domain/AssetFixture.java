package com.coopromo.assets.domain;

import com.coopromo.campaign.domain.AssetKind;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A banner that passes every standard-tier check, and brand rules banning two superlatives. */
final class AssetFixture {
    static final BannerImage GOOD_BANNER = new BannerImage("spring-garden.png", 1200, 400, 200_000,
            "Seed packets and a watering can on a sunny potting bench", "Spring into the garden", "#000", "#fff", false);

    static final BrandGuidelines GUIDELINES = new BrandGuidelines(Arrays.asList("cheapest", "guaranteed"),
            Collections.<AssetKind, List<String>>singletonMap(AssetKind.LANDING_PAGE_COPY,
                    Collections.singletonList("While stocks last")));

    private AssetFixture() {
    }

    static AssetContent banner(BannerImage image) {
        return AssetContent.banner(AssetKind.BANNER, image);
    }

    static AssetContent copyBlock(String text) {
        return AssetContent.copy(AssetKind.COPY_BLOCK, text);
    }

    static AssetContent landingPage(String text) {
        return AssetContent.copy(AssetKind.LANDING_PAGE_COPY, text);
    }

    static String repeat(char c, int n) {
        char[] chars = new char[n];
        Arrays.fill(chars, c);
        return new String(chars);
    }

    static Map<String, String> values(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
