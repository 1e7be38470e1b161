package com.coopromo.campaign.domain;

/** A lifecycle move that is not allowed now, with the sentence saying why. */
public class TransitionRefusedException extends RuntimeException {
    public TransitionRefusedException(String message) {
        super(message);
    }
}
