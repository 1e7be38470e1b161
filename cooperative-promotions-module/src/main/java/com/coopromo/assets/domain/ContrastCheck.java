package com.coopromo.assets.domain;

import java.math.BigDecimal;

/**
 * A banner's headline is readable against its background: a WCAG 2.x contrast ratio of at least 4.5:1, or 3:1
 * for large text. A banner read from its file is judged by the contrast measured from its pixels behind the text area
 * ({@link AreaContrast}); one described by typed-in facts by its text and background colours.
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
        if (banner.measured()) {
            return judge(banner, banner.measuredContrast(), " measured behind the text area ("
                    + (banner.textArea() == null ? "" : banner.textArea().describe() + ", ") + banner.textColour()
                    + " text, worst 5% of the pixels)");
        }
        if (!HexColour.isValid(banner.backgroundColour())) {
            return CheckResult.fail(NAME, "background colour '" + banner.backgroundColour()
                    + "' is not a hex colour (#rgb or #rrggbb)");
        }
        return judge(banner, ContrastRatio.of(HexColour.parse(banner.textColour()), HexColour.parse(banner.backgroundColour())), "");
    }

    private static CheckResult judge(BannerImage banner, double ratio, String how) {
        BigDecimal minimum = banner.largeText() ? ContrastRatio.LARGE_TEXT_MINIMUM : ContrastRatio.NORMAL_TEXT_MINIMUM;
        String shown = "contrast " + ContrastRatio.format(ratio, minimum) + ":1" + how;
        String needed = minimum.toPlainString() + ":1" + (banner.largeText() ? " for large text" : "");
        if (!ContrastRatio.meets(ratio, minimum)) {
            return CheckResult.fail(NAME, shown + " is below " + needed);
        }
        return CheckResult.pass(NAME, shown + " meets " + needed);
    }
}
