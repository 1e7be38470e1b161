package com.coopromo.pricing.domain;

import com.coopromo.participation.domain.MarginFloorPolicy;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Prices one cart line: the campaign discount its Sku gets, how it stacks with the host's own discount, and who
 * funds it. Pure and deterministic: the same {@link LineInput} always gives an equal {@link LinePricing}. Money is in
 * cents (scale 2); every rounding is named.
 * <p>
 * The rules, in the order they are applied (the first that stops the campaign discount names the {@link Outcome}):
 * <ol>
 * <li><b>Enrollment.</b> No offer for the Sku: {@link Outcome#NOT_ENROLLED}.</li>
 * <li><b>Window.</b> The campaign is live from its start (included) until its end (excluded), judged at the line's
 *     pricing instant; otherwise {@link Outcome#NOT_LIVE}.</li>
 * <li><b>Stock.</b> When the host tracks stock, it must cover the whole line (stock &ge; quantity); otherwise
 *     {@link Outcome#OUT_OF_STOCK} (so also when stock is 0 or negative). Untracked stock (null) never blocks.</li>
 * <li><b>Budget exhausted.</b> When the platform funds a share (platform percent &gt; 0) and the remaining platform
 *     budget is 0.00: {@link Outcome#BUDGET_EXHAUSTED}. With a platform percent of 0 the budget never limits.</li>
 * <li><b>Percent.</b> The seller's percent is clamped into the campaign's [min, cap]. The intended campaign discount
 *     per unit is {@code unitPrice - MarginFloorPolicy.discountedPrice(unitPrice, percent)} (the discounted price
 *     rounded half-up to cents, as enrollment checked it). If that is 0.00 (a tiny price):
 *     {@link Outcome#ROUNDS_TO_ZERO}. The cap as an amount per unit is computed the same way from the cap percent.</li>
 * <li><b>Stacking room</b> (per unit, one {@link StackingRule} per policy):
 *     <ul>
 *     <li>EXCLUSIVE and BEST_OF: the campaign discount stands alone, so it may take the unit price down to the margin
 *         floor: room = unitPrice - floor;</li>
 *     <li>COMBINABLE: the host's discount is kept untouched, so room = min(cap amount - host discount,
 *         unitPrice - host discount - floor): host + campaign never exceed the cap, the final price never goes below
 *         the floor, and only the campaign part is reduced.</li>
 *     </ul>
 *     The campaign discount per unit is min(intended, room). If the room is 0 or less: {@link Outcome#FLOOR_REACHED}
 *     (or {@link Outcome#CAP_REACHED} when, under COMBINABLE, the host's discount alone reaches the cap before the
 *     floor). If it is reduced but above 0: {@link Outcome#APPLIED_CAPPED_BY_FLOOR} or
 *     {@link Outcome#APPLIED_CAPPED_BY_COMBINED_CAP}; a tie between the two limits names the floor.</li>
 * <li><b>Budget.</b> The line's campaign discount is per unit × quantity. Its platform part (what it adds to the
 *     order's platform share of the same funding, {@link FundingSplit#added} with {@link LineInput#orderDiscountBefore()};
 *     for a line alone simply {@link FundingSplit#of}) may not exceed the remaining platform budget; if it would, the line's discount is
 *     reduced to the largest amount, in cents, whose platform part fits ({@link Outcome#APPLIED_CAPPED_BY_BUDGET},
 *     which then takes precedence over a floor or cap reduction). It is always at least 0.01 because the budget is
 *     at least 0.01 here. The line amount is then authoritative and the per-unit amount is for display
 *     (line / quantity rounded half-up; see {@link LinePricing}).</li>
 * <li><b>Choice.</b> BEST_OF compares the campaign discount for the line with the host's discount for the line: the
 *     larger wins, a tie goes to the campaign; if the host's wins: {@link Outcome#NATIVE_BETTER} and the host's
 *     discount stays. EXCLUSIVE always uses the campaign discount and drops the host's (to 0), even when the host's
 *     was larger; COMBINABLE keeps both.</li>
 * </ol>
 * Whenever no campaign discount applies, the host's discount stays as it was and nobody funds anything. Whenever one
 * applies, the final unit price is at or above the margin floor, the campaign discount per unit is at most the cap
 * amount, and the funding parts add up to the line's campaign discount exactly.
 */
public final class CampaignDiscountCalculator {

    /** @throws IllegalArgumentException if {@code line} is null */
    public LinePricing price(LineInput line) {
        if (line == null) {
            throw new IllegalArgumentException("line is required");
        }
        CampaignOffer offer = line.offer();
        if (offer == null) {
            return withoutCampaign(line, Outcome.NOT_ENROLLED, null,
                    () -> "Sku " + line.skuId() + " is not enrolled in any cooperative campaign.");
        }
        final String campaign = "'" + offer.campaignName() + "'";
        final BigDecimal percent = offer.effectivePercent();
        if (!offer.isLiveAt(line.pricedAt())) {
            return withoutCampaign(line, Outcome.NOT_LIVE, percent, () -> campaign + " runs from " + offer.startsAt()
                    + " (included) until " + offer.endsAt() + " (excluded); priced at " + line.pricedAt() + ", "
                    + (line.pricedAt().isBefore(offer.startsAt()) ? "before it starts." : "after it ended."));
        }
        final Integer stock = line.stockAvailable();
        if (stock != null && stock < line.quantity()) {
            return withoutCampaign(line, Outcome.OUT_OF_STOCK, percent, () -> "the line asks for " + line.quantity()
                    + " unit(s) but the host has " + stock + " in stock; " + campaign
                    + " discounts a line only when stock covers all of it.");
        }
        boolean budgetLimits = offer.platformFundingPercent().signum() > 0;
        if (budgetLimits && line.remainingPlatformBudget().signum() == 0) {
            return withoutCampaign(line, Outcome.BUDGET_EXHAUSTED, percent, () -> campaign + (line.budgetIsSellerCap()
                    ? " has used up its platform funding for this seller (the cap per seller is "
                    + Money.show(offer.sellerPlatformCap()) + ")" : " has no platform budget left (0.00)")
                    + " and the platform funds " + Money.percent(offer.platformFundingPercent()) + " of every campaign discount.");
        }

        final BigDecimal unitPrice = line.unitPrice();
        final BigDecimal nativePerUnit = line.nativeDiscountPerUnit();
        final BigDecimal intended = amountOff(unitPrice, percent);
        if (intended.signum() == 0) {
            return withoutCampaign(line, Outcome.ROUNDS_TO_ZERO, percent, () -> percentNote(offer, percent) + " of " + Money.show(unitPrice)
                    + " is less than half a cent, so " + campaign + " takes nothing off.");
        }

        final BigDecimal capPerUnit = amountOff(unitPrice, offer.capDiscountPercent());
        final BigDecimal floor = offer.marginFloor();
        final StackingRule rule = StackingRule.of(offer.stackingPolicy());
        StackingRule.Room room = rule.room(unitPrice, nativePerUnit, floor, capPerUnit);
        final BigDecimal nativeKept = rule.nativeKeptWithCampaign(nativePerUnit);
        if (room.maxPerUnit.signum() == 0) {
            return noRoom(line, offer, room.limit, percent, intended, capPerUnit, nativeKept);
        }

        BigDecimal perUnit = Money.min(intended, room.maxPerUnit);
        Outcome outcome = Outcome.APPLIED;
        if (perUnit.compareTo(intended) < 0) {
            outcome = room.limit == StackingRule.Limit.FLOOR
                    ? Outcome.APPLIED_CAPPED_BY_FLOOR : Outcome.APPLIED_CAPPED_BY_COMBINED_CAP;
        }

        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        final BigDecimal wanted = perUnit.multiply(quantity);
        BigDecimal forLine = wanted;
        if (budgetLimits) {
            BigDecimal fundable = largestFundable(line.orderDiscountBefore(), forLine, offer.platformFundingPercent(),
                    line.remainingPlatformBudget());
            if (fundable.compareTo(forLine) < 0) {
                outcome = Outcome.APPLIED_CAPPED_BY_BUDGET;
                forLine = fundable;
            }
        }
        final Outcome reached = outcome;
        final BigDecimal granted = forLine;
        final Supplier<String> limitNote = () -> limitNote(reached, line, offer, intended, nativeKept, capPerUnit, wanted, granted);

        final BigDecimal nativeForLine = nativePerUnit.multiply(quantity);
        if (!rule.campaignWins(forLine, nativeForLine)) {
            return withoutCampaign(line, Outcome.NATIVE_BETTER, percent, () -> "best-of stacking gives the shopper the larger "
                    + "discount: the host's " + Money.show(nativePerUnit) + " off per unit (" + Money.show(nativeForLine)
                    + " for the line) beats " + campaign + " at " + Money.show(Money.perUnit(granted, line.quantity()))
                    + " per unit (" + Money.show(granted) + " for the line" + limitNote.get() + ").");
        }

        final FundingSplit funding = FundingSplit.added(line.orderDiscountBefore(), forLine, offer.platformFundingPercent());
        return new LinePricing(outcome, line.quantity(), unitPrice, percent, forLine, nativeKept, funding, () -> {
            BigDecimal shownPerUnit = Money.perUnit(granted, line.quantity());
            String stacking = rule.describe(nativePerUnit, granted, nativeForLine);
            return reached.label() + ": " + campaign + " takes " + Money.show(shownPerUnit)
                    + " off each unit (" + percentNote(offer, percent) + ")" + limitNote.get()
                    + (stacking.isEmpty() ? "" : "; " + stacking)
                    + ". Line discount " + Money.show(granted) + ", funded " + Money.show(funding.platformPart())
                    + " by the platform (" + Money.percent(offer.platformFundingPercent()) + ") and "
                    + Money.show(funding.sellerPart()) + " by the seller. Unit price " + Money.show(unitPrice) + " -> "
                    + Money.show(unitPrice.subtract(nativeKept).subtract(shownPerUnit)) + ".";
        });
    }

    /** Why the campaign discount is below what the seller's percent asks for, or "" when it is not. */
    private static String limitNote(Outcome outcome, LineInput line, CampaignOffer offer, BigDecimal intended,
                                    BigDecimal nativeKept, BigDecimal capPerUnit, BigDecimal wanted, BigDecimal granted) {
        switch (outcome) {
            case APPLIED_CAPPED_BY_FLOOR:
                return "; reduced from " + Money.show(intended) + " per unit, which would take the price to "
                        + Money.show(line.unitPrice().subtract(nativeKept).subtract(intended)) + ", below the margin floor "
                        + Money.show(offer.marginFloor());
            case APPLIED_CAPPED_BY_COMBINED_CAP:
                return "; reduced from " + Money.show(intended) + " per unit so that with the host's "
                        + Money.show(line.nativeDiscountPerUnit()) + " off it stays within the campaign cap "
                        + Money.percent(offer.capDiscountPercent()) + " (" + Money.show(capPerUnit) + " per unit)";
            case APPLIED_CAPPED_BY_BUDGET:
                return "; the line discount is reduced from " + Money.show(wanted) + ", whose platform share would be "
                        + Money.show(FundingSplit.added(line.orderDiscountBefore(), wanted, offer.platformFundingPercent()).platformPart())
                        + ", to " + Money.show(granted) + " because only " + Money.show(line.remainingPlatformBudget())
                        + (line.budgetIsSellerCap() ? " is left of the platform's funding cap for this seller"
                        : " is left in the campaign budget");
            default:
                return "";
        }
    }

    /** What {@code percent} takes off the unit price, with the discounted price rounded like enrollment rounds it. */
    private static BigDecimal amountOff(BigDecimal unitPrice, BigDecimal percent) {
        return unitPrice.subtract(MarginFloorPolicy.discountedPrice(unitPrice, percent));
    }

    /**
     * The largest line discount, at most {@code wanted}, whose platform part (added to the order's {@code before})
     * fits {@code budget}. The platform part never falls as the total grows (the order's share is its total's share
     * rounded half-up), so a binary search over cents finds it.
     */
    static BigDecimal largestFundable(BigDecimal before, BigDecimal wanted, BigDecimal platformPercent, BigDecimal budget) {
        if (fits(before, wanted, platformPercent, budget)) {
            return wanted;
        }
        long fitting = 0;
        long tooMuch = wanted.unscaledValue().longValueExact();
        while (tooMuch - fitting > 1) {
            long middle = fitting + (tooMuch - fitting) / 2;
            if (fits(before, Money.ofCents(middle), platformPercent, budget)) {
                fitting = middle;
            } else {
                tooMuch = middle;
            }
        }
        return Money.ofCents(fitting);
    }

    private static boolean fits(BigDecimal before, BigDecimal total, BigDecimal platformPercent, BigDecimal budget) {
        return FundingSplit.added(before, total, platformPercent).platformPart().compareTo(budget) <= 0;
    }

    private static String percentNote(CampaignOffer offer, BigDecimal percent) {
        BigDecimal chosen = offer.sellerDiscountPercent();
        if (chosen.compareTo(offer.minDiscountPercent()) < 0) {
            return "the seller's " + Money.percent(chosen) + " raised to the campaign minimum " + Money.percent(percent);
        }
        if (chosen.compareTo(offer.capDiscountPercent()) > 0) {
            return "the seller's " + Money.percent(chosen) + " lowered to the campaign cap " + Money.percent(percent);
        }
        return "the seller's " + Money.percent(percent);
    }

    private static LinePricing noRoom(final LineInput line, final CampaignOffer offer, StackingRule.Limit limit,
                                      final BigDecimal percent, final BigDecimal intended, final BigDecimal capPerUnit,
                                      final BigDecimal nativeKept) {
        if (limit == StackingRule.Limit.COMBINED_CAP) {
            return withoutCampaign(line, Outcome.CAP_REACHED, percent, () -> "combinable stacking keeps the host's "
                    + Money.show(line.nativeDiscountPerUnit()) + " off per unit, which already uses the campaign cap "
                    + Money.percent(offer.capDiscountPercent()) + " (" + Money.show(capPerUnit) + " per unit), leaving no room for "
                    + percentNote(offer, percent) + " (" + Money.show(intended) + " per unit).");
        }
        return withoutCampaign(line, Outcome.FLOOR_REACHED, percent, () -> (nativeKept.signum() == 0
                ? "the unit price " + Money.show(line.unitPrice())
                : "the price after the host's " + Money.show(nativeKept) + " off (kept by combinable stacking), "
                + Money.show(line.unitPrice().subtract(nativeKept)) + ",") + " is already at or below the margin floor "
                + Money.show(offer.marginFloor()) + ", leaving no room for " + percentNote(offer, percent)
                + " (" + Money.show(intended) + " per unit).");
    }

    /** No campaign discount: the host's discount stays as it was, nobody funds anything. */
    private static LinePricing withoutCampaign(final LineInput line, final Outcome outcome, BigDecimal percent,
                                               final Supplier<String> why) {
        final BigDecimal nativePerUnit = line.nativeDiscountPerUnit();
        return new LinePricing(outcome, line.quantity(), line.unitPrice(), percent, Money.ZERO, nativePerUnit,
                FundingSplit.none(), () -> outcome.label() + ": " + why.get() + (nativePerUnit.signum() == 0
                ? " Unit price stays " + Money.show(line.unitPrice()) + "."
                : " The host's offers take " + Money.show(nativePerUnit) + " off each unit: " + Money.show(line.unitPrice())
                + " -> " + Money.show(line.unitPrice().subtract(nativePerUnit)) + "."));
    }
}
