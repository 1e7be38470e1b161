package com.coopromo.pricing.preview;

/**
 * One cart line to preview: a host Sku id and a quantity. Either may be null (a form left it empty);
 * {@link CampaignPricingPreview#preview} refuses that naming the line and the field.
 */
public final class PreviewLine {
    private final Long skuId;
    private final Integer quantity;

    public PreviewLine(Long skuId, Integer quantity) {
        this.skuId = skuId;
        this.quantity = quantity;
    }

    public static PreviewLine of(long skuId, int quantity) {
        return new PreviewLine(skuId, quantity);
    }

    public Long skuId() { return skuId; }
    public Integer quantity() { return quantity; }

    @Override
    public String toString() {
        return "Sku " + skuId + " x" + quantity;
    }
}
