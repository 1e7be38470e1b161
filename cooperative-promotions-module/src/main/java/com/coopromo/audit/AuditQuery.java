package com.coopromo.audit;

import com.coopromo.common.domain.Validation;

import java.time.Instant;

/**
 * Filters for browsing the audit log; every filter left null matches everything. The time range is
 * [{@code from}, {@code until}). Pages are 0-based.
 */
public final class AuditQuery {
    public static final int MAX_PAGE_SIZE = 500;

    private String actorId;
    private String action;
    private String entityType;
    private String entityId;
    private Instant from;
    private Instant until;
    private int page;
    private int pageSize = 50;

    public static AuditQuery all() {
        return new AuditQuery();
    }

    public AuditQuery actor(String v) { this.actorId = v; return this; }
    public AuditQuery action(String v) { this.action = v; return this; }
    public AuditQuery entity(String type, Object id) { this.entityType = type; this.entityId = id == null ? null : String.valueOf(id); return this; }
    public AuditQuery entityType(String v) { this.entityType = v; return this; }
    public AuditQuery from(Instant v) { this.from = v; return this; }
    public AuditQuery until(Instant v) { this.until = v; return this; }
    public AuditQuery page(int page, int pageSize) { this.page = page; this.pageSize = pageSize; return this; }

    public String actorId() { return actorId; }
    public String action() { return action; }
    public String entityType() { return entityType; }
    public String entityId() { return entityId; }
    public Instant from() { return from; }
    public Instant until() { return until; }
    public int page() { return page; }
    public int pageSize() { return pageSize; }

    /** @throws com.coopromo.common.domain.CoopValidationException naming every bad filter */
    public void validate() {
        Validation v = new Validation();
        v.require(page >= 0, "page", "must be 0 or more (was " + page + ")");
        v.require(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE, "pageSize", "must be 1 to " + MAX_PAGE_SIZE + " (was " + pageSize + ")");
        if (from != null && until != null) {
            v.require(from.isBefore(until), "until", "must come after from (" + from + " to " + until + ")");
        }
        v.throwIfInvalid();
    }
}
