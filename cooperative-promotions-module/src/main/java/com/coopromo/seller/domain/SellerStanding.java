package com.coopromo.seller.domain;

/** Whether a seller may join campaigns. Only {@link #GOOD} sellers can enroll listings. */
public enum SellerStanding {
    GOOD("Good standing"),
    ON_WATCH("On watch"),
    SUSPENDED("Suspended");

    private final String label;

    SellerStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SellerStanding parse(String value) {
        if (value != null) {
            for (SellerStanding standing : values()) {
                if (standing.name().equalsIgnoreCase(value.trim())) {
                    return standing;
                }
            }
        }
        throw new IllegalArgumentException("unknown seller standing '" + value + "' (expected GOOD, ON_WATCH or SUSPENDED)");
    }
}
