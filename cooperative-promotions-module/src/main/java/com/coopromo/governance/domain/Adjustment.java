package com.coopromo.governance.domain;

/** The change an adjustment request asks for: what kind, on which campaign, aimed at which listing or asset. */
public final class Adjustment {
    private final AdjustmentKind kind;
    private final long campaignId;
    private final long targetId;
    private final Long requestingSellerId;

    /**
     * @param targetId           the listing (pause/resume), asset (replace) or payout rules proposal concerned
     * @param requestingSellerId the seller asking, or null when the platform asks
     */
    public Adjustment(AdjustmentKind kind, long campaignId, long targetId, Long requestingSellerId) {
        if (kind == null) {
            throw new IllegalArgumentException("an adjustment needs a kind");
        }
        this.kind = kind;
        this.campaignId = campaignId;
        this.targetId = targetId;
        this.requestingSellerId = requestingSellerId;
    }

    public AdjustmentKind kind() {
        return kind;
    }

    public long campaignId() {
        return campaignId;
    }

    public long targetId() {
        return targetId;
    }

    public Long requestingSellerId() {
        return requestingSellerId;
    }

    @Override
    public String toString() {
        return kind + " " + targetId + " in campaign " + campaignId;
    }
}
