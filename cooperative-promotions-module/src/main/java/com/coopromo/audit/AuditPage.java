package com.coopromo.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One page of audit events, newest first, with the number matching in all. */
public final class AuditPage {
    private final List<AuditEventRecord> events;
    private final long total;
    private final int page;
    private final int pageSize;

    AuditPage(List<AuditEventRecord> events, long total, int page, int pageSize) {
        this.events = Collections.unmodifiableList(new ArrayList<AuditEventRecord>(events));
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
    }

    public List<AuditEventRecord> events() { return events; }
    public long total() { return total; }
    public int page() { return page; }
    public int pageSize() { return pageSize; }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }
}
