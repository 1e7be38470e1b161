package com.coopromo.assets.domain;

import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.common.domain.CoopValidationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every version of one asset, numbered 1..n in the order submitted, each keeping the check results it got, and
 * which one (if any) is accepted. Immutable: submitting or accepting returns the new history.
 */
public final class AssetHistory {
    private final AssetKind kind;
    private final List<AssetVersion> versions;
    private final Integer accepted;

    private AssetHistory(AssetKind kind, List<AssetVersion> versions, Integer accepted) {
        this.kind = kind;
        this.versions = Collections.unmodifiableList(new ArrayList<AssetVersion>(versions));
        this.accepted = accepted;
    }

    public static AssetHistory empty(AssetKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("an asset history needs a kind");
        }
        return new AssetHistory(kind, Collections.<AssetVersion>emptyList(), null);
    }

    /**
     * A history as recorded: versions numbered 1..n in order, and the accepted one (null if none).
     *
     * @throws IllegalArgumentException if the numbers are not 1..n, a version has another kind, or the accepted
     *         number is not one of them
     */
    public static AssetHistory recorded(AssetKind kind, List<AssetVersion> versions, Integer accepted) {
        AssetHistory empty = empty(kind);
        for (int i = 0; i < versions.size(); i++) {
            AssetVersion v = versions.get(i);
            if (v.number() != i + 1 || v.content().kind() != kind) {
                throw new IllegalArgumentException("recorded " + kind + " versions must be numbered 1.." + versions.size()
                        + " in order (found version " + v.number() + " of kind " + v.content().kind() + " at position " + (i + 1) + ")");
            }
        }
        if (accepted != null && (accepted < 1 || accepted > versions.size())) {
            throw new IllegalArgumentException("accepted version " + accepted + " is not one of 1.." + versions.size());
        }
        return new AssetHistory(empty.kind, versions, accepted);
    }

    public AssetKind kind() {
        return kind;
    }

    public List<AssetVersion> versions() {
        return versions;
    }

    /** The newest version, or null if none was submitted. */
    public AssetVersion latest() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** The accepted version, or null. */
    public AssetVersion accepted() {
        return accepted == null ? null : version(accepted);
    }

    public AssetVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new CoopValidationException("version", "there is no version " + number + " (versions 1 to "
                    + versions.size() + ")");
        }
        return versions.get(number - 1);
    }

    /** Adds the next version, running the checks on it now; an earlier acceptance stays until another is accepted. */
    public AssetHistory submit(AssetContent content, AssetChecks checks, Instant at) {
        if (content.kind() != kind) {
            throw new CoopValidationException("kind", "this history holds " + kind + " versions, not " + content.kind());
        }
        List<AssetVersion> next = new ArrayList<AssetVersion>(versions);
        next.add(new AssetVersion(versions.size() + 1, content, checks.run(content), at));
        return new AssetHistory(kind, next, accepted);
    }

    /**
     * Accepts a version whose checks all passed.
     *
     * @throws CoopValidationException listing the failed checks otherwise
     */
    public AssetHistory accept(int number) {
        AssetVersion version = version(number);
        if (!version.passed()) {
            StringBuilder why = new StringBuilder();
            for (CheckResult failure : version.failures()) {
                why.append(why.length() == 0 ? "" : "; ").append(failure.check()).append(": ").append(failure.message());
            }
            throw new CoopValidationException("version", "version " + number + " cannot be accepted until every check "
                    + "passes (" + why + ")");
        }
        return new AssetHistory(kind, versions, number);
    }
}
