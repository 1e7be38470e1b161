package com.coopromo.governance.service;

import com.coopromo.governance.domain.Rotation;

/** The committee in office: its id and name, and its members in rotation order with their term schedule. */
public final class CommitteeView {
    private final long id;
    private final String name;
    private final Rotation rotation;

    CommitteeView(long id, String name, Rotation rotation) {
        this.id = id;
        this.name = name;
        this.rotation = rotation;
    }

    public long id() { return id; }
    public String name() { return name; }
    public Rotation rotation() { return rotation; }
}
