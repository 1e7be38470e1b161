package com.coopromo.governance.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One committee term: its index, its span [start, end) and who holds each office. */
public final class Term {
    private final long index;
    private final Instant start;
    private final Instant end;
    private final Map<CommitteeRole, CommitteeMember> holders;

    Term(long index, Instant start, Instant end, Map<CommitteeRole, CommitteeMember> holders) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.holders = Collections.unmodifiableMap(new EnumMap<CommitteeRole, CommitteeMember>(holders));
    }

    public long index() {
        return index;
    }

    public Instant start() {
        return start;
    }

    /** Exclusive: the next term's start. */
    public Instant end() {
        return end;
    }

    /** Office holders, in office order (chair, reviewer, secretary). */
    public Map<CommitteeRole, CommitteeMember> holders() {
        return holders;
    }

    public CommitteeMember holderOf(CommitteeRole office) {
        return holders.get(office);
    }

    @Override
    public String toString() {
        return "term " + index + " [" + start + ", " + end + "): " + holders;
    }
}
