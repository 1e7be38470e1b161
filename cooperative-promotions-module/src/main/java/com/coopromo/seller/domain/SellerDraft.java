package com.coopromo.seller.domain;

import com.coopromo.common.domain.Bounds;
import com.coopromo.common.domain.Validation;

import java.util.regex.Pattern;

/** What it takes to register a seller; {@link #validate()} lists every problem at once. */
public final class SellerDraft {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int DEFAULT_CONCURRENT_CAMPAIGNS = 3;
    /** More campaigns at once than any calendar plans; the limit exists to keep sellers from spreading too thin. */
    public static final int MAX_CONCURRENT_CAMPAIGNS = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String code;
    private final String name;
    private final SellerSegment segment;
    private final SellerStanding standing;
    private final String contactEmail;
    private final int maxConcurrentCampaigns;

    /** A seller who may take part in {@value #DEFAULT_CONCURRENT_CAMPAIGNS} campaigns at once. */
    public SellerDraft(String code, String name, SellerSegment segment, SellerStanding standing, String contactEmail) {
        this(code, name, segment, standing, contactEmail, DEFAULT_CONCURRENT_CAMPAIGNS);
    }

    /**
     * @param maxConcurrentCampaigns how many campaigns the seller may take part in at once (the calendar flags more),
     *                               from 1 to {@value #MAX_CONCURRENT_CAMPAIGNS}
     */
    public SellerDraft(String code, String name, SellerSegment segment, SellerStanding standing, String contactEmail,
                       int maxConcurrentCampaigns) {
        this.code = code;
        this.name = name;
        this.segment = segment;
        this.standing = standing == null ? SellerStanding.GOOD : standing;
        this.contactEmail = contactEmail;
        this.maxConcurrentCampaigns = maxConcurrentCampaigns;
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
        Bounds.whole(v, "maxConcurrentCampaigns", maxConcurrentCampaigns, 1, MAX_CONCURRENT_CAMPAIGNS);
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

    public int maxConcurrentCampaigns() {
        return maxConcurrentCampaigns;
    }
}
