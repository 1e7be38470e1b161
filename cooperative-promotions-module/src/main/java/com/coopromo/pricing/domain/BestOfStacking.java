package com.coopromo.pricing.domain;

import java.math.BigDecimal;

/**
 * BEST_OF: the shopper gets the larger of the host's discount and the campaign discount (compared for the whole line,
 * after the campaign discount's floor and budget limits); a tie goes to the campaign. The other one is dropped. The
 * margin floor limits the campaign discount measured from the undiscounted unit price, as it then stands alone.
 */
final class BestOfStacking extends StackingRule {
    static final BestOfStacking INSTANCE = new BestOfStacking();

    private BestOfStacking() {
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
    boolean campaignWins(BigDecimal campaignForLine, BigDecimal nativeForLine) {
        return campaignForLine.compareTo(nativeForLine) >= 0;
    }

    @Override
    String describe(BigDecimal nativePerUnit, BigDecimal campaignForLine, BigDecimal nativeForLine) {
        if (nativePerUnit.signum() == 0) {
            return "";
        }
        String host = "the host's " + Money.show(nativePerUnit) + " off per unit (" + Money.show(nativeForLine) + " for the line)";
        return campaignForLine.compareTo(nativeForLine) == 0
                ? "best-of stacking: it equals " + host + " and a tie goes to the campaign"
                : "best-of stacking: it beats " + host;
    }
}
