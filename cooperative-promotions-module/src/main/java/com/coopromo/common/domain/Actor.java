package com.coopromo.common.domain;

/** Who acted: an id (admin login, seller code, "clock") and the role they acted in. */
public final class Actor {
    public static final Actor CLOCK = new Actor("clock", ActorRole.SYSTEM);

    private final String id;
    private final ActorRole role;

    public Actor(String id, ActorRole role) {
        if (id == null || id.trim().isEmpty() || role == null) {
            throw new IllegalArgumentException("an actor needs an id and a role");
        }
        this.id = id;
        this.role = role;
    }

    public String id() {
        return id;
    }

    public ActorRole role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor && ((Actor) o).id.equals(id) && ((Actor) o).role == role;
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + role.hashCode();
    }

    @Override
    public String toString() {
        return id + " (" + role + ")";
    }
}
