package com.coopromo.assets.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One submitted version of an asset, numbered from 1, with the check results it got when submitted. */
public final class AssetVersion {
    private final int number;
    private final AssetContent content;
    private final List<CheckResult> results;
    private final Instant submittedAt;

    AssetVersion(int number, AssetContent content, List<CheckResult> results, Instant submittedAt) {
        this.number = number;
        this.content = content;
        this.results = Collections.unmodifiableList(new ArrayList<CheckResult>(results));
        this.submittedAt = submittedAt;
    }

    public int number() {
        return number;
    }

    public AssetContent content() {
        return content;
    }

    public List<CheckResult> results() {
        return results;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<CheckResult> failures() {
        List<CheckResult> failed = new ArrayList<CheckResult>();
        for (CheckResult r : results) {
            if (!r.passed()) {
                failed.add(r);
            }
        }
        return failed;
    }

    /** True if every check passed; only then may the version be accepted. */
    public boolean passed() {
        return failures().isEmpty();
    }
}
