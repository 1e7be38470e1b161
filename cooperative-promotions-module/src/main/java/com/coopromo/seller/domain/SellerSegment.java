package com.coopromo.seller.domain;

/** Size class of a seller; fairness rules (share limits, committee seats) are per segment. */
public enum SellerSegment {
    SMALL("Small"),
    MID("Mid-size"),
    LARGE("Large");

    private final String label;

    SellerSegment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a stored or typed value; the error names the allowed values. */
    public static SellerSegment parse(String value) {
        if (value != null) {
            for (SellerSegment segment : values()) {
                if (segment.name().equalsIgnoreCase(value.trim())) {
                    return segment;
                }
            }
        }
        throw new IllegalArgumentException("unknown seller segment '" + value + "' (expected SMALL, MID or LARGE)");
    }
}
