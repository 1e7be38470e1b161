package com.coopromo.assets.domain;

import java.util.ArrayList;
import java.util.List;

/** No text a shopper sees or hears uses a word the brand guidelines ban. */
public final class BannedWordsCheck implements AssetCheck {
    public static final String NAME = "banned words";

    private final BrandGuidelines guidelines;

    public BannedWordsCheck(BrandGuidelines guidelines) {
        this.guidelines = guidelines;
    }

    @Override
    public boolean appliesTo(AssetContent content) {
        return true;
    }

    @Override
    public CheckResult check(AssetContent content) {
        List<String> found = new ArrayList<String>();
        for (String banned : guidelines.bannedWords()) {
            for (String text : content.visibleTexts()) {
                if (BrandGuidelines.containsWholeWords(text, banned)) {
                    found.add("\"" + banned + "\"");
                    break;
                }
            }
        }
        if (!found.isEmpty()) {
            return CheckResult.fail(NAME, "banned word(s) used: " + String.join(", ", found));
        }
        return CheckResult.pass(NAME, "no banned words");
    }
}
