package com.coopromo.community.domain;

/**
 * The rules of a pair's answers: who may answer and what comes of it. Every refusal is one sentence.
 */
public final class MentoringPair {
    /** Which side a seller is on. */
    public enum Side { NEWCOMER, MENTOR }

    private final long id;
    private final long newcomerId;
    private final long mentorId;
    private MentoringState state;
    private boolean newcomerAccepted;
    private boolean mentorAccepted;

    public MentoringPair(long id, long newcomerId, long mentorId, MentoringState state, boolean newcomerAccepted,
                         boolean mentorAccepted) {
        this.id = id;
        this.newcomerId = newcomerId;
        this.mentorId = mentorId;
        this.state = state;
        this.newcomerAccepted = newcomerAccepted;
        this.mentorAccepted = mentorAccepted;
    }

    /** The side the seller is on; throws with one sentence when it is on neither. */
    public Side sideOf(long sellerId) {
        if (sellerId == newcomerId) {
            return Side.NEWCOMER;
        }
        if (sellerId == mentorId) {
            return Side.MENTOR;
        }
        throw new IllegalStateException("Seller " + sellerId + " is not in mentoring pair " + id + ".");
    }

    /** The seller accepts; the pair becomes ACTIVE once both sides have. */
    public void accept(long sellerId) {
        Side side = sideOf(sellerId);
        if (state != MentoringState.PROPOSED) {
            throw new IllegalStateException("Mentoring pair " + id + " is " + state.name().toLowerCase()
                    + ", so it can no longer be accepted.");
        }
        if (side == Side.NEWCOMER) {
            newcomerAccepted = true;
        } else {
            mentorAccepted = true;
        }
        if (newcomerAccepted && mentorAccepted) {
            state = MentoringState.ACTIVE;
        }
    }

    public void decline(long sellerId) {
        sideOf(sellerId);
        if (state != MentoringState.PROPOSED) {
            throw new IllegalStateException("Mentoring pair " + id + " is " + state.name().toLowerCase()
                    + ", so it can no longer be declined" + (state == MentoringState.ACTIVE ? " (end it instead)." : "."));
        }
        state = MentoringState.DECLINED;
    }

    public void end(long sellerId) {
        sideOf(sellerId);
        if (!state.isOpen()) {
            throw new IllegalStateException("Mentoring pair " + id + " is already " + state.name().toLowerCase() + ".");
        }
        state = MentoringState.ENDED;
    }

    public long id() { return id; }

    public long newcomerId() { return newcomerId; }

    public long mentorId() { return mentorId; }

    public MentoringState state() { return state; }

    public boolean newcomerAccepted() { return newcomerAccepted; }

    public boolean mentorAccepted() { return mentorAccepted; }

    /** Readable state for the audit log, e.g. "PROPOSED (newcomer accepted)". */
    public String describe() {
        if (state != MentoringState.PROPOSED || (!newcomerAccepted && !mentorAccepted)) {
            return state.name();
        }
        return state.name() + " (" + (newcomerAccepted ? "newcomer" : "mentor") + " accepted)";
    }
}
