package com.coopromo.stock.domain;

/**
 * Fewer units of a Sku left than a cart or an order asks for. Its sentences are what a shopper reads: one sentence
 * naming the product, what is left and what was asked.
 */
public final class StockShortage {
    private final long skuId;
    private final int left;
    private final int asked;

    /**
     * @param left  units left (0 or more)
     * @param asked units asked for in all (more than {@code left})
     */
    public StockShortage(long skuId, int left, int asked) {
        if (left < 0 || asked <= left) {
            throw new IllegalArgumentException("a shortage asks for more than is left: " + asked + " asked, " + left + " left");
        }
        this.skuId = skuId;
        this.left = left;
        this.asked = asked;
    }

    public long skuId() {
        return skuId;
    }

    public int left() {
        return left;
    }

    public int asked() {
        return asked;
    }

    /**
     * The refusal of a cart change, counting what the cart already holds of the Sku, e.g.
     * "Only 3 left of Lunch box: you asked for 5, counting the 2 already in your cart."
     *
     * @param alreadyInCart units of the Sku the cart held before the change (included in {@link #asked()})
     */
    public String cartSentence(String productName, int alreadyInCart) {
        String counting = alreadyInCart > 0 ? ", counting the " + alreadyInCart + " already in your cart" : "";
        return leftOf(productName) + ": you asked for " + asked + counting + ".";
    }

    /** The refusal of a checkout, e.g. "Only 3 left of Lunch box: your cart has 5." */
    public String checkoutSentence(String productName) {
        return leftOf(productName) + ": your cart has " + asked + ".";
    }

    private String leftOf(String productName) {
        return (left == 0 ? "None left of " : "Only " + left + " left of ") + productName;
    }

    @Override
    public String toString() {
        return "Sku " + skuId + ": " + left + " left, " + asked + " asked";
    }
}
