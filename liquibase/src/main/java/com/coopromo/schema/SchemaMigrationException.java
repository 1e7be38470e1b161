package com.coopromo.schema;

/** The module's schema could not be brought up to date; the message says what to fix. */
public class SchemaMigrationException extends RuntimeException {
    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
