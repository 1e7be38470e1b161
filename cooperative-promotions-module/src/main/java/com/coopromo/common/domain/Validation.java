package com.coopromo.common.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem with an input before anything is written, so a form shows all of them at once.
 * {@link #throwIfInvalid()} turns the collected problems into a {@link CoopValidationException}.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<FieldError>();

    public Validation reject(String field, String reason) {
        errors.add(new FieldError(field, reason));
        return this;
    }

    public Validation require(boolean condition, String field, String reason) {
        if (!condition) {
            reject(field, reason);
        }
        return this;
    }

    public Validation requireText(String value, String field, int maxLength) {
        if (value == null || value.trim().isEmpty()) {
            reject(field, "is required");
        } else if (value.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters (was " + value.length() + ")");
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return Collections.unmodifiableList(errors);
    }

    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new CoopValidationException(errors);
        }
    }
}
