package com.coopromo.campaign.domain;

/** How a campaign discount meets the host's own offers on the same line. */
public enum StackingPolicy {
    /** The campaign discount replaces native item offers on the line. */
    EXCLUSIVE("Exclusive"),
    /** Both apply; the total stays capped and above the margin floor. */
    COMBINABLE("Combinable"),
    /** The shopper gets the better of the two. */
    BEST_OF("Best of");

    private final String label;

    StackingPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
