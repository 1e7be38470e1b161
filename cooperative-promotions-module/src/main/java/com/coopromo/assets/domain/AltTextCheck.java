package com.coopromo.assets.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A banner's alt text describes it to someone who cannot see it: present, not just the file name, not a generic
 * word such as "image", and long enough to say something.
 */
public final class AltTextCheck implements AssetCheck {
    public static final String NAME = "alt text";
    public static final int DEFAULT_MINIMUM_LENGTH = 10;
    private static final List<String> GENERIC = Collections.unmodifiableList(Arrays.asList(
            "image", "banner", "picture", "photo", "graphic", "img"));

    private final int minimumLength;

    public AltTextCheck() {
        this(DEFAULT_MINIMUM_LENGTH);
    }

    public AltTextCheck(int minimumLength) {
        if (minimumLength < 1) {
            throw new IllegalArgumentException("the minimum alt text length must be at least 1 (was " + minimumLength + ")");
        }
        this.minimumLength = minimumLength;
    }

    @Override
    public boolean appliesTo(AssetContent content) {
        return content.isBanner();
    }

    @Override
    public CheckResult check(AssetContent content) {
        String alt = content.banner().altText() == null ? "" : content.banner().altText().trim();
        if (alt.isEmpty()) {
            return CheckResult.fail(NAME, "alt text is missing");
        }
        String quoted = "\"" + alt + "\"";
        if (isFileName(alt, content.banner().fileName())) {
            return CheckResult.fail(NAME, "alt text " + quoted + " is the file name, not a description");
        }
        // "Banner." and "IMAGE" are as empty as "banner"
        String bare = alt.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", "");
        if (GENERIC.contains(bare)) {
            return CheckResult.fail(NAME, "alt text " + quoted + " is a generic word, not a description");
        }
        if (alt.length() < minimumLength) {
            return CheckResult.fail(NAME, "alt text " + quoted + " is " + alt.length() + " characters; at least "
                    + minimumLength + " are needed to describe the image");
        }
        return CheckResult.pass(NAME, "alt text " + quoted + " describes the image");
    }

    private static boolean isFileName(String alt, String fileName) {
        if (fileName == null || fileName.trim().isEmpty()) {
            return false;
        }
        String file = fileName.trim();
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        file = file.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return alt.equalsIgnoreCase(file) || alt.equalsIgnoreCase(stem);
    }
}
