package com.coopromo.common.domain;

/** One refused input: the field it concerns and a sentence a user can act on. */
public final class FieldError {
    private final String field;
    private final String reason;

    public FieldError(String field, String reason) {
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FieldError)) {
            return false;
        }
        FieldError other = (FieldError) o;
        return field.equals(other.field) && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + reason.hashCode();
    }
}
