package com.coopromo.assets.domain;

import java.math.BigDecimal;

/**
 * A banner's headline is readable against its background: a WCAG 2.x contrast ratio of at least 4.5:1, or 3:1
 * for large text.
 */
public final class ContrastCheck implements AssetCheck {
    public static final String NAME = "contrast";

    @Override
    public boolean appliesTo(AssetContent content) {
        return content.isBanner();
    }

    @Override
    public CheckResult check(AssetContent content) {
        BannerImage banner = content.banner();
        if (!HexColour.isValid(banner.textColour())) {
            return CheckResult.fail(NAME, "text colour '" + banner.textColour() + "' is not a hex colour (#rgb or #rrggbb)");
        }
        if (!HexColour.isValid(banner.backgroundColour())) {
            return CheckResult.fail(NAME, "background colour '" + banner.backgroundColour()
                    + "' is not a hex colour (#rgb or #rrggbb)");
        }
        double ratio = ContrastRatio.of(HexColour.parse(banner.textColour()), HexColour.parse(banner.backgroundColour()));
        BigDecimal minimum = banner.largeText() ? ContrastRatio.LARGE_TEXT_MINIMUM : ContrastRatio.NORMAL_TEXT_MINIMUM;
        String shown = "contrast " + ContrastRatio.format(ratio, minimum) + ":1";
        String needed = minimum.toPlainString() + ":1" + (banner.largeText() ? " for large text" : "");
        if (!ContrastRatio.meets(ratio, minimum)) {
            return CheckResult.fail(NAME, shown + " is below " + needed);
        }
        return CheckResult.pass(NAME, shown + " meets " + needed);
    }
}
