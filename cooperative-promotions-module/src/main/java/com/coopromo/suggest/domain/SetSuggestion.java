package com.coopromo.suggest.domain;

/** One "complete the set" pick and why it was picked. */
public final class SetSuggestion {
    /** Why a listing is suggested, in the words the storefront shows. */
    public enum Reason {
        BOUGHT_TOGETHER("Often bought together"),
        SAME_DEPARTMENT("Goes with your picks"),
        SAME_CAMPAIGN("From another seller in this campaign");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final SetCandidate candidate;
    private final Reason reason;

    public SetSuggestion(SetCandidate candidate, Reason reason) {
        this.candidate = candidate;
        this.reason = reason;
    }

    public SetCandidate candidate() {
        return candidate;
    }

    public long skuId() {
        return candidate.skuId();
    }

    public Reason reason() {
        return reason;
    }
}
