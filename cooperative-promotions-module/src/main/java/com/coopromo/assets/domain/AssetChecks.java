package com.coopromo.assets.domain;

import com.coopromo.campaign.domain.CampaignTier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The automated checks in force for one tier, assembled in one place; each version gets every applicable result. */
public final class AssetChecks {
    private final List<AssetCheck> checks;

    public AssetChecks(List<AssetCheck> checks) {
        this.checks = Collections.unmodifiableList(new ArrayList<AssetCheck>(checks));
    }

    public static AssetChecks forTier(CampaignTier tier, BrandGuidelines guidelines) {
        return standard(AssetLimits.defaultsFor(tier), guidelines);
    }

    public static AssetChecks standard(AssetLimits limits, BrandGuidelines guidelines) {
        return new AssetChecks(Arrays.<AssetCheck>asList(
                new AltTextCheck(),
                new ContrastCheck(),
                new ImageDimensionsCheck(limits),
                new FileSizeCheck(limits),
                new CopyLengthCheck(limits),
                new BannedWordsCheck(guidelines),
                new RequiredDisclaimersCheck(guidelines)));
    }

    /** The result of every check that applies to the content, in check order. */
    public List<CheckResult> run(AssetContent content) {
        List<CheckResult> results = new ArrayList<CheckResult>();
        for (AssetCheck check : checks) {
            if (check.appliesTo(content)) {
                results.add(check.check(content));
            }
        }
        return Collections.unmodifiableList(results);
    }
}
