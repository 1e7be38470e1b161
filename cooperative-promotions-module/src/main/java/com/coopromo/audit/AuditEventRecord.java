package com.coopromo.audit;

import com.coopromo.common.persistence.CoopIdGenerator;
import com.coopromo.common.persistence.StoredValues;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Type;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;

/**
 * One entry of the audit log: who did what to which entity when, with the entity's state before and after.
 * Written once and never changed; the database refuses UPDATE, DELETE and TRUNCATE on the table.
 */
@Entity
@Immutable
@Table(name = "COOP_AUDIT_EVENT")
public class AuditEventRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CoopAuditEventId")
    @GenericGenerator(name = "CoopAuditEventId", strategy = CoopIdGenerator.STRATEGY)
    @Column(name = "EVENT_ID")
    protected Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date occurredAt;

    @Column(name = "ACTOR_ID", nullable = false)
    protected String actorId;

    @Column(name = "ACTOR_ROLE", nullable = false, length = 32)
    protected String actorRole;

    @Column(name = "ACTION", nullable = false, length = 64)
    protected String action;

    @Column(name = "ENTITY_TYPE", nullable = false, length = 64)
    protected String entityType;

    @Column(name = "ENTITY_ID", nullable = false, length = 64)
    protected String entityId;

    @Column(name = "BEFORE_STATE")
    @Type(type = "text")
    protected String before;

    @Column(name = "AFTER_STATE")
    @Type(type = "text")
    protected String after;

    @Column(name = "DETAIL")
    @Type(type = "text")
    protected String detail;

    protected AuditEventRecord() {
    }

    AuditEventRecord(Instant occurredAt, String actorId, String actorRole, String action, String entityType, String entityId,
                     String before, String after, String detail) {
        this.occurredAt = StoredValues.instant(occurredAt);
        this.actorId = actorId;
        this.actorRole = actorRole;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = before;
        this.after = after;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return StoredValues.instant(occurredAt); }
    public String getActorId() { return actorId; }
    public String getActorRole() { return actorRole; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    /** The entity's state before the action; null when it did not exist. */
    public String getBefore() { return before; }
    /** The entity's state after the action; null when it no longer exists. */
    public String getAfter() { return after; }
    public String getDetail() { return detail; }

    @Override
    public String toString() {
        return getOccurredAt() + " " + actorId + " (" + actorRole + ") " + action + " " + entityType + " " + entityId;
    }
}
