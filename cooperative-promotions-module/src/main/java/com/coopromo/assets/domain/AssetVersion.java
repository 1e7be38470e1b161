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

    /**
     * A version as it was recorded, with the check results it got then (the checks in force today may differ, so
     * stored results are never recomputed).
     */
    public static AssetVersion recorded(int number, AssetContent content, List<CheckResult> results, Instant submittedAt) {
        if (number < 1 || content == null || results == null || submittedAt == null) {
            throw new IllegalArgumentException("a recorded version needs a number from 1, its content, its results and when it was submitted");
        }
        return new AssetVersion(number, content, results, submittedAt);
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
