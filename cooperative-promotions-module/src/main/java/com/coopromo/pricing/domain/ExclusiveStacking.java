package com.coopromo.pricing.domain;

import java.math.BigDecimal;

/**
 * EXCLUSIVE: when a campaign discount applies it replaces the host's discount on the line (the host's part becomes 0),
 * even if it is smaller; only the margin floor limits it, measured from the undiscounted unit price.
 */
final class ExclusiveStacking extends StackingRule {
    static final ExclusiveStacking INSTANCE = new ExclusiveStacking();

    private ExclusiveStacking() {
    }

    @Override
    Room room(BigDecimal unitPrice, BigDecimal nativePerUnit, BigDecimal marginFloor, BigDecimal capPerUnit) {
        return new Room(unitPrice.subtract(marginFloor), Limit.FLOOR);
    }

    @Override
    BigDecimal nativeKeptWithCampaign(BigDecimal nativePerUnit) {
        return Money.ZERO;
    }

    @Override
    String describe(BigDecimal nativePerUnit, BigDecimal campaignForLine, BigDecimal nativeForLine) {
        return nativePerUnit.signum() == 0 ? ""
                : "exclusive stacking: it replaces the host's " + Money.show(nativePerUnit) + " off per unit";
    }
}
