package com.coopromo.governance.domain;

/**
 * An eligible voter on one decision, with the role they held when it opened. The role is fixed at opening so a
 * term changing mid-vote does not change who may approve or reject.
 */
public final class Voter {
    private final CommitteeMember member;
    private final CommitteeRole role;

    public Voter(CommitteeMember member, CommitteeRole role) {
        if (member == null || role == null) {
            throw new IllegalArgumentException("a voter needs a member and a role");
        }
        this.member = member;
        this.role = role;
    }

    public CommitteeMember member() {
        return member;
    }

    public String id() {
        return member.id();
    }

    public CommitteeRole role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Voter && ((Voter) o).member.equals(member) && ((Voter) o).role == role;
    }

    @Override
    public int hashCode() {
        return member.hashCode() * 31 + role.hashCode();
    }

    @Override
    public String toString() {
        return member.id() + " (" + role + ")";
    }
}
