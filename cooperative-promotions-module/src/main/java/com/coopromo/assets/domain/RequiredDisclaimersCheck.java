package com.coopromo.assets.domain;

import java.util.ArrayList;
import java.util.List;

/** Copy carries every disclaimer the brand guidelines require for its kind (e.g. "While stocks last"). */
public final class RequiredDisclaimersCheck implements AssetCheck {
    public static final String NAME = "required disclaimers";

    private final BrandGuidelines guidelines;

    public RequiredDisclaimersCheck(BrandGuidelines guidelines) {
        this.guidelines = guidelines;
    }

    @Override
    public boolean appliesTo(AssetContent content) {
        return !guidelines.requiredDisclaimers(content.kind()).isEmpty();
    }

    @Override
    public CheckResult check(AssetContent content) {
        List<String> missing = new ArrayList<String>();
        for (String disclaimer : guidelines.requiredDisclaimers(content.kind())) {
            boolean present = false;
            for (String text : content.visibleTexts()) {
                present |= BrandGuidelines.containsWholeWords(text, disclaimer);
            }
            if (!present) {
                missing.add("\"" + disclaimer + "\"");
            }
        }
        if (!missing.isEmpty()) {
            return CheckResult.fail(NAME, "required disclaimer(s) missing: " + String.join(", ", missing));
        }
        return CheckResult.pass(NAME, "every required disclaimer is present");
    }
}
