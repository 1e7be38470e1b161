package com.coopromo.pricing.domain;

import java.math.BigDecimal;

/**
 * COMBINABLE: the host's discount stays untouched and the campaign discount comes on top, but together they never
 * exceed the campaign cap (as an amount off the unit price) and never take the unit price below the margin floor.
 * Only the campaign part is reduced; if the host's discount alone reaches the cap or the floor, the campaign part is 0.
 * When both limits bind equally the floor is named.
 */
final class CombinableStacking extends StackingRule {
    static final CombinableStacking INSTANCE = new CombinableStacking();

    private CombinableStacking() {
    }

    @Override
    Room room(BigDecimal unitPrice, BigDecimal nativePerUnit, BigDecimal marginFloor, BigDecimal capPerUnit) {
        BigDecimal aboveFloor = unitPrice.subtract(nativePerUnit).subtract(marginFloor);
        BigDecimal underCap = capPerUnit.subtract(nativePerUnit);
        return aboveFloor.compareTo(underCap) <= 0 ? new Room(aboveFloor, Limit.FLOOR) : new Room(underCap, Limit.COMBINED_CAP);
    }

    @Override
    BigDecimal nativeKeptWithCampaign(BigDecimal nativePerUnit) {
        return nativePerUnit;
    }

    @Override
    String describe(BigDecimal nativePerUnit, BigDecimal campaignForLine, BigDecimal nativeForLine) {
        return nativePerUnit.signum() == 0 ? ""
                : "combinable stacking: on top of the host's " + Money.show(nativePerUnit) + " off per unit";
    }
}
