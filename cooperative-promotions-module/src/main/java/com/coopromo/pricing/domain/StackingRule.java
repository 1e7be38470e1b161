package com.coopromo.pricing.domain;

import com.coopromo.campaign.domain.StackingPolicy;

import java.math.BigDecimal;

/**
 * How a campaign discount meets the host's own discount on the same line, one small class per
 * {@link StackingPolicy}. All amounts are per unit, in cents.
 */
abstract class StackingRule {

    static StackingRule of(StackingPolicy policy) {
        switch (policy) {
            case EXCLUSIVE:
                return ExclusiveStacking.INSTANCE;
            case COMBINABLE:
                return CombinableStacking.INSTANCE;
            case BEST_OF:
                return BestOfStacking.INSTANCE;
            default:
                throw new IllegalArgumentException("no stacking rule for " + policy);
        }
    }

    /**
     * The most campaign discount per unit the rule leaves room for, and which limit sets it.
     *
     * @param unitPrice      the host's unit price before any discount
     * @param nativePerUnit  the host's own discount per unit
     * @param marginFloor    the listing's lowest acceptable unit price
     * @param capPerUnit     the campaign cap as an amount off this unit price
     */
    abstract Room room(BigDecimal unitPrice, BigDecimal nativePerUnit, BigDecimal marginFloor, BigDecimal capPerUnit);

    /** The host's discount per unit that remains when the campaign discount applies. */
    abstract BigDecimal nativeKeptWithCampaign(BigDecimal nativePerUnit);

    /** Whether the campaign discount (for the line) is used rather than only the host's (for the line). */
    boolean campaignWins(BigDecimal campaignForLine, BigDecimal nativeForLine) {
        return true;
    }

    /** How the campaign discount met the host's, for an explanation; empty when the host grants nothing. */
    abstract String describe(BigDecimal nativePerUnit, BigDecimal campaignForLine, BigDecimal nativeForLine);

    /** What limits the campaign discount per unit. */
    enum Limit {
        /** The final unit price may not go below the margin floor. */
        FLOOR,
        /** Host discount + campaign discount may not exceed the campaign cap (combinable stacking). */
        COMBINED_CAP
    }

    /** The room left for the campaign discount per unit (0 or more) and the limit that sets it. */
    static final class Room {
        final BigDecimal maxPerUnit;
        final Limit limit;

        Room(BigDecimal maxPerUnit, Limit limit) {
            this.maxPerUnit = Money.max(maxPerUnit, Money.ZERO);
            this.limit = limit;
        }
    }
}
