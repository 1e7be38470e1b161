package com.coopromo.search;

/** The store runs without Elasticsearch ({@code coop.search.enabled=false}); the message says so in one sentence. */
public class SearchOffException extends IllegalStateException {
    public static final String MESSAGE = "Search is off on this store (coop.search.enabled=false).";

    public SearchOffException() {
        super(MESSAGE);
    }
}
