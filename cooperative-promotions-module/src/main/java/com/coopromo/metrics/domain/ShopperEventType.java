package com.coopromo.metrics.domain;

/** What a shopper did. The letter is the stored form. */
public enum ShopperEventType {
    /** A tile of the listing was shown (hub, home page, deals strip); sent in batches per page view. */
    IMPRESSION('I'),
    /** The shopper followed a tile through to the product. */
    CLICK('C'),
    /** The listing was added to a cart (or a line's quantity raised); units = the units added. */
    ADD_TO_CART('A'),
    /** The shopper began checkout with the listing in the cart. */
    CHECKOUT_STARTED('S'),
    /** An order holding the listing was submitted; units, gross and discount are the order line's. */
    ORDER_SUBMITTED('O'),
    /** A submitted order holding the listing was cancelled; units, gross and discount are the cancelled line's. */
    ORDER_CANCELLED('X');

    private final char code;

    ShopperEventType(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static ShopperEventType of(char code) {
        for (ShopperEventType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown shopper event type '" + code + "'");
    }
}
