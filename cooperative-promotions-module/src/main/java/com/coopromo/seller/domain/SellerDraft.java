package com.coopromo.seller.domain;

import com.coopromo.common.domain.Validation;

import java.util.regex.Pattern;

/** What it takes to register a seller; {@link #validate()} lists every problem at once. */
public final class SellerDraft {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String code;
    private final String name;
    private final SellerSegment segment;
    private final SellerStanding standing;
    private final String contactEmail;

    public SellerDraft(String code, String name, SellerSegment segment, SellerStanding standing, String contactEmail) {
        this.code = code;
        this.name = name;
        this.segment = segment;
        this.standing = standing == null ? SellerStanding.GOOD : standing;
        this.contactEmail = contactEmail;
    }

    public Validation validate() {
        Validation v = new Validation();
        v.requireText(code, "code", 64);
        if (code != null && !code.trim().isEmpty() && code.length() <= 64 && !CODE.matcher(code).matches()) {
            v.reject("code", "must be lower-case letters, digits and single hyphens, like 'north-outfitters' (was '" + code + "')");
        }
        v.requireText(name, "name", 255);
        v.require(segment != null, "segment", "is required (SMALL, MID or LARGE)");
        if (contactEmail != null && !contactEmail.isEmpty()) {
            v.require(contactEmail.length() <= 255 && EMAIL.matcher(contactEmail).matches(), "contactEmail",
                    "is not an e-mail address (was '" + contactEmail + "')");
        }
        return v;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public SellerSegment segment() {
        return segment;
    }

    public SellerStanding standing() {
        return standing;
    }

    public String contactEmail() {
        return contactEmail;
    }
}
