package com.coopromo.pricing.domain;

/**
 * Why a line got the campaign discount it got (see {@link CampaignDiscountCalculator} for the rules). Exactly the
 * {@code APPLIED*} outcomes carry a campaign discount, and then it is above zero.
 */
public enum Outcome {
    /** The seller's percent (clamped into [min, cap]) applies in full. */
    APPLIED("Applied", true),
    /** Applies, reduced so the final unit price stays at the margin floor. */
    APPLIED_CAPPED_BY_FLOOR("Applied, reduced by the margin floor", true),
    /** Combinable stacking: applies, reduced so host discount + campaign discount stays within the campaign cap. */
    APPLIED_CAPPED_BY_COMBINED_CAP("Applied, reduced by the campaign cap on the combined discount", true),
    /** Applies, the line's discount reduced so its platform-funded part fits the remaining campaign budget. */
    APPLIED_CAPPED_BY_BUDGET("Applied, reduced by the campaign budget", true),
    /** The Sku is in no campaign. */
    NOT_ENROLLED("Not enrolled", false),
    /** The campaign is not running at the pricing instant (before its start, or at/after its end). */
    NOT_LIVE("Campaign not live", false),
    /** The host tracks stock and has fewer units than the line's quantity. */
    OUT_OF_STOCK("Not enough stock", false),
    /** The platform funds a share, and nothing is left of the campaign budget. */
    BUDGET_EXHAUSTED("Campaign budget used up", false),
    /** Best-of stacking: the host's own discount is larger than the campaign's, so the host's applies. */
    NATIVE_BETTER("Host offer is better", false),
    /** The price (after any host discount kept) is already at or below the margin floor: no room left. */
    FLOOR_REACHED("No room above the margin floor", false),
    /** Combinable stacking: the host's discount alone already reaches the campaign cap: no room left. */
    CAP_REACHED("Host discount already at the campaign cap", false),
    /** The percent of this unit price is less than half a cent: nothing to discount. */
    ROUNDS_TO_ZERO("Discount rounds to zero", false);

    private final String label;
    private final boolean applied;

    Outcome(String label, boolean applied) {
        this.label = label;
        this.applied = applied;
    }

    /** A short heading for a preview screen, e.g. "Applied, reduced by the margin floor". */
    public String label() {
        return label;
    }

    /** True when the line carries a campaign discount (above zero). */
    public boolean applied() {
        return applied;
    }
}
