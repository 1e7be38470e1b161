package com.coopromo.common.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Input refused; carries every field error found. Edges (admin, APIs) show them next to their fields. */
public class CoopValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public CoopValidationException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = Collections.unmodifiableList(new ArrayList<FieldError>(errors));
    }

    public CoopValidationException(String field, String reason) {
        this(Collections.singletonList(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        StringBuilder sb = new StringBuilder();
        for (FieldError error : errors) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(error);
        }
        return sb.toString();
    }
}
