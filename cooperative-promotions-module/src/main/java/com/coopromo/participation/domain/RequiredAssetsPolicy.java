package com.coopromo.participation.domain;

import com.coopromo.common.domain.PolicyResult;

import com.coopromo.campaign.domain.AssetKind;

import java.util.ArrayList;
import java.util.List;

/** The seller has submitted every asset kind the campaign requires from sellers (checked assets only). */
public final class RequiredAssetsPolicy implements EnrollmentPolicy {
    public static final String RULE = "required assets";

    @Override
    public PolicyResult check(EnrollmentCandidate c) {
        List<AssetKind> missing = new ArrayList<AssetKind>();
        for (AssetKind kind : c.campaign.requiredAssets()) {
            if (kind.sellerProvided() && !c.submittedAssets.contains(kind)) {
                missing.add(kind);
            }
        }
        if (!missing.isEmpty()) {
            return PolicyResult.rejected(RULE, "missing accepted asset(s): " + missing);
        }
        return PolicyResult.allowed();
    }
}
