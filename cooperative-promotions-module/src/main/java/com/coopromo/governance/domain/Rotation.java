package com.coopromo.governance.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds which office when. The algorithm is deliberately simple so anyone can check it by hand: with members
 * m[0..n-1] in committee order and offices numbered chair 0, reviewer 1, secretary 2, office o in term t goes to
 * {@code m[(t + o) mod n]}. Because a committee has at least four members the three holders of a term are always
 * different people; over n consecutive terms every member holds every office exactly once; and the reviewer of one
 * term chairs the next, so the chair has always just reviewed.
 */
public final class Rotation {
    private final Committee committee;
    private final TermSchedule schedule;

    public Rotation(Committee committee, TermSchedule schedule) {
        if (committee == null || schedule == null) {
            throw new IllegalArgumentException("a rotation needs a committee and a term schedule");
        }
        this.committee = committee;
        this.schedule = schedule;
    }

    public Committee committee() {
        return committee;
    }

    public TermSchedule schedule() {
        return schedule;
    }

    /**
     * The member holding an office at an instant.
     *
     * @throws IllegalArgumentException for {@link CommitteeRole#MEMBER} (not an office) or an instant before the first term
     */
    public CommitteeMember holderOf(CommitteeRole office, Instant at) {
        return holderIn(office, schedule.termIndexAt(at));
    }

    /** The member's role at an instant: the office they hold, or {@link CommitteeRole#MEMBER}. */
    public CommitteeRole roleOf(CommitteeMember member, Instant at) {
        long term = schedule.termIndexAt(at);
        for (CommitteeRole office : CommitteeRole.offices()) {
            if (holderIn(office, term).equals(member)) {
                return office;
            }
        }
        return CommitteeRole.MEMBER;
    }

    /** The term containing {@code at}. */
    public Term termAt(Instant at) {
        return term(schedule.termIndexAt(at));
    }

    /**
     * The next {@code terms} terms, starting with the one containing {@code from} (or the first term if
     * {@code from} is before it).
     */
    public List<Term> rotationAhead(Instant from, int terms) {
        if (terms < 0) {
            throw new IllegalArgumentException("the number of terms must be 0 or more (was " + terms + ")");
        }
        long first = from.isBefore(schedule.termStart(0)) ? 0 : schedule.termIndexAt(from);
        List<Term> ahead = new ArrayList<Term>();
        for (long t = first; t < first + terms; t++) {
            ahead.add(term(t));
        }
        return Collections.unmodifiableList(ahead);
    }

    private Term term(long index) {
        Map<CommitteeRole, CommitteeMember> holders = new EnumMap<CommitteeRole, CommitteeMember>(CommitteeRole.class);
        for (CommitteeRole office : CommitteeRole.offices()) {
            holders.put(office, holderIn(office, index));
        }
        return new Term(index, schedule.termStart(index), schedule.termEnd(index), holders);
    }

    private CommitteeMember holderIn(CommitteeRole office, long term) {
        if (!office.isOffice()) {
            throw new IllegalArgumentException(office + " is not a rotating office (offices: " + CommitteeRole.offices() + ")");
        }
        int n = committee.size();
        int offset = CommitteeRole.offices().indexOf(office);
        return committee.members().get((int) ((term + offset) % n));
    }
}
