package com.coopromo.community.domain;

/** A badge a seller has earned, with the campaign (if any) and the fact that earned it, in words. */
public final class EarnedBadge {
    private final long sellerId;
    private final BadgeKind kind;
    private final Long campaignId;
    private final String fact;

    public EarnedBadge(long sellerId, BadgeKind kind, Long campaignId, String fact) {
        this.sellerId = sellerId;
        this.kind = kind;
        this.campaignId = campaignId;
        this.fact = fact;
    }

    public long sellerId() { return sellerId; }

    public BadgeKind kind() { return kind; }

    /** The campaign that earned it; null for a badge earned by something else (a mentoring pair). */
    public Long campaignId() { return campaignId; }

    public String fact() { return fact; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EarnedBadge)) {
            return false;
        }
        EarnedBadge b = (EarnedBadge) o;
        return b.sellerId == sellerId && b.kind == kind && (campaignId == null ? b.campaignId == null
                : campaignId.equals(b.campaignId)) && fact.equals(b.fact);
    }

    @Override
    public int hashCode() {
        return (int) (sellerId * 31 + kind.hashCode());
    }

    @Override
    public String toString() {
        return "seller " + sellerId + ": " + kind + " (" + fact + ")";
    }
}
