package com.coopromo.participation.service;

import java.time.Instant;

/**
 * When a scheduled campaign's enrollment opens for a seller (early access), asked by {@link ParticipationService#enroll}
 * when the store has an implementation (the seller community provides one). Participation knows nothing more of it.
 */
public interface EnrollmentOpening {
    /** The answer for one seller now. */
    final class Answer {
        private static final Answer OPEN = new Answer(false, null);
        private final boolean early;
        private final String refusal;

        private Answer(boolean early, String refusal) {
            this.early = early;
            this.refusal = refusal;
        }

        /** Enrollment is open to every seller (or the campaign has no early access period). */
        public static Answer open() {
            return OPEN;
        }

        /** Open to this seller only, ahead of the others: the enrollment is flagged early. */
        public static Answer early() {
            return new Answer(true, null);
        }

        /** Not open to this seller yet: the one sentence saying when it opens. */
        public static Answer notYet(String sentence) {
            return new Answer(false, sentence);
        }

        public boolean isEarly() {
            return early;
        }

        /** Null when the seller may enroll now. */
        public String refusal() {
            return refusal;
        }
    }

    Answer forSeller(long campaignId, long sellerId, Instant now);

    /** Called in the enrolling transaction after an early enrollment was saved (to flag and audit it). */
    void enrolledEarly(long enrollmentId, long campaignId, long sellerId, long listingId, Instant at);
}
