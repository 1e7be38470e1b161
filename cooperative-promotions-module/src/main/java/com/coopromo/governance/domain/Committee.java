package com.coopromo.governance.domain;

import com.coopromo.common.domain.Validation;
import com.coopromo.seller.domain.SellerSegment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cooperative promotions committee. Its composition keeps every voice in the room: at least one small, one
 * mid-size and one large seller, plus a platform marketer. Member order matters: {@link Rotation} hands out the
 * offices along it.
 */
public final class Committee {
    public static final String MEMBERS = "members";

    private final List<CommitteeMember> members;

    private Committee(List<CommitteeMember> members) {
        this.members = Collections.unmodifiableList(new ArrayList<CommitteeMember>(members));
    }

    /**
     * A committee of the given members, in rotation order.
     *
     * @throws com.coopromo.common.domain.CoopValidationException naming every composition problem
     */
    public static Committee of(List<CommitteeMember> members) {
        Validation v = new Validation();
        if (members == null || members.isEmpty()) {
            v.reject(MEMBERS, "a committee needs members: at least one SMALL, one MID and one LARGE seller member "
                    + "and a platform marketer");
            v.throwIfInvalid();
        }
        for (SellerSegment segment : SellerSegment.values()) {
            v.require(hasSegment(members, segment), MEMBERS, "needs at least one " + segment + " seller member");
        }
        boolean marketer = false;
        for (CommitteeMember m : members) {
            marketer |= m.isPlatformMarketer();
        }
        v.require(marketer, MEMBERS, "needs at least one platform marketer");
        Map<String, Integer> ids = new HashMap<String, Integer>();
        Map<Long, String> sellers = new HashMap<Long, String>();
        for (CommitteeMember m : members) {
            if (ids.put(m.id(), 1) != null) {
                v.reject(MEMBERS, "member id '" + m.id() + "' appears more than once");
            }
            if (m.isSeller()) {
                // one seat per seller, or a seller could outvote the others on its own cases
                String other = sellers.put(m.sellerId(), m.id());
                if (other != null) {
                    v.reject(MEMBERS, "seller " + m.sellerId() + " has more than one seat (" + other + ", " + m.id() + ")");
                }
            }
        }
        v.throwIfInvalid();
        return new Committee(members);
    }

    private static boolean hasSegment(List<CommitteeMember> members, SellerSegment segment) {
        for (CommitteeMember m : members) {
            if (m.isSeller() && m.segment() == segment) {
                return true;
            }
        }
        return false;
    }

    /** Members in rotation order. */
    public List<CommitteeMember> members() {
        return members;
    }

    public int size() {
        return members.size();
    }

    /** The member with this id, or null if there is none. */
    public CommitteeMember member(String id) {
        for (CommitteeMember m : members) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    public boolean contains(String memberId) {
        return member(memberId) != null;
    }

    /** Position in rotation order. */
    int indexOf(CommitteeMember member) {
        return members.indexOf(member);
    }
}
