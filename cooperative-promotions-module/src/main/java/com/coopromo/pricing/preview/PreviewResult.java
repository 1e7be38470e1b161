package com.coopromo.pricing.preview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/** A previewed cart: each line in the order asked, and the cart's subtotal, as of {@link #at()}. Nothing is stored. */
public final class PreviewResult {
    private final Instant at;
    private final List<PreviewedLine> lines;
    private final BigDecimal subtotal;

    PreviewResult(Instant at, List<PreviewedLine> lines, BigDecimal subtotal) {
        this.at = at;
        this.lines = Collections.unmodifiableList(lines);
        this.subtotal = subtotal;
    }

    /** The instant the campaigns' rules were judged at. */
    public Instant at() { return at; }
    /** One per line asked for, in the same order. */
    public List<PreviewedLine> lines() { return lines; }
    /** The sum of the lines in the cart ({@link PreviewedLine#inCart()}), as the host totals it. */
    public BigDecimal subtotal() { return subtotal; }

    /** The line of this Sku. */
    public PreviewedLine line(long skuId) {
        for (PreviewedLine line : lines) {
            if (line.skuId() == skuId) {
                return line;
            }
        }
        throw new IllegalArgumentException("no line for Sku " + skuId + " in " + lines);
    }

    @Override
    public String toString() {
        return "preview at " + at + ": " + lines + ", subtotal " + subtotal.toPlainString();
    }
}
