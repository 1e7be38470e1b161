package com.coopromo.assets.domain;

import com.coopromo.campaign.domain.AssetKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The platform's brand rules for campaign text: words no asset may use (superlatives the platform cannot back,
 * competitors' names) and disclaimers some asset kinds must carry. Both match case-insensitively on whole words,
 * so banning "free" does not catch "freedom" and "While stocks last" matches "while STOCKS last".
 */
public final class BrandGuidelines {
    private final List<String> bannedWords;
    private final Map<AssetKind, List<String>> requiredDisclaimers;

    public BrandGuidelines(List<String> bannedWords, Map<AssetKind, List<String>> requiredDisclaimers) {
        this.bannedWords = Collections.unmodifiableList(clean(bannedWords));
        Map<AssetKind, List<String>> disclaimers = new EnumMap<AssetKind, List<String>>(AssetKind.class);
        if (requiredDisclaimers != null) {
            for (Map.Entry<AssetKind, List<String>> e : requiredDisclaimers.entrySet()) {
                disclaimers.put(e.getKey(), Collections.unmodifiableList(clean(e.getValue())));
            }
        }
        this.requiredDisclaimers = Collections.unmodifiableMap(disclaimers);
    }

    public static BrandGuidelines none() {
        return new BrandGuidelines(Collections.<String>emptyList(), Collections.<AssetKind, List<String>>emptyMap());
    }

    private static List<String> clean(List<String> phrases) {
        List<String> cleaned = new ArrayList<String>();
        if (phrases != null) {
            for (String p : phrases) {
                if (p != null && !p.trim().isEmpty()) {
                    cleaned.add(p.trim());
                }
            }
        }
        return cleaned;
    }

    public List<String> bannedWords() {
        return bannedWords;
    }

    /** The disclaimers an asset of this kind must carry; empty if none. */
    public List<String> requiredDisclaimers(AssetKind kind) {
        List<String> d = requiredDisclaimers.get(kind);
        return d == null ? Collections.<String>emptyList() : d;
    }

    /**
     * True if {@code phrase} occurs in {@code text} as whole words, ignoring case. Runs of whitespace inside the
     * phrase match any whitespace, so a line break in the copy does not hide a disclaimer.
     */
    public static boolean containsWholeWords(String text, String phrase) {
        if (text == null || phrase == null || phrase.trim().isEmpty()) {
            return false;
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = phrase.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
